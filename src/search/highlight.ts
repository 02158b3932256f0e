import type { Highlight } from './types.js';
import { foldTerm, termSpans } from '../model/text.js';

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
 * `Quote.text` has them. Null when there are phrases to find; the function it returns gives null for a text with a
 * character outside the Basic Multilingual Plane (decode it and use the string path).
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
  return (bytes, start, end) => utf8Highlights(bytes, start, end, byLength, matchedTerms);
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

/**
 * The characters a term is made of in model/text.ts (`TERM_RUN`: letters, digits, marks), as the same class. The
 * property test of tests/search/highlight.test.ts holds the byte scan to `termSpans`.
 */
const TERM_CHARACTER = /^[\p{L}\p{N}\p{M}]$/u;
/**
 * Per character of the Basic Multilingual Plane, whether it is a term character: 1 yes, 2 no, 0 not asked yet. Each
 * character is tested once, when a text first holds it (news texts hold a few hundred of them); a table of the whole
 * plane made at once cost tens of milliseconds on the first search.
 */
const TERM_CLASS = new Uint8Array(0x10000);

function isTermCharacter(c: number): boolean {
  let known = TERM_CLASS[c]!;
  if (known === 0) TERM_CLASS[c] = known = TERM_CHARACTER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

/**
 * The matched terms' ranges in a text's UTF-8 bytes, in order, or null when a character is outside the Basic
 * Multilingual Plane (or a byte is not UTF-8 as Node writes it). Runs of term characters are what `termSpans` cuts;
 * a run of ASCII letters and digits is compared byte by byte with the ASCII terms, any other run is decoded and
 * folded as `termSpans` folds it (`foldTerm`): accented words are found as the string path finds them.
 */
function utf8Highlights(
  bytes: Uint8Array,
  from: number,
  to: number,
  byLength: Uint8Array[][],
  matchedTerms: ReadonlySet<string>,
): Highlight[] | null {
  const out: Highlight[] = [];
  // `unit` counts UTF-16 code units: one per ASCII byte, one per multi-byte character (all in the BMP).
  let unit = 0;
  let i = from;
  while (i < to) {
    const b = bytes[i]!;
    if (b < 0x80 && ALNUM[b] === 0) {
      i++;
      unit++;
      continue;
    }
    if (b >= 0x80) {
      const c = codeAt(bytes, i);
      if (c < 0) return null;
      if (!isTermCharacter(c)) {
        i += b < 0xe0 ? 2 : 3;
        unit++;
        continue;
      }
    }
    // A run of term characters: as many bytes as code units while it is ASCII.
    const runByte = i;
    const runUnit = unit;
    let ascii = true;
    while (i < to) {
      const c0 = bytes[i]!;
      if (c0 < 0x80) {
        if (ALNUM[c0] === 0) break;
        i++;
        unit++;
        continue;
      }
      const c = codeAt(bytes, i);
      if (c < 0) return null;
      if (!isTermCharacter(c)) break;
      ascii = false;
      i += c0 < 0xe0 ? 2 : 3;
      unit++;
    }
    if (ascii) {
      const candidates = byLength[i - runByte];
      if (candidates !== undefined) {
        for (const term of candidates) {
          if (!sameRun(bytes, runByte, term)) continue;
          out.push({ start: runUnit, end: unit });
          break;
        }
      }
    } else if (matchedTerms.has(foldTerm(decodeRun(bytes, runByte, i)))) out.push({ start: runUnit, end: unit });
  }
  return out;
}

/** The character whose UTF-8 starts at `bytes[i]` (not ASCII), or -1 when it is outside the BMP or not a lead byte. */
function codeAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  if ((b & 0xe0) === 0xc0) return ((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f);
  if ((b & 0xf0) === 0xe0) return ((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f);
  return -1;
}

/** The characters of `bytes[from, to)`, UTF-8 of the Basic Multilingual Plane only (as utf8Highlights checked). */
function decodeRun(bytes: Uint8Array, from: number, to: number): string {
  let s = '';
  let i = from;
  while (i < to) {
    const b = bytes[i]!;
    if (b < 0x80) {
      s += String.fromCharCode(b);
      i++;
    } else if ((b & 0xe0) === 0xc0) {
      s += String.fromCharCode(((b & 0x1f) << 6) | (bytes[i + 1]! & 0x3f));
      i += 2;
    } else {
      s += String.fromCharCode(((b & 0x0f) << 12) | ((bytes[i + 1]! & 0x3f) << 6) | (bytes[i + 2]! & 0x3f));
      i += 3;
    }
  }
  return s;
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
