/**
 * How a quote's time is shown: as precisely as the source tells, and no more.
 * `2025-09-04T16:25+02:00` → `4 Sep 2025, 16:25 UTC+02:00`; `2025-09-04` → `4 Sep 2025`; `2025-09` → `Sep 2025`.
 * Dates taken from the article's publication date are labelled as such, never passed off as when it was said.
 */
import type { Quote, SaidAtPrecision } from '../model/types.js';

const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
export const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The parts of an ISO 8601 date or date-time, as far as it goes. */
export interface IsoParts {
  year: number;
  /** 1..12, or null for a bare year. */
  month: number | null;
  day: number | null;
  hour: number | null;
  minute: number | null;
  /** `Z`, `+02:00`, or null when no zone was given. */
  zone: string | null;
  precision: SaidAtPrecision | 'year';
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** Splits an ISO 8601 value into its parts; null when it is not one. */
export function parseIso(value: string): IsoParts | null {
  const m = ISO.exec(value.trim());
  if (!m) return null;
  const num = (s: string | undefined) => (s === undefined ? null : Number(s));
  const month = num(m[2]);
  const day = num(m[3]);
  const hour = num(m[4]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || day > 31)) return null;
  let zone = m[6] ?? null;
  if (zone && zone !== 'Z' && !zone.includes(':')) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const precision = hour !== null ? 'minute' : day !== null ? 'day' : month !== null ? 'month' : 'year';
  return { year: Number(m[1]), month, day, hour, minute: num(m[5]), zone, precision };
}

/** What a page shows for a point in time. */
export interface WhenLabel {
  /** Human text: `4 Sep 2025, 16:25 UTC+02:00`. */
  text: string;
  /** Machine value for `<time datetime>`. */
  datetime: string;
  precision: IsoParts['precision'];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Formats an ISO value at its own precision; null when the value is missing or unreadable. */
export function formatIso(
  value: string | null | undefined,
  options: { date?: 'short' | 'long' } = {},
): WhenLabel | null {
  if (!value) return null;
  const p = parseIso(value);
  if (!p) return null;
  const months = options.date === 'long' ? MONTHS_LONG : MONTHS_SHORT;
  if (p.month === null) return { text: String(p.year), datetime: String(p.year), precision: 'year' };
  const monthName = months[p.month - 1] ?? '';
  const ym = `${p.year}-${pad(p.month)}`;
  if (p.day === null) return { text: `${monthName} ${p.year}`, datetime: ym, precision: 'month' };
  const ymd = `${ym}-${pad(p.day)}`;
  const dayText = `${p.day} ${monthName} ${p.year}`;
  if (p.hour === null || p.minute === null) return { text: dayText, datetime: ymd, precision: 'day' };
  const hm = `${pad(p.hour)}:${pad(p.minute)}`;
  const zoneText = p.zone === null ? 'local time' : p.zone === 'Z' || p.zone === '+00:00' ? 'UTC' : `UTC${p.zone}`;
  // A local time without a zone is a valid "local date and time" for <time>, so nothing is invented.
  return { text: `${dayText}, ${hm} ${zoneText}`, datetime: `${ymd}T${hm}${p.zone ?? ''}`, precision: 'minute' };
}

/** When a quote was said, as the pages show it. */
export interface QuoteWhen extends WhenLabel {
  /** `stated` by the article, `inferred` from its publication date, or only the `published` date known. */
  basis: 'stated' | 'inferred' | 'published';
  /** Text for a tooltip / note explaining where the date comes from. */
  note: string;
}

/** Describes when a quote was said, honestly: stated time, inferred from the article, or unknown (null). */
export function describeQuoteWhen(quote: Quote): QuoteWhen | null {
  if (quote.saidAt) {
    const label = formatIso(quote.saidAt.value);
    if (label) {
      if (quote.saidAt.basis === 'stated') {
        const expr = quote.saidAt.expression?.text;
        return { ...label, basis: 'stated', note: expr ? `The article says: “${expr}”` : 'Stated in the article' };
      }
      // a weekday or relative day counted from the publication date; an undated article's lead event
      const expr = quote.saidAt.expression?.text ?? '';
      if (quote.saidAt.basis === 'relative')
        return { ...label, basis: 'stated', note: `The article says “${expr}”, counted from its publication date` };
      if (quote.saidAt.basis === 'event')
        return {
          ...label,
          basis: 'stated',
          note: `The date of the event the article reports (“${expr}”); the article has no date of its own`,
        };
      return { ...label, basis: 'inferred', note: 'Approximate: taken from the article’s publication date' };
    }
  }
  const published = formatIso(quote.publishedAt);
  if (published)
    return { ...published, basis: 'published', note: 'The article does not say when; this is its publication date' };
  return null;
}
