/**
 * What a time expression must not be to place a quote: part of a name (`Black Friday`, `USA Today`),
 * or a date the text gives as a deadline or another event (`until March 3`).
 */
import { NAMED_TIME_WORDS, NOT_WHEN_SAID } from './words.js';
import { isSpaceUnit, lastAsciiWord } from '../chars.js';

/**
 * The words a `NOT_WHEN_SAID` pattern can end with before its closing `\s+$`, lower-case: a text whose last word
 * (before its trailing white space) is none of them is matched by none of the patterns (tests/time checks the
 * list against the patterns).
 */
export const NOT_WHEN_SAID_LAST_WORDS: ReadonlySet<string> = new Set(
  (
    'until till til by than of is was expire expires expiring effective from on the ' +
    'to through thru since ending ended ends starting beginning after before and for'
  ).split(' '),
);

/** A date the text gives as a deadline, a period's end or another event: `until 15 July`, `three months to 31 December`, `since March`. */
export function notWhenSaid(text: string, start: number, clock: boolean): boolean {
  const from = Math.max(0, start - 48);
  // every pattern ends in a word of the list and white space: read that word of `text[from, start)` first
  let end = start;
  while (end > from && isSpaceUnit(text.charCodeAt(end - 1))) end--;
  if (end === start) return false;
  const before = text.slice(from, start);
  // (null when a character past ASCII stands before the word's letters: the patterns are asked)
  const word = lastAsciiWord(before, end - from);
  if (word !== null && !NOT_WHEN_SAID_LAST_WORDS.has(word)) return false;
  return NOT_WHEN_SAID.some((rule) => (rule.clocks || !clock) && rule.pattern.test(before));
}

const NAME_QUALIFIERS = new Set([
  'on',
  'last',
  'this',
  'past',
  'next',
  'coming',
  'since',
  'until',
  'by',
  'from',
  'early',
  'late',
  'and',
  'but',
  'then',
  'also',
  'so',
  'earlier',
  'later',
  'only',
  'before',
  'after',
  'through',
  'even',
  'again',
  'or',
  'as',
  'that',
  'when',
  'while',
]);

/** The names' patterns, global (compiled once, not at each time word). */
const NAMED_TIME_PATTERNS: readonly RegExp[] = NAMED_TIME_WORDS.map(
  (named) =>
    new RegExp(
      named.pattern.source,
      named.pattern.flags.includes('g') ? named.pattern.flags : `${named.pattern.flags}g`,
    ),
);

/**
 * True when a time word is part of a name, not a time expression: the BBC's `Today` programme,
 * `the Sunday Times`, `Black Friday`, `USA Today`, `the Mail on Sunday`. A capitalised word right
 * before it (not a sentence opener like `On`), a determiner or a possessive before it, a capital
 * letter in the middle of a sentence (`Today`), or a name from the table marks it.
 */
export function partOfName(text: string, start: number, end: number, kind: 'weekday' | 'relative'): boolean {
  const around = text.slice(Math.max(0, start - 24), Math.min(text.length, end + 24));
  const offset = Math.max(0, start - 24);
  for (const re of NAMED_TIME_PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(around); m !== null; m = re.exec(around)) {
      if (offset + m.index <= start && offset + m.index + m[0].length >= end) return true;
    }
  }
  const before = text.slice(Math.max(0, start - 40), start);
  const word = wordBeforeBlanks(before);
  const capital = /^\p{Lu}/u.test(text.slice(start, end));
  if (word === null) return capital && kind === 'relative' && !/(?:^|[.!?:;\n"“‘«(—–])[ \t\u00a0]*$/u.test(before);
  if (/^(?:the|a|an)$/i.test(word) || /['’]s$/u.test(word)) return true;
  // "Black Friday", "Super Tuesday", "USA Today"
  if (capital && /^\p{Lu}[\p{L}'’.-]*$/u.test(word) && !NAME_QUALIFIERS.has(word.toLowerCase().replace(/[.,]$/, '')))
    return true;
  // "appeared on Today": a relative word is capitalised only at a sentence start (or as a name)
  return capital && kind === 'relative' && !/[.!?:;\n"“‘«(—–]$/u.test(before.replace(/[ \t\u00a0]+$/u, ''));
}

/** A space, a tab or a no-break space: `[ \t\u00a0]`. */
const isBlankCode = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;

/**
 * The word before the spaces that end `before`: what `/(\S+)([ \t\u00a0]+)$/u.exec(before)?.[1]` gives (null for
 * no match), read back from the end by char codes instead of trying the end-anchored pattern at every offset.
 * White space is never a surrogate, so a run of code units that are no white space is a run of `\S`.
 */
export function wordBeforeBlanks(before: string): string | null {
  let end = before.length;
  while (end > 0 && isBlankCode(before.charCodeAt(end - 1))) end--;
  if (end === before.length) return null;
  let start = end;
  while (start > 0 && !isSpaceUnit(before.charCodeAt(start - 1))) start--;
  return start === end ? null : before.slice(start, end);
}

/**
 * Does the clause holding `at` open with a relative pronoun? Its time tells of something else than the
 * speech: `Lee, who founded the firm in 2004, said…`, `…said Lee, who bought the house 10 years ago`.
 */
export function inRelativeClause(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 120), at);
  // the clause: from the last comma, bracket or dash before `at`, not reaching back over a sentence's end
  const clause = before.slice(
    Math.max(...[',', '(', '—', '.', '!', '?', ';', ':', '\n'].map((m) => before.lastIndexOf(m))) + 1,
  );
  return /^\s*(?:who|whom|whose|which|where)\b/i.test(clause);
}

/**
 * Does the date at `[hit.start, hit.end)` stand as a noun's modifier, naming a thing rather than telling when:
 * `'s` after it (`Tuesday's vote`), or a determiner before it and a lower-case word after it that is no
 * preposition or conjunction (`his January 2 remarks`)? With `pronounsEndIt`, a pronoun after it is no noun either
 * (`the 3 May he …`).
 */
export function dateNamesAThing(text: string, hit: { start: number; end: number }, pronounsEndIt: boolean): boolean {
  const after = text.slice(hit.end, hit.end + 40);
  if (POSSESSIVE_AFTER.test(after)) return true;
  return (
    determinerBefore(text, hit.start) &&
    LOWER_WORD_AFTER.test(after) &&
    !(pronounsEndIt ? NO_NOUN_OR_PRONOUN_AFTER : NO_NOUN_AFTER).test(after)
  );
}

/** A determiner or a possessive right before `at` (`the `, `an `, `his `): what a noun's modifier follows. */
export function determinerBefore(text: string, at: number): boolean {
  return DETERMINER_BEFORE.test(text.slice(Math.max(0, at - 8), at));
}

/** `of` right before `at`: a date there names a thing (`the attacks of September 11`, `the vote of 3 May`). */
export function ofBefore(text: string, at: number): boolean {
  return OF_BEFORE.test(text.slice(Math.max(0, at - 4), at));
}

const DETERMINER_BEFORE = /\b(?:his|her|their|its|our|my|your|the|an?)\s+$/i;
const OF_BEFORE = /\bof\s+$/u;
const POSSESSIVE_AFTER = /^['’]s\b/u;
const LOWER_WORD_AFTER = /^\s+\p{Ll}/u;
const NO_NOUN_AFTER = /^\s+(?:in|at|on|to|and|or|but|when|while|after|before|as|for|with|by|from|of|that|which|who)\b/u;
const NO_NOUN_OR_PRONOUN_AFTER =
  /^\s+(?:in|at|on|to|and|or|but|when|while|after|before|as|for|with|by|from|of|that|which|who|he|she|they|it)\b/u;
