/**
 * The quote check: `GET /check` (a form, and the answer under it) and `GET /api/check`.
 */
import { Router } from 'express';
import { z } from 'zod';
import { checkQuote, type CheckResult } from '../../check/index.js';
import { parseInput } from '../errors.js';
import { lookupsFor, quoteJson, type Lookups, type Urls } from '../present.js';
import type { RouteContext } from './api.js';

export const MAX_CHECK_LENGTH = 2_000;

const oneText = (name: string, max: number) =>
  z.preprocess(
    (value, ctx) => {
      if (Array.isArray(value)) {
        ctx.addIssue({ code: 'custom', message: `give '${name}' only once` });
        return z.NEVER;
      }
      return typeof value === 'string' && value.trim() === '' ? undefined : value;
    },
    z.string({ error: `'${name}' must be text` }).max(max, `'${name}' is too long (max ${max.toLocaleString('en-GB')} characters)`).optional(),
  );

/** `GET /check` and `GET /api/check`: the quotation as pasted, and optionally who it is claimed to be by (id or name). */
export const checkQuerySchema = z
  .object({ text: oneText('text', MAX_CHECK_LENGTH), speaker: oneText('speaker', 200) })
  .transform((v) => ({ text: v.text?.trim() ?? '', speaker: v.speaker?.trim() ?? null }));
export type CheckQuery = z.output<typeof checkQuerySchema>;

/** The API's form of a check result: matches carry the quote as `/api/search` gives it. */
export function checkJson(index: Lookups, result: CheckResult, urls: Urls, statements: ReadonlyMap<string, { id: string }>) {
  return {
    ...result,
    matches: result.matches.map(({ quote, ...m }) => ({ ...m, quote: quoteJson(index, quote, urls), statementId: statements.get(quote.id)?.id ?? quote.id })),
  };
}

export function checkRouter(ctx: RouteContext): Router {
  const router = Router();

  router.get('/api/check', async (req, res) => {
    const query = parseInput(checkQuerySchema.refine((v) => v.text !== '', { message: "'text' is required", path: ['text'] }), req.query, 'check query');
    const backend = ctx.getBackend();
    const result = await checkQuote(backend, query);
    const quotes = result.matches.map((m) => m.quote);
    const [index, statements] = await Promise.all([lookupsFor(backend, quotes), backend.statementsOf(quotes.map((q) => q.id))]);
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
