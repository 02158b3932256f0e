import { describe, expect, it } from 'vitest';
import { FNV_OFFSET, fnv1a } from '../../src/lib/hash.js';

describe('fnv1a', () => {
  // reference values of 32-bit FNV-1a
  it.each<[string, number]>([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('hashes %j to the reference value', (text, hash) => {
    expect(fnv1a(FNV_OFFSET, text)).toBe(hash);
  });
  it('hashes a string in pieces as in one', () => {
    expect(fnv1a(fnv1a(FNV_OFFSET, 'foo'), 'bar')).toBe(fnv1a(FNV_OFFSET, 'foobar'));
  });
});
