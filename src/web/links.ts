/**
 * Links the routes and pages share: a search's URL with its defaults left out, and a text-fragment link into
 * the original article.
 */
import type { Article, Quote } from '../model/types.js';
import type { SearchRequest } from '../search/types.js';
import { DEFAULT_LIMIT } from '../search/request-schema.js';

/** The URL of a search with the given parameters, leaving defaults out so links stay short. */
export function searchHref(path: string, query: Partial<SearchRequest>, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const s of query.speakers ?? []) params.append('speaker', s);
  for (const p of query.publishers ?? []) params.append('publisher', p);
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.kind) params.set('kind', query.kind);
  if (query.minConfidence !== null && query.minConfidence !== undefined)
    params.set('minConfidence', String(query.minConfidence));
  const defaultSort = query.q ? 'relevance' : 'newest';
  if (query.sort && query.sort !== defaultSort) params.set('sort', query.sort);
  if (query.limit && query.limit !== DEFAULT_LIMIT) params.set('limit', String(query.limit));
  if (page > 1) params.set('page', String(page));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

/** Words at each end of a quote that make its text fragment. */
const FRAGMENT_WORDS = 4;

/**
 * Percent-encodes a text directive term: encodeURIComponent leaves `-` alone, but the spec reserves it
 * (with `,` and `&`).
 */
export function encodeTextDirective(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/**
 * A link that scrolls to, and highlights, the quote in its original article:
 * `url#:~:text=<first words>,<last words>` (the whole text when it is short). Null without a URL.
 */
export function textFragmentUrl(
  article: Pick<Article, 'url' | 'text'>,
  quote: Pick<Quote, 'text' | 'pieces'>,
): string | null {
  if (!article.url) return null;
  const pieceText = (p: { start: number; end: number } | undefined) =>
    p ? article.text.slice(p.start, p.end) : quote.text;
  const first = pieceText(quote.pieces[0]).trim().split(/\s+/).filter(Boolean);
  const last = pieceText(quote.pieces[quote.pieces.length - 1])
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (first.length === 0) return null;
  let directive: string;
  if (quote.pieces.length <= 1 && first.length <= FRAGMENT_WORDS * 2) directive = encodeTextDirective(first.join(' '));
  else {
    const head = encodeTextDirective(first.slice(0, FRAGMENT_WORDS).join(' '));
    directive = `${head},${encodeTextDirective(last.slice(-FRAGMENT_WORDS).join(' '))}`;
  }
  // The directive follows an existing fragment (`#section:~:text=…`) or starts one.
  return `${article.url}${article.url.includes('#') ? '' : '#'}:~:text=${directive}`;
}
