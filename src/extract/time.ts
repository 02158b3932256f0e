/**
 * When was a quote said? Reads the sentence of the quote, the sentence of its attribution cue and a
 * parenthetical right after them for clock times, dates, weekdays and relative days, resolves them
 * against the article date, and attaches the dateline's UTC offset to minute-precision values.
 */
import { partitionPoint } from '../lib/sorted.js';
import type { Article, SaidAt, SaidAtPrecision, Span } from '../model/types.js';
import { LEAD_STATEMENT, NAMED_TIME_WORDS, NOT_WHEN_SAID, PLACE_ZONES, RELATIVE_DAYS, ZONE_WORDS } from './time-rules.js';
import { MONTH_WORDS as CAPITALISED_MONTHS, monthNumber as calendarMonth, WEEKDAYS } from '../lexicon/calendar.js';
import { isLetterUnit } from './chars.js';
import { editorNote } from '../lexicon/page-furniture.js';

interface Ymd {
  y: number;
  m: number;
  d: number;
}

interface Clock {
  h: number;
  min: number;
}

/** What one matched time expression says, before choosing among several. */
interface TimeHit {
  rule: string;
  start: number;
  end: number;
  clock?: Clock;
  /** An explicit zone written after the clock: a fixed offset or an IANA zone. */
  offset?: string;
  zone?: string;
  day?: Ymd;
  month?: { y: number; m: number };
  /** True when the expression only places the quote relative to the publication date (`on Tuesday`, `yesterday`). */
  relative?: boolean;
  /** A relative day in an article without a publication date: the quote's day is unknown. */
  unresolved?: boolean;
}

interface RuleContext {
  /** The article date, when known (precision day). */
  articleDay: Ymd | null;
  /** The article month, when at least that is known. */
  articleMonth: { y: number; m: number } | null;
  /**
   * The day a year-less date (`On Aug. 28`) takes its year from: the article date, else the event
   * date of the lead (see `leadEventDay`). Relative words (`on Tuesday`) never read it.
   */
  yearDay: Ymd | null;
}

/**
 * Where a rule's matches can begin: at an ASCII digit that no digit precedes, or at the start of a
 * word (no `[A-Za-z0-9_]` before it) that begins with one of the listed words, compared as the
 * pattern's `i` flag says. The pattern is tried only there, not at every offset of the article.
 */
type RuleOpening = 'digit' | readonly string[];

/** A time expression rule: a named pattern and what a match means. Null from `read` drops the match. */
interface TimeRule {
  name: string;
  pattern: RegExp;
  /** Every match of `pattern` begins at such an offset (tests/extract/time-openings.test.ts checks it). */
  opensWith: RuleOpening;
  read: (match: RegExpExecArray, ctx: RuleContext) => Omit<TimeHit, 'rule' | 'start' | 'end'> | null;
}

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
function readNamedDate(monthName: string, dayText: string, yearText: string | undefined, ctx: RuleContext): { day: Ymd } | null {
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

/** The named time-expression rules, most specific first; overlapping matches keep the longer one. */
export const TIME_RULES: readonly TimeRule[] = [
  {
    // "at 4:25 p.m.", "at 9am", "shortly after 11.30 a.m."
    name: 'clock-12h',
    opensWith: 'digit',
    pattern: /(?<![\d:.])(1[0-2]|0?[1-9])(?:[:.]([0-5]\d))?\s?([ap])\.?\s?m\b\.?/gi,
    read: read12h,
  },
  {
    // "at 16:25 local time", "(16:46)"
    name: 'clock-24h',
    opensWith: 'digit',
    pattern: /(?<![\d:.,])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/g,
    read: (m) => ({ clock: { h: Number(m[1]), min: Number(m[2]) } }),
  },
  {
    // French style: "à 16h25", "16h"
    name: 'clock-h',
    opensWith: 'digit',
    pattern: /(?<![\d:.,])([01]?\d|2[0-3])h([0-5]\d)?(?![\p{L}\d])/gu,
    // A lone one-digit "0h"/"5h" is more often a count than a clock.
    read: (m) => (m[2] || m[1]!.length === 2 ? { clock: { h: Number(m[1]), min: m[2] ? Number(m[2]) : 0 } } : null),
  },
  {
    // "at noon", "shortly before midnight"
    name: 'clock-noon-midnight',
    opensWith: ['noon', 'midday', 'midnight'],
    pattern: /\b(noon|midday|midnight)\b/gi,
    read: (m) => ({ clock: { h: m[1]!.toLowerCase() === 'midnight' ? 0 : 12, min: 0 } }),
  },
  {
    // "2025-09-03"
    name: 'date-iso',
    opensWith: 'digit',
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
    opensWith: 'digit',
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${monthAlternation})\\b(?:\\.(?=\\s+\\d{4}))?(?:,?\\s+(\\d{4})\\b)?`, 'g'),
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
  ...RELATIVE_DAYS.map(
    (r): TimeRule => ({
      name: `relative-${r.name}`,
      pattern: r.pattern,
      opensWith: r.opensWith,
      read: (m, ctx) => {
        if (partOfName(m.input, m.index, m.index + m[0].length, 'relative')) return null;
        return ctx.articleDay ? { day: addDays(ctx.articleDay, r.offsetDays), relative: true } : { unresolved: true };
      },
    }),
  ),
  {
    // "last month" → the month before the article's
    name: 'month-last',
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
    opensWith: ['earlier'],
    pattern: /\bearlier\s+this\s+month\b/gi,
    read: (_m, ctx) => (ctx.articleMonth ? { month: ctx.articleMonth, relative: true } : null),
  },
  {
    // "in August", "in August 2025"
    name: 'month-named',
    opensWith: ['In', 'in', 'During', 'during', 'Early', 'early', 'Late', 'late'],
    pattern: new RegExp(`\\b(?:[Ii]n|[Dd]uring|[Ee]arly|[Ll]ate)\\s+(${monthAlternation})\\b(?:\\s+(\\d{4})\\b)?`, 'g'),
    read: (m, ctx) => {
      const month = monthNumber(m[1]!);
      if (m[2]) return { month: { y: Number(m[2]), m: month } };
      if (!ctx.articleMonth) return null;
      const { y, m: am } = ctx.articleMonth;
      return { month: { y: month <= am ? y : y - 1, m: month }, relative: true };
    },
  },
];

/**
 * Places a quote in time from the words around it, else from the article date.
 * Looks in the quote's sentence(s), the cue's sentence and a parenthetical right after them, never
 * inside the quotation itself ("We meet on Friday," he said → not Friday). A clock time attaches to a
 * date in its own sentence, else to the article date, and gets the dateline's UTC offset for that date.
 * Returns null when there is no article date and the text states no full date.
 */
export function inferSaidAt(
  article: Pick<Article, 'text' | 'publishedAt' | 'dateline'>,
  quote: { start: number; end: number },
  cue: Span | null,
  bounds: { start: number; end: number } = { start: 0, end: article.text.length },
): SaidAt | null {
  const { text } = article;
  const { ctx, lead } = contextOf(text, article.publishedAt);
  const all = sentencesOf(text);
  // the article is split and searched once; each quote reads only its sentences inside `bounds`
  const clip = (s: { start: number; end: number }): { start: number; end: number } => ({ start: Math.max(s.start, bounds.start), end: Math.min(s.end, bounds.end) });
  const sentences = { of: (pos: number) => clip(sentenceOf(all, pos)) };
  const windows = searchWindows(text, sentences, quote, cue, bounds.end);
  const excluded = quotedRegion(text, quote, cue);
  const anchor = cue ? (cue.start + cue.end) / 2 : (quote.start + quote.end) / 2;

  const hits = findHits(text, windows, ctx, article.publishedAt).filter((h) => h.end <= excluded.start || h.start >= excluded.end || inside(h, excluded.allowed));
  const byDistance = (a: TimeHit, b: TimeHit): number => distance(a, anchor) - distance(b, anchor) || a.start - b.start;
  const clocks = hits.filter((h) => h.clock).sort(byDistance);
  const days = hits.filter((h) => h.day || h.unresolved).sort(byDistance);
  // "…," she said on Tuesday, in an article without a date: the day is unknown, not the lead's
  if (days[0]?.unresolved) return null;
  const months = hits.filter((h) => h.month).sort(byDistance);

  const clock = clocks[0];
  if (clock) {
    const sentence = sentences.of(clock.start);
    const sameSentenceDay = days
      .filter((d) => d.day && d.start >= sentence.start && d.end <= sentence.end)
      .sort((a, b) => distance(a, (clock.start + clock.end) / 2) - distance(b, (clock.start + clock.end) / 2))[0];
    const day = sameSentenceDay?.day ?? ctx.articleDay ?? lead?.day;
    if (day) {
      const offset = clock.offset ?? offsetFor(clock.zone ?? datelineZone(article.dateline), day, clock.clock!);
      const value = `${formatDay(day)}T${pad(clock.clock!.h)}:${pad(clock.clock!.min)}${offset ?? ''}`;
      return stated(value, 'minute', text, sameSentenceDay ? joinSpans(clock, sameSentenceDay) : clock, Boolean(clock.relative || sameSentenceDay?.relative));
    }
  }
  const day = days[0];
  if (day) return stated(formatDay(day.day!), 'day', text, day, Boolean(day.relative));
  const month = months[0];
  if (month) return stated(`${month.month!.y}-${pad(month.month!.m)}`, 'month', text, month, Boolean(month.relative));

  if (ctx.articleDay) return { value: formatDay(ctx.articleDay), precision: 'day', basis: 'inferred', expression: null };
  if (ctx.articleMonth) {
    return { value: `${ctx.articleMonth.y}-${pad(ctx.articleMonth.m)}`, precision: 'month', basis: 'inferred', expression: null };
  }
  if (lead) return { value: formatDay(lead.day!), precision: 'day', basis: 'event', expression: { start: lead.start, end: lead.end, text: text.slice(lead.start, lead.end) } };
  return null;
}

/** The IANA time zone of a dateline (`Paris, France` → `Europe/Paris`), trying the city before the country. */
export function datelineZone(dateline: string | null): string | null {
  if (!dateline) return null;
  const whole = normalisePlace(dateline);
  if (PLACE_ZONES[whole]) return PLACE_ZONES[whole];
  for (const part of dateline.split(/[,;–—(/]|\s-\s/)) {
    const zone = PLACE_ZONES[normalisePlace(part)];
    if (zone) return zone;
  }
  return null;
}

/** The UTC offset (`+02:00`) of a zone at a local wall-clock time, DST-aware. */
export function utcOffset(zone: string, day: { y: number; m: number; d: number }, clock: { h: number; min: number }): string {
  const wall = Date.UTC(day.y, day.m - 1, day.d, clock.h, clock.min);
  // The offset at the wall time read as UTC is right except within hours of a DST change; one more step settles it.
  const first = offsetMinutes(zone, wall);
  const settled = offsetMinutes(zone, wall - first * 60_000);
  return formatOffset(settled);
}

function stated(value: string, precision: SaidAtPrecision, text: string, span: { start: number; end: number }, relative: boolean): SaidAt {
  return { value, precision, basis: relative ? 'relative' : 'stated', expression: { start: span.start, end: span.end, text: text.slice(span.start, span.end) } };
}

function articleContext(publishedAt: string | null): RuleContext {
  const full = publishedAt?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (full) {
    const day = { y: Number(full[1]), m: Number(full[2]), d: Number(full[3]) };
    if (isValidDay(day)) return { articleDay: day, articleMonth: { y: day.y, m: day.m }, yearDay: day };
  }
  const month = publishedAt?.match(/^(\d{4})-(\d{2})$/);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) {
    return { articleDay: null, articleMonth: { y: Number(month[1]), m: Number(month[2]) }, yearDay: null };
  }
  return { articleDay: null, articleMonth: null, yearDay: null };
}

/** How far the lead may run: the top of the text up to its first body paragraph, at most this many characters. */
const LEAD_LIMIT = 2000;

/** End of the lead: the end of the first line of twelve or more words that ends a sentence (title, dek and captions above it included). */
function leadEnd(text: string): number {
  const line = /[^\n]+/g;
  for (let m = line.exec(text); m !== null && m.index < LEAD_LIMIT; m = line.exec(text)) {
    const trimmed = m[0].trim();
    // an editor's note above the story ("Editor's Note: This story has been updated…") is not its lead
    if (/[.!?]["'”’»)]*$/u.test(trimmed) && trimmed.split(/\s+/).length >= 12 && !editorNote.test(trimmed)) return Math.min(m.index + m[0].length, LEAD_LIMIT);
  }
  return Math.min(text.length, LEAD_LIMIT);
}

const FULL_DATE_RULES = new Set(['date-iso', 'date-month-day', 'date-day-month']);

/**
 * The date of the event an undated article reports, read from its lead: the first full date there
 * written as the day something was said or announced (`Macron announced on September 4, 2025,
 * that…`), or the day the lead's story runs on (a caption's `in Paris on Sept. 3, 2025` with the lead's
 * `arrived in Paris on Sept. 3`). A deadline or a period (`until 15 July 2006`) and a date of history
 * (`the clubs met on 14 May, 1870`, `vanished 10 years ago, on 1 February 1995`) are not. The quotes
 * of an article without a publication date belong to that event unless their own sentences say
 * otherwise; it is never the article's publication date.
 */
function leadEventDay(text: string): TimeHit | null {
  const end = leadEnd(text);
  const lead = text.slice(0, end);
  const openings = ruleOpenings(lead);
  const none: RuleContext = { articleDay: null, articleMonth: null, yearDay: null };
  const datesIn = (ctx: RuleContext): TimeHit[] => {
    const hits: TimeHit[] = [];
    TIME_RULES.forEach((rule, r) => {
      if (!FULL_DATE_RULES.has(rule.name)) return;
      const pattern = STICKY_PATTERNS[r]!;
      for (const at of openings[r]!) {
        pattern.lastIndex = at;
        const match = pattern.exec(lead);
        if (match === null) continue;
        const meaning = rule.read(match, ctx);
        if (!meaning?.day || notWhenSaid(text, match.index, false)) continue;
        const hit: TimeHit = { rule: rule.name, start: match.index, end: match.index + match[0].length, ...meaning };
        extendDate(text, hit);
        hits.push(hit);
      }
    });
    return hits.sort((a, b) => a.start - b.start);
  };
  const all = sentencesOf(text);
  for (const hit of datesIn(none)) {
    // only "on <date>" is the day something happened
    if (!/^on\s/i.test(text.slice(hit.start, hit.end))) continue;
    const sentence = sentenceOf(all, hit.start);
    if (LEAD_STATEMENT.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 600)))) return hit;
    const sameDay = datesIn({ articleDay: null, articleMonth: null, yearDay: hit.day! }).some(
      (other) => (other.end <= hit.start || other.start >= hit.end) && dayNumber(other.day!) === dayNumber(hit.day!),
    );
    if (sameDay) return hit;
  }
  return null;
}

// The context of the article whose quotes are being timed (its text and date), computed once.
let contextText: string | null = null;
let contextDate: string | null = null;
let contextValue: { ctx: RuleContext; lead: TimeHit | null } = { ctx: articleContext(null), lead: null };

function contextOf(text: string, publishedAt: string | null): { ctx: RuleContext; lead: TimeHit | null } {
  if (contextText === text && contextDate === publishedAt) return contextValue;
  const ctx = articleContext(publishedAt);
  // only an article without a date of its own reads the event date of its lead
  const lead = ctx.articleDay === null && ctx.articleMonth === null ? leadEventDay(text) : null;
  if (lead) ctx.yearDay = lead.day!;
  contextValue = { ctx, lead };
  contextText = text;
  contextDate = publishedAt;
  return contextValue;
}

/** A date the text gives as a deadline, a period's end or another event: `until 15 July`, `three months to 31 December`, `since March`. */
function notWhenSaid(text: string, start: number, clock: boolean): boolean {
  const before = text.slice(Math.max(0, start - 48), start);
  return NOT_WHEN_SAID.some((rule) => (rule.clocks || !clock) && rule.pattern.test(before));
}

const NAME_QUALIFIERS = new Set(['on', 'last', 'this', 'past', 'next', 'coming', 'since', 'until', 'by', 'from', 'early', 'late', 'and', 'but', 'then', 'also', 'so', 'earlier', 'later', 'only', 'before', 'after', 'through', 'even', 'again', 'or', 'as', 'that', 'when', 'while']);

/**
 * True when a time word is part of a name, not a time expression: the BBC's `Today` programme,
 * `the Sunday Times`, `Black Friday`, `USA Today`, `the Mail on Sunday`. A capitalised word right
 * before it (not a sentence opener like `On`), a determiner or a possessive before it, a capital
 * letter in the middle of a sentence (`Today`), or a name from the table marks it.
 */
function partOfName(text: string, start: number, end: number, kind: 'weekday' | 'relative'): boolean {
  const around = text.slice(Math.max(0, start - 24), Math.min(text.length, end + 24));
  const offset = Math.max(0, start - 24);
  for (const named of NAMED_TIME_WORDS) {
    const re = new RegExp(named.pattern.source, named.pattern.flags.includes('g') ? named.pattern.flags : `${named.pattern.flags}g`);
    for (let m = re.exec(around); m !== null; m = re.exec(around)) {
      if (offset + m.index <= start && offset + m.index + m[0].length >= end) return true;
    }
  }
  const before = text.slice(Math.max(0, start - 40), start);
  const prev = /(\S+)([ \t\u00a0]+)$/u.exec(before);
  const capital = /^\p{Lu}/u.test(text.slice(start, end));
  if (!prev) return capital && kind === 'relative' && !/(?:^|[.!?:;\n"“‘«(—–])[ \t\u00a0]*$/u.test(before);
  const word = prev[1]!;
  if (/^(?:the|a|an)$/i.test(word) || /['’]s$/u.test(word)) return true;
  // "Black Friday", "Super Tuesday", "USA Today"
  if (capital && /^\p{Lu}[\p{L}'’.-]*$/u.test(word) && !NAME_QUALIFIERS.has(word.toLowerCase().replace(/[.,]$/, ''))) return true;
  // "appeared on Today": a relative word is capitalised only at a sentence start (or as a name)
  return capital && kind === 'relative' && !/[.!?:;\n"“‘«(—–]$/u.test(before.replace(/[ \t\u00a0]+$/u, ''));
}

for (const rule of TIME_RULES) {
  if (!rule.pattern.global) throw new Error(`time: rule '${rule.name}' needs a global (g) pattern`);
  if (rule.opensWith === 'digit') continue;
  // a word opening holds for a pattern that starts at a word boundary; with `iu`, `\u212A` matches `k`
  if (!rule.pattern.source.startsWith('\\b')) throw new Error(`time: rule '${rule.name}' opens with words but its pattern does not start with \\b`);
  if (rule.pattern.ignoreCase && rule.pattern.unicode) throw new Error(`time: rule '${rule.name}' opens with words: 'iu' patterns are not supported`);
  for (const w of rule.opensWith) if (!/^[A-Za-z]+$/.test(w) || (rule.pattern.ignoreCase && w !== w.toLowerCase())) throw new Error(`time: rule '${rule.name}': opening word '${w}' must be ASCII letters (lower-case for an 'i' pattern)`);
}

/** Each rule's pattern, sticky: tried at one offset. */
const STICKY_PATTERNS = TIME_RULES.map((rule) => new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '') + 'y'));
const DIGIT_RULES = TIME_RULES.flatMap((rule, r) => (rule.opensWith === 'digit' ? [r] : []));
/**
 * The opening words by the low 5 bits of their first three letters (the same for both cases of an ASCII
 * letter): a word of the text looks up its slot and is compared only with the few words there. A
 * two-letter opening word (`in`) stands in the slots of every third character.
 */
interface OpeningWord {
  word: string;
  rule: number;
  ignoreCase: boolean;
}
const slotOf = (c0: number, c1: number, c2: number): number => ((c0 & 31) << 10) | ((c1 & 31) << 5) | (c2 & 31);
const WORDS_BY_SLOT: Array<OpeningWord[] | undefined> = new Array<OpeningWord[] | undefined>(1 << 15).fill(undefined);
/** The slots holding words, as bits: a small table to rule out most words of a text. */
const SLOT_USED = new Uint32Array((1 << 15) >>> 5);
TIME_RULES.forEach((rule, r) => {
  if (rule.opensWith === 'digit') return;
  for (const word of rule.opensWith) {
    const entry: OpeningWord = { word, rule: r, ignoreCase: rule.pattern.ignoreCase };
    const thirds = word.length >= 3 ? [word.charCodeAt(2)] : Array.from({ length: 32 }, (_, k) => k);
    for (const c2 of thirds) {
      const slot = slotOf(word.charCodeAt(0), word.charCodeAt(1), c2);
      (WORDS_BY_SLOT[slot] ??= []).push(entry);
      SLOT_USED[slot >>> 5] = SLOT_USED[slot >>> 5]! | (1 << (slot & 31));
    }
  }
});

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
/** `| 32` lower-cases an ASCII capital and changes no other code into a lower-case letter. */
const isAsciiLetterCode = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/** Does `word` (ASCII letters; lower-case when `ignoreCase`) stand at `at`? */
function wordAt(text: string, at: number, word: string, ignoreCase: boolean): boolean {
  if (at + word.length > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(at + k);
    // `| 32` lower-cases an ASCII letter; the opening words hold letters only, so no other code can equal one
    if ((ignoreCase ? c | 32 : c) !== word.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * The offsets at which each rule's matches may begin (see `RuleOpening`), in text order, found in one
 * pass over the text. Exported for the test that checks every match begins at one of them.
 */
export function ruleOpenings(text: string): number[][] {
  const openings: number[][] = TIME_RULES.map(() => []);
  const n = text.length;
  // `i` walks runs: a run of digits, a run of ASCII letters, or one other character
  let prevWordChar = false;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      for (const r of DIGIT_RULES) openings[r]!.push(i);
      i++;
      while (i < n && isDigitCode(text.charCodeAt(i))) i++;
      prevWordChar = true;
      continue;
    }
    if (!isAsciiLetterCode(c)) {
      prevWordChar = c === 95;
      i++;
      continue;
    }
    if (!prevWordChar && i + 1 < n) {
      // past the text's end the third character reads as 0: only the two-letter words fill that slot
      const slot = slotOf(c, text.charCodeAt(i + 1), i + 2 < n ? text.charCodeAt(i + 2) : 0);
      if (((SLOT_USED[slot >>> 5]! >>> (slot & 31)) & 1) !== 0) {
        for (const o of WORDS_BY_SLOT[slot]!) {
          const list = openings[o.rule]!;
          if (list[list.length - 1] !== i && wordAt(text, i, o.word, o.ignoreCase)) list.push(i);
        }
      }
    }
    i++;
    while (i < n && isAsciiLetterCode(text.charCodeAt(i))) i++;
    prevWordChar = true;
  }
  return openings;
}

/** A rule's match in the article, before and after widening (`on Tuesday`, `at 16:25 local time`). */
interface RuleMatch {
  matchStart: number;
  matchEnd: number;
  hit: TimeHit;
}

// One article's quotes are timed one after another: every rule runs once over the article, and each
// quote takes the matches inside its windows.
let matchesText: string | null = null;
let matchesDate: string | null = null;
let matchesByRule: RuleMatch[][] = [];

function ruleMatches(text: string, ctx: RuleContext, publishedAt: string | null): RuleMatch[][] {
  if (matchesText === text && matchesDate === publishedAt) return matchesByRule;
  const openings = ruleOpenings(text);
  matchesByRule = TIME_RULES.map((rule, r) => {
    const found: RuleMatch[] = [];
    // the matches a global pattern finds over the whole text, left to right: at each opening from the
    // end of the last match on, the sticky pattern matches or not (no match can begin elsewhere)
    const pattern = STICKY_PATTERNS[r]!;
    let from = 0;
    for (const at of openings[r]!) {
      if (at < from) continue;
      pattern.lastIndex = at;
      const match = pattern.exec(text);
      if (match === null) continue;
      from = match.index + match[0].length;
      const meaning = rule.read(match, ctx);
      if (!meaning || notWhenSaid(text, match.index, meaning.clock !== undefined)) continue;
      const hit: TimeHit = { rule: rule.name, start: match.index, end: match.index + match[0].length, ...meaning };
      if (hit.clock) extendClock(text, hit);
      else extendDate(text, hit);
      found.push({ matchStart: match.index, matchEnd: match.index + match[0].length, hit });
    }
    return found;
  });
  matchesText = text;
  matchesDate = publishedAt;
  return matchesByRule;
}

function findHits(text: string, windows: ReadonlyArray<{ start: number; end: number }>, ctx: RuleContext, publishedAt: string | null): TimeHit[] {
  const hits: TimeHit[] = [];
  const byRule = ruleMatches(text, ctx, publishedAt);
  for (const window of windows) {
    for (const found of byRule) {
      // first match starting inside the window (binary search), then those ending inside it
      const lo = partitionPoint(found.length, (i) => found[i]!.matchStart < window.start);
      for (let i = lo; i < found.length && found[i]!.matchStart < window.end; i++) {
        if (found[i]!.matchEnd <= window.end) hits.push({ ...found[i]!.hit });
      }
    }
  }
  // Overlaps ("4:25 p.m." read by two rules, "Sept. 3" inside "Sept. 3, 2025"): keep the longer, then the earlier rule.
  hits.sort((a, b) => b.end - b.start - (a.end - a.start));
  const kept: TimeHit[] = [];
  for (const hit of hits) if (!kept.some((k) => k.start < hit.end && hit.start < k.end)) kept.push(hit);
  return kept.filter((h) => !h.day || !ctx.articleDay || dayNumber(h.day) <= dayNumber(ctx.articleDay) + 1);
}

/** Widens a date hit over "on " before it ("on Tuesday", "On Aug. 28"). */
function extendDate(text: string, hit: TimeHit): void {
  const before = text.slice(Math.max(0, hit.start - 4), hit.start).match(/\bon\s+$/i);
  if (before) hit.start -= before[0].length;
}

/** Widens a clock hit over "at " before it and "local time" or a zone word after it, reading the zone. */
function extendClock(text: string, hit: TimeHit): void {
  const before = text.slice(Math.max(0, hit.start - 20), hit.start).match(/\b(?:at|around|about|shortly\s+(?:before|after))\s+$/i);
  if (before) hit.start -= before[0].length;
  const after = text.slice(hit.end, hit.end + 24);
  const space = after.match(/^\s*/)![0].length;
  const rest = after.slice(space);
  const local = rest.match(/^local\s+time\b/i);
  if (local) {
    hit.end += space + local[0].length;
    return;
  }
  for (const word of ZONE_WORDS) {
    const m = rest.match(word.pattern);
    if (!m) continue;
    hit.end += space + m[0].length;
    if (word.offset) hit.offset = word.offset === '+00:00' ? 'Z' : word.offset;
    if (word.zone) hit.zone = word.zone;
    return;
  }
}

/** The text ranges to search: the quote's sentences, the cue's sentence, and a parenthetical right after them. */
function searchWindows(
  text: string,
  sentences: { of: (pos: number) => { start: number; end: number } },
  quote: { start: number; end: number },
  cue: Span | null,
  limit: number,
): Array<{ start: number; end: number }> {
  const first = sentences.of(Math.max(0, quote.start - 1));
  const last = sentences.of(Math.max(quote.start, quote.end - 1));
  const windows = [{ start: first.start, end: Math.max(first.end, last.end) }];
  if (cue) {
    const cueSentence = sentences.of(cue.start);
    const cueEnd = sentences.of(Math.max(cue.start, cue.end - 1));
    windows.push({ start: cueSentence.start, end: Math.max(cueSentence.end, cueEnd.end) });
  }
  const end = Math.max(...windows.map((w) => w.end));
  // "…he said. (16:46)" — a timestamp in brackets right after the sentence belongs to it.
  const paren = text.slice(end, Math.min(end + 40, limit)).match(/^\s*\([^()\n]{1,30}\)/);
  if (paren) windows.push({ start: end, end: end + paren[0].length });
  return windows;
}

/**
 * The quotation itself is not searched: its words are what was said, not when. When the cue
 * interrupts the quotation ("We are ready," Macron said on Tuesday, "to act."), the stretch between
 * the closing and reopening marks around the cue is searched.
 */
function quotedRegion(text: string, quote: { start: number; end: number }, cue: Span | null): { start: number; end: number; allowed: { start: number; end: number } } {
  const none = { start: 0, end: 0 };
  if (!cue || cue.start < quote.start || cue.end > quote.end) return { ...quote, allowed: none };
  const marks = /["“”„«»‹›]|(?<!\p{L})'|'(?!\p{L})|‘|’(?!\p{L})/gu;
  let open = quote.start;
  let close = quote.end;
  marks.lastIndex = quote.start;
  for (let m = marks.exec(text); m && m.index < quote.end; m = marks.exec(text)) {
    if (m.index < quote.start) continue;
    if (m.index < cue.start) open = m.index;
    else if (m.index >= cue.end && close === quote.end) close = m.index;
  }
  return { ...quote, allowed: { start: open, end: close } };
}

const NOT_SENTENCE_END = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'st', 'jr', 'sr', 'vs', 'no',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'corp', 'co', 'ltd',
]);

// One article's quotes are timed one after another: remember the last article's sentences so the
// split runs once per article, not once per quote.
let cachedText: string | null = null;
let cachedSentences: Array<{ start: number; end: number }> = [];

function sentencesOf(text: string): ReadonlyArray<{ start: number; end: number }> {
  if (cachedText !== text) {
    cachedSentences = splitSentences(text);
    cachedText = text;
  }
  return cachedSentences;
}

/** Sentence ranges: a terminator (plus closing marks) before whitespace and a capital, digit or opening mark; or a line break. */
function splitSentences(text: string): Array<{ start: number; end: number }> {
  const sentences: Array<{ start: number; end: number }> = [];
  const boundary = /([.!?…]+["'”’»)\]]*)(\s+)(?=["'“‘«([]?[\p{Lu}\d])|\n\s*/gu;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[1] === '.') {
      const word = text.slice(wordBefore(text, m.index), m.index);
      // "Mr. Macron", "Sept. 3", "J. D. Vance", "U.S. President": abbreviations, not sentence ends.
      const meridiem = /^[ap]\.m$/i.test(word);
      if (!meridiem && (NOT_SENTENCE_END.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || /\p{L}\.\p{L}/u.test(word))) continue;
    }
    const end = m.index + (m[1]?.length ?? 0);
    if (end > start) sentences.push({ start, end });
    start = m.index + m[0].length;
  }
  if (start < text.length || sentences.length === 0) sentences.push({ start, end: text.length });
  return sentences;
}

const LETTER_POINT = /^\p{L}$/u;

/**
 * Start of the letters and periods (`[\p{L}.]+`) that end just before `end`, read back over at most 12
 * characters: the word a period follows (`Mr`, `U.S`, `a.m`). A backward char-code scan, not an
 * end-anchored regex over a slice (which is tried at every offset of the slice).
 */
function wordBefore(text: string, end: number): number {
  const floor = Math.max(0, end - 12);
  let i = end;
  while (i > floor) {
    const c = text.charCodeAt(i - 1);
    if (c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) i--;
    else if (c < 128) break;
    else if (c >= 0xdc00 && c <= 0xdfff) {
      // an astral letter counts when its whole surrogate pair lies in the window
      if (i - 2 < floor || !LETTER_POINT.test(text.slice(i - 2, i))) break;
      i -= 2;
    } else if (isLetterUnit(c)) i--;
    else break;
  }
  return i;
}

/** The last sentence starting at or before `pos` (binary search; sentences are in text order). */
function sentenceOf(sentences: ReadonlyArray<{ start: number; end: number }>, pos: number): { start: number; end: number } {
  const found = Math.max(0, partitionPoint(sentences.length, (i) => sentences[i]!.start <= pos) - 1);
  return sentences[found] ?? { start: 0, end: 0 };
}

function distance(span: { start: number; end: number }, point: number): number {
  if (point < span.start) return span.start - point;
  if (point > span.end) return point - span.end;
  return 0;
}

function inside(span: { start: number; end: number }, range: { start: number; end: number }): boolean {
  return span.start >= range.start && span.end <= range.end;
}

/** One span over a clock and its date when they sit close together ("on Tuesday at 16:25"), else the clock alone. */
function joinSpans(clock: { start: number; end: number }, day: { start: number; end: number }): { start: number; end: number } {
  const gap = Math.max(clock.start, day.start) - Math.min(clock.end, day.end);
  return gap <= 30 ? { start: Math.min(clock.start, day.start), end: Math.max(clock.end, day.end) } : clock;
}

function normalisePlace(place: string): string {
  return place
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function offsetFor(zone: string | null, day: Ymd, clock: Clock): string | null {
  return zone ? utcOffset(zone, day, clock) : null;
}

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function offsetMinutes(zone: string, epochMs: number): number {
  let format = offsetFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    offsetFormats.set(zone, format);
  }
  const name = format.formatToParts(new Date(epochMs)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = name.match(/GMT([+-])(\d{2}):(\d{2})/);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function formatDay(day: Ymd): string {
  return `${String(day.y).padStart(4, '0')}-${pad(day.m)}-${pad(day.d)}`;
}

function dayNumber(day: Ymd): number {
  return Date.UTC(day.y, day.m - 1, day.d) / 86_400_000;
}

function fromDayNumber(n: number): Ymd {
  const date = new Date(n * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

function isValidDay(day: Ymd): boolean {
  const back = fromDayNumber(dayNumber(day));
  return back.y === day.y && back.m === day.m && back.d === day.d;
}

function addDays(day: Ymd, days: number): Ymd {
  return fromDayNumber(dayNumber(day) + days);
}

/** The most recent given weekday on or before (or strictly before) a day: "on Tuesday" in a Thursday article → two days back. */
function previousWeekday(day: Ymd, weekday: number, strictlyBefore: boolean): Ymd {
  const current = new Date(dayNumber(day) * 86_400_000).getUTCDay();
  let back = (current - weekday + 7) % 7;
  if (back === 0 && strictlyBefore) back = 7;
  return addDays(day, -back);
}
