/**
 * The filters on what a quote record says (`kind`, `minConfidence`) are read from the search file's columns: a
 * restored engine answers them without reading a single record (it read every match's record before), and the
 * same as a fresh one. Invented quotes (tests/search/fixtures.ts) with varied kinds and confidences.
 */
import { describe, expect, it } from 'vitest';
import { createSearchEngine, openSearchEngine, type SearchResponse } from '../../src/search/index.js';
import type { CorpusData, Quote } from '../../src/model/types.js';
import { corpus as base, request } from './fixtures.js';

const CONFIDENCES = [0.12, 0.5, 0.49, 0.93, 1, 0.75];
const corpus: CorpusData = {
  ...base,
  quotes: base.quotes.map((q, i): Quote => ({
    ...q,
    kind: i % 3 === 0 ? 'partial' : 'full',
    attribution: { ...q.attribution, confidence: CONFIDENCES[i % CONFIDENCES.length]! },
  })),
};
const fresh = createSearchEngine(corpus);
const ids = (r: SearchResponse): string[] => r.results.map((h) => h.quote.id).sort();

/** The engine over the saved file, counting the records it reads. */
function restored(): { engine: ReturnType<typeof openSearchEngine>; reads: () => number } {
  let reads = 0;
  const engine = openSearchEngine(Buffer.from(fresh.serialize()), corpus.quotes.length, (slot) => {
    reads++;
    return corpus.quotes[slot]!;
  });
  return { engine, reads: () => reads };
}

describe('record filters read columns, not records', () => {
  const cases = [
    { minConfidence: 0.5 },
    { minConfidence: 0.93 },
    { kind: 'partial' as const },
    { kind: 'full' as const, minConfidence: 0.75 },
    { kind: 'partial' as const, q: 'the' },
    { minConfidence: 0.5, publishers: ['Harbour Gazette'], from: '2024-01-01', to: '2024-12-31' },
  ];

  it.each(cases)('%o: no record read, the same quotes as a fresh engine and as the records say', (filters) => {
    const { engine, reads } = restored();
    const found = engine.search(request({ sort: 'newest', ...filters }));
    const total = found.total;
    expect(reads()).toBe(0);
    const want = fresh.search(request({ sort: 'newest', ...filters }));
    expect(total).toBe(want.total);
    expect(found.facets).toEqual(want.facets);
    expect(ids(found)).toEqual(ids(want));
    for (const hit of found.results) {
      if (filters.kind) expect(hit.quote.kind).toBe(filters.kind);
      if (filters.minConfidence) expect(hit.quote.attribution.confidence).toBeGreaterThanOrEqual(filters.minConfidence);
    }
  });

  it('every quote of the kind and confidence asked is found', () => {
    const { engine } = restored();
    const want = corpus.quotes
      .filter((q) => q.kind === 'full' && q.attribution.confidence >= 0.5)
      .map((q) => q.id)
      .sort();
    expect(ids(engine.search(request({ kind: 'full', minConfidence: 0.5, limit: 100 })))).toEqual(want);
  });
});
