/**
 * Listens: makes sure the index is built and current, then serves the app. With `watch`, corpus changes
 * rebuild the index and the new one is swapped in between requests; SIGHUP asks for a rebuild at any time.
 * SIGTERM/SIGINT close cleanly.
 */
import { watch as watchFolder, type FSWatcher } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { loadConfig } from './config.js';
import { buildIndex, ensureIndex, loadIndex, type LoadedIndex } from './index/index.js';
import { createApp } from './web/app.js';

export interface ServerOptions {
  port?: number;
  host?: string;
  corpusDir?: string;
  indexDir?: string;
  baseUrl?: string | null;
  /** Rebuild and swap the index when the corpus folder changes. */
  watch?: boolean;
  /** Where progress and errors go (default: stderr). */
  log?: (message: string) => void;
  /** Close on SIGTERM/SIGINT and rebuild on SIGHUP (default true; off for embedding). */
  handleSignals?: boolean;
  /** Connection time limits (tests shorten them). */
  timeouts?: Partial<ServerTimeouts>;
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
  server: Server;
  /** The index being served right now. */
  index(): LoadedIndex;
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
  const opts = {
    port: options.port ?? config.port,
    host: options.host ?? config.host,
    corpusDir: options.corpusDir ?? config.corpusDir,
    indexDir: options.indexDir ?? config.indexDir,
    baseUrl: options.baseUrl === undefined ? config.baseUrl : options.baseUrl,
    watch: options.watch ?? false,
    log: options.log ?? ((message: string) => process.stderr.write(`${message}\n`)),
    handleSignals: options.handleSignals ?? true,
  };

  let current = (await ensureIndex({ corpusDir: opts.corpusDir, indexDir: opts.indexDir, log: opts.log })).index;
  const app = createApp(() => current, { baseUrl: opts.baseUrl, log: opts.log, searchCacheBytes: config.searchCacheBytes });
  const timeouts = { ...defaultServerTimeouts, ...options.timeouts };
  const server = createServer(
    {
      headersTimeout: timeouts.headersMs,
      requestTimeout: timeouts.requestMs,
      keepAliveTimeout: timeouts.keepAliveMs,
      connectionsCheckingInterval: timeouts.checkIntervalMs,
    },
    app,
  );
  server.listen(opts.port, opts.host);
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `server: port ${opts.port} on ${opts.host} is already in use; set PORT or --port to another`
            : `server: cannot listen on ${opts.host}:${opts.port}: ${error.message}`,
        ),
      ),
    );
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  const shownHost = opts.host === '0.0.0.0' || opts.host === '::' ? 'localhost' : opts.host;
  const url = `http://${shownHost}:${port}`;
  console.log(`Verbatim serving ${current.quotes.size.toLocaleString('en-GB')} quotes at ${url}`);

  // One build at a time; requests made while one runs share a single build after it.
  let building: Promise<boolean> | null = null;
  let queued: Promise<boolean> | null = null;
  let queuedMode: 'ensure' | 'force' = 'ensure';
  const runBuild = async (mode: 'ensure' | 'force'): Promise<boolean> => {
    try {
      if (mode === 'force') {
        opts.log(`server: rebuilding '${opts.indexDir}' on request`);
        const summary = await buildIndex({ corpusDir: opts.corpusDir, outDir: opts.indexDir });
        opts.log(`index: ${summary.articles} articles, ${summary.quotes} quotes, ${summary.skipped} skipped, ${summary.seconds.toFixed(1)} s`);
        current = await loadIndex(opts.indexDir);
      } else {
        const { index, built } = await ensureIndex({ corpusDir: opts.corpusDir, indexDir: opts.indexDir, log: opts.log });
        if (!built) return true;
        current = index;
      }
      opts.log(`server: now serving ${current.quotes.size} quotes`);
      return true;
    } catch (error) {
      // Keep serving the old index: a broken corpus edit must not take the site down.
      opts.log(`server: rebuild failed, still serving the previous index: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  };
  const requestBuild = (mode: 'ensure' | 'force'): Promise<boolean> => {
    if (!building) {
      building = runBuild(mode).finally(() => {
        building = null;
      });
      return building;
    }
    if (mode === 'force') queuedMode = 'force';
    queued ??= building.then(() => {
      const next = queuedMode;
      queued = null;
      queuedMode = 'ensure';
      return requestBuild(next);
    });
    return queued;
  };

  let watcher: FSWatcher | null = null;
  let timer: NodeJS.Timeout | null = null;
  if (opts.watch) {
    watcher = watchFolder(opts.corpusDir, { recursive: true }, () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void requestBuild('ensure'), WATCH_DEBOUNCE_MS);
    });
  }

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= new Promise<void>((resolve, reject) => {
      watcher?.close();
      if (timer) clearTimeout(timer);
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeIdleConnections();
    });
    return closing;
  };
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
    const onHangup = () => void requestBuild('force');
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
    process.on('SIGHUP', onHangup);
    server.once('close', () => process.off('SIGHUP', onHangup));
  }
  return { url, server, index: () => current, rebuild: () => requestBuild('force'), close };
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  startServer().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
