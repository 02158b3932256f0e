/**
 * Character classes of single UTF-16 code units, for the char-code scanners of the extractor: a
 * Unicode-property regex is run once per distinct code unit, then remembered in a table.
 */

/** A test of one code unit against a one-character regex, memoised over the 65,536 code units. */
function codeUnitClass(pattern: RegExp): (code: number) => boolean {
  // 0: not asked yet, 1: in the class, 2: not in it
  const memo = new Uint8Array(65536);
  return (code) => {
    let known = memo[code]!;
    if (known === 0) {
      known = pattern.test(String.fromCharCode(code)) ? 1 : 2;
      memo[code] = known;
    }
    return known === 1;
  };
}

/** `\p{L}` for one code unit (a lone surrogate is no letter). */
export const isLetterUnit = codeUnitClass(/^\p{L}$/u);
/** `\p{Lu}` for one code unit of the Basic Multilingual Plane. */
export const isUpperUnit = codeUnitClass(/^\p{Lu}$/u);
/** `\s` for one code unit. */
export const isSpaceUnit = codeUnitClass(/^\s$/u);
/** `\p{Ll}` for one code unit of the Basic Multilingual Plane. */
export const isLowerUnit = codeUnitClass(/^\p{Ll}$/u);
/** `[\p{L}\p{N}]` for one code unit (a lone surrogate is neither). */
export const isLetterOrDigitUnit = codeUnitClass(/^[\p{L}\p{N}]$/u);
/** `\p{N}` for one code unit. */
export const isDigitUnit = codeUnitClass(/^\p{N}$/u);
/** A character a name token may hold, `[\p{L}\p{M}\p{N}&.’'\-]`, for one code unit. */
export const isNameUnit = codeUnitClass(/^[\p{L}\p{M}\p{N}&.’'-]$/u);
/** `[\p{L}\p{M}.’'\-]` for one code unit: a capitalised word's characters. */
export const isWordTailUnit = codeUnitClass(/^[\p{L}\p{M}.’'-]$/u);
/** A UTF-16 surrogate (half of an astral character, which the unit tables cannot class). */
export const isSurrogateUnit = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

const isHighSurrogate = (text: string, i: number): boolean =>
  text.charCodeAt(i) >= 0xd800 && text.charCodeAt(i) <= 0xdbff;

/**
 * `pattern.test(text)` for a pattern that opens with `(?:^|[^\p{L}-])` (a word's start, no hyphen before:
 * the end-anchored lists of terms.ts), given as `sticky` (the same pattern with the `y` flag and without `g`):
 * tried only at the text's start and at the code units such a match can begin with (no letter of the Basic
 * Multilingual Plane, no `-`, not the second half of a surrogate pair), where the engine would try every
 * offset, its alternation first.
 */
export function matchesAfterNonLetter(sticky: RegExp, text: string): boolean {
  if (!sticky.sticky || sticky.global) throw new Error(`matchesAfterNonLetter: /${sticky.source}/ must be sticky`);
  // (the offsets tried from the end back: every match runs to the text's end, and its start is most often among
  // the last words, so a text that matches is told after a few tries of the pattern's long alternation, not
  // after one at each earlier word; the answer is the same in any order)
  for (let i = text.length - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (i > 0 && (c === 45 || isLetterUnit(c) || (c >= 0xdc00 && c <= 0xdfff && isHighSurrogate(text, i - 1))))
      continue;
    sticky.lastIndex = i;
    if (sticky.test(text)) return true;
  }
  sticky.lastIndex = 0;
  return text.length === 0 && sticky.test(text);
}

/**
 * Calls `each` with the matches a global pattern finds over `text`, left to right (each search from the end
 * of the match before), trying `sticky` (the same pattern with the `y` flag and without `g`) only at the
 * offsets whose code unit `canStart` admits. The engine otherwise tries a pattern at every offset of the
 * text, lookbehinds first; a pattern whose matches open with a capital or a given letter is tried at a few
 * offsets in a hundred. `canStart` must admit every code unit a match can begin with (a high surrogate for
 * an astral first character). With `end`, only matches that begin before it (a match may read past it).
 */
export function eachMatch(
  text: string,
  sticky: RegExp,
  canStart: (code: number) => boolean,
  each: (m: RegExpExecArray) => void,
  end = text.length,
): void {
  if (!sticky.sticky || sticky.global) throw new Error(`eachMatch: /${sticky.source}/ must be sticky, not global`);
  const n = Math.min(end, text.length);
  // most code units are ASCII: read from a table of what `canStart` says of them, not asked
  const ascii = asciiTable(canStart);
  for (let i = 0; i < n;) {
    const c = text.charCodeAt(i);
    if (c < 128 ? ascii[c] === 0 : !canStart(c)) {
      i++;
      continue;
    }
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (m === null) {
      i++;
      continue;
    }
    each(m);
    i = m.index + Math.max(1, m[0].length);
  }
}

const asciiTables = new WeakMap<(code: number) => boolean, Uint8Array>();

/** What the pure test `admits` says of each ASCII code unit (1 yes, 0 no), asked once per test. */
export function asciiTable(admits: (code: number) => boolean): Uint8Array {
  let table = asciiTables.get(admits);
  if (table === undefined) {
    table = new Uint8Array(128);
    for (let c = 0; c < 128; c++) table[c] = admits(c) ? 1 : 0;
    asciiTables.set(admits, table);
  }
  return table;
}

/** A code unit that may open a `\p{Lu}`: a capital of the Basic Multilingual Plane or a high surrogate. */
export const mayOpenCapital = (code: number): boolean => isUpperUnit(code) || (code >= 0xd800 && code <= 0xdbff);

/** `[a-zA-Z]` for one code unit. */
export const isAsciiLetterCode = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** `end` moved back over the code units that `skip` admits (the trailing `[\s,]*` of an end-anchored pattern). */
export function trimEndOver(text: string, end: number, skip: (code: number) => boolean): number {
  let e = end;
  while (e > 0 && skip(text.charCodeAt(e - 1))) e--;
  return e;
}

/**
 * The run of ASCII letters that closes `text[0, end)`, lower-case (`called` of `the so-Called`); '' when no
 * ASCII letter closes it; null when a code unit past ASCII closes it or stands just before the run (a letter
 * of the same word, or one that a case-insensitive pattern folds to an ASCII letter, `K` U+212A): then the
 * word cannot be told this way.
 */
export function lastAsciiWord(text: string, end: number): string | null {
  let b = end;
  while (b > 0 && isAsciiLetterCode(text.charCodeAt(b - 1))) b--;
  if (b > 0 && text.charCodeAt(b - 1) >= 128) return null;
  return text.slice(b, end).toLowerCase();
}

/**
 * The last words (`lastAsciiWord`) that a list's entries end in (`called` of `so-called`, `as` of `known as`),
 * for the end checks of patterns built from the list; null when an entry ends in anything but an ASCII letter
 * (no check by last words can then be told: the check must always say "may").
 */
export function lastWordsOf(entries: Iterable<string>): ReadonlySet<string> | null {
  const out = new Set<string>();
  for (const entry of entries) {
    const word = lastAsciiWord(entry, entry.length);
    if (word === null || word === '') return null;
    out.add(word);
  }
  return out;
}
