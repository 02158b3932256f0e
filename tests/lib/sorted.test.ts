import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lastStartingBefore, partitionPoint, rangeAt } from '../../src/lib/sorted.js';

describe('partitionPoint', () => {
  it.each<[number[], number, number]>([
    [[], 5, 0],
    [[1, 3, 3, 7], 0, 0],
    [[1, 3, 3, 7], 3, 1],
    [[1, 3, 3, 7], 4, 3],
    [[1, 3, 3, 7], 9, 4],
  ])('in %j, the first value not below %d is at %d', (xs, v, at) => {
    expect(partitionPoint(xs.length, (i) => xs[i]! < v)).toBe(at);
  });
  it('agrees with a linear scan', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 })), fc.integer({ min: -1, max: 51 }), (raw, v) => {
        const xs = [...raw].sort((a, b) => a - b);
        const linear = xs.findIndex((x) => x >= v);
        expect(partitionPoint(xs.length, (i) => xs[i]! < v)).toBe(linear === -1 ? xs.length : linear);
      }),
    );
  });
});

describe('ranges', () => {
  const ranges = [
    { start: 2, end: 5 },
    { start: 5, end: 5 },
    { start: 8, end: 12 },
  ];
  it.each<[number, number]>([
    [0, -1],
    [2, -1],
    [3, 0],
    [8, 1],
    [9, 2],
    [20, 2],
  ])('the last range starting before %d is %d', (pos, i) => {
    expect(lastStartingBefore(ranges, pos)).toBe(i);
  });
  it.each<[number, { start: number; end: number } | null]>([
    [1, null],
    [2, ranges[0]!],
    [4, ranges[0]!],
    [5, null],
    [7, null],
    [8, ranges[2]!],
    [11, ranges[2]!],
    [12, null],
  ])('the range holding %d is %j', (pos, range) => {
    expect(rangeAt(ranges, pos)).toBe(range);
  });
});
