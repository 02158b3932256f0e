/**
 * The express app: pages, JSON API, static files, security headers and error pages, built over a Backend (the
 * embedded index or PostgreSQL).
 * It never listens; src/server.ts does. Tests drive it with supertest.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import querystring from 'node:querystring';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import express from 'express';
import type { Express, Request, RequestHandler } from 'express';
import helmet from 'helmet';
import cors from 'cors';
import ejs from 'ejs';
import type { LoadedIndex } from '../store/types.js';
import { EmbeddedBackend, type Backend } from '../backend/index.js';
import { apiRouter, SEARCH_FAILED, searchHandler, searchReply, sendSearchAnswer } from './routes/api.js';
import { cacheControl, type RouteContext } from './context.js';
import { pageRouter } from './routes/pages.js';
import { checkRouter } from './routes/check.js';
import { exportRouter } from './routes/export.js';
import { errorHandler, HttpError, notFound } from './errors.js';
import { ALLOWED_METHODS, ROUTE_PATHS } from './route-paths.js';
import { createResponseCache, defaultResponseCacheOptions } from './response-cache.js';
import { articleLabel, urlsFor, type Urls } from './present.js';
import { describeQuoteWhen, formatIso } from './when.js';
import { markRanges } from '../search/text-segments.js';

export interface AppOptions {
  /** Public origin for canonical links and permalinks (`https://verbatim.example`). See {@link originPolicy}. */
  baseUrl?: string | null;
  /**
   * Without `baseUrl`: the origin the server listens on (`http://127.0.0.1:3000`), asked per request since
   * the port may be known only once listening; null while unknown. Absolute links then come from it and the
   * client's `Host` header is never used.
   */
  listenOrigin?: (() => string | null) | null;
  /** CPU budget of one search, in ms: past it the request is answered 503 with Retry-After (0: no budget). */
  searchBudgetMs?: number;
  /** Where server-side errors are reported. */
  log?: (message: string) => void;
  /** `Cache-Control` for pages and API answers. */
  cacheControl?: string;
  viewsDir?: string;
  publicDir?: string;
  /** Bytes of `/api/search` answers kept for repeated requests (see response-cache.ts); 0 turns the cache off. */
  searchCacheBytes?: number;
  /**
   * Origins whose pages may call the read-only endpoints (the JSON API, feeds, exports) from a browser: `*` (any,
   * the default: everything served is public and read-only) or a list (`['https://a.example']`).
   */
  corsOrigins?: '*' | readonly string[];
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const defaultAppOptions: Required<AppOptions> = {
  baseUrl: null,
  listenOrigin: null,
  searchBudgetMs: 1_000,
  log: (message) => console.error(message),
  cacheControl: 'public, max-age=60',
  viewsDir: path.join(root, 'views'),
  publicDir: path.join(root, 'public'),
  searchCacheBytes: defaultResponseCacheOptions.maxBytes,
  corsOrigins: '*',
};

/**
 * CORS for the read-only endpoints: GET and HEAD only (a preflight for any other method is answered without
 * allowing it), with the headers a client needs to read (ETag, paging and export counts, Retry-After).
 */
function corsFor(origins: '*' | readonly string[]): RequestHandler {
  return cors({
    origin: origins === '*' ? '*' : [...origins],
    methods: ['GET', 'HEAD'],
    exposedHeaders: ['ETag', 'X-Total-Count', 'X-Truncated', 'Retry-After', 'Content-Disposition'],
    maxAge: 600,
  });
}

/**
 * Every path is read-only: another method on a known path is a 405 naming the allowed ones, an OPTIONS
 * request (not a CORS preflight, answered before) is told them with 204.
 */
const methodGuard: RequestHandler = (req, res, next) => {
  if (req.method === 'GET' || req.method === 'HEAD') {
    next();
    return;
  }
  res.set('Allow', ALLOWED_METHODS);
  if (req.method === 'OPTIONS') {
    res.status(204).end();
    return;
  }
  throw new HttpError(405, `${req.method} is not allowed on ${req.path}: use GET or HEAD`);
};

/** Formatting helpers the templates use; they return plain strings and runs, the templates escape them. */
const viewHelpers = {
  when: describeQuoteWhen,
  formatIso,
  markRanges,
  enc: encodeURIComponent,
  label: articleLabel,
  plural: (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`,
  number: (n: number) => n.toLocaleString('en-GB'),
};

/** A `Host` header that is a host name or address with an optional port, nothing else. */
const PLAIN_HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * Where absolute links (canonical, permalinks, citations, feed ids) get their origin, and whether answers may
 * be kept by shared caches:
 * - `baseUrl` set: from it; answers are public.
 * - else `listenOrigin` known: from the address the server listens on; answers are public.
 * - else from the client's `Host` header (when it is a plain host[:port], else `localhost`): the answer then
 *   depends on a header anyone can forge, so it is marked `private` with `Vary: Host`, and no shared cache
 *   (proxy, CDN) can keep a page whose links point at a forged host and hand it to others.
 */
function originPolicy(opts: Required<AppOptions>): {
  /** The origin for a request with this `Host` header, made over this protocol (`http`, `https`). */
  origin: (host: string | undefined, protocol: string) => string;
  hostDependent: () => boolean;
} {
  const baseUrl = opts.baseUrl ? opts.baseUrl.replace(/\/+$/, '') : null;
  if (baseUrl) return { origin: () => baseUrl, hostDependent: () => false };
  const listening = opts.listenOrigin;
  const fromHost = (host = '', protocol: string): string =>
    `${protocol}://${PLAIN_HOST.test(host) ? host.toLowerCase() : 'localhost'}`;
  return {
    origin: (host, protocol) => listening?.()?.replace(/\/+$/, '') ?? fromHost(host, protocol),
    hostDependent: () => !listening?.(),
  };
}

/** `public, max-age=60` as `private, max-age=60`: for answers only the client that asked may keep. */
export function privateCacheControl(value: string): string {
  const parts = value
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '' && !/^(public|private|s-maxage=.*)$/i.test(p));
  return ['private', ...parts].join(', ');
}

/** Each index served gets a generation number; with a per-process nonce it identifies the content. */
const processNonce = randomBytes(6).toString('hex');
const generations = new WeakMap<Backend, number>();
let nextGeneration = 1;

/** The ETag of a GET or HEAD answer from `index` for `url` asked at `origin`; null for other methods and for a database. */
function etagOf(index: Backend, method: string | undefined, origin: string, url: string): string | null {
  // A database changes under every server that reads it: its answers carry no ETag of ours.
  if ((method !== 'GET' && method !== 'HEAD') || index.kind !== 'embedded') return null;
  let generation = generations.get(index);
  if (generation === undefined) {
    generation = nextGeneration++;
    generations.set(index, generation);
  }
  const key = [processNonce, generation, origin, url].join('\n');
  return `W/"${createHash('sha256').update(key).digest('base64url').slice(0, 27)}"`;
}

/**
 * ETags from what an answer depends on (the index served, the origin, the URL) rather than the bytes, which
 * vary with `took_ms`. A matching If-None-Match is then answered with 304 before any search runs.
 */
function etagByIndex(getBackend: () => Backend, origin: (req: Request) => string): RequestHandler {
  return (req, res, next) => {
    const etag = etagOf(getBackend(), req.method, origin(req), req.originalUrl);
    if (etag === null) {
      next();
      return;
    }
    res.set('ETag', etag);
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    next();
  };
}

/**
 * The headers `handlers` set on a GET answer whatever the request (helmet's, CORS for any origin), found by
 * running them once over a stand-in request and response; null when one of them does anything else (reads
 * the request, answers, or does not go on), and the route then takes the middleware chain.
 */
function fixedHeaders(
  handlers: RequestHandler[],
): { set: Array<[string, string | string[]]>; removed: string[] } | null {
  const set: Array<[string, string | string[]]> = [];
  const removed: string[] = [];
  const headers = new Map<string, string | string[]>();
  const res = {
    setHeader(name: string, value: string | number | string[]) {
      const v = typeof value === 'number' ? String(value) : value;
      set.push([name, v]);
      headers.set(name.toLowerCase(), v);
      return res;
    },
    removeHeader(name: string) {
      removed.push(name);
      headers.delete(name.toLowerCase());
    },
    getHeader: (name: string) => headers.get(name.toLowerCase()),
  };
  const req = { method: 'GET', headers: {} };
  for (const handler of handlers) {
    let went = false;
    try {
      handler(req as unknown as Request, res as unknown as Parameters<RequestHandler>[1], (error?: unknown) => {
        went = error === undefined;
      });
    } catch {
      return null;
    }
    if (!went) return null;
  }
  return { set, removed };
}

/** What an app answers from: a Backend, a loaded index, or a getter of the index served now (swapped on rebuild). */
export type AppSource = Backend | LoadedIndex | (() => LoadedIndex);

/**
 * The backend of each request. A getter's index is wrapped once per index object, so each request reads one
 * index (taken when it starts) and no answer mixes two.
 */
function backendOf(source: AppSource): () => Backend {
  if (typeof source === 'function') {
    const wrapped = new WeakMap<LoadedIndex, EmbeddedBackend>();
    return () => {
      const index = source();
      let backend = wrapped.get(index);
      if (!backend) wrapped.set(index, (backend = new EmbeddedBackend(index)));
      return backend;
    };
  }
  const backend = 'kind' in source ? source : new EmbeddedBackend(source);
  return () => backend;
}

/** Builds the app over a Backend, a loaded index, or a getter when the index may be swapped while serving. */
export function createApp(source: AppSource, options: AppOptions = {}): Express {
  const opts = { ...defaultAppOptions, ...options };
  const getBackend = backendOf(source);
  const policy = originPolicy(opts);
  let lastUrls = urlsFor('http://localhost');
  const urlsOf = (base: string): Urls => {
    // Nearly every request names the same origin: build its URL helpers once, not per request.
    if (base !== lastUrls.base) lastUrls = urlsFor(base);
    return lastUrls;
  };
  const privateControl = privateCacheControl(opts.cacheControl);
  const cacheControlNow = (): string => (policy.hostDependent() ? privateControl : opts.cacheControl);
  const ctx: RouteContext = {
    getBackend,
    urls: (req: Request) => urlsOf(policy.origin(req.get('host'), req.protocol)),
    cacheControl: cacheControlNow,
    searchBudgetMs: opts.searchBudgetMs,
    searchCache: createResponseCache({ maxBytes: opts.searchCacheBytes }),
  };

  const app = express();
  app.set('query parser', 'simple');
  app.set('views', opts.viewsDir);
  app.engine('ejs', (file, data, done) => {
    ejs.renderFile(file, data, done);
  });
  app.set('view engine', 'ejs');
  app.locals.h = viewHelpers;
  app.locals.canonical = null;
  app.locals.og = null;
  app.locals.jsonLd = null;

  const securityHeaders = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Served over plain http on localhost too: do not pin HSTS from here, a proxy in front can.
    strictTransportSecurity: false,
  });
  const crossOrigin = corsFor(opts.corsOrigins);
  const perRequest: RequestHandler = (req, res, next) => {
    res.locals.currentPath = req.path;
    // Answers built from the Host header: only the client that asked may keep them (see originPolicy).
    if (policy.hostDependent()) res.vary('Host');
    next();
  };
  const etag = etagByIndex(getBackend, (req) => ctx.urls(req).base);
  // The busiest route first, ahead of the middleware chain: the same headers that chain would set, taken
  // from it once (see fixedHeaders), then what varies per request. Only when those headers cannot depend on
  // the request (CORS for any origin); otherwise it takes the chain below like every other path.
  const fixed = opts.corsOrigins === '*' ? fixedHeaders([securityHeaders, crossOrigin]) : null;
  if (fixed) {
    app.get(
      '/api/search',
      (req, res, next) => {
        for (const name of fixed.removed) res.removeHeader(name);
        for (const [name, value] of fixed.set) res.setHeader(name, value);
        next();
      },
      perRequest,
      etag,
      cacheControl(ctx),
      searchHandler(ctx),
    );
  }
  app.use(securityHeaders);
  app.use(perRequest);
  app.use(
    ROUTE_PATHS.filter((r) => r.cors).map((r) => r.path),
    crossOrigin,
  );
  app.all(
    ROUTE_PATHS.map((r) => r.path),
    methodGuard,
  );
  app.use('/static', express.static(opts.publicDir, { index: false, maxAge: '1h', fallthrough: true }));
  app.use(etag);
  // Ahead of the other routers: the busiest route should not be matched against every page's path first.
  if (!fixed) app.get('/api/search', cacheControl(ctx), searchHandler(ctx));
  app.use(checkRouter(ctx));
  app.use(exportRouter(ctx));
  app.use('/api', apiRouter(ctx));
  app.use(pageRouter(ctx));
  app.use(notFound);
  app.use(errorHandler(opts.log));
  if (fixed && !fixed.set.some(([name]) => name.toLowerCase() === 'vary')) {
    // Most `/api/search` requests are answered on node's own request and response, before express wraps them.
    const viaExpress = (app as unknown as { handle: Handle }).handle.bind(app);
    const direct = directSearch(app, ctx, fixed.set, urlsOf, policy);
    (app as unknown as { handle: Handle }).handle = (req, res, done) => {
      if (!direct(req, res, () => viaExpress(req, res, done))) viaExpress(req, res, done);
    };
  }
  return app;
}

type Handle = (req: IncomingMessage, res: ServerResponse, done?: (error?: unknown) => void) => void;

/** What the direct path answers: GET or HEAD of exactly `/api/search`, with a query that express would read the same way. */
const DIRECT_SEARCH = /^\/api\/search(?:\?[^#\s\u00a0\ufeff]*)?$/;

/**
 * `GET /api/search` without express: what the route mounted first in createApp does (the fixed headers, `Vary:
 * Host` when the answer depends on it, the ETag, Cache-Control, the answer), on node's own request and response,
 * which express would first wrap (new prototypes, its router, a getter that parses the query string on each read).
 * It takes only what it answers exactly as that route would: a GET or HEAD of `/api/search` spelt so (other
 * spellings, `/API/search/`, take the route), not conditional (If-None-Match, If-Modified-Since: the route's
 * freshness check answers those), with no proxy trusted (the protocol is then the connection's, as
 * `req.protocol` has it), and not mounted in another app. A failure (a 400, a 503 past the budget) is handed to the route with its error, which
 * it raises instead of searching again, so that errors are answered by the one error handler. Returns false when
 * the request is not for it; `fallBack` hands a failed one to express.
 */
function directSearch(
  app: Express,
  ctx: RouteContext,
  fixed: ReadonlyArray<[string, string | string[]]>,
  urlsOf: (base: string) => Urls,
  policy: ReturnType<typeof originPolicy>,
): (req: IncomingMessage, res: ServerResponse, fallBack: () => void) => boolean {
  return (req, res, fallBack) => {
    const { method, url, headers } = req;
    if (
      (method !== 'GET' && method !== 'HEAD') ||
      url === undefined ||
      !DIRECT_SEARCH.test(url) ||
      headers['if-none-match'] !== undefined ||
      headers['if-modified-since'] !== undefined ||
      app.enabled('trust proxy') ||
      // Mounted in another express app: the request is already express's, its url relative to the mount.
      'originalUrl' in req
    )
      return false;
    const backend = ctx.getBackend();
    const base = policy.origin(headers.host, (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http');
    const etag = etagOf(backend, method, base, url);
    const at = url.indexOf('?');
    const query = querystring.parse(at < 0 ? '' : url.slice(at + 1));
    searchReply(ctx, backend, urlsOf(base), url, query)
      .then(({ answer, tookMs }) => {
        for (const [name, value] of fixed) res.setHeader(name, value);
        if (policy.hostDependent()) res.setHeader('Vary', 'Host');
        if (etag !== null) res.setHeader('ETag', etag);
        res.setHeader('Cache-Control', ctx.cacheControl(req as unknown as Request));
        sendSearchAnswer(res, method, answer, tookMs);
      })
      .catch((error: unknown) => {
        (req as { [SEARCH_FAILED]?: { error: unknown } })[SEARCH_FAILED] = { error };
        fallBack();
      });
    return true;
  };
}
