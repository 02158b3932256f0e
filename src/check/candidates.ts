/**
 * Candidate quotes for a check: an inverted index from each indexed word to the quotes that use it,
 * built once per loaded index on first use, and a retrieval that ranks quotes by the summed rarity of
 * the pasted words they share (any of them: a misremembered quote still shares most of its words).
 */
import type { LoadedIndex } from '../store/types.js';
import type { Quote } from '../model/types.js';
import { isStopWord } from '../model/text.js';
import { comparableWords } from '../statements/align.js';

interface WordIndex {
  quotes: Quote[];
  words: string[][];
  postings: Map<string, number[]>;
}

const built = new WeakMap<LoadedIndex, WordIndex>();

function wordIndex(index: LoadedIndex): WordIndex {
  let found = built.get(index);
  if (found) return found;
  const quotes = [...index.quotes.values()];
  const words = quotes.map((q) => comparableWords(q.text));
  const postings = new Map<string, number[]>();
  words.forEach((ws, slot) => {
    for (const w of new Set(ws)) {
      if (isStopWord(w)) continue;
      const list = postings.get(w);
      if (list) list.push(slot);
      else postings.set(w, [slot]);
    }
  });
  found = { quotes, words, postings };
  built.set(index, found);
  return found;
}

export interface Candidate {
  quote: Quote;
  words: string[];
}

/**
 * Up to `max` quotes sharing the most (rarity-weighted) words with `queryWords`, best first. Read from the
 * search engine's term index when it offers `related` (every engine of src/search does: nothing is read but the
 * candidates); the word index above is the fallback for an engine without it.
 */
export function findCandidates(index: LoadedIndex, queryWords: readonly string[], max: number): Candidate[] {
  if (index.search.related)
    return index.search.related(queryWords, max).map((quote) => ({ quote, words: comparableWords(quote.text) }));
  const { quotes, words, postings } = wordIndex(index);
  const n = Math.max(1, quotes.length);
  const weight = new Map<number, number>();
  for (const w of new Set(queryWords)) {
    if (isStopWord(w)) continue;
    const list = postings.get(w);
    if (!list) continue;
    const idf = Math.log(1 + n / list.length);
    for (const slot of list) weight.set(slot, (weight.get(slot) ?? 0) + idf);
  }
  return [...weight.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, max)
    .map(([slot]) => ({ quote: quotes[slot]!, words: words[slot]! }));
}
