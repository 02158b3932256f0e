/**
 * Small span arithmetic of the time stage (its sentences are the document model's: `sentenceLayout`).
 */
export function distance(span: { start: number; end: number }, point: number): number {
  if (point < span.start) return span.start - point;
  if (point > span.end) return point - span.end;
  return 0;
}

export function inside(span: { start: number; end: number }, range: { start: number; end: number }): boolean {
  return span.start >= range.start && span.end <= range.end;
}

/** One span over a clock and its date when they sit close together ("on Tuesday at 16:25"), else the clock alone. */
export function joinSpans(
  clock: { start: number; end: number },
  day: { start: number; end: number },
): { start: number; end: number } {
  const gap = Math.max(clock.start, day.start) - Math.min(clock.end, day.end);
  return gap <= 30 ? { start: Math.min(clock.start, day.start), end: Math.max(clock.end, day.end) } : clock;
}
