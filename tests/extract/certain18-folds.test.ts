import { describe, expect, it } from 'vitest';
import { foldsByArticle } from '../../scripts/train.js';

/** How many of `ids` each of `folds` folds holds. */
function perFold(map: Map<string, number>, ids: readonly string[], folds: number): number[] {
  const count = new Array<number>(folds).fill(0);
  for (const id of ids) count[map.get(id)!]!++;
  return count;
}

describe('foldsByArticle with strata: each fold holds its share of every set', () => {
  const big = Array.from({ length: 200 }, (_, i) => `big-${String(i).padStart(3, '0')}`);
  const small = Array.from({ length: 10 }, (_, i) => `small-${i}`);
  const setOf = (id: string): string => id.split('-')[0]!;

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %i: 2 small articles in each of 5 folds, 40 big ones', (seed) => {
    const folds = foldsByArticle([...big, ...small], 5, seed, setOf);
    expect(perFold(folds, small, 5)).toEqual([2, 2, 2, 2, 2]);
    expect(perFold(folds, big, 5)).toEqual([40, 40, 40, 40, 40]);
  });

  it('the deal runs on across strata, so the totals stay within one of each other', () => {
    const odd = Array.from({ length: 7 }, (_, i) => `odd-${i}`);
    const folds = foldsByArticle([...odd, ...small], 5, 1, setOf);
    const total = perFold(folds, [...odd, ...small], 5);
    expect(Math.max(...total) - Math.min(...total)).toBeLessThanOrEqual(1);
  });

  it('is the same whatever the order given, and changes with the seed', () => {
    const ids = [...big, ...small];
    const f1 = foldsByArticle(ids, 5, 1, setOf);
    expect(foldsByArticle([...ids].reverse(), 5, 1, setOf)).toEqual(f1);
    expect(foldsByArticle(ids, 5, 2, setOf)).not.toEqual(f1);
  });

  it('without strata deals as before (the small set left to the shuffle)', () => {
    const ids = [...big, ...small];
    expect(foldsByArticle(ids, 5, 1)).toEqual(foldsByArticle(ids, 5, 1, () => 'one'));
  });
});
