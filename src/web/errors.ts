/**
 * HTTP errors the handlers raise, and the one place they are turned into responses:
 * JSON `{error, issues}` under /api, an HTML page elsewhere. Clients never see a stack trace.
 */
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { z } from 'zod';
import { describeIssues, type ValidationIssue } from './schemas.js';
import { SearchBudgetExceeded } from '../search/index.js';
import { BackendUnavailable } from '../backend/index.js';

/** Seconds a client is asked to wait before trying a search that ran past its budget again. */
export const BUDGET_RETRY_AFTER_S = 5;

/** An error with an HTTP status and a message safe to show to the client. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly issues: ValidationIssue[] = [],
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** One issue per field (the first said of it), in the order found: every bad parameter, each once. */
export function onePerField(issues: readonly ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    if (seen.has(i.path)) return false;
    seen.add(i.path);
    return true;
  });
}

/** A 400 listing every bad parameter, its message naming the first. */
export function badRequest(what: string, issues: readonly ValidationIssue[]): HttpError {
  const listed = onePerField(issues);
  const first = listed[0];
  const more = listed.length > 1 ? ` (and ${listed.length - 1} more: see issues)` : '';
  return new HttpError(400, `Invalid ${what}: ${first ? first.message : 'bad input'}${more}`, listed);
}

/** Parses request input with a route contract; a failure becomes a 400 naming each bad field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw badRequest(what, describeIssues(result.error));
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  404: 'Not found',
  405: 'Method not allowed',
  413: 'Request too large',
  414: 'Address too long',
  416: 'Range not satisfiable',
  500: 'Something went wrong',
  503: 'Try again shortly',
};

/** The last route: anything unmatched is a 404. */
export const notFound: RequestHandler = (req) => {
  throw new HttpError(404, `Nothing at ${req.path}`);
};

/** Turns any error into a response; logs the ones that are the server's fault. */
export function errorHandler(log: (message: string) => void): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    let status = 500;
    let message = 'The server hit an error. It has been logged.';
    let issues: ValidationIssue[] = [];
    if (err instanceof HttpError) {
      ({ status, message, issues } = err);
    } else if (err instanceof Error && err.name === 'IndexError') {
      // A damaged index file (a record that does not read back): not the client's fault, and not for long.
      status = 503;
      message = 'The index could not be read for this request; it is being rebuilt. Try again shortly.';
    } else if (err instanceof BackendUnavailable) {
      // The database is down or restarting: "not now"; the pool reconnects by itself when it is back.
      status = 503;
      message = 'The database is not answering right now. Try again shortly.';
      res.set('Retry-After', String(err.retryAfterS));
    } else if (err instanceof SearchBudgetExceeded) {
      // Over budget under load or for a costly query: either way the answer is "not now", not a server fault.
      status = 503;
      message = `This search ran past its time budget (${err.budgetMs} ms). Try again shortly, or narrow 'q' with rarer words or fewer phrases.`;
      issues = [{ path: 'q', message: 'query ran past its time budget' }];
      res.set('Retry-After', String(BUDGET_RETRY_AFTER_S));
    } else if (isClientError(err)) {
      // Errors raised by express itself for bad requests (an undecodable %-escape in a path, say).
      status = err.status;
      message = err.expose && typeof err.message === 'string' ? err.message : (TITLES[status] ?? 'Bad request');
    }
    if (status >= 500 && status !== 503) {
      const detail = err instanceof Error ? (err.stack ?? err.message) : String(err);
      log(`web: ${req.method} ${req.originalUrl} failed: ${detail}`);
    }
    res.status(status).set('Cache-Control', 'no-store');
    // What an earlier handler set for the answer it meant to give (express.static sets the file's type
    // before finding a range it cannot satisfy) must not describe the error page.
    for (const header of [
      'ETag',
      'Content-Type',
      'Content-Length',
      'Content-Disposition',
      'Last-Modified',
      'X-Total-Count',
      'X-Truncated',
    ])
      res.removeHeader(header);
    if (status !== 416) res.removeHeader('Content-Range');
    const title = TITLES[status] ?? (status >= 500 ? 'Server error' : 'Bad request');
    if (req.path.startsWith('/api/') || req.path === '/api') {
      res.json({ error: message, issues });
      return;
    }
    res.type('html');
    res.render('error', { title, status, message, issues, canonical: null });
  };
}

function isClientError(err: unknown): err is { status: number; expose?: boolean; message?: unknown } {
  if (typeof err !== 'object' || err === null) return false;
  const status = (err as { status?: unknown }).status ?? (err as { statusCode?: unknown }).statusCode;
  if (typeof status !== 'number' || status < 400 || status >= 500) return false;
  (err as { status: number }).status = status;
  return true;
}
