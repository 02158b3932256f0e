/**
 * Calendar words: month and weekday names as news copy writes them. One table for the corpus reader
 * (publication dates, datelines) and for the extractor (when a quote was said).
 */

/** Month names and their abbreviations (`Aug. 28`, `Sept. 3`, `3 September`), lower-case. */
export const MONTHS: ReadonlyArray<{ names: readonly string[]; month: number }> = [
  { names: ['january', 'jan'], month: 1 },
  { names: ['february', 'feb'], month: 2 },
  { names: ['march', 'mar'], month: 3 },
  { names: ['april', 'apr'], month: 4 },
  { names: ['may'], month: 5 },
  { names: ['june', 'jun'], month: 6 },
  { names: ['july', 'jul'], month: 7 },
  { names: ['august', 'aug'], month: 8 },
  { names: ['september', 'sept', 'sep'], month: 9 },
  { names: ['october', 'oct'], month: 10 },
  { names: ['november', 'nov'], month: 11 },
  { names: ['december', 'dec'], month: 12 },
];

/** Weekday names, 0 = Sunday as in `Date.getUTCDay()`. */
export const WEEKDAYS: ReadonlyArray<{ name: string; day: number }> = [
  { name: 'sunday', day: 0 },
  { name: 'monday', day: 1 },
  { name: 'tuesday', day: 2 },
  { name: 'wednesday', day: 3 },
  { name: 'thursday', day: 4 },
  { name: 'friday', day: 5 },
  { name: 'saturday', day: 6 },
];

/** A lower-case word capitalised: `monday` → `Monday`. */
export const capitalised = (word: string): string => word[0]!.toUpperCase() + word.slice(1);

/** The month names capitalised (`January`, `Jan`, `Sept`): the modal "may" and the verb "march" are not months. */
export const MONTH_WORDS: readonly string[] = MONTHS.flatMap((m) => m.names.map(capitalised));

/** The weekday names capitalised: `Monday`. */
export const WEEKDAY_WORDS: readonly string[] = WEEKDAYS.map((w) => capitalised(w.name));

/**
 * Regular-expression source for a month name or its abbreviation (`September`, `Sept`, `Sep`), capitalised,
 * each month's longer forms first; the caller adds the optional period.
 */
export const MONTH_NAME = `(?:${MONTHS.map((m) =>
  [...m.names]
    .sort((a, b) => b.length - a.length)
    .map(capitalised)
    .join('|'),
).join('|')})`;

/** The number (1–12) of a month name or abbreviation in any case, with or without its period; null if none. */
export function monthNumber(name: string): number | null {
  const bare = name.toLowerCase().replace(/\.$/u, '');
  return MONTHS.find((m) => m.names.includes(bare))?.month ?? null;
}

/** The full month names, lower-case: `january` … `december`. */
export const MONTH_FULL_NAMES: readonly string[] = MONTHS.map((m) => m.names[0]!);

/** The weekday names, lower-case: `sunday` … `saturday`. */
export const WEEKDAY_NAMES: readonly string[] = WEEKDAYS.map((w) => w.name);
