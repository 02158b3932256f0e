/** Tuning of the search engine. Every field has a default in {@link defaultSearchEngineOptions}. */
export interface SearchEngineOptions {
  /** Field weights: the quote's own words count more than its speaker's name (the article title is not indexed). */
  boost: { text: number; speaker: number };
  /** Typo tolerance as a fraction of the term's length (0.2: one edit per five letters)… */
  fuzzy: number;
  /** …never more than this many edits… */
  maxFuzzy: number;
  /** …and only for terms at least this long (`said` must not find `sad`)… */
  minFuzzyLength: number;
  /**
   * …and at most this many edits for a word the index holds: it was likely not mistyped, so its nearest
   * variants (`promises` → `promised`) are enough; every two-edit neighbour would only add matches to
   * score, and the cost of a query grows with them.
   */
  knownWordMaxFuzzy: number;
  /** The last word is also matched as a prefix when it has at least this many letters… */
  minPrefixLength: number;
  /** …against at most this many of the most frequent indexed terms that start with it… */
  maxPrefixExpansions: number;
  /**
   * …and, when the word is itself an indexed term, only against terms at most this many letters longer
   * (its inflections: `rate` → `rates`, `rated`), not every longer word that happens to start with it.
   */
  knownWordPrefixReach: number;
  /** Weight of a prefix expansion relative to an exact match (scaled by how much of it was typed). */
  prefixWeight: number;
  /**
   * Queries made only of stop words (`"to be or not to be"`) are answered by scanning folded quote
   * texts, newest first, at most this many. Older quotes past the limit are not found.
   */
  fallbackScanLimit: number;
  /** Facet lists keep the most frequent values (selected values are always kept). */
  maxFacetValues: number;
  /** Upper bound on `limit` (results per page). */
  maxLimit: number;
  /**
   * Totals and facet counts are exact up to this many matches (before filters and statement collapsing). Past it,
   * when the filters let about as many through, they are estimated from an even sample of the matches and
   * labelled so (`totalEstimated`, `facetsEstimated`: "about N quotes"), as the PostgreSQL backend does past its
   * bound (the sample: `countSample`); the page itself stays exactly the page of the exact computation. Infinity: always exact.
   */
  countBound: number;
  /** How many matches (evenly spread) the estimates past `countBound` are counted over (at most `countBound`). */
  countSample: number;
}

export const defaultSearchEngineOptions: SearchEngineOptions = {
  boost: { text: 2, speaker: 1 },
  fuzzy: 0.2,
  maxFuzzy: 2,
  minFuzzyLength: 5,
  knownWordMaxFuzzy: 1,
  minPrefixLength: 2,
  maxPrefixExpansions: 20,
  knownWordPrefixReach: 3,
  prefixWeight: 0.5,
  fallbackScanLimit: 250_000,
  maxFacetValues: 50,
  maxLimit: 1_000,
  countBound: 20_000,
  countSample: 5_000,
};

/** Merges partial options over the defaults (once, at engine creation). */
export function resolveOptions(options: Partial<SearchEngineOptions> = {}): SearchEngineOptions {
  return {
    ...defaultSearchEngineOptions,
    ...options,
    boost: { ...defaultSearchEngineOptions.boost, ...options.boost },
  };
}
