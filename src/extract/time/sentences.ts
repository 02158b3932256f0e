/**
 * Sentence bounds as the time stage reads them, and small span arithmetic.
 */
import { partitionPoint } from '../../lib/sorted.js';
import { isLetterUnit } from '../chars.js';

const NOT_SENTENCE_END = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'sgt',
  'capt',
  'st',
  'jr',
  'sr',
  'vs',
  'no',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'inc',
  'corp',
  'co',
  'ltd',
]);

/** Sentence ranges: a terminator (plus closing marks) before whitespace and a capital, digit or opening mark; or a line break. */
export function splitSentences(text: string): Array<{ start: number; end: number }> {
  const sentences: Array<{ start: number; end: number }> = [];
  const boundary = /([.!?…]+["'”’»)\]]*)(\s+)(?=["'“‘«([]?[\p{Lu}\d])|\n\s*/gu;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[1] === '.') {
      const word = text.slice(wordBefore(text, m.index), m.index);
      // "Mr. Macron", "Sept. 3", "J. D. Vance", "U.S. President": abbreviations, not sentence ends.
      const meridiem = /^[ap]\.m$/i.test(word);
      if (
        !meridiem &&
        (NOT_SENTENCE_END.has(word.toLowerCase()) || /^\p{Lu}$/u.test(word) || /\p{L}\.\p{L}/u.test(word))
      )
        continue;
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
export function sentenceOf(
  sentences: ReadonlyArray<{ start: number; end: number }>,
  pos: number,
): { start: number; end: number } {
  const found = Math.max(0, partitionPoint(sentences.length, (i) => sentences[i]!.start <= pos) - 1);
  return sentences[found] ?? { start: 0, end: 0 };
}

export function distance(span: { start: number; end: number }, point: number): number {
  if (point < span.start) return span.start - point;
  if (point > span.end) return point - span.end;
  return 0;
}

export function inside(span: { start: number; end: number }, range: { start: number; end: number }): boolean {
  return span.start >= range.start && span.end <= range.end;
}

/** One span over a clock and its date when they sit close together ("on Tuesday at 16:25"), else the clock alone. */
export function joinSpans(
  clock: { start: number; end: number },
  day: { start: number; end: number },
): { start: number; end: number } {
  const gap = Math.max(clock.start, day.start) - Math.min(clock.end, day.end);
  return gap <= 30 ? { start: Math.min(clock.start, day.start), end: Math.max(clock.end, day.end) } : clock;
}
