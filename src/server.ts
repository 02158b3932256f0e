/**
 * Listens: makes sure the index is built and current, then serves the app (or, with DATABASE_URL set, serves the
 * PostgreSQL database: any number of such servers, stateless, one pool each). With `watch`, corpus changes
 * rebuild the index and the new one is swapped in between requests; SIGHUP asks for a rebuild at any time.
 * SIGTERM/SIGINT close cleanly. With WEB_CONCURRENCY above 1, several processes serve (server-cluster.ts).
 */
import cluster from 'node:cluster';
import { serialBuilds } from './build/build-queue.js';
import { watch as watchFolder, type FSWatcher } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { databaseConfig, loadConfig } from './config.js';
import type { Backend } from './backend/index.js';
import { formatOf, SIDECAR_SUFFIX } from './corpus/walk.js';
import { IndexError, loadIndex, type LoadedIndex } from './store/index.js';
import {
  buildInWorker,
  indexStaleReason,
  type BuildRequest,
  type BuildSummary,
  type WorkerBuild,
} from './build/index.js';
import { createApp } from './web/app.js';
import { EmbeddedBackend } from './backend/index.js';
import { startCluster, type ToPrimary, type ToWorker } from './server-cluster.js';

export interface ServerOptions {
  port?: number;
  host?: string;
  corpusDir?: string;
  indexDir?: string;
  baseUrl?: string | null;
  /** Rebuild and swap the index when the corpus folder changes. */
  watch?: boolean;
  /** Follow symbolic links out of the corpus folder when building (`--follow-links`). */
  followLinks?: boolean;
  /** Where progress and errors go (default: stderr). */
  log?: (message: string) => void;
  /** Close on SIGTERM/SIGINT and rebuild on SIGHUP (default true; off for embedding). */
  handleSignals?: boolean;
  /** Connection time limits (tests shorten them). */
  timeouts?: Partial<ServerTimeouts>;
  /** Serve this PostgreSQL database instead of the index folder (default: DATABASE_URL; null: the index folder). */
  databaseUrl?: string | null;
  /** A read replica for it (default: DATABASE_READ_URL). */
  databaseReadUrl?: string | null;
  /**
   * Server processes sharing the port and the index files (default WEB_CONCURRENCY: the cores). Only the
   * process's own server forks (`handleSignals` on); an embedded one is always a single process.
   */
  workers?: number;
}

/** How long a client may take; a slow or stalled client is cut off, it cannot hold a connection forever. */
export interface ServerTimeouts {
  /** To send the whole request head (slowloris: headers one byte at a time). */
  headersMs: number;
  /** To send the whole request, body included. */
  requestMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveMs: number;
  /** How often the limits above are checked (Node's default, 30 s, would let a 10 s limit run to 40 s). */
  checkIntervalMs: number;
}

export const defaultServerTimeouts: ServerTimeouts = {
  headersMs: 10_000,
  requestMs: 30_000,
  keepAliveMs: 5_000,
  checkIntervalMs: 1_000,
};

export interface RunningServer {
  url: string;
  /** Null in a cluster's primary: its workers listen. */
  server: Server | null;
  /** The index being served right now (throws when a database is served, or in a cluster's primary). */
  index(): LoadedIndex;
  /** What is served: the index (wrapped) or the database. */
  backend(): Backend;
  /**
   * Rebuilds the index from the corpus now (what SIGHUP does) and swaps it in; the old one is served until then.
   * Resolves true when a new index is being served, false when the build failed (logged; the old one stays).
   */
  rebuild(): Promise<boolean>;
  close(): Promise<void>;
}

const WATCH_DEBOUNCE_MS = 500;

/** Ensures the index, then listens. Resolves once the server accepts connections. */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const config = loadConfig();
  const database = databaseConfig();
  if (!database.ok) throw new Error(database.message);
  const databaseUrl = options.databaseUrl === undefined ? database.url : options.databaseUrl;
  if (databaseUrl) {
    const readUrl = options.databaseReadUrl === undefined ? database.readUrl : options.databaseReadUrl;
    return startDatabaseServer(databaseUrl, readUrl, options, config);
  }
  const opts = {
    port: options.port ?? config.port,
    host: options.host ?? config.host,
    corpusDir: options.corpusDir ?? config.corpusDir,
    indexDir: options.indexDir ?? config.indexDir,
    baseUrl: options.baseUrl === undefined ? config.baseUrl : options.baseUrl,
    watch: options.watch ?? false,
    followLinks: options.followLinks ?? false,
    log: options.log ?? ((message: string) => process.stderr.write(`${message}\n`)),
    handleSignals: options.handleSignals ?? true,
  };
  const workers = options.workers ?? config.webConcurrency;
  if (cluster.isPrimary && opts.handleSignals && workers > 1) {
    const running = await startCluster({ ...opts, workers, relevant: watchFilter(opts.corpusDir, opts.indexDir) });
    const noIndex = (): never => {
      throw new Error("server: the index is loaded by the cluster's workers, not the primary");
    };
    return {
      url: running.url,
      server: null,
      index: noIndex,
      backend: noIndex,
      rebuild: () => running.rebuild(),
      close: () => running.close(),
    };
  }
  // A cluster worker: the primary built the index, rebuilds it, and tells this process when to load it again.
  const inCluster = cluster.isWorker;

  // Builds run on a worker thread (build/workers.ts); this thread only loads the finished index.
  const active = new Set<WorkerBuild>();
  const buildOffThread = async (
    request: Omit<BuildRequest, 'corpusDir' | 'indexDir' | 'followLinks'>,
  ): Promise<BuildSummary | null> => {
    const build = buildInWorker(
      { ...request, corpusDir: opts.corpusDir, indexDir: opts.indexDir, followLinks: opts.followLinks },
      opts.log,
    );
    active.add(build);
    try {
      return await build.result;
    } finally {
      active.delete(build);
    }
  };
  // At startup as ensureIndex does: build when stale; a load that finds the index corrupt builds once more.
  const startupIndex = async (): Promise<LoadedIndex> => {
    if (inCluster) return await loadIndex(opts.indexDir);
    const reason = await indexStaleReason(opts.corpusDir, opts.indexDir, {
      verify: false,
      followLinks: opts.followLinks,
    });
    if (reason) await buildOffThread({ mode: 'force', reason });
    try {
      return await loadIndex(opts.indexDir);
    } catch (error) {
      if (reason || !(error instanceof IndexError)) throw error;
      await buildOffThread({ mode: 'force', reason: error.problem });
      return await loadIndex(opts.indexDir);
    }
  };
  let current = await startupIndex();
  // Without BASE_URL, absolute links come from the address the server listens on when it names a host (not from
  // the client's Host header); a wildcard address (0.0.0.0, ::) names none, and the app falls back to Host, privately.
  const listenOrigin = (): string | null => {
    const address = server.address();
    if (address === null || typeof address === 'string' || ['0.0.0.0', '::', ''].includes(opts.host)) return null;
    const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
    return `http://${host}:${address.port}`;
  };
  const app = createApp(() => current, {
    baseUrl: opts.baseUrl,
    log: opts.log,
    searchCacheBytes: config.searchCacheBytes,
    corsOrigins: config.corsOrigins,
    listenOrigin,
  });
  const server = makeServer(app, options.timeouts);
  const url = await listen(server, opts.port, opts.host);
  if (inCluster) process.send?.({ type: 'ready', quotes: current.quotes.size, url } satisfies ToPrimary);
  else console.log(`Verbatim serving ${current.quotes.size.toLocaleString('en-GB')} quotes at ${url}`);

  // One build at a time; requests made while one runs share a single build after it.
  const runBuild = async (mode: 'ensure' | 'force', reason?: string): Promise<boolean> => {
    try {
      const summary = await buildOffThread(mode === 'force' ? { mode, reason } : { mode });
      if (mode === 'ensure' && summary === null) return true;
      serve(await loadIndex(opts.indexDir));
      opts.log(`server: now serving ${current.quotes.size} quotes`);
      return true;
    } catch (error) {
      // Keep serving the old index: a broken corpus edit must not take the site down.
      opts.log(
        `server: rebuild failed, still serving the previous index: ${error instanceof Error ? error.message : String(error)}`,
      );
      return false;
    }
  };
  const queuedBuild = serialBuilds(runBuild);
  const requestBuild = (mode: 'ensure' | 'force', reason?: string): Promise<boolean> => {
    if (inCluster) {
      process.send?.({ type: 'rebuild', reason } satisfies ToPrimary);
      return Promise.resolve(true);
    }
    return queuedBuild(mode, reason);
  };

  // A record of the served index that fails validation (a damaged file whose checksum matched): that request
  // fails, /api/health says degraded, and the index is rebuilt in the background (once per index loaded).
  function serve(index: LoadedIndex): void {
    current = index;
    index.damage?.onFirst((problem) => {
      opts.log(`server: ${problem} — serving degraded, rebuilding the index`);
      void requestBuild('force', problem);
    });
  }
  serve(current);

  let watcher: FSWatcher | null = null;
  let timer: NodeJS.Timeout | null = null;
  if (opts.watch && !inCluster) {
    const relevant = watchFilter(opts.corpusDir, opts.indexDir);
    watcher = watchFolder(opts.corpusDir, { recursive: true }, (_event, name) => {
      if (!relevant(name === null ? null : String(name))) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void requestBuild('ensure'), WATCH_DEBOUNCE_MS);
    });
  }

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= new Promise<void>((resolve, reject) => {
      watcher?.close();
      if (timer) clearTimeout(timer);
      for (const build of active) void build.stop();
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeIdleConnections();
    });
    return closing;
  };
  if (inCluster) {
    process.on('message', (m: ToWorker) => {
      if (m.type === 'close') void close().finally(() => process.exit(0));
      else if (m.type === 'reload') {
        loadIndex(opts.indexDir).then(
          (index) => {
            serve(index);
            process.send?.({ type: 'reloaded', quotes: index.quotes.size } satisfies ToPrimary);
          },
          (error: unknown) =>
            process.send?.({
              type: 'reload-failed',
              message: error instanceof Error ? error.message : String(error),
            } satisfies ToPrimary),
        );
      }
    });
    // The primary closes the workers (SIGINT from a terminal reaches them all at once); a worker whose primary is gone closes.
    process.on('SIGINT', () => {});
    process.once('disconnect', () => void close().finally(() => process.exit(0)));
  }
  if (opts.handleSignals) {
    const onSignal = (signal: NodeJS.Signals) => {
      opts.log(`server: ${signal} received, closing`);
      close().then(
        () => process.exit(0),
        (error: unknown) => {
          opts.log(`server: error while closing: ${String(error)}`);
          process.exit(1);
        },
      );
    };
    // In a cluster the primary rebuilds on SIGHUP; a worker that gets one too (its process group did) ignores it.
    const onHangup = () => void (inCluster ? undefined : requestBuild('force'));
    process.once('SIGTERM', onSignal);
    if (!inCluster) process.once('SIGINT', onSignal);
    process.on('SIGHUP', onHangup);
    server.once('close', () => process.off('SIGHUP', onHangup));
  }
  return {
    url,
    server,
    index: () => current,
    backend: () => new EmbeddedBackend(current),
    rebuild: () => requestBuild('force'),
    close,
  };
}

function makeServer(app: ReturnType<typeof createApp>, limits: Partial<ServerTimeouts> | undefined): Server {
  const timeouts = { ...defaultServerTimeouts, ...limits };
  return createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      keepAliveTimeout: timeouts.keepAliveMs,
      connectionsCheckingInterval: timeouts.checkIntervalMs,
    },
    app,
  );
}

/** Listens on `host:port`; resolves with the URL to show. */
async function listen(server: Server, port: number, host: string): Promise<string> {
  server.listen(port, host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `server: port ${port} on ${host} is already in use; set PORT or --port to another`
            : `server: cannot listen on ${host}:${port}: ${error.message}`,
        ),
      ),
    );
  });
  const address = server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return `http://${shownHost}:${bound}`;
}

/**
 * Serves a PostgreSQL database: nothing to build or watch (ingest is `verbatim index` with DATABASE_URL), no state
 * but the pool. A database that is down gives 503 with Retry-After, and the server answers again once it is back.
 */
async function startDatabaseServer(
  databaseUrl: string,
  readUrl: string | null,
  options: ServerOptions,
  config: ReturnType<typeof loadConfig>,
): Promise<RunningServer> {
  const { PostgresBackend } = await import('./backend/postgres/index.js');
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const port = options.port ?? config.port;
  const host = options.host ?? config.host;
  const backend = new PostgresBackend(databaseUrl, { readUrl });
  const health = await backend.health();
  if (!health.ok) log(`server: ${health.problem ?? 'database unreachable'}; serving 503 until it answers`);
  const app = createApp(backend, {
    baseUrl: options.baseUrl === undefined ? config.baseUrl : options.baseUrl,
    log,
    searchCacheBytes: 0,
    corsOrigins: config.corsOrigins,
  });
  const server = makeServer(app, options.timeouts);
  const url = await listen(server, port, host);
  console.log(`Verbatim serving PostgreSQL at ${url}`);
  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeIdleConnections();
    }).then(() => backend.close());
    return closing;
  };
  if (options.handleSignals ?? true) {
    const onSignal = (signal: NodeJS.Signals) => {
      log(`server: ${signal} received, closing`);
      close().then(
        () => process.exit(0),
        (error: unknown) => {
          log(`server: error while closing: ${String(error)}`);
          process.exit(1);
        },
      );
    };
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  }
  return {
    url,
    server,
    index: () => {
      throw new Error('server: serving a PostgreSQL database, not an index folder');
    },
    backend: () => backend,
    rebuild: () => Promise.resolve(false),
    close,
  };
}

/**
 * Which changes under the watched corpus can change the index: article files, their sidecars, the speakers
 * file and folders (a name without an extension). Never the index folder (when it lies inside the corpus), the
 * temp folders and locks a build makes beside it, hidden files, or editors' and tools' other files: a build
 * writing its index inside the corpus would otherwise start the next build, without end.
 */
export function watchFilter(corpusDir: string, indexDir: string): (name: string | null) => boolean {
  const indexRel = path.relative(path.resolve(corpusDir), path.resolve(indexDir));
  const indexInside = indexRel !== '' && !indexRel.startsWith('..') && !path.isAbsolute(indexRel);
  return (name) => {
    if (name === null) return true; // the platform did not say which file: assume it matters
    const rel = path.normalize(name);
    if (indexRel === '' || (indexInside && (rel === indexRel || rel.startsWith(indexRel + path.sep)))) return false;
    const parts = rel.split(path.sep);
    if (parts.some((part) => part.startsWith('.'))) return false; // build temps (.verbatim-tmp-…), hidden files
    const base = parts.at(-1)!;
    if (base.endsWith('~')) return false; // editors' backups
    if (indexInside && path.dirname(rel) === path.dirname(indexRel) && base.startsWith(`${path.basename(indexRel)}.`))
      return false; // lock beside the index
    if (base.endsWith(SIDECAR_SUFFIX) || (parts.length === 1 && base === 'speakers.json')) return true;
    if (formatOf(base) !== null) return true;
    return !base.includes('.'); // a folder, possibly moved in or out
  };
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  startServer().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
