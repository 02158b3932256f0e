/**
 * The named time-expression rules (clock times, dates, weekdays, relative days), most specific first.
 * Data: each rule a pattern, the words it may open with and a reader of its match.
 */
import { COUNT_WORDS, RELATIVE_DAYS } from './words.js';
import { MONTH_WORDS as CAPITALISED_MONTHS, monthNumber as calendarMonth, WEEKDAYS } from '../../lexicon/calendar.js';
import { addDays, dayNumber, isValidDay, previousWeekday } from './days.js';
import { determinerBefore, partOfName } from './guards.js';
import type { Clock, RuleContext, TimeHit, TimeRule, Ymd } from './types.js';

// Capitalised only (the modal "may" and the verb "march" are not months), longest first.
const monthAlternation = [...CAPITALISED_MONTHS].sort((a, b) => b.length - a.length).join('|');
const weekdayAlternation = WEEKDAYS.map((w) => w.name).join('|');
/** Month names as the patterns spell them: `January`, `Jan`, `Sept`. */
const MONTH_WORDS = monthAlternation.split('|');

const monthNumber = (name: string): number => calendarMonth(name) ?? 0;

/** "at 4:25 p.m." — 12-hour clock with a meridiem. */
function read12h(match: RegExpExecArray): { clock: Clock } | null {
  const hour = Number(match[1]);
  const minute = match[2] ? Number(match[2]) : 0;
  const pm = match[3]!.toLowerCase() === 'p';
  return { clock: { h: (hour % 12) + (pm ? 12 : 0), min: minute } };
}

/** A month-named date with an optional year; the year defaults to the one that keeps it on or before the article date. */
function readNamedDate(
  monthName: string,
  dayText: string,
  yearText: string | undefined,
  ctx: RuleContext,
): { day: Ymd } | null {
  const m = monthNumber(monthName);
  const d = Number(dayText);
  if (!m || d < 1 || d > 31) return null;
  if (yearText) {
    const day = { y: Number(yearText), m, d };
    return isValidDay(day) ? { day } : null;
  }
  const ref = ctx.yearDay;
  if (!ref) return null;
  const sameYear = { y: ref.y, m, d };
  if (!isValidDay(sameYear)) return null;
  if (dayNumber(sameYear) <= dayNumber(ref) + 1) return { day: sameYear };
  // "On Dec. 30" in an article of Jan. 2 is last year's; a later date this year is a future event, not when it was said.
  const lastYear = { y: ref.y - 1, m, d };
  return isValidDay(lastYear) && dayNumber(ref) - dayNumber(lastYear) <= 183 ? { day: lastYear } : null;
}

type Meaning = Omit<TimeHit, 'rule' | 'start' | 'end'>;

const YEAR = '(1[89]\\d\\d|20\\d\\d)';

/**
 * A work or an occasion that a year or month before it dates (`2015 interview`, `2017 blog post`, `1998 television
 * interview`): at most one word of its medium or kind before the noun. Case-insensitive in `year-work`.
 */
const WORK =
  '(?:(?:blog|radio|television|TV|tv|televised|newspaper|magazine|[Ff]acebook|[Tt]witter|[Ii]nstagram|[Yy]ou[Tt]ube|online|web|video|phone|telephone|podcast|commencement|written|exclusive|court|congressional|parliamentary|campaign|keynote|farewell)\\s+)?' +
  '(?:interview|book|autobiography|memoir|speech|statement|letter|report|article|essay|documentary|film|song|album|ruling|judgment|judgement|filing|lawsuit|testimony|press\\s+conference|news\\s+conference|op-ed|column|post|tweet|video|podcast|address|debate|hearing|trial|campaign|blog|editorial|lecture|sermon|remarks|comments|appearance|broadcast|profile)\\b';

/** The days of one year, as a span (a year is coarser than any precision a quote's date has). */
function yearSpan(year: number, ctx: RuleContext): Meaning | null {
  // this year's or a later year says nothing against the publication date
  const ref = ctx.articleDay ?? ctx.yearDay;
  if (ref && year >= ref.y) return null;
  return { span: { from: { y: year, m: 1, d: 1 }, to: { y: year, m: 12, d: 31 } } };
}

/** `two days ago` → that day; `three weeks ago`, `a few months ago`, `years ago` → a stretch around it. */
function readAgo(count: string, unit: string, ctx: RuleContext): Meaning | null {
  if (!ctx.articleDay) return { unresolved: true };
  const word = count.toLowerCase().replace(/\s+/g, ' ');
  const n = /^\d+$/.test(word) ? Number(word) : COUNT_WORDS[word];
  const back = (days: number): Ymd => addDays(ctx.articleDay!, -days);
  const span = (from: number, to: number): Meaning => ({ span: { from: back(from), to: back(to) }, relative: true });
  const u = unit.toLowerCase();
  if (n === undefined) {
    // "a few days ago", "several weeks ago", "some years ago"
    if (u === 'day') return span(7, 2);
    if (u === 'week') return span(42, 14);
    return span(u === 'month' ? 365 : 3650, u === 'month' ? 45 : 365);
  }
  if (u === 'day') return n <= 10 ? { day: back(n), relative: true } : span(n + 3, n - 3);
  if (u === 'week') return span(7 * n + 3, 7 * n - 3);
  if (u === 'month') return span(31 * n + 15, 30 * n - 15);
  return span(366 * n + 183, 365 * n - 183);
}

const AGO_UNIT = "(day|week|month|year)s?\\s+ago\\b(?!['’]s)";

/**
 * The rules that place the speech in a stretch of days or a day counted back (`last week`, `in 2004`,
 * `two days ago`): such words tell of many things in a sentence, so they count only where they modify the
 * speech (see `tiedToSpeech` in ./index.ts).
 */
export const PERIOD_RULES: ReadonlySet<string> = new Set([
  'week-last',
  'year-last',
  'ago',
  'ago-bare',
  'ago-count',
  'year-in',
  'year-work',
  'month-work',
]);

/** The named time-expression rules, most specific first; overlapping matches keep the longer one. */
export const TIME_RULES: readonly TimeRule[] = [
  {
    // "at 4:25 p.m.", "at 9am", "shortly after 11.30 a.m."
    name: 'clock-12h',
    opensWith: 'digits-1-2',
    pattern: /(?<![\d:.])(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s?([ap])\.?\s?m\b\.?/gi,
    read: read12h,
  },
  {
    // "at 16:25 local time", "(16:46)"
    name: 'clock-24h',
    opensWith: 'digits-1-2',
    pattern: /(?<![\d:.,])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/g,
    read: (m) => ({ clock: { h: Number(m[1]), min: Number(m[2]) } }),
  },
  {
    // French style: "à 16h25", "16h"
    name: 'clock-h',
    opensWith: 'digits-1-2',
    pattern: /(?<![\d:.,])([01]?\d|2[0-3])h([0-5]\d)?(?![\p{L}\d])/gu,
    // A lone one-digit "0h"/"5h" is more often a count than a clock.
    read: (m) => (m[2] || m[1]!.length === 2 ? { clock: { h: Number(m[1]), min: m[2] ? Number(m[2]) : 0 } } : null),
  },
  {
    // "at noon", "shortly before midnight"
    name: 'clock-noon-midnight',
    wholeOpeningWords: true,
    opensWith: ['noon', 'midday', 'midnight'],
    pattern: /\b(noon|midday|midnight)\b/gi,
    // `a midday rally`, `the midnight deadline`: a noun's modifier names no minute
    read: (m) =>
      determinerBefore(m.input, m.index) ? null : { clock: { h: m[1]!.toLowerCase() === 'midnight' ? 0 : 12, min: 0 } },
  },
  {
    // "2025-09-03"
    name: 'date-iso',
    opensWith: 'digits-4-hyphen',
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    read: (m) => {
      const day = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
      return isValidDay(day) ? { day } : null;
    },
  },
  {
    // "on September 3, 2025", "On Aug. 28", "Sept. 3"
    name: 'date-month-day',
    opensWith: MONTH_WORDS,
    pattern: new RegExp(`\\b(${monthAlternation})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'g'),
    read: (m, ctx) => readNamedDate(m[1]!, m[2]!, m[3], ctx),
  },
  {
    // "on 3 September 2025", "the 3rd of September"
    name: 'date-day-month',
    opensWith: 'digits-1-2',
    pattern: new RegExp(
      `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${monthAlternation})\\b(?:\\.(?=\\s+\\d{4}))?(?:,?\\s+(\\d{4})\\b)?`,
      'g',
    ),
    read: (m, ctx) => readNamedDate(m[2]!, m[1]!, m[3], ctx),
  },
  {
    // "on Tuesday", "said Tuesday", "last Friday"; "next Monday" and habitual "on Tuesdays" are not when it was said.
    name: 'weekday',
    opensWith: ['last', 'this', 'past', 'next', 'coming', ...WEEKDAYS.map((w) => w.name)],
    pattern: new RegExp(`\\b(?:(last|this\\s+past|past|next|this|coming)\\s+)?(${weekdayAlternation})(s)?\\b`, 'gi'),
    read: (m, ctx) => {
      const qualifier = m[1]?.toLowerCase().replace(/\s+/g, ' ');
      if (m[3] || qualifier === 'next' || qualifier === 'this' || qualifier === 'coming') return null;
      if (!qualifier && partOfName(m.input, m.index, m.index + m[0].length, 'weekday')) return null;
      if (!ctx.articleDay) return { unresolved: true };
      const weekday = WEEKDAYS.find((w) => w.name === m[2]!.toLowerCase())!.day;
      const strictlyBefore = qualifier === 'last' || qualifier === 'this past' || qualifier === 'past';
      return { day: previousWeekday(ctx.articleDay, weekday, strictlyBefore), relative: true };
    },
  },
  ...RELATIVE_DAYS.map((r): TimeRule => ({
    name: `relative-${r.name}`,
    pattern: r.pattern,
    opensWith: r.opensWith,
    wholeOpeningWords: true,
    read: (m, ctx) => {
      if (partOfName(m.input, m.index, m.index + m[0].length, 'relative')) return null;
      return ctx.articleDay ? { day: addDays(ctx.articleDay, r.offsetDays), relative: true } : { unresolved: true };
    },
  })),
  {
    // "last month" → the month before the article's
    name: 'month-last',
    wholeOpeningWords: true,
    opensWith: ['last'],
    pattern: /\blast\s+month\b/gi,
    read: (_m, ctx) => {
      if (!ctx.articleMonth) return null;
      const { y, m } = ctx.articleMonth;
      return { month: m === 1 ? { y: y - 1, m: 12 } : { y, m: m - 1 }, relative: true };
    },
  },
  {
    // "earlier this month"
    name: 'month-this',
    wholeOpeningWords: true,
    opensWith: ['earlier'],
    pattern: /\bearlier\s+this\s+month\b/gi,
    read: (_m, ctx) => (ctx.articleMonth ? { month: ctx.articleMonth, relative: true } : null),
  },
  {
    // "in August", "in August 2025", "in May, 2018", "in May of 2018"
    name: 'month-named',
    wholeOpeningWords: true,
    opensWith: ['In', 'in', 'During', 'during', 'Early', 'early', 'Late', 'late'],
    pattern: new RegExp(
      `\\b(?:[Ii]n|[Dd]uring|[Ee]arly|[Ll]ate)\\s+(${monthAlternation})\\b(?:(?:,|\\s+of)?\\s+(\\d{4})\\b)?`,
      'g',
    ),
    read: (m, ctx) => {
      const month = monthNumber(m[1]!);
      if (m[2]) return { month: { y: Number(m[2]), m: month } };
      if (!ctx.articleMonth) return null;
      const { y, m: am } = ctx.articleMonth;
      return { month: { y: month <= am ? y : y - 1, m: month }, relative: true };
    },
  },
  {
    // "last week": the calendar week (Monday to Sunday) before the article's
    name: 'week-last',
    wholeOpeningWords: true,
    opensWith: ['last'],
    pattern: /\blast\s+week\b(?!['’]s)/gi,
    read: (_m, ctx) => {
      if (!ctx.articleDay) return { unresolved: true };
      const monday = previousWeekday(ctx.articleDay, 1, false);
      return { span: { from: addDays(monday, -7), to: addDays(monday, -1) }, relative: true };
    },
  },
  {
    // "last year": a year, no finer
    name: 'year-last',
    wholeOpeningWords: true,
    opensWith: ['last'],
    pattern: /\blast\s+year\b(?!['’]s)/gi,
    read: (_m, ctx) =>
      ctx.articleDay ? { ...yearSpan(ctx.articleDay.y - 1, ctx), relative: true } : { unresolved: true },
  },
  {
    // "two days ago", "a week ago", "several years ago"
    name: 'ago',
    wholeOpeningWords: true,
    opensWith: [
      'a',
      'an',
      'one',
      'two',
      'three',
      'four',
      'five',
      'six',
      'seven',
      'eight',
      'nine',
      'ten',
      'few',
      'several',
      'some',
    ],
    pattern: new RegExp(
      `\\b(an?|one|two|three|four|five|six|seven|eight|nine|ten|a\\s+few|few|several|some)\\s+${AGO_UNIT}`,
      'gi',
    ),
    read: (m, ctx) => readAgo(m[1]!, m[2]!, ctx),
  },
  {
    // "years ago", "decades ago": long before, no finer
    name: 'ago-bare',
    wholeOpeningWords: true,
    opensWith: ['weeks', 'months', 'years', 'decades'],
    pattern: /\b(week|month|year|decade)s\s+ago\b/gi,
    read: (m, ctx) => readAgo('few', m[1]!.toLowerCase() === 'decade' ? 'year' : m[1]!, ctx),
  },
  {
    // "12 days ago", "20 years ago"
    name: 'ago-count',
    opensWith: 'digits-1-2',
    pattern: new RegExp(`(?<![\\d.,])(\\d{1,2})\\s+${AGO_UNIT}`, 'gi'),
    read: (m, ctx) => readAgo(m[1]!, m[2]!, ctx),
  },
  {
    // "in 2004", "during 2016": a year before the article's, no finer
    name: 'year-in',
    wholeOpeningWords: true,
    opensWith: ['In', 'in', 'During', 'during'],
    pattern: new RegExp(`\\b(?:[Ii]n|[Dd]uring)\\s+(?:early\\s+|late\\s+|mid-)?${YEAR}(?![\\d-])`, 'g'),
    read: (m, ctx) => yearSpan(Number(m[1]), ctx),
  },
  {
    // "in his 1976 autobiography", "a 2015 interview": a work or an occasion of its own year
    name: 'year-work',
    wholeOpeningWords: true,
    digitAfterOpeningWord: true,
    opensWith: ['a', 'an', 'his', 'her', 'their', 'its', 'the'],
    pattern: new RegExp(`\\b(?:an?|his|her|their|its|the)\\s+${YEAR}\\s+${WORK}`, 'gi'),
    read: (m, ctx) => yearSpan(Number(m[1]), ctx),
  },
  {
    // "a March 2017 interview", "her June 2019 blog post": a work or an occasion of its own month (after a
    // determiner; the match starts at the month)
    name: 'month-work',
    opensWith: MONTH_WORDS,
    pattern: new RegExp(
      `\\b(?<=(?<![A-Za-z])(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]he)\\s+)(${monthAlternation})\\.?\\s+${YEAR}\\s+${WORK}`,
      'g',
    ),
    read: (m, ctx) => {
      const month = { y: Number(m[2]), m: monthNumber(m[1]!) };
      const ref = ctx.articleMonth ?? ctx.yearDay;
      // a month after the article's is no time anyone spoke in
      if (!month.m || (ref && month.y * 12 + month.m > ref.y * 12 + ref.m)) return null;
      return { month };
    },
  },
];
