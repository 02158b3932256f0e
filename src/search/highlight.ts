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
