/**
 * The JSON API. Each handler parses its input with the route's contract first and works only with the result.
 */
import { Router } from 'express';
import type { Request, RequestHandler } from 'express';
import type { ServerResponse } from 'node:http';
import { EmbeddedBackend, type Backend } from '../../backend/index.js';
import { BUDGET_RETRY_AFTER_S, parseInput } from '../errors.js';
import { speakerListQuerySchema, speakerQuotesQuerySchema } from '../schemas.js';
import {
  filterSpeakers,
  lookupsFor,
  quoteJson,
  sameQuoteElsewhere,
  searchAnswer,
  speakerJson,
  type SearchAnswer,
  type Urls,
} from '../present.js';
import { citationsFor } from '../citations.js';
import { openApiDocument } from '../openapi.js';
import {
  articleOr404,
  cacheControl,
  quoteOr404,
  runSearch,
  searchRequestFrom,
  speakerOf,
  speakerOr404,
  type RouteContext,
} from '../context.js';
import { textFragmentUrl } from '../links.js';

/** Set on a request by app.ts's direct path when its search failed: the express route raises it instead of searching again. */
export const SEARCH_FAILED = Symbol('search failed');

/**
 * The `/api/search` answer for a query string (`query`, parsed as express's simple parser does; `url`, the address
 * as sent), and the time it took: the answer is serialised once and kept in the context's cache, first under the
 * address as sent (a repeat skips even the parsing) and under the parsed query (another spelling of the same
 * request, `?page=1&q=a` for `?q=a`, shares it). Throws what the route answers with an error (a 400, a 503).
 */
export async function searchReply(
  ctx: RouteContext,
  backend: Backend,
  urls: Urls,
  url: string,
  query: Request['query'],
): Promise<{ answer: SearchAnswer; tookMs: number }> {
  const started = performance.now();
  // Answers are kept only for an index served from this process: a database changes under every server.
  const cache = backend.kind === 'embedded' ? ctx.searchCache : null;
  const sentKey = `${urls.base}\n${url}`;
  let answer = cache?.get(backend, sentKey);
  let tookMs: number | null = null;
  if (!answer) {
    const { request, speakers } = await searchRequestFrom(backend, query, 'search query');
    const parsedKey = `${urls.base}\n${JSON.stringify(request)}\n${JSON.stringify(speakers)}`;
    answer = cache?.get(backend, parsedKey);
    if (!answer) {
      const found = await runSearch(ctx, backend, request);
      answer = searchAnswer(
        // A row shows its article's title, publisher and url (QuoteJson): not its text.
        await lookupsFor(
          backend,
          found.results.map((h) => h.quote),
          [],
          false,
        ),
        found,
        urls,
        { speakers, facetsEstimated: found.facetsEstimated, totalEstimated: found.totalEstimated },
      );
      tookMs = found.took_ms;
      cache?.set(backend, parsedKey, answer, answer.bytes);
    }
    cache?.alias(backend, sentKey, parsedKey);
  }
  // A cached answer reports the time this request took to find it, not the search it came from.
  tookMs ??= Math.round((performance.now() - started) * 1000) / 1000;
  return { answer, tookMs };
}

/** Sends a search answer with the headers `res.json` would (Content-Type, Content-Length); no body for HEAD. */
export function sendSearchAnswer(
  res: ServerResponse,
  method: string | undefined,
  answer: SearchAnswer,
  tookMs: number,
): void {
  const head = answer.head + JSON.stringify(tookMs);
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(head) + answer.tail.length);
  if (method === 'HEAD') {
    res.end();
    return;
  }
  // Two writes in one tick leave as one: node corks the socket until the next tick.
  res.write(head);
  res.end(answer.tail);
}

/**
 * `GET /api/search`, the API's busiest route, kept lean (see {@link searchReply}). The ETag and the answer to a
 * conditional request were settled before it runs (etagByIndex in app.ts); it sends the headers `res.json` would.
 * Most requests never reach it: app.ts answers them on node's own request and response, with the same headers,
 * and passes here only those it does not (conditional requests, other spellings of the path, failures).
 */
export function searchHandler(ctx: RouteContext): RequestHandler {
  return async (req, res) => {
    const failed = (req as { [SEARCH_FAILED]?: { error: unknown } })[SEARCH_FAILED];
    if (failed) throw failed.error;
    const { answer, tookMs } = await searchReply(ctx, ctx.getBackend(), ctx.urls(req), req.originalUrl, req.query);
    sendSearchAnswer(res, req.method, answer, tookMs);
  };
}

/** How many record reads failed, for an embedded index whose files were damaged after loading. */
function damageOf(backend: Backend): { failures?: number } {
  return backend instanceof EmbeddedBackend ? { failures: backend.index().damage?.failures ?? 0 } : {};
}

/** The JSON API except `/api/search` (see {@link searchHandler}, which app.ts mounts ahead of the other routes). */
export function apiRouter(ctx: RouteContext): Router {
  const router = Router();
  router.use(cacheControl(ctx));

  router.get('/quotes/:id', async (req, res) => {
    const backend = ctx.getBackend();
    const quote = await quoteOr404(backend, req);
    const urls = ctx.urls(req);
    const [elsewhere, statement] = await Promise.all([sameQuoteElsewhere(backend, quote), backend.reports(quote.id)]);
    const reports = statement?.reports ?? [];
    const index = await lookupsFor(backend, [quote, ...elsewhere, ...reports.map((r) => r.quote)]);
    const article = index.articles.get(quote.articleId);
    const speaker = speakerOf(index, quote);
    res.json({
      ...quoteJson(index, quote, urls),
      speaker: speaker ? speakerJson(speaker, urls) : null,
      citations: article ? citationsFor({ quote, article, speaker, permalink: urls.quote(quote.id) }) : [],
      sameQuoteElsewhere: elsewhere.map((q) => quoteJson(index, q, urls)),
      textFragmentUrl: article ? textFragmentUrl(article, quote) : null,
      statementId: statement?.statementId ?? quote.id,
      fragmentOf: statement?.fragmentOf?.id ?? null,
      reports: reports.map((r) => ({ ...quoteJson(index, r.quote, urls), fragmentOf: r.fragmentOf?.id ?? null })),
    });
  });

  router.get('/speakers', async (req, res) => {
    const query = parseInput(speakerListQuerySchema, req.query, 'speaker list query');
    const urls = ctx.urls(req);
    const matching = filterSpeakers(await ctx.getBackend().speakers(), query.q);
    const from = (query.page - 1) * query.limit;
    res.json({
      total: matching.length,
      page: query.page,
      limit: query.limit,
      results: matching.slice(from, from + query.limit).map((s) => speakerJson(s, urls)),
    });
  });

  router.get('/speakers/:id', async (req, res) => {
    const backend = ctx.getBackend();
    const speaker = await speakerOr404(backend, req);
    const query = parseInput(speakerQuotesQuerySchema, req.query, 'speaker quotes query');
    const urls = ctx.urls(req);
    const found = await runSearch(ctx, backend, {
      ...query,
      speakers: [speaker.id],
      publishers: [],
      from: null,
      to: null,
    });
    const index = await lookupsFor(
      backend,
      found.results.map((h) => h.quote),
    );
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

  router.get('/articles/:id', async (req, res) => {
    const backend = ctx.getBackend();
    const article = await articleOr404(backend, req);
    const urls = ctx.urls(req);
    const quotes = await backend.quotesOfArticle(article.id);
    const index = await lookupsFor(backend, quotes);
    res.json({ ...article, quotes: quotes.map((q) => quoteJson(index, q, urls)) });
  });

  router.get('/health', async (_req, res) => {
    const backend = ctx.getBackend();
    res.set('Cache-Control', 'no-store');
    // Records that failed to read, or a database that does not answer, make the site degraded (503).
    const health = await backend.health();
    // An embedded index describes itself even when damaged; a database that does not answer cannot.
    const d = health.ok || backend.kind === 'embedded' ? await backend.describe() : null;
    res.status(health.ok ? 200 : 503);
    if (!health.ok) res.set('Retry-After', String(BUDGET_RETRY_AFTER_S));
    // Reads answer but writes do not (the primary down, a read replica serving): still 200, said as degraded.
    const degraded = !health.ok || health.writable === false;
    res.json({
      status: degraded ? 'degraded' : 'ok',
      ...(health.ok ? {} : damageOf(backend)),
      ...(degraded ? { problem: health.problem } : {}),
      ...(health.writable === false ? { writable: false } : {}),
      ...(d
        ? {
            builtAt: d.builtAt,
            ...(backend.kind === 'embedded'
              ? { formatVersion: d.version }
              : { schemaVersion: d.version, pendingFinalize: d.pendingFinalize }),
            articles: d.counts.articles,
            quotes: d.counts.quotes,
            speakers: d.counts.speakers,
          }
        : {}),
      backend: backend.kind,
      ...(backend.kind === 'postgres' ? { latencyMs: health.latencyMs } : {}),
    });
  });

  router.get('/openapi.json', (req, res) => {
    res.json(openApiDocument(ctx.urls(req).base));
  });

  return router;
}
