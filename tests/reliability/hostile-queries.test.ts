/**
 * Costly queries (issue item 5): exclusions are answered from the index, not by reading every quote; an
 * export matches once however many pages it writes; a query past 32 terms is a 400 naming `q`; a search past
 * its CPU budget is a 503 with Retry-After. No timing: the clock is stubbed where a deadline is tested, and
 * text reads are counted, not timed.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import request from 'supertest';
import { assembleIndex } from '../../src/store/assemble.js';
import { createApp } from '../../src/web/app.js';
import { SearchBudgetExceeded } from '../../src/search/index.js';
import type { SearchRequest } from '../../src/search/types.js';
import { generatedCorpus, quoteWords } from './generated-corpus.js';

const COUNT = 2_400;
const corpus = generatedCorpus(COUNT);
const index = assembleIndex(corpus, { dir: '(memory)', builtAt: '2025-06-01T00:00:00Z', formatVersion: 1 });
const app = createApp(index, {
  log: (m) => {
    throw new Error(`unexpected server error: ${m}`);
  },
});
const ask = (over: Partial<SearchRequest>): SearchRequest => ({
  q: '',
  speakers: [],
  publishers: [],
  from: null,
  to: null,
  sort: 'newest',
  page: 1,
  limit: 20,
  collapse: false,
  ...over,
});
const words = (i: number) => quoteWords(i);
const holdsPhrase = (i: number, a: string, b: string) => words(i).some((w, j) => w === a && words(i)[j + 1] === b);

afterEach(() => vi.restoreAllMocks());

describe('exclusions come from the index', () => {
  it('an exclusion-only query lists every quote without the word, newest first', () => {
    const expected = corpus.quotes.filter((_, i) => !words(i).includes('ferry')).length;
    expect(expected).toBeGreaterThan(0);
    expect(expected).toBeLessThan(COUNT);
    const found = index.search.search(ask({ q: '-ferry' }));
    expect(found.total).toBe(expected);
    expect(found.results.every((h) => !h.quote.text.includes('ferry'))).toBe(true);
  });

  it('-"phrase" reads only the quotes holding both its words, and leaves out exactly those with the phrase', () => {
    const both = corpus.quotes.filter((_, i) => words(i).includes('granite') && words(i).includes('tariff')).length;
    const withPhrase = corpus.quotes.filter((_, i) => holdsPhrase(i, 'granite', 'tariff')).length;
    expect(withPhrase).toBeGreaterThan(0);
    const includes = vi.spyOn(String.prototype, 'includes');
    const found = index.search.search(ask({ q: '-"granite tariff"' }));
    const textReads = includes.mock.calls.filter(
      ([needle]) => typeof needle === 'string' && needle.includes('granite tariff'),
    ).length;
    includes.mockRestore();
    expect(found.total).toBe(COUNT - withPhrase);
    // Before: every one of the 2,400 quotes was read for the phrase.
    expect(textReads).toBeLessThanOrEqual(both);
    expect(both).toBeLessThan(COUNT / 2);
  });

  it('filters without words still work with exclusions, and the empty query lists the latest quotes', () => {
    const speaker = corpus.quotes[0]!.speakerId!;
    const expected = corpus.quotes.filter((q, i) => q.speakerId === speaker && !words(i).includes('tariff')).length;
    expect(index.search.search(ask({ q: '-tariff', speakers: [speaker] })).total).toBe(expected);
    expect(index.search.search(ask({ q: '' })).total).toBe(COUNT);
  });
});

describe('bounded queries and budgets on the web', () => {
  it('refuses a query of more than 32 terms with a 400 naming q, on the API and on exports', async () => {
    const q = Array.from({ length: 33 }, (_, i) => `-word${i}`).join(' ');
    const api = await request(app).get('/api/search').query({ q });
    expect(api.status).toBe(400);
    const apiBody = api.body as { error: string; issues: { path: string }[] };
    expect(apiBody.issues.map((i) => i.path)).toContain('q');
    expect(apiBody.error).toMatch(/'q' has too many terms/);
    const exported = await request(app).get('/export.csv').query({ q });
    expect(exported.status).toBe(400);
    expect(exported.text).toMatch(/too many terms/);
    expect(
      (
        await request(app)
          .get('/api/search')
          .query({ q: Array.from({ length: 32 }, (_, i) => `-word${i}`).join(' ') })
      ).status,
    ).toBe(200);
  });

  it('matches an export once, whatever its number of pages', async () => {
    const rows = vi.spyOn(index.search, 'searchRows');
    const search = vi.spyOn(index.search, 'search');
    const res = await request(app).get('/export.csv').query({ q: '-pebble' });
    expect(res.status).toBe(200);
    const expected = corpus.quotes.filter((_, i) => !words(i).includes('pebble')).length;
    expect(expected).toBeGreaterThan(1_000); // more than one page of the old export
    expect(res.text.trim().split('\r\n')).toHaveLength(expected + 1);
    expect(rows).toHaveBeenCalledTimes(1);
    expect(search).not.toHaveBeenCalled();
  });

  it('stops a search past its budget: the engine throws, the web answers 503 with Retry-After naming q', async () => {
    // A clock that jumps a second each time it is read: the first look at the deadline finds it passed.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1_000));
    expect(() => index.search.search(ask({ q: '-ferry', budgetMs: 500 }))).toThrow(SearchBudgetExceeded);
    const res = await request(app).get('/api/search').query({ q: '-ferry -"granite tariff"' });
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toMatch(/^\d+$/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect((res.body as { issues: { path: string }[] }).issues[0]?.path).toBe('q');
    const page = await request(app).get('/').query({ q: 'ferry tariff' });
    expect(page.status).toBe(503);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    vi.restoreAllMocks();
    expect((await request(app).get('/api/search').query({ q: '-ferry' })).status).toBe(200);
  });
});
