/**
 * Listens: makes sure the index is built and current, then serves the app. With `watch`, corpus changes
 * rebuild the index and the new one is swapped in between requests. SIGTERM/SIGINT close cleanly.
 */
import { watch as watchFolder, type FSWatcher } from 'node:fs';
import type { Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { loadConfig } from './config.js';
import { ensureIndex, type LoadedIndex } from './index/index.js';
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
  /** Close on SIGTERM/SIGINT (default true; off for embedding). */
  handleSignals?: boolean;
}

export interface RunningServer {
  url: string;
  server: Server;
  /** The index being served right now. */
  index(): LoadedIndex;
  close(): Promise<void>;
}

/** Slow clients may not hold a connection open indefinitely. */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;
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
  const app = createApp(() => current, { baseUrl: opts.baseUrl, log: opts.log });
  const server = app.listen(opts.port, opts.host);
  server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.requestTimeout = REQUEST_TIMEOUT_MS;
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

  let watcher: FSWatcher | null = null;
  if (opts.watch) {
    let timer: NodeJS.Timeout | null = null;
    let rebuilding = false;
    let again = false;
    const rebuild = async () => {
      if (rebuilding) {
        again = true;
        return;
      }
      rebuilding = true;
      try {
        const { index, built } = await ensureIndex({ corpusDir: opts.corpusDir, indexDir: opts.indexDir, log: opts.log });
        if (built) {
          current = index;
          opts.log(`server: now serving ${index.quotes.size} quotes`);
        }
      } catch (error) {
        // Keep serving the old index: a broken corpus edit must not take the site down.
        opts.log(`server: rebuild failed, still serving the previous index: ${error instanceof Error ? error.message : String(error)}`);
      } finally {
        rebuilding = false;
        if (again) {
          again = false;
          void rebuild();
        }
      }
    };
    watcher = watchFolder(opts.corpusDir, { recursive: true }, () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void rebuild(), WATCH_DEBOUNCE_MS);
    });
  }

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= new Promise<void>((resolve, reject) => {
      watcher?.close();
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
    process.once('SIGTERM', onSignal);
    process.once('SIGINT', onSignal);
  }
  return { url, server, index: () => current, close };
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  startServer().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
