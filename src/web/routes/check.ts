/**
 * The quote check: `GET /check` (a form, and the answer under it) and `GET /api/check`.
 */
import { Router } from 'express';
import { checkQuote, type CheckResult } from '../../check/index.js';
import { parseInput } from '../errors.js';
import { lookupsFor, quoteJson, type Lookups, type Urls } from '../present.js';
import type { RouteContext } from '../context.js';
import { checkQuerySchema } from '../schemas.js';

/** The API's form of a check result: matches carry the quote as `/api/search` gives it. */
export function checkJson(
  index: Lookups,
  result: CheckResult,
  urls: Urls,
  statements: ReadonlyMap<string, { id: string }>,
) {
  return {
    ...result,
    // `reportCount` as in search results (`reports` is a list wherever the API gives one).
    matches: result.matches.map(({ quote, reports, ...m }) => ({
      ...m,
      reportCount: reports,
      quote: quoteJson(index, quote, urls),
      statementId: statements.get(quote.id)?.id ?? quote.id,
    })),
  };
}

export function checkRouter(ctx: RouteContext): Router {
  const router = Router();

  router.get('/api/check', async (req, res) => {
    const query = parseInput(
      checkQuerySchema.refine((v) => v.text !== '', { message: "'text' is required", path: ['text'] }),
      req.query,
      'check query',
    );
    const backend = ctx.getBackend();
    const result = await checkQuote(backend, query);
    const quotes = result.matches.map((m) => m.quote);
    const [index, statements] = await Promise.all([
      lookupsFor(backend, quotes),
      backend.statementsOf(quotes.map((q) => q.id)),
    ]);
    res.set('Cache-Control', ctx.cacheControl(req)).json(checkJson(index, result, ctx.urls(req), statements));
  });

  router.get('/check', async (req, res) => {
    const query = parseInput(checkQuerySchema, req.query, 'check');
    const backend = ctx.getBackend();
    const result = query.text ? await checkQuote(backend, query) : null;
    const index = await lookupsFor(backend, result?.matches.map((m) => m.quote) ?? []);
    res.set('Cache-Control', ctx.cacheControl(req)).render('check', {
      title: query.text ? `Check: “${query.text.slice(0, 60)}” — Verbatim` : 'Check a quote — Verbatim',
      canonical: null,
      query,
      result,
      index,
    });
  });

  return router;
}
