import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { UnionFind } from '../../src/lib/union-find.js';

describe('UnionFind', () => {
  it('keeps the smaller id as root by default, whatever the order of the merges', () => {
    const a = new UnionFind(5);
    a.union(4, 3);
    a.union(3, 1);
    const b = new UnionFind(5);
    b.union(1, 3);
    b.union(4, 1);
    for (const sets of [a, b]) expect([0, 1, 2, 3, 4].map((x) => sets.find(x))).toEqual([0, 1, 2, 1, 1]);
  });
  it("keeps the root the order puts first; ties keep the first argument's", () => {
    const sets = new UnionFind(3);
    expect(sets.union(0, 2, (x, y) => y - x)).toBe(2);
    expect(sets.union(1, 2, () => 0)).toBe(1);
    expect(sets.find(0)).toBe(1);
  });
  it('puts two ids in one set exactly when a chain of merges joins them', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(9), fc.nat(9)), { maxLength: 15 }), (pairs) => {
        const sets = new UnionFind(10);
        for (const [x, y] of pairs) sets.union(x, y);
        const reach = (from: number): Set<number> => {
          const seen = new Set([from]);
          for (let grew = true; grew;) {
            grew = false;
            for (const [x, y] of pairs) {
              if (seen.has(x) !== seen.has(y)) {
                seen.add(x).add(y);
                grew = true;
              }
            }
          }
          return seen;
        };
        for (let x = 0; x < 10; x++) {
          const joined = reach(x);
          for (let y = 0; y < 10; y++) expect(sets.find(x) === sets.find(y)).toBe(joined.has(y));
          expect(sets.find(x)).toBe(Math.min(...joined));
        }
      }),
    );
  });
});
