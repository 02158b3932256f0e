/**
 * Finding the rules' matches in an article: one scan for the offsets a rule may open at, sticky
 * patterns tried there, matches widened to their zone or date and cut to the windows asked about.
 */
import { partitionPoint } from '../../lib/sorted.js';
import { isSpaceUnit } from '../chars.js';
import { ZONE_WORDS } from './words.js';
import { dayNumber } from './days.js';
import { notWhenSaid } from './guards.js';
import { TIME_RULES } from './rules.js';
import type { RuleContext, TimeHit } from './types.js';

for (const rule of TIME_RULES) {
  if (!rule.pattern.global) throw new Error(`time: rule '${rule.name}' needs a global (g) pattern`);
  if (typeof rule.opensWith === 'string') continue;
  // a word opening holds for a pattern that starts at a word boundary; with `iu`, `\u212A` matches `k`
  if (!rule.pattern.source.startsWith('\\b'))
    throw new Error(`time: rule '${rule.name}' opens with words but its pattern does not start with \\b`);
  if (rule.pattern.ignoreCase && rule.pattern.unicode)
    throw new Error(`time: rule '${rule.name}' opens with words: 'iu' patterns are not supported`);
  if (rule.digitAfterOpeningWord === true && rule.wholeOpeningWords !== true)
    throw new Error(`time: rule '${rule.name}': digitAfterOpeningWord needs wholeOpeningWords`);
  for (const w of rule.opensWith)
    if (!/^[A-Za-z]+$/.test(w) || (rule.pattern.ignoreCase && w !== w.toLowerCase()))
      throw new Error(
        `time: rule '${rule.name}': opening word '${w}' must be ASCII letters (lower-case for an 'i' pattern)`,
      );
}

/** Each rule's pattern, sticky: tried at one offset. */
export const STICKY_PATTERNS = TIME_RULES.map(
  (rule) => new RegExp(rule.pattern.source, rule.pattern.flags.replace('g', '') + 'y'),
);
/**
 * The opening words by their first three characters: the first by its low 5 bits (the same for both cases of an
 * ASCII letter), the next two likewise when they are ASCII letters and as 0 when not (letters give 1..26). A word
 * of the text looks up its slot and is compared only with the few words there. A whole opening word (see
 * `TimeRule.wholeOpeningWords`) stands in one slot: `in` in that of `i`, `n`, then no letter. A word that may run
 * on (`Monday` of `Mondays`) stands in the slots of every character after it: a two-letter one in 32 slots, a
 * one-letter one in 1,024.
 */
interface OpeningWord {
  word: string;
  rule: number;
  ignoreCase: boolean;
  whole: boolean;
  /** White space and a digit must follow the word (`TimeRule.digitAfterOpeningWord`). */
  digitAfter: boolean;
}
/** `| 32` lower-cases an ASCII capital and changes no other code into a lower-case letter. */
const isAsciiLetterCode = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
/** A character's part of a slot: an ASCII letter's low 5 bits, else 0. */
const slotCode = (c: number): number => (isAsciiLetterCode(c) ? c & 31 : 0);
const slotOf = (c0: number, c1: number, c2: number): number => ((c0 & 31) << 10) | (c1 << 5) | c2;
const WORDS_BY_SLOT: Array<OpeningWord[] | undefined> = new Array<OpeningWord[] | undefined>(1 << 15).fill(undefined);
/** The slots holding words, as bits: a small table to rule out most words of a text. */
const SLOT_USED = new Uint32Array((1 << 15) >>> 5);
TIME_RULES.forEach((rule, r) => {
  if (typeof rule.opensWith === 'string') return;
  const whole = rule.wholeOpeningWords === true;
  for (const word of rule.opensWith) {
    const digitAfter = rule.digitAfterOpeningWord === true;
    const entry: OpeningWord = { word, rule: r, ignoreCase: rule.pattern.ignoreCase, whole, digitAfter };
    const any = Array.from({ length: 32 }, (_, k) => k);
    const at = (k: number): number[] => (word.length > k ? [word.charCodeAt(k) & 31] : whole ? [0] : any);
    for (const c1 of at(1))
      for (const c2 of word.length === 1 && whole ? [0] : at(2)) {
        const slot = slotOf(word.charCodeAt(0), c1, c2);
        (WORDS_BY_SLOT[slot] ??= []).push(entry);
        SLOT_USED[slot >>> 5] = SLOT_USED[slot >>> 5]! | (1 << (slot & 31));
      }
  }
});

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
/** Does some rule open at any run of digits? */
const ANY_DIGITS = TIME_RULES.some((rule) => rule.opensWith === 'digit');
/** Each rule's opening kind, by its index in TIME_RULES: 1 `digit`, 2 `digits-1-2`, 3 `digits-4-hyphen`, 0 words. */
const OPENING_KIND = Uint8Array.from(TIME_RULES, (rule) =>
  rule.opensWith === 'digit' ? 1 : rule.opensWith === 'digits-1-2' ? 2 : rule.opensWith === 'digits-4-hyphen' ? 3 : 0,
);

/** Does `word` (ASCII letters; lower-case when `ignoreCase`) stand at `at`, and end there when `whole`? */
function wordAt(text: string, at: number, word: string, ignoreCase: boolean, whole: boolean): boolean {
  const end = at + word.length;
  if (end > text.length) return false;
  for (let k = 0; k < word.length; k++) {
    const c = text.charCodeAt(at + k);
    // `| 32` lower-cases an ASCII letter; the opening words hold letters only, so no other code can equal one
    if ((ignoreCase ? c | 32 : c) !== word.charCodeAt(k)) return false;
  }
  if (!whole || end === text.length) return true;
  const next = text.charCodeAt(end);
  return !isAsciiLetterCode(next) && !isDigitCode(next) && next !== 95;
}

/** Does white space (one code unit or more, `\s+`) and then an ASCII digit stand at `at`? */
function digitAfterSpace(text: string, at: number): boolean {
  let k = at;
  while (k < text.length && isSpaceUnit(text.charCodeAt(k))) k++;
  return k > at && k < text.length && isDigitCode(text.charCodeAt(k));
}

/**
 * The offsets at which each rule's matches may begin (see `RuleOpening`), in text order, found in one
 * pass over the text. Exported for the test that checks every match begins at one of them.
 */
export function ruleOpenings(text: string): ReadonlyArray<readonly number[]> {
  // the rules that open with digits of one kind open at the same offsets: one list per kind, shared
  const anyDigits: number[] = [];
  const shortDigits: number[] = [];
  const isoDigits: number[] = [];
  const openings: number[][] = [];
  for (let r = 0; r < OPENING_KIND.length; r++) {
    const kind = OPENING_KIND[r];
    openings.push(kind === 1 ? anyDigits : kind === 2 ? shortDigits : kind === 3 ? isoDigits : []);
  }
  const n = text.length;
  // `i` walks runs: a run of digits, a run of ASCII letters, or one other character
  let prevWordChar = false;
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      const start = i;
      i++;
      while (i < n && isDigitCode(text.charCodeAt(i))) i++;
      if (ANY_DIGITS) anyDigits.push(start);
      if (i - start <= 2) shortDigits.push(start);
      else if (i - start === 4 && i < n && text.charCodeAt(i) === 45) isoDigits.push(start);
      prevWordChar = true;
      continue;
    }
    if (!isAsciiLetterCode(c)) {
      prevWordChar = c === 95;
      i++;
      continue;
    }
    if (!prevWordChar && i + 1 < n) {
      // past the text's end the third character reads as 0, as a character that is no letter
      const c1 = slotCode(text.charCodeAt(i + 1));
      const slot = slotOf(c, c1, c1 !== 0 && i + 2 < n ? slotCode(text.charCodeAt(i + 2)) : 0);
      if (((SLOT_USED[slot >>> 5]! >>> (slot & 31)) & 1) !== 0) {
        for (const o of WORDS_BY_SLOT[slot]!) {
          const list = openings[o.rule]!;
          if (
            list[list.length - 1] !== i &&
            wordAt(text, i, o.word, o.ignoreCase, o.whole) &&
            (!o.digitAfter || digitAfterSpace(text, i + o.word.length))
          )
            list.push(i);
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
export interface RuleMatch {
  matchStart: number;
  matchEnd: number;
  hit: TimeHit;
  /** Index of the rule in TIME_RULES. */
  rule: number;
}

/**
 * Every rule's matches in `text`, read with `ctx`, in one list by start (then rule): one scan of the article
 * for all its quotes (each takes the matches inside its windows by one binary search, `findHits`).
 */
export function ruleMatches(text: string, ctx: RuleContext): RuleMatch[] {
  const openings = ruleOpenings(text);
  // every rule's matches in one list, sorted once at the end (no list per rule to flatten)
  const found: RuleMatch[] = [];
  for (let r = 0; r < TIME_RULES.length; r++) {
    const rule = TIME_RULES[r]!;
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
      found.push({ matchStart: match.index, matchEnd: match.index + match[0].length, hit, rule: r });
    }
  }
  // (one rule's matches never share a start: the order is total, whatever order the sort meets them in)
  if (found.length > 1) found.sort(byStartThenRule);
  return found;
}

const byStartThenRule = (a: RuleMatch, b: RuleMatch): number => a.matchStart - b.matchStart || a.rule - b.rule;

/**
 * The hits inside `windows`, from the article's matches (`ruleMatches` with the same `ctx`). The hits are the
 * matches' own records, shared by every quote of the article: read them, do not change them.
 */
export function findHits(
  all: readonly RuleMatch[],
  windows: ReadonlyArray<{ start: number; end: number }>,
  ctx: RuleContext,
): TimeHit[] {
  const hits: TimeHit[] = [];
  for (const window of windows) {
    // first match starting inside the window (binary search), then those ending inside it, taken rule by
    // rule in table order (the order the overlaps below are settled in); most windows hold none or one, and
    // only a second makes a list to sort
    const lo = partitionPoint(all.length, (i) => all[i]!.matchStart < window.start);
    let one: RuleMatch | undefined;
    let inside: RuleMatch[] | undefined;
    for (let i = lo; i < all.length && all[i]!.matchStart < window.end; i++) {
      const m = all[i]!;
      if (m.matchEnd > window.end) continue;
      if (one === undefined) one = m;
      else (inside ??= [one]).push(m);
    }
    if (inside !== undefined) {
      inside.sort(byRuleThenStart);
      for (const m of inside) hits.push(m.hit);
    } else if (one !== undefined) hits.push(one.hit);
  }
  if (hits.length === 0) return hits;
  // Overlaps ("4:25 p.m." read by two rules, "Sept. 3" inside "Sept. 3, 2025"): keep the longer, then the earlier rule.
  if (hits.length > 1) hits.sort(byLengthDescending);
  const kept: TimeHit[] = [];
  for (const hit of hits) if (!overlapsAny(kept, hit)) kept.push(hit);
  const articleDay = ctx.articleDay;
  if (articleDay === null) return kept;
  const latest = dayNumber(articleDay) + 1;
  return kept.filter((h) => !h.day || dayNumber(h.day) <= latest);
}

const byRuleThenStart = (a: RuleMatch, b: RuleMatch): number => a.rule - b.rule || a.matchStart - b.matchStart;
const byLengthDescending = (a: TimeHit, b: TimeHit): number => b.end - b.start - (a.end - a.start);

function overlapsAny(kept: readonly TimeHit[], hit: TimeHit): boolean {
  for (const k of kept) if (k.start < hit.end && hit.start < k.end) return true;
  return false;
}

/** Widens a date hit over "on " before it ("on Tuesday", "On Aug. 28"). */
export function extendDate(text: string, hit: TimeHit): void {
  const before = text.slice(Math.max(0, hit.start - 4), hit.start).match(/\bon\s+$/i);
  if (before) hit.start -= before[0].length;
}

/** Widens a clock hit over "at " before it and "local time" or a zone word after it, reading the zone. */
function extendClock(text: string, hit: TimeHit): void {
  const before = text
    .slice(Math.max(0, hit.start - 20), hit.start)
    .match(/\b(?:at|around|about|shortly\s+(?:before|after))\s+$/i);
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
