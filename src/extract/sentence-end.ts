/**
 * Where a sentence ends: a sentence-final mark followed by a space, not an abbreviation's period. Apart from the
 * document model (document.ts) so that the quotation spans read it without the cue scan the model also holds.
 */
import { isLowerUnit, isSpaceUnit } from './chars.js';

/** Abbreviations whose period does not end a sentence: `Mr. Smith`, `U.S. officials`, `Jan. 5`. */
const ABBREVIATION_WORDS: ReadonlySet<string> = new Set(
  'Mr Mrs Ms Dr Sen Sens Rep Reps Gov Gen Lt Col Capt Sgt Adm St Jr Sr Prof Rev No vs Mt Ft Inc Co Corp Jan Feb Aug Sept Sep Oct Nov Dec Ariz Calif Colo Conn Fla Ga Ill Ind Kan Ky La Mass Md Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wisc Wyo'.split(
    ' ',
  ),
);
/** An initial or dotted initials: `J`, `U.S`. */
const INITIALS = /^(?:[A-Z]|(?:[A-Z]\.)+[A-Z])$/u;
const isAbbreviationCode = (c: number): boolean => c === 46 || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Does an abbreviation end at `i` (before its period), opening the text or after white space or `(`, within
 * the 12 characters before `i`? What `/(?:^|[\s(])(?:Mr|…|Wyo|[A-Z]|(?:[A-Z]\.)+[A-Z])$/u` says of
 * `text.slice(Math.max(0, i - 12), i)`: every word of it is letters and periods, so the word is the run of
 * letters and periods before `i` (cut at the window's start), told without trying the pattern at each offset.
 */
export function abbreviationBefore(text: string, i: number): boolean {
  const from = Math.max(0, i - 12);
  let k = i;
  while (k > from && isAbbreviationCode(text.charCodeAt(k - 1))) k--;
  if (k === i) return false;
  if (k > from) {
    const c = text.charCodeAt(k - 1);
    if (c !== 40 && !isSpaceUnit(c)) return false;
  }
  const word = text.slice(k, i);
  return ABBREVIATION_WORDS.has(word) || INITIALS.test(word);
}

/** Is `text[i]` a sentence-final mark (`.`, `!`, `?`) followed by a space, not an abbreviation's period? */
export function isSentenceEnd(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c !== 46 && c !== 33 && c !== 63) return false;
  if (i + 1 < text.length && !isSpaceUnit(text.charCodeAt(i + 1))) return false;
  // `a Ph.D. candidate`, `at 10 a.m. on Monday`, `approx. five`: a period before a lower-case word is an
  // abbreviation's, whatever the abbreviation; no sentence of news opens lower-case
  return c !== 46 || !(abbreviationBefore(text, i) || lowerWordAt(text, i + 1));
}
/** A space and a lower-case letter: what follows a period that ends no sentence. */
const LOWER_NEXT = /^[ \t\u00A0]\p{Ll}/u;
/** Does `LOWER_NEXT` match at `j`? By char codes (the pattern for an astral letter). */
function lowerWordAt(text: string, j: number): boolean {
  const s = text.charCodeAt(j);
  if (s !== 32 && s !== 9 && s !== 0xa0) return false;
  const l = text.charCodeAt(j + 1);
  return l >= 0xd800 && l <= 0xdbff ? LOWER_NEXT.test(text.slice(j, j + 3)) : isLowerUnit(l);
}
