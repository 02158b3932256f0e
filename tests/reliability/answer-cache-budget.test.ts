/**
 * The answer cache keeps to its budget and counts what it really holds (issue item 10): many distinct
 * no-result searches, each answer kept as the search route keeps it. Answers must own their bytes (a
 * short `Buffer.from` is a slice of an 8 KB pool slab, and keeping it keeps the slab), and keys, aliases
 * and per-entry overhead are counted. No timing, no process memory readings.
 */
import { describe, expect, it } from 'vitest';
import { assembleIndex } from '../../src/store/assemble.js';
import { searchAnswer, urlsFor, type SearchAnswer } from '../../src/web/present.js';
import { createResponseCache, ENTRY_OVERHEAD_BYTES } from '../../src/web/response-cache.js';
import type { SearchRequest } from '../../src/search/types.js';
import { generatedCorpus } from './generated-corpus.js';
import { searchRequest } from '../../src/search/request.js';

const index = assembleIndex(generatedCorpus(200), {
  dir: '(memory)',
  builtAt: '2025-06-01T00:00:00Z',
  formatVersion: 1,
});
const urls = urlsFor('http://127.0.0.1:3000');
const ask = (q: string): SearchRequest => searchRequest(q);

describe('answer cache budget', () => {
  it('stays within its budget over 5,000 distinct no-result searches, counting keys, aliases and memory it pins', () => {
    const budget = 256 * 1024;
    const cache = createResponseCache<SearchAnswer>({ maxBytes: budget });
    let minKeyChars = Infinity;
    let minAnswer = Infinity;
    for (let i = 0; i < 5_000; i++) {
      const q = `zzq${i.toString(36)}unfound`;
      const answer = searchAnswer(index, index.search.search(ask(q)), urls);
      expect(answer.tail.byteLength).toBeGreaterThan(0);
      // The answer's bytes are its own: no pool slab behind a short answer.
      expect(answer.tail.buffer.byteLength).toBe(answer.tail.byteLength);
      const key = `${urls.base}\n${JSON.stringify(ask(q))}`;
      minKeyChars = Math.min(minKeyChars, key.length);
      minAnswer = Math.min(minAnswer, answer.bytes);
      cache.set(index, key, answer, answer.bytes);
      cache.alias(index, `${urls.base}\n/api/search?q=${q}`, key);
      expect(cache.stats().bytes).toBeLessThanOrEqual(budget);
    }
    const { entries, bytes } = cache.stats();
    expect(entries).toBeGreaterThan(10);
    // An independent lower bound of what each kept entry holds: its key's characters (at least one byte each),
    // its answer and the Map and object overhead. Counting only answers (as before) stays well under it.
    expect(bytes).toBeGreaterThanOrEqual(entries * (minKeyChars + minAnswer + ENTRY_OVERHEAD_BYTES));
  });
});
