import type { Highlight } from './types.js';
import { termSpans } from '../model/text.js';

/**
 * The stretches of `text` a hit matched: every term in `matchedTerms` (exact words and the prefix and
 * fuzzy expansions minisearch matched), and every occurrence of each phrase from its first word to its
 * last. Overlapping or touching ranges are merged; the result is sorted and non-overlapping.
 */
export function findHighlights(
  text: string,
  matchedTerms: ReadonlySet<string>,
  phrases: readonly string[][],
): Highlight[] {
  return highlighter(matchedTerms, phrases)(text);
}

/** The longest term the ASCII scan below looks up; longer runs are compared only when a matched term is as long. */
const MAX_SCANNED = 64;

/**
 * {@link findHighlights} for one query's terms and phrases, to be applied to many texts. A text of ASCII only
 * (most quotes) with no phrase to find is scanned by character codes: a run of ASCII letters and digits is
 * its own term lower-cased (what `termSpans` gives for it), and only runs as long as some matched term are
 * cut out and looked up. Any other text takes the general path.
 */
export function highlighter(
  matchedTerms: ReadonlySet<string>,
  phrases: readonly string[][],
): (text: string) => Highlight[] {
  if (phrases.some((p) => p.length > 0)) return (text) => generalHighlights(text, matchedTerms, phrases);
  const lengths = new Uint8Array(MAX_SCANNED + 2);
  for (const t of matchedTerms) lengths[Math.min(t.length, MAX_SCANNED + 1)] = 1;
  return (text) => asciiHighlights(text, matchedTerms, lengths) ?? generalHighlights(text, matchedTerms, phrases);
}

/**
 * Non-ASCII characters of news text that are never part of a term (no letter, digit or mark): no-break space,
 * dashes, curly quotes, ellipsis, guillemets. Any other non-ASCII character sends a text to the general path.
 */
function isPunctuation(c: number): boolean {
  return (
    c === 0xa0 ||
    c === 0xab ||
    c === 0xbb ||
    (c >= 0x2010 && c <= 0x2015) ||
    (c >= 0x2018 && c <= 0x201f) ||
    c === 0x2026 ||
    c === 0x2032 ||
    c === 0x2033
  );
}

/** The matched terms' ranges in a text of ASCII and {@link isPunctuation}, in order (runs are apart, so none overlap or touch); null for any other text. */
function asciiHighlights(text: string, matchedTerms: ReadonlySet<string>, lengths: Uint8Array): Highlight[] | null {
  const out: Highlight[] = [];
  let start = -1;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    if (c >= 128 && !isPunctuation(c)) return null;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
      continue;
    }
    if (start < 0) continue;
    if (lengths[Math.min(i - start, MAX_SCANNED + 1)] === 1 && matchedTerms.has(text.slice(start, i).toLowerCase()))
      out.push({ start, end: i });
    start = -1;
  }
  return out;
}

/**
 * {@link highlighter} over a text's UTF-8 bytes, without decoding it: offsets are counted in UTF-16 code units as
 * `Quote.text` has them. Null when there are phrases to find; the function it returns gives null for a text that
 * is not ASCII plus {@link isPunctuation} (decode it and use the string path).
 */
export function bytesHighlighter(
  matchedTerms: ReadonlySet<string>,
  phrases: readonly string[][],
): ((bytes: Uint8Array, start: number, end: number) => Highlight[] | null) | null {
  if (phrases.some((p) => p.length > 0)) return null;
  // A run of ASCII letters and digits lower-cases to ASCII: only the ASCII terms can be it, compared byte by byte.
  const byLength: Uint8Array[][] = [];
  for (const t of matchedTerms) {
    if (!/^[a-z0-9]+$/.test(t)) continue;
    // Its ASCII codes, copied by hand: `Buffer.from(t, 'latin1')` took a slice of the buffer pool through a native
    // call for each term (a query's typo variants and expansions are all marked): 3 % of the median plain query's
    // samples (profile-p50.ts).
    const codes = new Uint8Array(t.length);
    for (let j = 0; j < t.length; j++) codes[j] = t.charCodeAt(j);
    (byLength[t.length] ??= []).push(codes);
  }
  return (bytes, start, end) => utf8Highlights(bytes, start, end, byLength);
}

/** Whether `bytes[at, at + term.length)` lower-cased (ASCII) is `term`. */
function sameRun(bytes: Uint8Array, at: number, term: Uint8Array): boolean {
  for (let j = 0; j < term.length; j++) {
    const b = bytes[at + j]!;
    if ((b >= 65 && b <= 90 ? b + 32 : b) !== term[j]) return false;
  }
  return true;
}

/** 1 for the bytes of ASCII letters and digits (what a run of a term is made of), 0 for every other byte. */
const ALNUM = new Uint8Array(256);
for (let b = 48; b <= 57; b++) ALNUM[b] = 1;
for (let b = 65; b <= 90; b++) ALNUM[b] = 1;
for (let b = 97; b <= 122; b++) ALNUM[b] = 1;

function utf8Highlights(bytes: Uint8Array, from: number, to: number, byLength: Uint8Array[][]): Highlight[] | null {
  const out: Highlight[] = [];
  // `unit` counts UTF-16 code units: one per ASCII byte, one per accepted multi-byte character (all in the BMP).
  let unit = 0;
  let i = from;
  while (i < to) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if (ALNUM[b] === 0) {
        i++;
        unit++;
        continue;
      }
      // A run of ASCII letters and digits: as many bytes as code units.
      const runByte = i;
      const runUnit = unit;
      do i++;
      while (i < to && ALNUM[bytes[i]!] === 1);
      unit += i - runByte;
      const terms = byLength[i - runByte];
      if (terms !== undefined) {
        for (const term of terms) {
          if (!sameRun(bytes, runByte, term)) continue;
          out.push({ start: runUnit, end: unit });
          break;
        }
      }
      continue;
    }
    let c: number;
    if ((b & 0xe0) === 0xc0) {
      c = ((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
      i += 2;
    } else if ((b & 0xf0) === 0xe0) {
      c = ((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
      i += 3;
    } else return null;
    if (c >= 128 && !isPunctuation(c)) return null;
    unit++;
  }
  return out;
}

function generalHighlights(text: string, matchedTerms: ReadonlySet<string>, phrases: readonly string[][]): Highlight[] {
  const spans = termSpans(text);
  const ranges: Highlight[] = [];
  for (const s of spans) if (matchedTerms.has(s.term)) ranges.push({ start: s.start, end: s.end });
  for (const phrase of phrases) {
    if (phrase.length === 0) continue;
    for (let i = 0; i + phrase.length <= spans.length; i++) {
      let k = 0;
      while (k < phrase.length && spans[i + k]!.term === phrase[k]) k++;
      if (k === phrase.length) ranges.push({ start: spans[i]!.start, end: spans[i + k - 1]!.end });
    }
  }
  ranges.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Highlight[] = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}
