/**
 * Every surface says the same thing about how a quote's date is known (issue #11, "at that time"): the quote
 * page, the plain citation, the CSV, the BibTeX entry, the JSON Lines export and the API. A date taken from
 * the publication day (`inferred`) or from the event an undated article reports (`event`) is never shown as
 * one stated for the words.
 */
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { JSDOM } from 'jsdom';
import { createApp } from '../../src/web/app.js';
import { assembleIndex } from '../../src/store/assemble.js';
import { describeQuoteWhen, whenWords, type WhenBasis } from '../../src/web/when.js';
import type { Quote, SaidAt } from '../../src/model/types.js';
import { corpus } from './fixtures.js';

const ID = 'q-repairs-again';

/** The fixture corpus with one quote's said-at set to `saidAt` (null: only its publication date is known). */
function appWhere(saidAt: SaidAt | null) {
  const change = (q: Quote): Quote => (q.id === ID ? { ...q, saidAt } : q);
  const index = assembleIndex(
    { ...corpus, quotes: corpus.quotes.map(change) },
    { dir: '(memory)', builtAt: '2025-06-01T00:00:00Z', formatVersion: 1 },
  );
  return createApp(index, { baseUrl: 'https://verbatim.example', log: () => {} });
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const expression = { start: 0, end: 10, text: 'on Tuesday' };

/**
 * [basis, said-at, the page's words, the CSV's said_at, the plain citation's date, approximate]: the citation
 * names how the date is known only when it is approximate (a stated date is the citation's plain date).
 */
const CASES: Array<[WhenBasis, SaidAt | null, string, string, string, boolean]> = [
  [
    'stated',
    { value: '2025-04-01', precision: 'day', basis: 'stated', expression },
    '1 Apr 2025 (date stated)',
    '2025-04-01',
    '1 Apr 2025.',
    false,
  ],
  [
    'relative',
    { value: '2025-04-01', precision: 'day', basis: 'relative', expression },
    '1 Apr 2025 (from “on Tuesday”)',
    '2025-04-01',
    '1 Apr 2025.',
    false,
  ],
  [
    'event',
    { value: '2025-04-01', precision: 'day', basis: 'event', expression: { ...expression, text: 'on 1 April 2025' } },
    '1 Apr 2025 (date of the event reported)',
    'approx. 2025-04-01',
    '1 Apr 2025 (date of the event reported).',
    true,
  ],
  [
    'inferred',
    { value: '2025-04-02', precision: 'day', basis: 'inferred', expression: null },
    'published 2 Apr 2025 (approx.)',
    'approx. 2025-04-02',
    'published 2 Apr 2025 (approx.).',
    true,
  ],
];

describe.each(CASES)('a %s date reads the same everywhere', (basis, saidAt, onPage, inCsv, cited, approximate) => {
  const app = appWhere(saidAt);

  it(`the quote page: “${onPage}”, class when-${basis}`, async () => {
    const doc = new JSDOM((await request(app).get(`/q/${ID}`)).text).window.document;
    const when = doc.querySelector('.quote-hero .when')!;
    expect(squash(when.textContent)).toBe(onPage);
    expect(when.classList.contains(`when-${basis}`)).toBe(true);
  });

  it(`the plain citation: “${cited}”`, async () => {
    const doc = new JSDOM((await request(app).get(`/q/${ID}`)).text).window.document;
    expect(squash(doc.querySelector('#cite-plain')?.textContent)).toContain(`Tomas Virtanen, ${cited} “`);
  });

  it(`the CSV: said_at “${inCsv}”, said_at_basis ${basis}`, async () => {
    const lines = (await request(app).get('/export.csv?q=repairs+ahead')).text.split(/\r?\n/);
    const header = lines[0]!.split(',');
    const row = lines.find((l) => l.startsWith(`${ID},`))!.split(',');
    expect(row[header.indexOf('said_at')]).toBe(inCsv);
    expect(row[header.indexOf('said_at_basis')]).toBe(basis);
  });

  it(`BibTeX: ${approximate ? 'a note says how the date was found' : 'no date note'}`, async () => {
    const bib = (await request(app).get('/export.bib?q=repairs+ahead')).text;
    const entry = bib.split('@misc').find((e) => e.includes('qrepairsagain'))!;
    expect(/Approximate: taken from|The date of the event the article reports/.test(entry)).toBe(approximate);
  });

  it('JSON Lines and the API give the basis itself', async () => {
    const line = (await request(app).get('/export.jsonl?q=repairs+ahead')).text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { id: string; saidAt: SaidAt | null })
      .find((j) => j.id === ID)!;
    expect(line.saidAt?.basis).toBe(basis);
    const api = (await request(app).get(`/api/quotes/${ID}`)).body as { quote?: { saidAt: SaidAt }; saidAt?: SaidAt };
    expect((api.quote ?? api).saidAt?.basis).toBe(basis);
  });
});

describe('whenWords: the one table of how a date is known', () => {
  it.each<[WhenBasis, boolean]>([
    ['stated', false],
    ['relative', false],
    ['event', true],
    ['inferred', true],
    ['published', true],
  ])('%s: approximate %s', (basis, approximate) => {
    expect(whenWords(basis).approximate).toBe(approximate);
  });

  it('a quote with no said-at shows its publication date as such, with no claim of when it was said', () => {
    const when = describeQuoteWhen({ saidAt: null, publishedAt: '2025-03-14' })!;
    expect([when.basis, when.phrase, when.approximate]).toEqual(['published', 'published 14 Mar 2025', true]);
  });

  it('a said-at whose value cannot be read falls back to the publication date, never to a made-up label', () => {
    const when = describeQuoteWhen({
      saidAt: { value: 'soon', precision: 'day', basis: 'stated', expression: null },
      publishedAt: '2025-03-14',
    })!;
    expect(when.basis).toBe('published');
  });
});
