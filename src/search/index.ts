/**
 * Search over quotes: query parsing → matching (minisearch) → filters and facets → ordering and
 * pages → highlights, with suggestions when nothing matched.
 */
export { buildSearchEngine, createSearchEngine, openSearchEngine, type EngineOptions } from './engine.js';
export { parseQuery, formatQuery, MAX_QUERY_TERMS } from './query.js';
export type { ParsedQuery, QueryClause } from './query.js';
export { SearchBudgetExceeded } from './budget.js';
export { defaultSearchEngineOptions } from './options.js';
export type { SearchEngineOptions } from './options.js';
export type {
  FacetValue,
  Highlight,
  Relaxation,
  SearchEngine,
  SearchHit,
  SearchRequest,
  SearchResponse,
  SearchRows,
  SortOrder,
} from './types.js';
