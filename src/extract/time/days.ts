/**
 * Calendar-day arithmetic on {y, m, d} records (proleptic Gregorian, UTC).
 */
import type { Ymd } from './types.js';

export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function formatDay(day: Ymd): string {
  return `${String(day.y).padStart(4, '0')}-${pad(day.m)}-${pad(day.d)}`;
}

export function dayNumber(day: Ymd): number {
  return Date.UTC(day.y, day.m - 1, day.d) / 86_400_000;
}

function fromDayNumber(n: number): Ymd {
  const date = new Date(n * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function isValidDay(day: Ymd): boolean {
  const back = fromDayNumber(dayNumber(day));
  return back.y === day.y && back.m === day.m && back.d === day.d;
}

export function addDays(day: Ymd, days: number): Ymd {
  return fromDayNumber(dayNumber(day) + days);
}

/** The most recent given weekday on or before (or strictly before) a day: "on Tuesday" in a Thursday article → two days back. */
export function previousWeekday(day: Ymd, weekday: number, strictlyBefore: boolean): Ymd {
  const current = new Date(dayNumber(day) * 86_400_000).getUTCDay();
  let back = (current - weekday + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  return addDays(day, -back);
}
