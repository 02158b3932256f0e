/**
 * A search request with every field the caller leaves out at the value the API gives an absent parameter: no
 * speaker, publisher or date filter, relevance order, the first page of 20.
 */
import type { SearchRequest } from './types.js';

export function searchRequest(q: string, more: Partial<SearchRequest> = {}): SearchRequest {
  return { q, speakers: [], publishers: [], from: null, to: null, sort: 'relevance', page: 1, limit: 20, ...more };
}
