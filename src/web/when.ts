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
  precision: SaidAtPrecision;
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

/**
 * How a quote's date is known: the said-at basis (`stated`, `relative`, `event`, `inferred`), or `published` when
 * the quote has no said-at and only its article's publication date is shown.
 */
export type WhenBasis = 'stated' | 'relative' | 'event' | 'inferred' | 'published';

/**
 * The words every surface (page, permalink, CSV, BibTeX, citations) puts beside a date to say how it is known,
 * from this one table: an `inferred` or `event` date is never shown as one the words were said on.
 * `prefix` goes before the date, `qualifier` in brackets after it; `approximate` marks a date that stands in for
 * when the words were said (the publication day, or the day of the event an undated article reports).
 */
export interface WhenWords {
  prefix: '' | 'published ';
  qualifier: string | null;
  approximate: boolean;
}

/** The words for a basis; `expression` is the text a relative date was counted from (`on Tuesday`). */
export function whenWords(basis: WhenBasis, expression: string | null = null): WhenWords {
  switch (basis) {
    case 'stated':
      return { prefix: '', qualifier: 'date stated', approximate: false };
    case 'relative':
      return {
        prefix: '',
        qualifier: expression ? `from “${expression}”` : 'counted from publication',
        approximate: false,
      };
    case 'event':
      return { prefix: '', qualifier: 'date of the event reported', approximate: true };
    case 'inferred':
      return { prefix: 'published ', qualifier: 'approx.', approximate: true };
    case 'published':
      return { prefix: 'published ', qualifier: null, approximate: true };
  }
}

/** When a quote was said, as the pages show it. */
export interface QuoteWhen extends WhenLabel, WhenWords {
  /** How the date is known (see `WhenBasis`). */
  basis: WhenBasis;
  /** Text for a tooltip / note explaining where the date comes from. */
  note: string;
  /** The date with its words, as plain text: `published 4 Sep 2025 (approx.)`, `2 Sep 2025 (from “on Tuesday”)`. */
  phrase: string;
}

function quoteWhen(label: WhenLabel, basis: WhenBasis, expression: string | null, note: string): QuoteWhen {
  const words = whenWords(basis, expression);
  const phrase = `${words.prefix}${label.text}${words.qualifier ? ` (${words.qualifier})` : ''}`;
  return { ...label, ...words, basis, note, phrase };
}

/** Describes when a quote was said, honestly: stated time, inferred from the article, or unknown (null). */
export function describeQuoteWhen(quote: Pick<Quote, 'saidAt' | 'publishedAt'>): QuoteWhen | null {
  const said = quote.saidAt;
  const label = said ? formatIso(said.value) : null;
  if (said && label) {
    const expr = said.expression?.text ?? null;
    switch (said.basis) {
      case 'stated':
        return quoteWhen(label, 'stated', expr, expr ? `The article says: “${expr}”` : 'Stated in the article');
      case 'relative':
        return quoteWhen(
          label,
          'relative',
          expr,
          `The article says “${expr ?? ''}”, counted from its publication date`,
        );
      case 'event':
        return quoteWhen(
          label,
          'event',
          expr,
          `The date of the event the article reports (“${expr ?? ''}”); the article has no date of its own`,
        );
      case 'inferred':
        return quoteWhen(label, 'inferred', expr, 'Approximate: taken from the article’s publication date');
    }
  }
  const published = formatIso(quote.publishedAt);
  if (published)
    return quoteWhen(published, 'published', null, 'The article does not say when; this is its publication date');
  return null;
}
