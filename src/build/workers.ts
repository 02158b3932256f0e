/**
 * The build's worker threads, the calling side (the threads' side is worker.ts, one entry for both jobs):
 *
 * - quote extraction over a pool: articles go out in batches, results come back into article order
 *   (`extractInWorkers`, used by `processArticlesInParallel` in pipeline.ts);
 * - a whole index build on one thread (`buildInWorker`): the server runs every (re)build there, so that a slow
 *   corpus file or a big corpus never stalls the requests it answers meanwhile; it only loads the finished index.
 */
import { extractQuotes, nameSplitter } from '../extract/index.js';
import type { NameSplitter } from '../extract/index.js';
import { siblingModule, startWorker } from '../lib/worker.js';
import { BuildRefusedError, IndexError } from '../store/errors.js';
import type { ResourceLimits, Worker } from 'node:worker_threads';
import { budgetSizes } from './budget.js';
import type { BuildPhase, BuildProgress, BuildSummary } from './types.js';
import type { Article, ExtractedQuote } from '../model/types.js';
import type { StatementsJobData } from './statements-job.js';

/** What the worker thread (worker.ts) is started for, as its `workerData`. */
export type WorkerJob = { job: 'extract' } | { job: 'build'; request: BuildRequest } | StatementsJobData;

/** The worker thread's module, beside this one (.js compiled, .ts from source). */
const WORKER_FILE = siblingModule(import.meta.url, 'worker');

// ─── extraction pool ─────────────────────────────────────────────────────────────────────────────────────

/** One article's extraction as the pool passes it around: its quotes, or the message of the error it threw. */
export type WorkerResult = { quotes: ExtractedQuote[] } | { error: string };

/**
 * Extracts one article for the pool (in a worker or in the pool's own thread); `names`: the name splitter
 * that thread keeps across its articles.
 */
export function extractOne(article: Article, names: NameSplitter): WorkerResult {
  try {
    return { quotes: extractQuotes(article, { names }) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

/** A batch is cut at this much article text, so that workers stay evenly busy and messages stay small. */
const BATCH_CHARS = 256 * 1024;

interface Batch {
  id: number;
  from: number;
  articles: Article[];
}

/**
 * Extracts the quotes of `articles` on `threads` threads: this one and `threads - 1` workers. Returns one
 * entry per article (its quotes, or the error its extraction threw), or null when the workers could not be
 * started (the caller extracts in-thread).
 *
 * This thread takes batches too: measured on 2 cores, one extracting thread already keeps V8's helper
 * threads (garbage collection, compilation) busy for a third of a core, and every worker pays its own
 * start (loader, cold JIT) and heap; with a worker per core, all the threads did no more per second
 * than this thread alone.
 */
export async function extractInWorkers(
  articles: Article[],
  threads: number,
  onProgress?: (done: number, quotes: number) => void,
): Promise<Array<ExtractedQuote[] | Error> | null> {
  const pool = new ExtractionPool(
    Math.max(0, Math.min(threads - 1, Math.ceil(totalChars(articles) / BATCH_CHARS) - 1)),
  );
  try {
    return await pool.extract(articles, onProgress);
  } finally {
    await pool.close();
  }
}

function totalChars(articles: readonly Article[]): number {
  let chars = 0;
  for (const a of articles) chars += a.text.length;
  return chars;
}

/** One worker of the pool, with the batches it has been sent and not yet answered. */
interface PoolWorker {
  worker: Worker;
  inFlight: Map<number, Queued>;
}

/** One call of {@link ExtractionPool.extract}: its results as they come in, and how to settle it. */
interface PoolList {
  results: Array<ExtractedQuote[] | Error>;
  /** Batches not yet answered. */
  left: number;
  done: number;
  quotes: number;
  onProgress: ((done: number, quotes: number) => void) | undefined;
  resolve: (results: Array<ExtractedQuote[] | Error> | null) => void;
}

/** A batch waiting for a thread, with the list it belongs to. */
interface Queued {
  batch: Batch;
  list: PoolList;
}

/** Batches sent to a worker and not yet answered, at most: it goes on with the next while its last is read. */
const IN_FLIGHT = 2;

/**
 * Extraction threads kept for a whole build: the build extracts its articles a batch at a time (so that the
 * corpus is never held whole), and starting workers for each batch would pay their start (loader, cold JIT)
 * every time. `extract` spreads one list of articles over the workers (and this thread, when it shares the
 * work), as `extractInWorkers` does. Lists given before the last one is done queue behind its batches, so that
 * the workers go on from one list to the next without waiting for the slowest batch of the first: the build can
 * then hand its articles over in small lists (little held at a time) without idle workers at each list's end.
 * Once a worker has failed, the pool gives null and the caller extracts in its own thread.
 */
export class ExtractionPool {
  private readonly workers: PoolWorker[] = [];
  /** The name splitter of the batches this thread extracts. */
  private readonly names = nameSplitter();
  private broken = false;
  private closing = false;
  private readonly queue: Queued[] = [];
  /** The lists given and not yet settled. */
  private readonly lists = new Set<PoolList>();
  private nextId = 0;
  /** This thread is running its own loop over the queue. */
  private ownRunning = false;
  /**
   * `helpers` workers; `shareThisThread`: this thread extracts batches too (else it only hands them out and
   * gathers the results, and its heap holds what is kept, not what extracting makes and drops).
   */
  constructor(
    helpers: number,
    private readonly shareThisThread = true,
    resourceLimits?: ResourceLimits,
  ) {
    try {
      for (let i = 0; i < helpers; i++) {
        const worker = startWorker(WORKER_FILE, {
          workerData: { job: 'extract' } satisfies WorkerJob,
          ...(resourceLimits ? { resourceLimits } : {}),
        });
        const entry: PoolWorker = { worker, inFlight: new Map() };
        worker.on('message', (message: { id: number; results: WorkerResult[] }) => {
          const queued = entry.inFlight.get(message.id);
          if (queued === undefined) return;
          entry.inFlight.delete(message.id);
          this.store(queued.list, queued.batch, message.results);
          this.pump();
        });
        worker.on('error', () => this.fail());
        worker.on('exit', () => {
          if (!this.closing) this.fail();
        });
        this.workers.push(entry);
      }
    } catch {
      this.broken = true;
    }
  }

  /** The extraction of each article (its quotes or its error), or null when the workers failed. */
  extract(
    articles: Article[],
    onProgress?: (done: number, quotes: number) => void,
  ): Promise<Array<ExtractedQuote[] | Error> | null> {
    if (this.broken) return Promise.resolve(null);
    const batches: Batch[] = [];
    let current: Batch = { id: this.nextId++, from: 0, articles: [] };
    let chars = 0;
    articles.forEach((article, i) => {
      if (current.articles.length > 0 && chars >= BATCH_CHARS) {
        batches.push(current);
        current = { id: this.nextId++, from: i, articles: [] };
        chars = 0;
      }
      current.articles.push(article);
      chars += article.text.length;
    });
    if (current.articles.length > 0) batches.push(current);
    if (batches.length === 0) return Promise.resolve([]);
    return new Promise((resolve) => {
      const list: PoolList = {
        results: new Array<ExtractedQuote[] | Error>(articles.length),
        left: batches.length,
        done: 0,
        quotes: 0,
        onProgress,
        resolve,
      };
      this.lists.add(list);
      for (const batch of batches) this.queue.push({ batch, list });
      this.pump();
      if (this.sharesWork()) void this.runOwn();
    });
  }

  /** Puts a batch's results in its list, and settles the list when it was its last. */
  private store(list: PoolList, batch: Batch, batchResults: WorkerResult[]): void {
    if (!this.lists.has(list)) return;
    batchResults.forEach((r, k) => {
      list.results[batch.from + k] = 'error' in r ? new Error(r.error) : r.quotes;
      if (!('error' in r)) list.quotes += r.quotes.length;
    });
    list.done += batch.articles.length;
    list.onProgress?.(list.done, list.quotes);
    if (--list.left === 0) {
      this.lists.delete(list);
      list.resolve(list.results);
    }
  }

  /**
   * Sends queued batches to the workers with room for one. When this thread shares the work, the last batch
   * queued is left to it (a single batch is this thread's alone, and no worker waits on it).
   */
  private pump(): void {
    if (this.broken) return;
    const keep = this.sharesWork() ? 1 : 0;
    for (const entry of this.workers) {
      while (entry.inFlight.size < IN_FLIGHT && this.queue.length > keep) {
        const queued = this.queue.shift()!;
        entry.inFlight.set(queued.batch.id, queued);
        entry.worker.postMessage(queued.batch);
      }
    }
  }

  /** This thread extracts batches too: when asked to, or when it has no worker. */
  private sharesWork(): boolean {
    return this.shareThisThread || this.workers.length === 0;
  }

  /** This thread's share: batches off the queue, one at a time, letting the workers' results in between. */
  private async runOwn(): Promise<void> {
    if (this.ownRunning) return;
    this.ownRunning = true;
    try {
      for (let queued = this.queue.shift(); queued !== undefined && !this.broken; queued = this.queue.shift()) {
        // Copied as a worker's results are: strings cut from an article's text would otherwise keep the whole
        // text alive after the build has put it on disk (see article-texts.ts).
        this.store(
          queued.list,
          queued.batch,
          structuredClone(queued.batch.articles.map((a) => extractOne(a, this.names))),
        );
        // let the workers' results in (and send them their next batch) between two batches of this thread
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    } finally {
      this.ownRunning = false;
    }
  }

  /** A worker failed: every list not yet settled gets null (its caller extracts in its own thread). */
  private fail(): void {
    this.broken = true;
    this.queue.length = 0;
    for (const list of this.lists) list.resolve(null);
    this.lists.clear();
  }

  async close(): Promise<void> {
    this.closing = true;
    const workers = this.workers.splice(0);
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }
}

// ─── a whole build on a worker thread ───────────────────────────────────────────────────────────────────

export interface BuildRequest {
  /** `ensure`: build only when the index is stale (missing, corrupt, corpus changed); `force`: build anyway. */
  mode: 'ensure' | 'force';
  corpusDir: string;
  indexDir: string;
  /** Why a forced build happens (said in the log); without it the build is "on request". */
  reason?: string;
  /** Follow symbolic links out of the corpus folder (see `BuildOptions.followLinks`). */
  followLinks?: boolean;
  /**
   * The build's memory budget (see `BuildOptions.memoryMb`): its batches are sized by it, and the thread's heap
   * is given its share (`budgetSizes(memoryMb).heapMb`), so that the collector keeps the heap there and a build
   * that needs more fails rather than passing it. Absent: the default batches and no heap limit.
   */
  memoryMb?: number;
  /** Without the log line that says a build starts (the command line shows its own progress). */
  quiet?: boolean;
}

export type WorkerMessage =
  | { type: 'log'; message: string }
  | { type: 'progress'; phase: BuildPhase; done: number; total: number; quotes?: number }
  | { type: 'done'; summary: BuildSummary | null }
  | { type: 'failed'; message: string; problem: string | null; refused?: boolean };

/** A running build: its result (the summary, or null when nothing needed building), and a way to stop it. */
export interface WorkerBuild {
  result: Promise<BuildSummary | null>;
  /** Ends the worker; `result` then rejects. */
  stop(): Promise<void>;
}

/** Passes a stream's text to `log` a line at a time. */
function forwardLines(stream: NodeJS.ReadableStream, log: (message: string) => void): void {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) if (line.trim()) log(line);
  });
  stream.on('end', () => {
    if (pending.trim()) log(pending);
  });
}

/** Runs one build of `request` on a worker thread. A build that fails rejects with its message (an `IndexError` stays one). */
export function buildInWorker(
  request: BuildRequest,
  log: (message: string) => void,
  onProgress?: (progress: BuildProgress) => void,
): WorkerBuild {
  const workerData: WorkerJob = { job: 'build', request };
  const worker = startWorker(WORKER_FILE, {
    workerData,
    stdout: true,
    stderr: true,
    ...(request.memoryMb !== undefined
      ? { resourceLimits: { maxOldGenerationSizeMb: budgetSizes(request.memoryMb).heapMb } }
      : {}),
  });
  forwardLines(worker.stdout, log);
  forwardLines(worker.stderr, log);
  let stopped = false;
  const result = new Promise<BuildSummary | null>((resolve, reject) => {
    let settled = false;
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'log') log(m.message);
      else if (m.type === 'progress' && onProgress) onProgress(m);
      else if (m.type === 'progress')
        log(`index: ${m.phase}${m.total > 0 ? ` (${m.total.toLocaleString('en-GB')})` : ''}…`);
      else {
        settled = true;
        void worker.terminate();
        if (m.type === 'done') resolve(m.summary);
        else
          reject(
            m.problem === null
              ? new Error(m.message)
              : Object.assign(new (m.refused ? BuildRefusedError : IndexError)(m.problem), { message: m.message }),
          );
      }
    });
    worker.on('error', (error) => {
      settled = true;
      reject(new Error(`index: the build worker failed: ${error.message}`));
    });
    worker.on('exit', (code) => {
      if (!settled)
        reject(
          new Error(
            stopped ? 'index: build stopped' : `index: the build worker exited (code ${code}) before finishing`,
          ),
        );
    });
  });
  return {
    result,
    stop: async () => {
      stopped = true;
      await worker.terminate();
    },
  };
}
