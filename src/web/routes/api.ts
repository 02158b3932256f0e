/**
 * The JSON API. Each handler parses its input with the route's contract first and works only with the result.
 */
import { Router } from 'express';
import type { RequestHandler } from 'express';
import { parseInput } from '../errors.js';
import {
  speakerListQuerySchema,
  speakerQuotesQuerySchema,
} from '../schemas.js';
import {
  articleQuotes,
  filterSpeakers,
  quoteJson,
  sameQuoteElsewhere,
  searchAnswer,
  speakerJson,
} from '../present.js';
import { citationsFor } from '../citations.js';
import { openApiDocument } from '../openapi.js';
import { reportsOf } from '../../statements/index.js';
import {
  articleOr404,
  cacheControl,
  quoteOr404,
  runSearch,
  searchRequestOf,
  speakerOf,
  speakerOr404,
  type RouteContext,
} from '../context.js';
import { textFragmentUrl } from '../links.js';

/**
 * `GET /api/search`, the API's busiest route, kept lean: the answer is serialised once and kept in the context's
 * cache, first under the address as sent (a repeat skips even the parsing) and under the parsed query (another
 * spelling of the same request, `?page=1&q=a` for `?q=a`, shares it). The ETag and the answer to a conditional
 * request were settled before it runs (etagByIndex in app.ts); it sends the headers `res.json` would.
 */
export function searchHandler(ctx: RouteContext): RequestHandler {
  return (req, res) => {
    const started = performance.now();
    const index = ctx.getIndex();
    const urls = ctx.urls(req);
    const sentKey = `${urls.base}\n${req.originalUrl}`;
    let answer = ctx.searchCache.get(index, sentKey);
    let tookMs: number | null = null;
    if (!answer) {
      const { request, speakers } = searchRequestOf(index, req, 'search query');
      const parsedKey = `${urls.base}\n${JSON.stringify(request)}\n${JSON.stringify(speakers)}`;
      answer = ctx.searchCache.get(index, parsedKey);
      if (!answer) {
        const found = runSearch(ctx, index, request);
        answer = searchAnswer(index, found, urls, { speakers });
        tookMs = found.took_ms;
        ctx.searchCache.set(index, parsedKey, answer, answer.bytes);
      }
      ctx.searchCache.alias(index, sentKey, parsedKey);
    }
    // A cached answer reports the time this request took to find it, not the search it came from.
    tookMs ??= Math.round((performance.now() - started) * 1000) / 1000;
    const head = answer.head + JSON.stringify(tookMs);
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    res.setHeader('Content-Length', Buffer.byteLength(head) + answer.tail.length);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    // Two writes in one tick leave as one: node corks the socket until the next tick.
    res.write(head);
    res.end(answer.tail);
  };
}

/** The JSON API except `/api/search` (see {@link searchHandler}, which app.ts mounts ahead of the other routes). */
export function apiRouter(ctx: RouteContext): Router {
  const router = Router();
  router.use(cacheControl(ctx));

  router.get('/quotes/:id', (req, res) => {
    const index = ctx.getIndex();
    const quote = quoteOr404(index, req);
    const urls = ctx.urls(req);
    const article = index.articles.get(quote.articleId);
    const speaker = speakerOf(index, quote);
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
    const index = ctx.getIndex();
    const speaker = speakerOr404(index, req);
    const query = parseInput(speakerQuotesQuerySchema, req.query, 'speaker quotes query');
    const urls = ctx.urls(req);
    const found = runSearch(ctx, index, { ...query, speakers: [speaker.id], publishers: [], from: null, to: null });
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
    const index = ctx.getIndex();
    const article = articleOr404(index, req);
    const urls = ctx.urls(req);
    res.json({ ...article, quotes: articleQuotes(index, article).map((q) => quoteJson(index, q, urls)) });
  });

  router.get('/health', (_req, res) => {
    const index = ctx.getIndex();
    // Records that failed to read make the index degraded (503): most routes would fail; a rebuild is under way.
    const problem = index.damage?.problem ?? null;
    res.status(problem ? 503 : 200);
    res.set('Cache-Control', 'no-store').json({
      status: problem ? 'degraded' : 'ok',
      ...(problem ? { problem, failures: index.damage!.failures } : {}),
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
