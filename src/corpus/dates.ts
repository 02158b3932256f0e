/**
 * Dates as news pages write them, as a table of named rules. Every rule turns a match into an
 * ISO `YYYY-MM-DD`; impossible dates (`February 30, 2025`) are rejected.
 */
import { MONTH_NAME, monthNumber } from '../lexicon/calendar.js';

/** Spaces inside one date; never a line break ("Tuesday, 1 March" / "2000 GMT" are two lines). */
const SP = '[ \\t\\u00a0]+';

export interface DateRule {
  name: string;
  /** A global regex; the capture groups are read by `toDate`. */
  pattern: RegExp;
  toDate(m: RegExpExecArray): string | null;
}

export interface DateMatch {
  rule: string;
  iso: string;
  start: number;
  end: number;
}

/** `2025-09-04` when year/month/day make a real calendar day, else null. */
export function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export const dateRules: readonly DateRule[] = [
  {
    // "2025-09-04", "2025-09-04T16:25:00Z"
    name: 'iso',
    pattern: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d])/g,
    toDate: (m) => isoDay(Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    // "September 4, 2025", "Sept. 3, 2025", "Thursday, Sep 4th 2025"
    name: 'month-day-year',
    pattern: new RegExp(`\\b(${MONTH_NAME})\\.?${SP}(\\d{1,2})(?:st|nd|rd|th)?,?${SP}(\\d{4})(?!\\d)`, 'gi'),
    toDate: (m) => {
      const month = monthNumber(m[1] ?? '');
      return month === null ? null : isoDay(Number(m[3]), month, Number(m[2]));
    },
  },
  {
    // "4 September 2025", "4th Sept. 2025"
    name: 'day-month-year',
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?${SP}(${MONTH_NAME})\\.?,?${SP}(\\d{4})(?!\\d)`, 'gi'),
    toDate: (m) => {
      const month = monthNumber(m[2] ?? '');
      return month === null ? null : isoDay(Number(m[3]), month, Number(m[1]));
    },
  },
  {
    // "9/4/2025" (US month-first unless the first number cannot be a month: "25/12/2025"),
    // also when a page glues the reading time on: "9/4/20252 min read".
    name: 'numeric',
    pattern: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?=\d{1,3}\s*min(?:ute)?s?\b|[^\d/]|$)/gi,
    toDate: (m) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      return a > 12 ? isoDay(Number(m[3]), b, a) : isoDay(Number(m[3]), a, b);
    },
  },
];

/** Every full date in `text` (overlaps resolved by position, first rule wins), in text order. */
export function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  for (const rule of dateRules) {
    const re = new RegExp(rule.pattern.source, rule.pattern.flags);
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const iso = rule.toDate(m);
      const start = m.index;
      const end = start + m[0].length;
      if (iso === null) continue;
      if (found.some((f) => start < f.end && f.start < end)) continue;
      found.push({ rule: rule.name, iso, start, end });
    }
  }
  return found.sort((x, y) => x.start - y.start);
}

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Normalises a given date (record, front matter, sidecar, <meta>) to ISO 8601: an ISO date or
 * date-time is kept (a date-time keeps its offset), any other written date becomes `YYYY-MM-DD`.
 * Null when the value is not a date.
 */
export function toIsoDate(value: string): string | null {
  const v = value.trim();
  const iso = ISO_DATE_TIME.exec(v);
  if (iso) {
    const day = isoDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (day === null) return null;
    if (iso[4] === undefined) return day;
    if (Number(iso[4]) > 23 || Number(iso[5]) > 59) return null;
    return v.replace(' ', 'T');
  }
  const [first] = findDates(v);
  return first ? first.iso : null;
}
