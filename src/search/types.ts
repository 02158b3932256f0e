import type { Quote } from '../model/types.js';

export type SortOrder = 'relevance' | 'newest' | 'oldest';

/** The speaker filter value for quotes nobody is named for (never a speaker id: ids are slugs of names). */
export const NO_SPEAKER = '-';

/** A validated search request (the web layer's zod schemas produce this). */
export interface SearchRequest {
  /** Raw query text: words, `"exact phrase"`, `-excluded`. Empty lists the latest quotes. */
  q: string;
  /** Canonical speaker ids; a quote matches when its speaker is any of them. `-` (NO_SPEAKER) stands for no speaker. */
  speakers: string[];
  /** Publisher names (exact, case-insensitive); any of them. */
  publishers: string[];
  /** Inclusive bounds on the quote's date (saidAt, else publishedAt), `YYYY-MM-DD`. */
  from: string | null;
  to: string | null;
  sort: SortOrder;
  /**
   * Only full quotations or only partial ones (fragments woven into reported speech); unset: both.
   * Optional, added for the site's filter: read from each matching quote's record, so it costs a decode per match.
   */
  kind?: 'full' | 'partial' | null;
  /** Only quotes whose attribution confidence is at least this (0–1); unset: all. Read like `kind`. */
  minConfidence?: number | null;
  /** 1-based page. */
  page: number;
  limit: number;
  /**
   * Show each statement reported by several articles once (default, when the engine was given
   * statements); `false` lists every report (exports). Optional, added by src/statements.
   */
  collapse?: boolean;
  /**
   * CPU budget of this search in milliseconds: past it the engine stops and throws `SearchBudgetExceeded`
   * (see budget.ts). Unset: no limit (the command line). Optional, added by src/search.
   */
  budgetMs?: number;
}

/** Every row of a search up to a maximum, matched once: what an export streams. */
export interface SearchRows {
  /** Matching rows in all (may be more than are read). */
  total: number;
  /** The rows in the request's order, each quote read when reached. */
  rows(): Iterable<SearchHit>;
}

/** A highlighted stretch of quote text: offsets into `Quote.text`. */
export interface Highlight {
  start: number;
  end: number;
}

export interface SearchHit {
  /**
   * The quote's record. An index loaded from its files decodes it when first read (the hit's text and highlights
   * come from the search file's text column), so a damaged record throws where it is read, not in `search`.
   */
  readonly quote: Quote;
  score: number;
  /** Ranges of `quote.text` matched by the query, for <mark>ing. */
  highlights: Highlight[];
}

export interface FacetValue {
  id: string;
  name: string;
  count: number;
}

export interface SearchResponse {
  total: number;
  page: number;
  limit: number;
  took_ms: number;
  results: SearchHit[];
  facets: {
    speakers: FacetValue[];
    publishers: FacetValue[];
    /** Matches with no speaker (the other filters applied, not the speaker filter). Optional, added by src/search. */
    unattributed?: number;
  };
  /** Spelling or relaxation suggestions when nothing matched. */
  suggestions: string[];
  /**
   * When nothing matched: the filters that, dropped one at a time (keeping `q`), would give results,
   * with how many. Optional, added by src/search.
   */
  relaxations?: Relaxation[];
  /**
   * With a date filter (`from`/`to`): how many quotes without any date matched everything else and were left
   * out for having no date. Absent without a date filter. Optional, added by src/web.
   */
  undatedExcluded?: number;
  /**
   * True when `total` was estimated from a sample of a very large match (past the engine's `countBound`): shown
   * as "about N quotes". Absent: exact. Optional, added by src/search.
   */
  totalEstimated?: boolean;
  /** True when the facet counts (and `undatedExcluded`) were estimated from that sample. Optional, added by src/search. */
  facetsEstimated?: boolean;
}

/** A filter the user could drop to get results. */
export interface Relaxation {
  drop: 'speakers' | 'publishers' | 'dates';
  total: number;
}

/** The search engine over a built index; created by src/search, persisted by src/index. */
export interface SearchEngine {
  search(request: SearchRequest): SearchResponse;
  /**
   * The first `max` rows of a search (`page` and `limit` ignored), matched once however many are read:
   * exports page through it instead of searching again per page. Optional, added by src/search.
   */
  searchRows?(request: SearchRequest, max: number): SearchRows;
  /**
   * Up to `max` quotes sharing the most indexed words of `words` in their text (any of them, each weighted by
   * its rarity, log(1 + quotes / quotes holding it)), best first, ties by slot: candidates for a quote check.
   * Stop words count for nothing. Optional, added by src/search.
   */
  related?(words: readonly string[], max: number): Quote[];
  /** Saved form (the index's `search.bin`), handed back to `createSearchEngine` / `openSearchEngine` on load. */
  serialize(): Uint8Array;
  /** The same saved form in chunks, for indexes too large to hold twice. Optional, added by src/search. */
  serializeParts?(): Iterable<Uint8Array>;
  /**
   * How the engine came to be: indexed afresh, restored from its serialised form, or rebuilt because
   * the serialised form was refused (`reason` says why). Optional, added by src/search.
   */
  readonly origin?: { kind: 'built' } | { kind: 'restored' } | { kind: 'rebuilt'; reason: string };
}
