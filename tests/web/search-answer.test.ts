import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/model/types.js';
import type { SearchResponse } from '../../src/search/types.js';
import { quoteJson, searchAnswer, urlsFor } from '../../src/web/present.js';
import { sourceCount } from '../../src/statements/index.js';
import { fixtureIndex } from './fixtures.js';

const urls = urlsFor('https://verbatim.example');

/** The answer as /api/search built it with res.json before it was serialised by hand. */
function reference(index: ReturnType<typeof fixtureIndex>, found: SearchResponse, tookMs: number): string {
  return JSON.stringify({
    total: found.total,
    page: found.page,
    limit: found.limit,
    took_ms: tookMs,
    results: found.results.map((hit) => ({
      ...quoteJson(index, hit.quote, urls, hit.highlights),
      score: hit.score,
      statementId: index.statementOf?.get(hit.quote.id) ?? hit.quote.id,
      reportCount: sourceCount(index, hit.quote),
    })),
    facets: found.facets,
    suggestions: found.suggestions,
  });
}

function answerText(index: ReturnType<typeof fixtureIndex>, found: SearchResponse, tookMs: number): string {
  const answer = searchAnswer(index, found, urls);
  return answer.head + JSON.stringify(tookMs) + answer.tail.toString('utf8');
}

describe('searchAnswer', () => {
  const index = fixtureIndex();
  it.each(['bridge', 'salt', '"harbour bridge"', '', 'zzzz-nothing'])('q=%j gives the very text res.json gave', (q) => {
    const found = index.search.search({
      q,
      speakers: [],
      publishers: [],
      from: null,
      to: null,
      sort: q ? 'relevance' : 'newest',
      page: 1,
      limit: 100,
    });
    expect(answerText(index, found, 1.25)).toBe(reference(index, found, 1.25));
  });

  it('lists every quote of the index exactly as res.json did, odd scores included', () => {
    const quotes = [...index.quotes.values()];
    const found: SearchResponse = {
      total: quotes.length,
      page: 1,
      limit: quotes.length,
      took_ms: 0,
      suggestions: ['x'],
      results: quotes.map((quote, i) => ({
        quote,
        score: i === 0 ? Number.NaN : i / 3,
        highlights: [{ start: 0, end: 1 }],
      })),
      facets: { speakers: [], publishers: [] },
    };
    expect(JSON.parse(answerText(index, found, 0))).toEqual(JSON.parse(reference(index, found, 0)));
    expect(answerText(index, found, 0)).toBe(reference(index, found, 0));
  });

  it('gives each origin its own permalinks when a quote is served again', () => {
    const [quote] = index.quotes.values();
    const found: SearchResponse = {
      total: 1,
      page: 1,
      limit: 20,
      took_ms: 0,
      suggestions: [],
      results: [{ quote: quote!, score: 2, highlights: [] }],
      facets: { speakers: [], publishers: [] },
    };
    const other = urlsFor('https://mirror.example');
    const first = JSON.parse(answerText(index, found, 0)) as { results: Array<{ permalink: string }> };
    const answer = searchAnswer(index, found, other);
    const second = JSON.parse(answer.head + '0' + answer.tail.toString('utf8')) as {
      results: Array<{ permalink: string }>;
    };
    expect(first.results[0]!.permalink).toBe(`https://verbatim.example/q/${quote!.id}`);
    expect(second.results[0]!.permalink).toBe(`https://mirror.example/q/${quote!.id}`);
  });

  it('keeps a quote field that shares a row key in its place, as a spread would', () => {
    const [first] = index.quotes.values();
    const quote = { ...first!, id: 'q-own-publisher', publisher: 'set on the quote' };
    const found: SearchResponse = {
      total: 1,
      page: 1,
      limit: 20,
      took_ms: 0,
      suggestions: [],
      results: [{ quote, score: 2, highlights: [] }],
      facets: { speakers: [], publishers: [] },
    };
    expect(answerText(index, found, 0)).toBe(reference(index, found, 0));
  });

  it('writes odd records as the spread copy would: below certain, no speaker, no article, odd values', () => {
    const base = [...index.quotes.values()];
    const variant = (i: number, change: (q: Record<string, unknown>) => void): Quote => {
      const quote = structuredClone(base[i % base.length]!) as unknown as Record<string, unknown>;
      quote.id = `q-odd-${i}`;
      change(quote);
      return quote as unknown as Quote;
    };
    const attribution = (q: Record<string, unknown>) => q.attribution as Record<string, unknown>;
    const quotes: Quote[] = [
      // Likely and uncertain: the row clears speakerId but keeps its place, and names only a candidate.
      variant(0, (q) => (attribution(q).confidence = 0.6)),
      variant(1, (q) => (attribution(q).confidence = 0.1)),
      // Nobody named, with and without a name found in the text.
      variant(2, (q) => ((q.speakerId = null), (attribution(q).name = null))),
      variant(3, (q) => ((q.speakerId = 'not-a-known-speaker'), (attribution(q).confidence = 0.99))),
      // An article the index does not hold; text that must be escaped.
      variant(4, (q) => ((q.articleId = 'no-such-article'), (q.text = 'a "quoted" line\nwith \u2028 and \\'))),
      // Values JSON leaves out or turns to null, and a field order of its own.
      variant(5, (q) => (attribution(q).confidence = Number.NaN)),
      variant(6, (q) => (attribution(q).confidence = undefined)),
      variant(7, (q) => ((q.saidAt = undefined), (q.extra = { nested: [1, 'two'] }))),
      {
        text: 'only a few fields',
        id: 'q-odd-8',
        articleId: 'x',
        speakerId: null,
        attribution: { confidence: 1 },
      } as unknown as Quote,
      variant(9, (q) => (q.toJSON = () => ({ replaced: true }))),
    ];
    const found: SearchResponse = {
      total: quotes.length,
      page: 1,
      limit: quotes.length,
      took_ms: 0,
      suggestions: [],
      results: quotes.map((quote, i) => ({ quote, score: i + 0.5, highlights: [{ start: 0, end: 2 }] })),
      facets: { speakers: [], publishers: [] },
    };
    expect(answerText(index, found, 0)).toBe(reference(index, found, 0));
    // Served again (each row's parts kept): the same text.
    expect(answerText(index, found, 0)).toBe(reference(index, found, 0));
  });
});
