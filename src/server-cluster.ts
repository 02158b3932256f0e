/**
 * Serving on every core: with `WEB_CONCURRENCY` above 1 the server process becomes a node:cluster primary
 * that owns the index and forks that many worker processes, which share the listening port (the primary
 * hands out connections) and the index files (each worker loads the same files; the OS page cache holds one
 * copy of what they read). The primary builds (a stale index at start, SIGHUP, a watched corpus change, a
 * worker that found a damaged record) on a worker thread as a single server does, then tells every worker to
 * load the new index: one swap for all. SIGTERM/SIGINT close every worker, then the primary.
 *
 * Messages between them (process IPC): worker → primary `ready` (listening, with its quote count), `rebuild`
 * (a damaged record: please rebuild), `reloaded` / `reload-failed`; primary → worker `reload`, `close`.
 */
import cluster, { type Worker } from 'node:cluster';
import { serialBuilds } from './build/build-queue.js';
import { watch as watchFolder, type FSWatcher } from 'node:fs';
import {
  buildInWorker,
  indexStaleReason,
  type BuildRequest,
  type BuildSummary,
  type WorkerBuild,
} from './build/index.js';

export type ToPrimary =
  | { type: 'ready'; quotes: number; url: string }
  | { type: 'rebuild'; reason?: string }
  | { type: 'reloaded'; quotes: number }
  | { type: 'reload-failed'; message: string };

export type ToWorker = { type: 'reload' } | { type: 'close' };

export interface ClusterOptions {
  workers: number;
  corpusDir: string;
  indexDir: string;
  watch: boolean;
  /** Follow symbolic links out of the corpus folder, in staleness checks and builds alike. */
  followLinks?: boolean;
  log: (message: string) => void;
  /** Which corpus changes rebuild (server.ts `watchFilter`). */
  relevant: (name: string | null) => boolean;
}

export interface RunningCluster {
  url: string;
  /** Rebuilds now (what SIGHUP does); true once every worker serves the new index. */
  rebuild(): Promise<boolean>;
  close(): Promise<void>;
}

const WATCH_DEBOUNCE_MS = 500;
/** A worker that dies within this long of starting is not restarted (it would die again: a bad index, a port in use). */
const RESTART_AFTER_MS = 5_000;

/** Forks the workers once the index is current; resolves when all of them listen. */
export async function startCluster(opts: ClusterOptions): Promise<RunningCluster> {
  const active = new Set<WorkerBuild>();
  const build = async (request: Omit<BuildRequest, 'corpusDir' | 'indexDir'>): Promise<BuildSummary | null> => {
    const running = buildInWorker(
      { ...request, corpusDir: opts.corpusDir, indexDir: opts.indexDir, followLinks: opts.followLinks ?? false },
      opts.log,
    );
    active.add(running);
    try {
      return await running.result;
    } finally {
      active.delete(running);
    }
  };
  const stale = await indexStaleReason(opts.corpusDir, opts.indexDir, {
    verify: false,
    followLinks: opts.followLinks ?? false,
  });
  if (stale) await build({ mode: 'force', reason: stale });

  let closing: Promise<void> | null = null;
  const started = new Map<Worker, number>();
  const pendingReload = new Map<Worker, (quotes: number | null) => void>();
  let requestBuild: (mode: 'ensure' | 'force', reason?: string) => Promise<boolean> = () => Promise.resolve(false);

  const fork = (): Promise<{ quotes: number; url: string }> => {
    const worker = cluster.fork();
    started.set(worker, Date.now());
    return new Promise((resolve, reject) => {
      let ready = false;
      worker.on('message', (m: ToPrimary) => {
        if (m.type === 'ready') {
          ready = true;
          resolve(m);
        } else if (m.type === 'rebuild') void requestBuild('force', m.reason);
        else if (m.type === 'reloaded') pendingReload.get(worker)?.(m.quotes);
        else if (m.type === 'reload-failed') {
          opts.log(`server: worker ${worker.id} could not load the new index: ${m.message}`);
          pendingReload.get(worker)?.(null);
        }
      });
      worker.on('exit', (code, signal) => {
        pendingReload.get(worker)?.(null);
        pendingReload.delete(worker);
        const lived = Date.now() - (started.get(worker) ?? 0);
        started.delete(worker);
        if (!ready) {
          reject(new Error(`server: worker ${worker.id} exited (${signal ?? code}) before listening`));
          return;
        }
        if (closing) return;
        const restart = code !== 0 && lived >= RESTART_AFTER_MS;
        opts.log(`server: worker ${worker.id} exited (${signal ?? code})${restart ? '; starting another' : ''}`);
        if (restart) fork().catch((error: unknown) => opts.log(String(error)));
      });
    });
  };

  const readies = await Promise.all(Array.from({ length: opts.workers }, fork));
  const url = readies[0]!.url;
  console.log(
    `Verbatim serving ${readies[0]!.quotes.toLocaleString('en-GB')} quotes at ${url} (${opts.workers} processes)`,
  );

  /** Tells every worker to load the index from disk; the quote count they all serve, or null when one failed. */
  const reloadAll = async (): Promise<number | null> => {
    const counts = await Promise.all(
      [...started.keys()].map(
        (worker) =>
          new Promise<number | null>((resolve) => {
            pendingReload.set(worker, (quotes) => {
              pendingReload.delete(worker);
              resolve(quotes);
            });
            worker.send({ type: 'reload' } satisfies ToWorker);
          }),
      ),
    );
    return counts.every((c) => c !== null && c === counts[0]) ? counts[0]! : null;
  };

  // One build at a time; requests made while one runs share a single build after it (as a single server does).
  const runBuild = async (mode: 'ensure' | 'force', reason?: string): Promise<boolean> => {
    try {
      const summary = await build(mode === 'force' ? { mode, reason } : { mode });
      if (mode === 'ensure' && summary === null) return true;
      const quotes = await reloadAll();
      if (quotes === null) throw new Error('a worker could not load the new index');
      opts.log(`server: now serving ${quotes} quotes`);
      return true;
    } catch (error) {
      opts.log(
        `server: rebuild failed, still serving the previous index: ${error instanceof Error ? error.message : String(error)}`,
      );
      return false;
    }
  };
  requestBuild = serialBuilds(runBuild);

  let watcher: FSWatcher | null = null;
  let timer: NodeJS.Timeout | null = null;
  if (opts.watch) {
    watcher = watchFolder(opts.corpusDir, { recursive: true }, (_event, name) => {
      if (!opts.relevant(name === null ? null : String(name))) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void requestBuild('ensure'), WATCH_DEBOUNCE_MS);
    });
  }

  const close = (): Promise<void> => {
    closing ??= (async () => {
      watcher?.close();
      if (timer) clearTimeout(timer);
      for (const running of active) void running.stop();
      await Promise.all(
        [...started.keys()].map(
          (worker) =>
            new Promise<void>((resolve) => {
              if (worker.isDead()) return resolve();
              worker.once('exit', () => resolve());
              worker.send({ type: 'close' } satisfies ToWorker);
            }),
        ),
      );
    })();
    return closing;
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    opts.log(`server: ${signal} received, closing ${started.size} workers`);
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
  process.on('SIGHUP', () => void requestBuild('force'));
  return { url, rebuild: () => requestBuild('force'), close };
}
