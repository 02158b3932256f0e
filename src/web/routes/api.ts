/**
 * The JSON API. Each handler parses its input with the route's contract first and works only with the result.
 */
import { Router } from 'express';
import type { Request, RequestHandler, Response } from 'express';
import type { LoadedIndex } from '../../index/types.js';
import { HttpError, parseInput } from '../errors.js';
import {
  idParamsSchema,
  searchQuerySchema,
  speakerListQuerySchema,
  speakerQuotesQuerySchema,
} from '../schemas.js';
import {
  articleQuotes,
  filterSpeakers,
  quoteJson,
  sameQuoteElsewhere,
  searchAnswer,
  type SearchAnswer,
  speakerJson,
  type Urls,
} from '../present.js';
import { citationsFor } from '../citations.js';
import { openApiDocument } from '../openapi.js';
import { reportsOf } from '../../statements/index.js';
import type { ResponseCache } from '../response-cache.js';
import { textFragmentUrl } from './export.js';

export interface RouteContext {
  /** The index to answer from; read once per request so a swap never mixes two indexes in one answer. */
  getIndex(): LoadedIndex;
  urls(req: Request): Urls;
  /** `Cache-Control` for successful responses. */
  cacheControl: string;
  /** `/api/search` answers already serialised, by origin and normalised query (see response-cache.ts). */
  searchCache: ResponseCache<SearchAnswer>;
}

/** Sets the context's `Cache-Control` on every answer of a router. */
export function cacheControl(ctx: RouteContext): RequestHandler {
  return (_req, res, next) => {
    res.set('Cache-Control', ctx.cacheControl);
    next();
  };
}

/**
 * Sends an already serialised JSON body with the headers `res.json` gives it. The ETag and the answer to a
 * conditional request were settled before the handler ran (etagByIndex in app.ts).
 */
function sendJson(req: Request, res: Response, body: Buffer): void {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', body.length);
  if (req.method === 'HEAD') res.end();
  else res.end(body);
}

export function apiRouter(ctx: RouteContext): Router {
  const router = Router();
  router.use(cacheControl(ctx));

  router.get('/search', (req, res) => {
    const started = performance.now();
    const query = parseInput(searchQuerySchema, req.query, 'search query');
    const index = ctx.getIndex();
    const urls = ctx.urls(req);
    // The parsed query is the key: two spellings of one request (`?q=a&page=1`, `?page=1&q=a`) share an answer.
    const key = `${urls.base}\n${JSON.stringify(query)}`;
    let answer = ctx.searchCache.get(index, key);
    let tookMs: number;
    if (answer) tookMs = Math.round((performance.now() - started) * 1000) / 1000;
    else {
      const found = index.search.search(query);
      answer = searchAnswer(index, found, urls);
      ctx.searchCache.set(index, key, answer, answer.head.length + answer.tail.length);
      tookMs = found.took_ms;
    }
    sendJson(req, res, Buffer.concat([answer.head, Buffer.from(JSON.stringify(tookMs)), answer.tail]));
  });

  router.get('/quotes/:id', (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'quote id');
    const index = ctx.getIndex();
    const urls = ctx.urls(req);
    const quote = index.quotes.get(id);
    if (!quote) throw new HttpError(404, `No quote with id '${id}'`);
    const article = index.articles.get(quote.articleId);
    const speaker = quote.speakerId ? (index.speakers.get(quote.speakerId) ?? null) : null;
    res.json({
      ...quoteJson(index, quote, urls),
      speaker: speaker ? speakerJson(speaker, urls) : null,
      citations: article ? citationsFor({ quote, article, speaker, permalink: urls.quote(quote.id) }) : [],
      sameQuoteElsewhere: sameQuoteElsewhere(index, quote).map((q) => quoteJson(index, q, urls)),
      textFragmentUrl: article ? textFragmentUrl(article, quote) : null,
      statementId: index.statementOf?.get(quote.id) ?? quote.id,
      fragmentOf: index.fragmentOf?.get(quote.id) ?? null,
      reports: reportsOf(index, quote).map((r) => ({ ...quoteJson(index, r.quote, urls), fragmentOf: r.fragmentOf?.id ?? null })),
    });
  });

  router.get('/speakers', (req, res) => {
    const query = parseInput(speakerListQuerySchema, req.query, 'speaker list query');
    const urls = ctx.urls(req);
    const matching = filterSpeakers(ctx.getIndex(), query.q);
    const from = (query.page - 1) * query.limit;
    res.json({
      total: matching.length,
      page: query.page,
      limit: query.limit,
      results: matching.slice(from, from + query.limit).map((s) => speakerJson(s, urls)),
    });
  });

  router.get('/speakers/:id', (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'speaker id');
    const query = parseInput(speakerQuotesQuerySchema, req.query, 'speaker quotes query');
    const index = ctx.getIndex();
    const urls = ctx.urls(req);
    const speaker = index.speakers.get(id);
    if (!speaker) throw new HttpError(404, `No speaker with id '${id}'`);
    const found = index.search.search({ ...query, speakers: [id], publishers: [], from: null, to: null });
    res.json({
      speaker: speakerJson(speaker, urls),
      quotes: {
        total: found.total,
        page: found.page,
        limit: found.limit,
        results: found.results.map((hit) => quoteJson(index, hit.quote, urls, hit.highlights)),
      },
    });
  });

  router.get('/articles/:id', (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'article id');
    const index = ctx.getIndex();
    const urls = ctx.urls(req);
    const article = index.articles.get(id);
    if (!article) throw new HttpError(404, `No article with id '${id}'`);
    res.json({ ...article, quotes: articleQuotes(index, article).map((q) => quoteJson(index, q, urls)) });
  });

  router.get('/health', (_req, res) => {
    const index = ctx.getIndex();
    res.set('Cache-Control', 'no-store').json({
      status: 'ok',
      builtAt: index.builtAt,
      formatVersion: index.formatVersion,
      articles: index.articles.size,
      quotes: index.quotes.size,
      speakers: index.speakers.size,
    });
  });

  router.get('/openapi.json', (req, res) => {
    res.json(openApiDocument(ctx.urls(req).base));
  });

  return router;
}
