import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PairSet } from '../../src/statements/pair-set.js';

describe('PairSet', () => {
  it('adds each pair key once, like a Set, across growth', () => {
    const key = fc
      .tuple(fc.nat({ max: 2 ** 22 - 1 }), fc.nat({ max: 2 ** 22 - 1 }))
      .map(([i, j]) => Math.min(i, j) * 2 ** 22 + Math.max(i, j) + 1);
    fc.assert(
      fc.property(fc.array(key, { maxLength: 3000 }), (keys) => {
        const set = new PairSet(4);
        const reference = new Set<number>();
        for (const k of keys) expect(set.add(k)).toBe(!reference.has(k) && reference.add(k) !== undefined);
      }),
    );
  });

  it('holds keys above 2^32 apart from their low bits', () => {
    const set = new PairSet();
    expect(set.add(2 ** 40 + 5)).toBe(true);
    expect(set.add(5)).toBe(true);
    expect(set.add(2 ** 41 + 5)).toBe(true);
    expect(set.add(2 ** 40 + 5)).toBe(false);
  });
});
