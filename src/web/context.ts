/**
 * What every router is built from (the index to answer from, URL helpers, cache policy), and the few functions
 * through which routes read the index: a record by id or a 404, a search under the request's budget. Routes
 * import these from here, never from one another.
 */
import type { Request, RequestHandler } from 'express';
import type { Article, Quote, Speaker } from '../model/types.js';
import type { Backend, BackendSearchRequest, BackendSearchResponse } from '../backend/contract.js';
import { badRequest, HttpError, parseInput } from './errors.js';
import type { Lookups, Urls } from './present.js';
import type { ResponseCache } from './response-cache.js';
import type { SearchAnswer } from './present.js';
import { describeIssues, idParamsSchema, searchQuerySchema, type SearchQuery } from './schemas.js';
import { resolveSpeakerParams, type SpeakerMatch } from './speaker-param.js';

export interface RouteContext {
  /** The backend to answer from; read once per request so an index swap never mixes two indexes in one answer. */
  getBackend(): Backend;
  urls(req: Request): Urls;
  /** `Cache-Control` for successful responses to `req` (private when they depend on its Host header). */
  cacheControl(req: Request): string;
  /** CPU budget of one search in ms (`SearchRequest.budgetMs`); past it the answer is 503. */
  searchBudgetMs: number;
  /** `/api/search` answers already serialised, by origin and normalised query (see response-cache.ts). */
  searchCache: ResponseCache<SearchAnswer>;
}

/** Sets the context's `Cache-Control` on every answer of a router. */
export function cacheControl(ctx: RouteContext): RequestHandler {
  return (req, res, next) => {
    res.set('Cache-Control', ctx.cacheControl(req));
    next();
  };
}

/** The `:id` route parameter, validated. */
export function idParam(req: Request, what: string): string {
  return parseInput(idParamsSchema, req.params, `${what} id`).id;
}

/** The quote named by `:id`, or a 404. */
export async function quoteOr404(backend: Backend, req: Request): Promise<Quote> {
  const id = idParam(req, 'quote');
  const quote = await backend.quote(id);
  if (!quote) throw new HttpError(404, `No quote with id '${id}'`);
  return quote;
}

/** The speaker named by `:id`, or a 404. */
export async function speakerOr404(backend: Backend, req: Request): Promise<Speaker> {
  const id = idParam(req, 'speaker');
  const speaker = await backend.speaker(id);
  if (!speaker) throw new HttpError(404, `No speaker with id '${id}'`);
  return speaker;
}

/** The article named by `:id`, or a 404. */
export async function articleOr404(backend: Backend, req: Request): Promise<Article> {
  const id = idParam(req, 'article');
  const article = await backend.article(id);
  if (!article) throw new HttpError(404, `No article with id '${id}'`);
  return article;
}

/** A quote's speaker record, when it has one (from records already fetched for the page, see `lookupsFor`). */
export function speakerOf(index: Lookups, quote: Quote): Speaker | null {
  return quote.speakerId ? (index.speakers.get(quote.speakerId) ?? null) : null;
}

/**
 * A search request from a query string, with `speaker=` values (ids, names, aliases, close spellings) turned
 * into speaker ids. Every bad parameter — unknown speakers included — is one issue of one 400.
 */
export function searchRequestOf(
  backend: Backend,
  req: Request,
  what: string,
): Promise<{ request: SearchQuery; speakers: SpeakerMatch[] }> {
  return searchRequestFrom(backend, req.query, what);
}

/** {@link searchRequestOf} from a parsed query string (`querystring.parse`, as express's simple parser gives it). */
export async function searchRequestFrom(
  backend: Backend,
  query: Request['query'],
  what: string,
): Promise<{ request: SearchQuery; speakers: SpeakerMatch[] }> {
  const parsed = searchQuerySchema.safeParse(query);
  const raw = query.speaker;
  const given = parsed.success
    ? parsed.data.speakers
    : (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
  const speakers = await resolveSpeakerParams(
    backend,
    given.map((v) => v.trim()),
  );
  if (!parsed.success) {
    throw badRequest(what, [...describeIssues(parsed.error), ...(speakers.ok ? [] : speakers.issues)]);
  }
  if (!speakers.ok) throw badRequest(what, speakers.issues);
  return { request: { ...parsed.data, speakers: speakers.ids }, speakers: speakers.matches };
}

/** Runs a search under the context's CPU budget. */
export function runSearch(
  ctx: RouteContext,
  backend: Backend,
  request: BackendSearchRequest,
): Promise<BackendSearchResponse> {
  return backend.search({ ...request, budgetMs: ctx.searchBudgetMs });
}
