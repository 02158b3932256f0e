/**
 * Text folding shared by indexing, querying, phrase checks and highlighting, so that the four always agree:
 * a "term" is a run of letters/digits, lower-cased, with diacritics and compatibility forms folded
 * (`Élysée` → `elysee`, `ﬁnal` → `final`). Apostrophes (straight or curly), hyphens and all other
 * punctuation separate terms, so `don’t` and `don't` both give `don` + `t`.
 */

/** A term of a text with the range of the original text it came from. */
export interface TermSpan {
  start: number;
  end: number;
  term: string;
}

/**
 * Terms too common to be worth an index entry. A query made of these alone is answered by a bounded
 * scan of the folded quote texts instead (`"to be or not to be"`). Kept short on purpose: `not`, `no`
 * and `never` change what a quote says and stay searchable.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'are',
  'as',
  'at',
  'be',
  'been',
  'but',
  'by',
  'for',
  'from',
  'had',
  'has',
  'have',
  'he',
  'her',
  'his',
  'i',
  'in',
  'is',
  'it',
  'its',
  'of',
  'on',
  'or',
  'our',
  'she',
  'so',
  'that',
  'the',
  'their',
  'them',
  'there',
  'they',
  'this',
  'to',
  'was',
  'we',
  'were',
  'will',
  'with',
  'you',
  'your',
  // what is left of contractions once the apostrophe splits them: it's, don't, we'll, they're, I've, I'd, I'm
  's',
  't',
  'll',
  're',
  've',
  'd',
  'm',
]);

const TERM_RUN = /[\p{L}\p{N}\p{M}]+/gu;
const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;

const PLAIN_TERM = /^[a-z0-9]*$/;

/** Folds one run of letters/digits to its term form; '' when nothing searchable is left. */
export function foldTerm(run: string): string {
  const lower = run.toLowerCase();
  // Most runs are plain ASCII, which decomposition leaves unchanged: skip it (folding runs over every quote on load).
  return PLAIN_TERM.test(lower) ? lower : lower.normalize('NFKD').replace(NOT_ALNUM, '');
}

/** The terms of a text with the offsets of the runs they came from, in text order. */
export function termSpans(text: string): TermSpan[] {
  const spans: TermSpan[] = [];
  for (const m of text.matchAll(TERM_RUN)) {
    const term = foldTerm(m[0]);
    if (term) spans.push({ start: m.index, end: m.index + m[0].length, term });
  }
  return spans;
}

/** The terms of a text, in order. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(TERM_RUN)) {
    const term = foldTerm(m[0]);
    if (term) out.push(term);
  }
  return out;
}

/**
 * A text as its terms joined by single spaces, with a space at each end, so that a phrase check is
 * a substring test: `folded.includes(' ' + phrase.join(' ') + ' ')`.
 */
export function foldText(text: string): string {
  const t = terms(text);
  return t.length === 0 ? ' ' : ` ${t.join(' ')} `;
}

export function isStopWord(term: string): boolean {
  return STOP_WORDS.has(term);
}

// eslint-disable-next-line no-control-regex -- the whole ASCII range, NUL included, on purpose
const ASCII = /^[\x00-\x7f]*$/;

/**
 * Compatibility-decomposed (NFKD) with the combining marks dropped, case kept: `Élysée` → `Elysee`,
 * `ﬁ` → `fi`. ASCII text has nothing to decompose and is returned as it is.
 */
export function stripMarks(text: string): string {
  return ASCII.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, '');
}

/**
 * The text a quote id is computed from: marks stripped, lower-case, quotation marks and apostrophes
 * dropped, spaces collapsed (`“Don’t  panic,” ` and `"don't panic,"` → `dont panic,`). Unlike search
 * terms it keeps punctuation and joins `don't` into `dont`. Quote ids are permanent: this function must
 * never change, even where search folding does.
 */
export function foldQuoteForId(text: string): string {
  return stripMarks(text)
    .toLowerCase()
    .replace(/[\p{Pi}\p{Pf}"'`´‘’‚‛“”„‟«»‹›]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A name folded for comparison and speaker slugs: lower-case, no diacritics, ASCII letters for the few
 * letters that do not decompose (`ß` → `ss`, `ø` → `o`, `ł` → `l`). Canonical decomposition (NFD), not
 * NFKD as search terms: speaker ids are made from it and stay as they are.
 */
export function asciiFold(text: string): string {
  // Nearly every name is ASCII already: then only the case changes (NFD and the replacements leave it as it is).
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .replace(/[łŁ]/g, 'l')
    .replace(/[đĐ]/g, 'd')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[œŒ]/g, 'oe')
    .replace(/ı/g, 'i')
    .toLowerCase();
}
