import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article, CorpusData, Quote, Speaker } from '../../src/model/types.js';
import { createSearchEngine, type SearchRequest, type SearchResponse } from '../../src/search/index.js';
import { request } from './fixtures.js';

/**
 * Past the count bound the engine estimates totals and facet counts from a sample, but its page must be exactly the
 * exact computation's: checked on generated corpora (invented words, few of them, so that most queries match far
 * more quotes than a small bound), statements of several reports, every sort, filters and pages.
 */

const WORDS = ['harbour', 'lantern', 'meadow', 'copper', 'thistle', 'orchard', 'harbours', 'lanterns'];
// Enough speakers and publishers that one of them holds a small share of a common word's matches.
const SPEAKERS = ['ada-quill', 'bo-renn', 'cy-marsh', 'di-vale', 'ed-lusk', 'fay-orm', 'gus-pell', 'hal-ives'];
const PUBLISHERS = ['Tide Post', 'Ridge Daily', 'Fen Courier', 'Moor Herald', 'Dale Times', 'Glen News', null];

interface QuoteSpec {
  words: number[];
  speaker: number;
  publisher: number;
  /** Days after 2020-01-01, or -1: undated. */
  day: number;
}

function corpusOf(specs: QuoteSpec[]): CorpusData {
  const articles: Article[] = [];
  const quotes: Quote[] = [];
  specs.forEach((spec, i) => {
    const text = spec.words.map((w) => WORDS[w]!).join(' ');
    const date = spec.day < 0 ? null : new Date(Date.UTC(2020, 0, 1 + spec.day)).toISOString().slice(0, 10);
    const speakerId = spec.speaker < SPEAKERS.length ? SPEAKERS[spec.speaker]! : null;
    const id = `a${i}`;
    articles.push({
      id,
      recordId: null,
      path: `${id}.txt`,
      line: null,
      title: null,
      publisher: PUBLISHERS[spec.publisher] ?? null,
      url: null,
      author: null,
      publishedAt: date,
      dateline: null,
      text: `"${text}" someone said.`,
      furniture: [],
      metaOrigin: {},
    });
    quotes.push({
      id: `q${i}`,
      articleId: id,
      start: 1,
      end: 1 + text.length,
      text,
      pieces: [{ start: 1, end: 1 + text.length }],
      kind: i % 3 === 0 ? 'partial' : 'full',
      attribution: {
        name: speakerId,
        role: null,
        kind: speakerId ? 'named' : null,
        mention: null,
        cue: null,
        reason: 'test',
        confidence: (i % 5) / 4,
      },
      saidAt: date ? { value: date, precision: 'day', basis: 'inferred', expression: null } : null,
      speakerId,
      publishedAt: date,
    });
  });
  const speakers: Speaker[] = SPEAKERS.map((id) => ({
    id,
    name: id.replace('-', ' '),
    aliases: [],
    kind: 'person',
    roles: [],
    quoteCount: quotes.filter((q) => q.speakerId === id).length,
    firstQuoteAt: null,
    lastQuoteAt: null,
  }));
  return { articles, quotes, speakers };
}

const quoteSpec = fc.record({
  words: fc.array(fc.integer({ min: 0, max: WORDS.length - 1 }), { minLength: 1, maxLength: 6 }),
  speaker: fc.integer({ min: 0, max: SPEAKERS.length }),
  publisher: fc.integer({ min: 0, max: PUBLISHERS.length - 1 }),
  day: fc.integer({ min: -1, max: 1500 }),
});

const requestSpec = fc.record({
  q: fc.oneof(
    fc.constantFrom(...WORDS),
    fc.constantFrom('harb', 'lant', 'me', 'copper thist', 'meadow orchard', 'lanturn', '"harbour lantern"'),
    fc.constantFrom('harbour -meadow', 'copper "meadow orchard"'),
  ),
  sort: fc.constantFrom('relevance' as const, 'newest' as const, 'oldest' as const),
  page: fc.integer({ min: 1, max: 3 }),
  limit: fc.integer({ min: 1, max: 6 }),
  // Mostly unfiltered, so that many matches pass the filters and the counts are estimated.
  speakers: fc.oneof(
    { arbitrary: fc.constant<string[]>([]), weight: 3 },
    { arbitrary: fc.subarray(SPEAKERS, { maxLength: 2 }), weight: 1 },
  ),
  publishers: fc.oneof(
    { arbitrary: fc.constant<string[]>([]), weight: 3 },
    { arbitrary: fc.subarray(['Tide Post', 'Ridge Daily', 'Glen News'], { maxLength: 2 }), weight: 1 },
  ),
  from: fc.constantFrom(null, null, null, '2021-01-01'),
  kind: fc.constantFrom(undefined, undefined, undefined, 'full' as const),
  collapse: fc.constantFrom(undefined, false),
});

const page = (r: SearchResponse) => r.results.map((h) => [h.quote.id, h.score, h.highlights]);

describe('estimated totals and facets past the count bound', () => {
  it('give exactly the exact computation’s page, and exact counts at or below the bound', () => {
    fc.assert(
      fc.property(
        fc.array(quoteSpec, { minLength: 5, maxLength: 150 }),
        fc.array(fc.array(fc.nat(), { minLength: 2, maxLength: 4 }), { maxLength: 20 }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(requestSpec, { minLength: 1, maxLength: 8 }),
        (specs, groupSeeds, bound, requests) => {
          const data = corpusOf(specs);
          // Statements of several reports: groups of quote slots (a slot named by two groups is the later one's).
          const statementGroups = groupSeeds
            .map((seeds) => [...new Set(seeds.map((s) => s % specs.length))])
            .filter((slots) => slots.length >= 2)
            .map((slots) => ({ slots }));
          const exact = createSearchEngine(data, undefined, { statementGroups, countBound: Infinity });
          const bounded = createSearchEngine(data, undefined, { statementGroups, countBound: bound });
          for (const spec of requests) {
            const r: SearchRequest = request({ ...spec, to: null });
            const a = exact.search(r);
            const b = bounded.search(r);
            expect(a.totalEstimated).toBeUndefined();
            expect(a.facetsEstimated).toBeUndefined();
            expect(page(b)).toEqual(page(a));
            // The matches before filters and statements: at or below the bound, everything is exact.
            const matches = exact.search({ ...request({ q: r.q }), collapse: false, limit: 1 }).total;
            if (matches <= bound) {
              expect(b.totalEstimated).toBeUndefined();
              expect(b.facetsEstimated).toBeUndefined();
              expect(b).toEqual({ ...a, took_ms: b.took_ms, results: b.results });
            }
            if (b.totalEstimated) {
              expect(b.facetsEstimated).toBe(true);
              // An estimate never claims fewer quotes than the pages shown so far hold.
              expect(b.total).toBeGreaterThanOrEqual(Math.min(a.total, (r.page - 1) * r.limit + b.results.length));
            } else expect(b.total).toBe(a.total);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('labels the total and facets of a large match as estimates, close to the exact counts', () => {
    // 2,000 quotes of three words out of eight: `harbour` is in about a third of them, past a bound of 400, whose
    // sample is then most of them (the tolerances below are several standard deviations of such a sample).
    const specs: QuoteSpec[] = [];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      // The high bits: an LCG's low bits repeat with short periods, which an even sample could fall in step with.
      return Math.floor(seed / 2 ** 15) % n;
    };
    for (let i = 0; i < 2000; i++)
      specs.push({
        words: [next(WORDS.length), next(WORDS.length), next(WORDS.length)],
        speaker: next(SPEAKERS.length + 1),
        publisher: next(PUBLISHERS.length),
        day: next(1500),
      });
    const data = corpusOf(specs);
    const statementGroups = Array.from({ length: 150 }, (_, i) => ({ slots: [3 * i, 3 * i + 1, 3 * i + 2] }));
    const exact = createSearchEngine(data, undefined, { statementGroups, countBound: Infinity });
    const bounded = createSearchEngine(data, undefined, { statementGroups, countBound: 400 });
    const r = request({ q: 'harbour', limit: 20 });
    const a = exact.search(r);
    const b = bounded.search(r);
    expect(a.total).toBeGreaterThan(450);
    expect(b.totalEstimated).toBe(true);
    expect(b.facetsEstimated).toBe(true);
    expect(page(b)).toEqual(page(a));
    expect(Math.abs(b.total - a.total)).toBeLessThanOrEqual(a.total * 0.1);
    expect(a.facets.speakers.length).toBe(SPEAKERS.length);
    for (const v of a.facets.speakers) {
      const e = b.facets.speakers.find((x) => x.id === v.id);
      expect(e).toBeDefined();
      expect(Math.abs(e!.count - v.count)).toBeLessThanOrEqual(v.count * 0.25);
    }
  });
});
