import { describe, expect, it } from 'vitest';
import { ALIAS_OVERHEAD_BYTES, createResponseCache, ENTRY_OVERHEAD_BYTES } from '../../src/web/response-cache.js';

/** What the cache counts for an answer of `size` bytes under `key`, and for an alias: all it holds. */
const cost = (key: string, size: number): number => size + 2 * key.length + ENTRY_OVERHEAD_BYTES;
const aliasCost = (alias: string): number => 2 * alias.length + ALIAS_OVERHEAD_BYTES;

const indexA = {};
const indexB = {};

describe('createResponseCache', () => {
  it('keeps no alias longer than maxAliasChars (an address padded with unknown parameters), still answering by key', () => {
    const cache = createResponseCache<string>({ maxBytes: 10_000, maxAliasChars: 20 });
    cache.set(indexA, 'q=bridge', 'answer', 10);
    cache.alias(indexA, '/api/search?q=bridge', 'q=bridge');
    cache.alias(indexA, `/api/search?q=bridge&x=${'y'.repeat(50)}`, 'q=bridge');
    expect(cache.stats()).toEqual({
      entries: 1,
      aliases: 1,
      bytes: cost('q=bridge', 10) + aliasCost('/api/search?q=bridge'),
    });
    expect(cache.get(indexA, '/api/search?q=bridge')).toBe('answer');
    expect(cache.get(indexA, `/api/search?q=bridge&x=${'y'.repeat(50)}`)).toBeUndefined();
    expect(cache.get(indexA, 'q=bridge')).toBe('answer');
  });

  it('keeps answers within its byte budget, dropping the least recently used first', () => {
    const cache = createResponseCache<string>({ maxBytes: 3 * cost('a', 10) });
    cache.set(indexA, 'a', 'answer a', 10);
    cache.set(indexA, 'b', 'answer b', 10);
    cache.set(indexA, 'c', 'answer c', 10);
    expect(cache.get(indexA, 'a')).toBe('answer a'); // a is now the most recently used
    cache.set(indexA, 'd', 'answer d', 10);
    expect(cache.get(indexA, 'b')).toBeUndefined();
    expect(cache.get(indexA, 'a')).toBe('answer a');
    expect(cache.get(indexA, 'c')).toBe('answer c');
    expect(cache.get(indexA, 'd')).toBe('answer d');
    expect(cache.stats()).toEqual({ entries: 3, aliases: 0, bytes: 3 * cost('a', 10) });
  });

  it('replaces an answer kept under the same key without counting it twice', () => {
    const cache = createResponseCache<string>({ maxBytes: 10_000 });
    cache.set(indexA, 'a', 'old', 40);
    cache.set(indexA, 'a', 'new', 50);
    expect(cache.get(indexA, 'a')).toBe('new');
    expect(cache.stats()).toEqual({ entries: 1, aliases: 0, bytes: cost('a', 50) });
  });

  it('forgets everything when asked about another index (a swap), so no answer outlives its index', () => {
    const cache = createResponseCache<string>({ maxBytes: 10_000 });
    cache.set(indexA, 'q=salt', 'from A', 10);
    cache.alias(indexA, '/api/search?q=salt', 'q=salt');
    expect(cache.get(indexB, 'q=salt')).toBeUndefined();
    expect(cache.get(indexB, '/api/search?q=salt')).toBeUndefined();
    expect(cache.stats().entries).toBe(0);
    expect(cache.get(indexA, 'q=salt')).toBeUndefined();
  });

  it('keeps nothing when its budget is 0', () => {
    const cache = createResponseCache<string>({ maxBytes: 0 });
    cache.set(indexA, 'a', 'answer', 1);
    expect(cache.get(indexA, 'a')).toBeUndefined();
    expect(cache.stats()).toEqual({ entries: 0, aliases: 0, bytes: 0 });
  });

  it('finds an answer through an alias, which costs its key and node but no answer bytes, and ends with its answer', () => {
    const cache = createResponseCache<string>({
      maxBytes: cost('{"q":"salt"}', 10) + aliasCost('/api/search?q=salt') + cost('b', 10),
    });
    cache.set(indexA, '{"q":"salt"}', 'salt answer', 10);
    cache.alias(indexA, '/api/search?q=salt', '{"q":"salt"}');
    expect(cache.get(indexA, '/api/search?q=salt')).toBe('salt answer');
    expect(cache.stats()).toEqual({
      entries: 1,
      aliases: 1,
      bytes: cost('{"q":"salt"}', 10) + aliasCost('/api/search?q=salt'),
    });
    cache.set(indexA, 'b', 'b', 10);
    cache.set(indexA, 'c', 'c', 10); // pushes out the salt answer
    expect(cache.get(indexA, '/api/search?q=salt')).toBeUndefined();
  });

  it('keeps at most maxAliases aliases, dropping the least recently used', () => {
    const cache = createResponseCache<string>({ maxBytes: 10_000, maxAliases: 2 });
    cache.set(indexA, 'k', 'answer', 10);
    cache.alias(indexA, 'a1', 'k');
    cache.alias(indexA, 'a2', 'k');
    expect(cache.get(indexA, 'a1')).toBe('answer');
    cache.alias(indexA, 'a3', 'k');
    expect(cache.get(indexA, 'a2')).toBeUndefined();
    expect(cache.get(indexA, 'a1')).toBe('answer');
    expect(cache.get(indexA, 'a3')).toBe('answer');
  });

  it('does not keep an answer larger than maxEntryBytes', () => {
    const cache = createResponseCache<string>({ maxBytes: 10_000, maxEntryBytes: 100 });
    cache.set(indexA, 'big', 'x', 101);
    cache.set(indexA, 'small', 'y', 100);
    expect(cache.get(indexA, 'big')).toBeUndefined();
    expect(cache.get(indexA, 'small')).toBe('y');
  });

  it('counts keys as well as answers: many distinct keys with empty answers stay within the budget', () => {
    const cache = createResponseCache<string>({ maxBytes: 64 * 1024 });
    for (let i = 0; i < 20_000; i++) {
      const key = `{"q":"nothing-like-this-${i}"}`;
      cache.set(indexA, key, '', 0);
      cache.alias(indexA, `/api/search?q=nothing-like-this-${i}`, key);
    }
    const { entries, aliases, bytes } = cache.stats();
    expect(bytes).toBeLessThanOrEqual(64 * 1024);
    expect(entries).toBeGreaterThan(0);
    expect(entries * ENTRY_OVERHEAD_BYTES + aliases * ALIAS_OVERHEAD_BYTES).toBeLessThanOrEqual(bytes);
  });
});
