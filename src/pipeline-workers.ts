/**
 * Quote extraction over worker threads: articles go out in batches to a pool, results come back into
 * article order. Used by `processArticlesInParallel` (src/pipeline.ts); the worker side is pipeline-worker.ts.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article, ExtractedQuote } from './types.js';

/** A batch is cut at this much article text, so that workers stay evenly busy and messages stay small. */
const BATCH_CHARS = 256 * 1024;

interface Batch {
  id: number;
  from: number;
  articles: Article[];
}

type WorkerResult = { quotes: ExtractedQuote[] } | { error: string };

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
 * Extracts the quotes of `articles` on `threads` workers. Returns one entry per article (its quotes, or the
 * error its extraction threw), or null when the workers could not be started (the caller extracts in-thread).
 */
export async function extractInWorkers(
  articles: Article[],
  threads: number,
  onProgress?: (done: number) => void,
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
  const workerFile = path.join(path.dirname(here), `pipeline-worker${path.extname(here)}`);
  const results = new Array<ExtractedQuote[] | Error>(articles.length);
  let next = 0;
  let done = 0;
  const workers: Worker[] = [];
  try {
    await Promise.all(
      Array.from({ length: Math.min(threads, batches.length) }, () =>
        new Promise<void>((resolve, reject) => {
          const worker = startWorker(workerFile);
          workers.push(worker);
          let sent: Batch | undefined;
          const send = (): void => {
            sent = batches[next++];
            if (sent) worker.postMessage(sent);
            else resolve();
          };
          worker.on('message', (message: { id: number; results: WorkerResult[] }) => {
            const batch = sent!;
            message.results.forEach((r, k) => {
              results[batch.from + k] = 'error' in r ? new Error(r.error) : r.quotes;
            });
            done += batch.articles.length;
            onProgress?.(done);
            send();
          });
          worker.on('error', reject);
          worker.on('exit', (code) => {
            if (sent !== undefined) reject(new Error(`extraction worker exited with ${code}`));
          });
          worker.once('online', send);
        }),
      ),
    );
  } catch {
    return null;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
