/**
 * `/api/search` answers written as one object serialised at once (present.ts, rowValues): each odd record alone
 * on its page, so that the page takes that path whenever it can, must give the very text a spread copy of every
 * row serialised by `JSON.stringify` gives, extras included.
 */
import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/model/types.js';
import type { SearchResponse } from '../../src/search/types.js';
import { quoteJson, searchAnswer, urlsFor, type SearchAnswerExtras } from '../../src/web/present.js';
import { sourceCount } from '../../src/statements/index.js';
import { fixtureIndex } from './fixtures.js';

const urls = urlsFor('https://verbatim.example');
const index = fixtureIndex();

function reference(found: SearchResponse, extras: SearchAnswerExtras): string {
  return JSON.stringify({
    total: found.total,
    page: found.page,
    limit: found.limit,
    took_ms: 0,
    results: found.results.map((hit) => ({
      ...quoteJson(index, hit.quote, urls, hit.highlights),
      score: hit.score,
      statementId: index.statementOf?.get(hit.quote.id) ?? hit.quote.id,
      reportCount: sourceCount(index, hit.quote),
    })),
    facets: found.facets,
    suggestions: found.suggestions,
    ...(found.undatedExcluded !== undefined ? { undatedExcluded: found.undatedExcluded } : {}),
    ...(extras.speakers && extras.speakers.length > 0 ? { speakers: extras.speakers } : {}),
    ...(extras.facetsEstimated ? { facetsEstimated: true } : {}),
    ...(extras.totalEstimated ? { totalEstimated: true } : {}),
  });
}

function page(quotes: Quote[], more: Partial<SearchResponse> = {}): SearchResponse {
  return {
    total: quotes.length,
    page: 1,
    limit: 20,
    took_ms: 0,
    suggestions: ['harbor'],
    results: quotes.map((quote, i) => ({ quote, score: i + 0.25, highlights: [{ start: 0, end: 3 }] })),
    facets: { speakers: [{ id: 'jo-lee', name: 'Jo Lee', count: 2 }], publishers: [] },
    ...more,
  };
}

function text(found: SearchResponse, extras: SearchAnswerExtras = {}): string {
  const answer = searchAnswer(index, found, urls, extras);
  return answer.head + '0' + answer.tail.toString('utf8');
}

const base = [...index.quotes.values()];
const variant = (change: (q: Record<string, unknown>) => void): Quote => {
  const quote = structuredClone(base[0]!) as unknown as Record<string, unknown>;
  quote.id = 'q-variant';
  change(quote);
  return quote as unknown as Quote;
};
const attribution = (q: Record<string, unknown>) => q.attribution as Record<string, unknown>;

describe('search answers written at once', () => {
  it.each([
    ['likely: speakerId cleared in its place', variant((q) => (attribution(q).confidence = 0.6))],
    ['uncertain', variant((q) => (attribution(q).confidence = 0.1))],
    ['nobody named', variant((q) => ((q.speakerId = null), (attribution(q).name = null)))],
    ['a speaker id the index does not know', variant((q) => (q.speakerId = 'not-a-known-speaker'))],
    ['no speakerId key at all (a spread adds it last)', variant((q) => delete q.speakerId)],
    ['an article the index does not hold', variant((q) => (q.articleId = 'no-such-article'))],
    ['text to escape', variant((q) => (q.text = 'a "quoted" line\nwith \u2028, \ud800 and \\'))],
    // Two-byte and astral characters: the whole answer is a two-byte string, encoded to UTF-8 at once.
    [
      'curly quotes, a dash, an accent and an emoji',
      variant((q) => (q.text = '\u201cJo\u201d \u2014 caf\u00e9 \ud83d\ude00')),
    ],
    ['an undefined field and a field of its own', variant((q) => ((q.saidAt = undefined), (q.extra = [1, 'two'])))],
    [
      'fields in another order',
      (({ text, ...rest }) => ({ text, ...rest, id: 'q-variant' }))(structuredClone(base[0]!)),
    ],
    ['a NaN confidence', variant((q) => (attribution(q).confidence = Number.NaN))],
    ['no confidence', variant((q) => (attribution(q).confidence = undefined))],
    ['a toJSON of its own', variant((q) => (q.toJSON = () => ({ replaced: true })))],
    ['a key the row adds', variant((q) => (q.score = 'own score'))],
    // JSON.parse makes `__proto__` an own field, which an assignment would not copy.
    ['an own __proto__ field', JSON.parse(JSON.stringify(base[0]!).replace('{', '{"__proto__":{"x":1},')) as Quote],
  ])('%s', (_name, quote) => {
    const found = page([base[1]!, quote]);
    expect(text(found)).toBe(reference(found, {}));
  });

  it('writes the fields after the suggestions as the row-by-row text does', () => {
    const extras: SearchAnswerExtras = {
      speakers: [{ given: 'Jo', id: 'jo-lee', name: 'Jo Lee', match: 'name' }],
      facetsEstimated: true,
      totalEstimated: true,
    };
    const found = page(base.slice(0, 3), { undatedExcluded: 4 });
    expect(text(found, extras)).toBe(reference(found, extras));
    expect(text(page([]), {})).toBe(reference(page([]), {}));
  });

  it('encodes an answer longer than any before, of three-byte characters only', () => {
    const found = page([variant((q) => (q.text = '\u201c\u2014\u201d'.repeat(100_000)))]);
    const answer = searchAnswer(index, found, urls);
    expect(answer.tail.length).toBe(Buffer.byteLength(answer.tail.toString('utf8')));
    expect(text(found)).toBe(reference(found, {}));
  });

  it('counts what the answer holds in memory from its bytes', () => {
    const answer = searchAnswer(index, page(base.slice(0, 2)), urls);
    expect(answer.bytes).toBe(2 * answer.head.length + answer.tail.length);
    expect(answer.tail[0]).toBe(','.charCodeAt(0));
  });
});
