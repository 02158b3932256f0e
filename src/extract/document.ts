/**
 * The layout of one article, computed once: paragraph and sentence starts as sorted offsets, so
 * every later stage finds the sentence or paragraph of a position by binary search instead of
 * rescanning the text for each quotation.
 */
import { partitionPoint } from '../lib/sorted.js';

/** Abbreviations whose period does not end a sentence: `Mr. Smith`, `U.S. officials`, `Jan. 5`. */
const ABBREVIATION =
  /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Capt|Sgt|Adm|St|Jr|Sr|Prof|Rev|No|vs|Mt|Ft|Inc|Co|Corp|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Ariz|Calif|Colo|Conn|Fla|Ga|Ill|Ind|Kan|Ky|La|Mass|Md|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wisc|Wyo|[A-Z]|(?:[A-Z]\.)+[A-Z])$/u;

/** Is `text[i]` a sentence-final mark (`.`, `!`, `?`) followed by a space, not an abbreviation's period? */
export function isSentenceEnd(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '.' && c !== '!' && c !== '?') return false;
  const next = text[i + 1];
  if (next !== undefined && !/\s/u.test(next)) return false;
  if (c === '.' && ABBREVIATION.test(text.slice(Math.max(0, i - 12), i))) return false;
  // `a Ph.D. candidate`, `at 10 a.m. on Monday`, `approx. five`: a period before a lower-case word is an
  // abbreviation's, whatever the abbreviation; no sentence of news opens lower-case
  if (c === '.' && LOWER_NEXT.test(text.slice(i + 1, i + 4))) return false;
  return true;
}
/** A space and a lower-case letter: what follows a period that ends no sentence. */
const LOWER_NEXT = /^[ \t\u00A0]\p{Ll}/u;

export interface DocumentLayout {
  text: string;
  /** Start offset of every paragraph (line), ascending; the first is 0. */
  paragraphs: number[];
  /** Start offset of every sentence, ascending; every paragraph start is a sentence start. */
  sentences: number[];
}

/** Index of the last element of `starts` that is `<= pos` (0 when none). */
export function indexAt(starts: readonly number[], pos: number): number {
  return Math.max(0, partitionPoint(starts.length, (i) => starts[i]! <= pos) - 1);
}

/**
 * Splits `text` into paragraphs (at newlines) and sentences. A sentence also ends after a closing
 * quotation mark that follows a sentence-final mark and precedes a capital (`…win.” He said`).
 */
export function layoutOf(text: string): DocumentLayout {
  const paragraphs = [0];
  const sentences = [0];
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      paragraphs.push(i + 1);
      pushSentence(text, sentences, i + 1);
    } else if (c === 46 || c === 33 || c === 63) {
      if (isSentenceEnd(text, i)) pushSentence(text, sentences, i + 1);
      else if (
        /["”’']/u.test(text[i + 1] ?? '') &&
        /\s/u.test(text[i + 2] ?? '') &&
        /\p{Lu}/u.test(text[i + 3] ?? '') &&
        !(c === 46 && ABBREVIATION.test(text.slice(Math.max(0, i - 12), i)))
      )
        pushSentence(text, sentences, i + 2);
    }
  }
  return { text, paragraphs, sentences };
}

/** Adds the sentence starting at `at` (after spaces and tabs) unless it is empty or already there. */
function pushSentence(text: string, sentences: number[], at: number): void {
  const n = text.length;
  let s = at;
  while (s < n && (text[s] === ' ' || text[s] === '\t' || text[s] === '\u00A0')) s++;
  if (s < n && s > sentences[sentences.length - 1]!) sentences.push(s);
}

/** The sentence `[start, end)` holding `pos`. */
export function sentenceAt(doc: DocumentLayout, pos: number): { index: number; start: number; end: number } {
  const index = indexAt(doc.sentences, pos);
  return { index, start: doc.sentences[index]!, end: sentenceEndOf(doc, index) };
}

/** End of sentence `index` (trailing spaces and the newline excluded). */
export function sentenceEndOf(doc: DocumentLayout, index: number): number {
  let end = index + 1 < doc.sentences.length ? doc.sentences[index + 1]! : doc.text.length;
  while (end > doc.sentences[index]! && /\s/u.test(doc.text[end - 1]!)) end--;
  return end;
}

/** Start of the paragraph holding `pos`. */
export function paragraphStartAt(doc: DocumentLayout, pos: number): number {
  return doc.paragraphs[indexAt(doc.paragraphs, pos)]!;
}

/** End of the paragraph holding `pos` (its newline, or the text length). */
export function paragraphEndAt(doc: DocumentLayout, pos: number): number {
  const i = indexAt(doc.paragraphs, pos);
  return i + 1 < doc.paragraphs.length ? doc.paragraphs[i + 1]! - 1 : doc.text.length;
}
