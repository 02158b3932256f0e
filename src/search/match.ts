import type MiniSearch from 'minisearch';
import type { Query, QueryCombination } from 'minisearch';
import { isStopWord } from './normalize.js';
import type { SearchEngineOptions } from './options.js';
import type { ParsedQuery } from './query.js';
import { hasTerm, prefixExpansions, type QuoteTables } from './tables.js';

/** The fields minisearch indexes for each quote (folded text; the quote itself stays outside). */
export interface IndexedQuote {
  id: number;
  text: string;
  speaker: string;
  title: string;
}

/**
 * The quotes a query matches, before filters. Positions `k` index the parallel arrays; `docs[k]` is
 * the quote's slot in the tables.
 */
export interface MatchSet {
  docs: ArrayLike<number>;
  /** minisearch score per position, or null when the set is not ranked by relevance. */
  scores: Float64Array | null;
  /** Indexed terms each position matched (for highlighting), or null. */
  matchedTerms: Array<readonly string[]> | null;
  /** `relevance`: positions are best first; `newest`: newest first. */
  order: 'relevance' | 'newest';
  /** Terms to highlight in every hit, beside `matchedTerms` (stop words of a scanned query). */
  highlightAlways: readonly string[];
}

export interface MatchContext {
  ms: MiniSearch<IndexedQuote>;
  tables: QuoteTables;
  options: SearchEngineOptions;
}

const needle = (terms: readonly string[]): string => ` ${terms.join(' ')} `;

/** Finds the quotes a parsed query matches: words ANDed, phrases verified, exclusions removed. */
export function matchQuery(ctx: MatchContext, parsed: ParsedQuery): MatchSet {
  const { ms, tables, options } = ctx;
  const required = parsed.words.filter((w) => !isStopWord(w));
  const phraseTerms = [...new Set(parsed.phrases.flat())].filter((t) => !isStopWord(t) && !required.includes(t));

  let set: MatchSet;
  if (required.length + phraseTerms.length > 0) {
    const queries: Query[] = required.map((word) => wordQuery(tables, options, word, word === parsed.prefixWord));
    // A phrase is checked against the quote text, so its words must be found there.
    for (const t of phraseTerms) queries.push({ queries: [t], fields: ['text'], fuzzy: false, prefix: false });
    const results = ms.search({ combineWith: 'AND', queries }, { boost: options.boost });
    const docs = new Uint32Array(results.length);
    const scores = new Float64Array(results.length);
    const matchedTerms: Array<readonly string[]> = new Array<readonly string[]>(results.length);
    results.forEach((r, k) => {
      docs[k] = r.id as number;
      scores[k] = r.score;
      matchedTerms[k] = r.terms;
    });
    set = { docs, scores, matchedTerms, order: 'relevance', highlightAlways: [] };
  } else if (parsed.words.length > 0 || parsed.phrases.length > 0) {
    set = scanStopWords(tables, options, parsed);
  } else {
    set = { docs: tables.newestOrder, scores: null, matchedTerms: null, order: 'newest', highlightAlways: [] };
  }

  const phraseNeedles = parsed.phrases.map(needle);
  const excluded = excludedByIndex(ms, parsed.excludedWords.filter((w) => !isStopWord(w)));
  const excludedNeedles = [...parsed.excludedWords.filter(isStopWord).map((w) => needle([w])), ...parsed.excludedPhrases.map(needle)];
  if (phraseNeedles.length === 0 && excluded.size === 0 && excludedNeedles.length === 0) return set;

  const keep: number[] = [];
  for (let k = 0; k < set.docs.length; k++) {
    const doc = set.docs[k]!;
    if (excluded.has(doc)) continue;
    const folded = tables.foldedText[doc]!;
    if (phraseNeedles.some((p) => !folded.includes(p))) continue;
    if (excludedNeedles.some((p) => folded.includes(p))) continue;
    keep.push(k);
  }
  return {
    docs: Uint32Array.from(keep, (k) => set.docs[k]!),
    scores: set.scores ? Float64Array.from(keep, (k) => set.scores![k]!) : null,
    matchedTerms: set.matchedTerms ? keep.map((k) => set.matchedTerms![k]!) : null,
    order: set.order,
    highlightAlways: set.highlightAlways,
  };
}

/** One required word: exact, with typos when long enough, and as a bounded prefix when it is the last. */
function wordQuery(tables: QuoteTables, options: SearchEngineOptions, word: string, isPrefix: boolean): Query {
  const known = hasTerm(tables, word);
  const exact: QueryCombination = {
    queries: [word],
    combineWith: 'OR',
    fuzzy: word.length >= options.minFuzzyLength ? options.fuzzy : false,
    maxFuzzy: known ? Math.min(options.maxFuzzy, options.knownWordMaxFuzzy) : options.maxFuzzy,
    prefix: false,
  };
  if (!isPrefix || word.length < options.minPrefixLength) return exact;
  const reach = known ? word.length + options.knownWordPrefixReach : Infinity;
  const expansions = prefixExpansions(tables, word, options.maxPrefixExpansions, reach);
  if (expansions.length === 0) return exact;
  return {
    combineWith: 'OR',
    queries: [
      exact,
      {
        queries: [expansions.join(' ')],
        combineWith: 'OR',
        fuzzy: false,
        prefix: false,
        boostTerm: (term: string) => (options.prefixWeight * word.length) / term.length,
      },
    ],
  };
}

function excludedByIndex(ms: MiniSearch<IndexedQuote>, words: readonly string[]): Set<number> {
  if (words.length === 0) return new Set();
  const results = ms.search(
    { combineWith: 'OR', queries: words.map((w) => ({ queries: [w], fuzzy: false, prefix: false })) },
    { fuzzy: false, prefix: false },
  );
  return new Set(results.map((r) => r.id as number));
}

/**
 * A query of stop words only has nothing in the index to look up: scan the folded quote texts,
 * newest first, up to `fallbackScanLimit` quotes, for every word and phrase.
 */
function scanStopWords(tables: QuoteTables, options: SearchEngineOptions, parsed: ParsedQuery): MatchSet {
  const needles = [...parsed.words.map((w) => needle([w])), ...parsed.phrases.map(needle)];
  const limit = Math.min(options.fallbackScanLimit, tables.newestOrder.length);
  const docs: number[] = [];
  for (let r = 0; r < limit; r++) {
    const doc = tables.newestOrder[r]!;
    const folded = tables.foldedText[doc]!;
    if (needles.every((n) => folded.includes(n))) docs.push(doc);
  }
  return { docs: Uint32Array.from(docs), scores: null, matchedTerms: null, order: 'newest', highlightAlways: parsed.words };
}
