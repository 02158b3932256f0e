/**
 * The quote check: `GET /check` (a form, and the answer under it) and `GET /api/check`.
 */
import { Router } from 'express';
import { checkQuote, type CheckResult } from '../../check/index.js';
import { parseInput } from '../errors.js';
import { quoteJson, type Urls } from '../present.js';
import type { LoadedIndex } from '../../store/types.js';
import type { RouteContext } from '../context.js';
import { checkQuerySchema } from '../schemas.js';

/** The API's form of a check result: matches carry the quote as `/api/search` gives it. */
export function checkJson(index: LoadedIndex, result: CheckResult, urls: Urls) {
  return {
    ...result,
    // `reportCount` as in search results (`reports` is a list wherever the API gives one).
    matches: result.matches.map(({ quote, reports, ...m }) => ({
      ...m,
      reportCount: reports,
      quote: quoteJson(index, quote, urls),
      statementId: index.statementOf?.get(quote.id) ?? quote.id,
    })),
  };
}

export function checkRouter(ctx: RouteContext): Router {
  const router = Router();

  router.get('/api/check', (req, res) => {
    const query = parseInput(checkQuerySchema.refine((v) => v.text !== '', { message: "'text' is required", path: ['text'] }), req.query, 'check query');
    const index = ctx.getIndex();
    res.set('Cache-Control', ctx.cacheControl(req)).json(checkJson(index, checkQuote(index, query), ctx.urls(req)));
  });

  router.get('/check', (req, res) => {
    const query = parseInput(checkQuerySchema, req.query, 'check');
    const index = ctx.getIndex();
    const result = query.text ? checkQuote(index, query) : null;
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
