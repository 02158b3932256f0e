/**
 * Quote extraction over worker threads: articles go out in batches to a pool, results come back into
 * article order. Used by `processArticlesInParallel` (src/pipeline.ts); the worker side is pipeline-worker.ts.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { extractOne } from './worker-extract.js';
import type { WorkerResult } from './worker-extract.js';
import type { Article, ExtractedQuote } from '../model/types.js';

/** A batch is cut at this much article text, so that workers stay evenly busy and messages stay small. */
const BATCH_CHARS = 256 * 1024;

interface Batch {
  id: number;
  from: number;
  articles: Article[];
}


/**
 * Starts the worker. Run through tsx, the worker is TypeScript and tsx's loader is not inherited by worker
 * threads: a small bootstrap registers it in the worker before importing the worker module.
 */
function startWorker(file: string): Worker {
  if (path.extname(file) !== '.ts') return new Worker(file);
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(file).href)}); })`;
  return new Worker(boot, { eval: true });
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
  const batches: Batch[] = [];
  let current: Batch = { id: 0, from: 0, articles: [] };
  let chars = 0;
  articles.forEach((article, i) => {
    if (current.articles.length > 0 && chars >= BATCH_CHARS) {
      batches.push(current);
      current = { id: batches.length, from: i, articles: [] };
      chars = 0;
    }
    current.articles.push(article);
    chars += article.text.length;
  });
  if (current.articles.length > 0) batches.push(current);

  // Under tsx this module is .ts and so is its worker; built, both are .js.
  const here = fileURLToPath(import.meta.url);
  const workerFile = path.join(path.dirname(here), `worker${path.extname(here)}`);
  const results = new Array<ExtractedQuote[] | Error>(articles.length);
  let next = 0;
  let done = 0;
  let quotes = 0;
  let failed = false;
  const store = (batch: Batch, batchResults: WorkerResult[]): void => {
    batchResults.forEach((r, k) => {
      results[batch.from + k] = 'error' in r ? new Error(r.error) : r.quotes;
      if (!('error' in r)) quotes += r.quotes.length;
    });
    done += batch.articles.length;
    onProgress?.(done, quotes);
  };
  const workers: Worker[] = [];
  try {
    const helpers = Array.from({ length: Math.max(0, Math.min(threads - 1, batches.length - 1)) }, () =>
      new Promise<void>((resolve, reject) => {
        const worker = startWorker(workerFile);
        workers.push(worker);
        // two batches in flight: the worker goes on with the second while this thread, busy with a
        // batch of its own, has not yet read the first one's results
        const inFlight = new Map<number, Batch>();
        const send = (): void => {
          const batch = batches[next++];
          if (batch === undefined) return;
          inFlight.set(batch.id, batch);
          worker.postMessage(batch);
        };
        worker.on('message', (message: { id: number; results: WorkerResult[] }) => {
          const batch = inFlight.get(message.id)!;
          inFlight.delete(message.id);
          store(batch, message.results);
          send();
          if (inFlight.size === 0) resolve();
        });
        worker.on('error', reject);
        worker.on('exit', (code) => {
          if (inFlight.size > 0) reject(new Error(`extraction worker exited with ${code}`));
        });
        worker.once('online', () => {
          send();
          send();
          if (inFlight.size === 0) resolve();
        });
      }),
    );
    const own = (async (): Promise<void> => {
      for (let batch = batches[next++]; batch !== undefined && !failed; batch = batches[next++]) {
        store(batch, batch.articles.map(extractOne));
        // let the workers' results in (and send them their next batch) between two batches of this thread
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
    })();
    await Promise.all([own, ...helpers]);
  } catch {
    failed = true;
    return null;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
