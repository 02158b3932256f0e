/**
 * Binary search over sorted data. One primitive, the partition point, serves every "first at or after",
 * "last before" and "the range holding" question the stages ask of sorted offsets.
 */

/**
 * The first index in `[0, length)` for which `isBefore` is false, or `length` when it holds everywhere.
 * `isBefore` must be true on a prefix and false after it (the data is sorted by what it tests).
 */
export function partitionPoint(length: number, isBefore: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (isBefore(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last range starting before `pos` in ranges sorted by start, or -1. */
export function lastStartingBefore(ranges: ReadonlyArray<{ start: number }>, pos: number): number {
  return partitionPoint(ranges.length, (i) => ranges[i]!.start < pos) - 1;
}

/** The range holding `pos` (`start <= pos < end`) among sorted ranges that do not overlap, or null. */
export function rangeAt<R extends { start: number; end: number }>(ranges: readonly R[], pos: number): R | null {
  const range = ranges[partitionPoint(ranges.length, (i) => ranges[i]!.end <= pos)];
  return range !== undefined && range.start <= pos ? range : null;
}
