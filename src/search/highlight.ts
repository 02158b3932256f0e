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
