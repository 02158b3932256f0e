/**
 * Every path the app answers, in one table: the method guard (405 with `Allow` for any other method), CORS
 * (which read-only paths other origins may call) and the OpenAPI test (every API route documented) read it.
 * Everything Verbatim serves is read-only: GET and HEAD.
 */

export interface RoutePath {
  /** The express path. */
  path: string;
  /** Callable from other origins (the JSON API, feeds and exports); pages and static files are not. */
  cors: boolean;
  /** Described in the OpenAPI document (under this OpenAPI path); null for pages. */
  openapi: string | null;
}

const api = (path: string): RoutePath => ({ path, cors: true, openapi: path.replace(/:(\w+)/g, '{$1}') });
const page = (path: string): RoutePath => ({ path, cors: false, openapi: null });

export const ROUTE_PATHS: readonly RoutePath[] = [
  api('/api/search'),
  api('/api/quotes/:id'),
  api('/api/speakers'),
  api('/api/speakers/:id'),
  api('/api/articles/:id'),
  api('/api/health'),
  api('/api/check'),
  api('/api/openapi.json'),
  api('/export.csv'),
  api('/export.jsonl'),
  api('/export.bib'),
  api('/feed.atom'),
  api('/speakers/:id/export.csv'),
  api('/speakers/:id/export.jsonl'),
  api('/speakers/:id/export.bib'),
  api('/speakers/:id/feed.atom'),
  page('/'),
  page('/speakers'),
  page('/speakers/:id'),
  page('/q/:id'),
  page('/articles/:id'),
  page('/check'),
  page('/static/*file'),
];

/** The methods every path allows. */
export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';
