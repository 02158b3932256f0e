/**
 * The document model of one article, computed once and read by every stage: paragraph and sentence
 * starts as sorted offsets (a stage finds the sentence or paragraph of a position by binary search
 * instead of rescanning the text for each quotation) and the article's speech cues. A plain record:
 * nothing about an article is kept between articles.
 */
import { isSpaceUnit, isUpperUnit } from './chars.js';
import { allCues } from './cues.js';
import { abbreviationBefore, isSentenceEnd } from './sentence-end.js';
import type { Cue } from './cues.js';

/** The paragraphs and sentences of a text: the one sentence splitting every stage reads (the time stage too). */
export interface SentenceLayout {
  text: string;
  /** Start offset of every paragraph (line), ascending; the first is 0. */
  paragraphs: number[];
  /** Start offset of every sentence, ascending; every paragraph start is a sentence start. */
  sentences: number[];
}

export interface DocumentLayout extends SentenceLayout {
  /** Every speech cue of the text, in order (`findCues` reads a window's). */
  cues: readonly Cue[];
}

/**
 * Index of the last element of `starts` that is `<= pos` (0 when none): the partition point of `<= pos`, less
 * one, written out without a callback (every stage asks it, many times a quotation).
 */
export function indexAt(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(0, lo - 1);
}

/** The document model of `text`: its paragraphs and sentences (`sentenceLayout`) and its cues. */
export function layoutOf(text: string): DocumentLayout {
  return { ...sentenceLayout(text), cues: allCues(text) };
}

/**
 * Splits `text` into paragraphs (at newlines) and sentences. A sentence also ends after the closing quotation
 * marks that follow a sentence-final mark and precede a capital (`…win.” He said`, `…win.'' He said`).
 */
export function sentenceLayout(text: string): SentenceLayout {
  const paragraphs = [0];
  const sentences = [0];
  const n = text.length;
  // the only characters read are `\n`, `.`, `!` and `?`, in text order: each found by indexOf (the engine's
  // own scan) from the one before, not by a loop over every character
  const next = (ch: string, from: number): number => {
    const at = text.indexOf(ch, from);
    return at < 0 ? n : at;
  };
  let newline = next('\n', 0);
  let period = next('.', 0);
  let bang = next('!', 0);
  let question = next('?', 0);
  for (;;) {
    const i = Math.min(newline, period, bang, question);
    if (i >= n) break;
    const c = text.charCodeAt(i);
    if (c === 10) newline = next('\n', i + 1);
    else if (c === 46) period = next('.', i + 1);
    else if (c === 33) bang = next('!', i + 1);
    else question = next('?', i + 1);
    if (c === 10) {
      paragraphs.push(i + 1);
      pushSentence(text, sentences, i + 1);
    } else {
      if (isSentenceEnd(text, i)) pushSentence(text, sentences, i + 1);
      else {
        // the closing marks after the mark: one or several (`…win.” He`, `…win.'' He`, `…down.'" But`)
        let j = i + 1;
        while (j < n && isClosingMarkCode(text.charCodeAt(j))) j++;
        if (
          j > i + 1 &&
          isSpaceUnit(text.charCodeAt(j)) &&
          isUpperUnit(text.charCodeAt(j + 1)) &&
          !(c === 46 && abbreviationBefore(text, i))
        )
          pushSentence(text, sentences, j);
      }
    }
  }
  return { text, paragraphs, sentences };
}

/** `"`, `”`, `’`, `'`: the marks that may close a quotation after its sentence-final mark. */
const isClosingMarkCode = (c: number): boolean => c === 34 || c === 0x201d || c === 0x2019 || c === 39;

/** Adds the sentence starting at `at` (after spaces and tabs) unless it is empty or already there. */
function pushSentence(text: string, sentences: number[], at: number): void {
  const n = text.length;
  let s = at;
  while (s < n && (text[s] === ' ' || text[s] === '\t' || text[s] === '\u00A0')) s++;
  if (s < n && s > sentences[sentences.length - 1]!) sentences.push(s);
}

/** The sentence `[start, end)` holding `pos`. */
export function sentenceAt(doc: SentenceLayout, pos: number): { index: number; start: number; end: number } {
  const index = indexAt(doc.sentences, pos);
  return { index, start: doc.sentences[index]!, end: sentenceEndOf(doc, index) };
}

/** End of sentence `index` (trailing spaces and the newline excluded). */
export function sentenceEndOf(doc: SentenceLayout, index: number): number {
  let end = index + 1 < doc.sentences.length ? doc.sentences[index + 1]! : doc.text.length;
  while (end > doc.sentences[index]! && isSpaceUnit(doc.text.charCodeAt(end - 1))) end--;
  return end;
}

/** Start of the paragraph holding `pos`. */
export function paragraphStartAt(doc: SentenceLayout, pos: number): number {
  return doc.paragraphs[indexAt(doc.paragraphs, pos)]!;
}

/** End of the paragraph holding `pos` (its newline, or the text length). */
export function paragraphEndAt(doc: SentenceLayout, pos: number): number {
  const i = indexAt(doc.paragraphs, pos);
  return i + 1 < doc.paragraphs.length ? doc.paragraphs[i + 1]! - 1 : doc.text.length;
}
