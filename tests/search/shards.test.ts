import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildShardTermData } from '../../src/search/build-terms.js';
import { mergeTermData } from '../../src/search/merge-terms.js';
import { buildSearchEngine, createSearchEngine, type SearchRequest } from '../../src/search/index.js';
import { corpus } from './fixtures.js';

const request = (q: string): SearchRequest => ({
  q,
  speakers: [],
  publishers: [],
  from: null,
  to: null,
  sort: 'relevance',
  page: 1,
  limit: 1000,
});
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('a term index built in ranges and merged', () => {
  it('equals the one built at once (averages up to rounding)', () => {
    const word = fc.constantFrom('harbour', 'toll', 'lamp', 'pear', 'bridge', 'carts', 'open', 'rise', 'x');
    const field = fc.array(word, { maxLength: 6 }).map((w) => w.join(' '));
    const doc = fc.record({ text: field, speaker: field });
    fc.assert(
      fc.property(
        fc.array(doc, { minLength: 1, maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 3 }),
        (docs, cutsRaw) => {
          const cuts = [...new Set(cutsRaw.map((c) => c % (docs.length + 1)))].sort((a, b) => a - b);
          const bounds = [0, ...cuts, docs.length];
          const parts = bounds.slice(0, -1).map((from, k) => {
            const range = docs.slice(from, bounds[k + 1]);
            return buildShardTermData({ text: range.map((d) => d.text), speaker: range.map((d) => d.speaker) });
          });
          const whole = buildShardTermData({ text: docs.map((d) => d.text), speaker: docs.map((d) => d.speaker) });
          const merged = mergeTermData(parts);
          expect(merged.vocabulary).toEqual(whole.vocabulary);
          expect(merged.postStart).toEqual(whole.postStart);
          expect(merged.postDocs).toEqual(whole.postDocs);
          expect(merged.postTf).toEqual(whole.postTf);
          expect(merged.fieldLength).toEqual(whole.fieldLength);
          expect(merged.documentCount).toBe(whole.documentCount);
          merged.fields.forEach((f, i) => expect(close(f.avg, whole.fields[i]!.avg)).toBe(true));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('on worker threads, answers as the engine built in one thread', async () => {
    const sharded = await buildSearchEngine(corpus, { shards: 3 });
    const single = createSearchEngine(corpus);
    for (const q of ['inflation', 'infla', 'econmy', '"broken promises"', 'heating -school', 'okafor flood']) {
      const a = sharded.search(request(q));
      const b = single.search(request(q));
      expect(a.results.map((h) => h.quote.id)).toEqual(b.results.map((h) => h.quote.id));
      a.results.forEach((h, i) => expect(close(h.score, b.results[i]!.score)).toBe(true));
    }
  });
});
