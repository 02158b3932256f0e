/**
 * Building the index on a worker thread (the worker side is build-worker.ts). The server calls this for every
 * (re)build, so that a slow corpus file or a big corpus never stalls the requests it answers meanwhile; the
 * calling thread only loads the finished index. The worker's log lines, its output and its progress are passed
 * to `log` as they come.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BuildPhase, BuildSummary } from './build.js';
import { IndexError } from '../store/errors.js';

export interface BuildRequest {
  /** `ensure`: build only when the index is stale (missing, corrupt, corpus changed); `force`: build anyway. */
  mode: 'ensure' | 'force';
  corpusDir: string;
  indexDir: string;
  /** Why a forced build happens (said in the log); without it the build is "on request". */
  reason?: string;
}

export type WorkerMessage =
  | { type: 'log'; message: string }
  | { type: 'progress'; phase: BuildPhase; done: number; total: number }
  | { type: 'done'; summary: BuildSummary | null }
  | { type: 'failed'; message: string; problem: string | null };

/** A running build: its result (the summary, or null when nothing needed building), and a way to stop it. */
export interface WorkerBuild {
  result: Promise<BuildSummary | null>;
  /** Ends the worker; `result` then rejects. */
  stop(): Promise<void>;
}

/**
 * Starts the worker. Run through tsx (or vitest), the worker module is TypeScript and the loader is not
 * inherited by worker threads: a small bootstrap registers tsx in the worker before importing it.
 */
function startWorker(file: string, request: BuildRequest): Worker {
  const options = { workerData: request, stdout: true, stderr: true };
  if (path.extname(file) !== '.ts') return new Worker(file, options);
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(file).href)}); })`;
  return new Worker(boot, { ...options, eval: true });
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
export function buildInWorker(request: BuildRequest, log: (message: string) => void): WorkerBuild {
  const here = fileURLToPath(import.meta.url);
  const file = path.join(path.dirname(here), `build-worker${path.extname(here)}`);
  const worker = startWorker(file, request);
  forwardLines(worker.stdout, log);
  forwardLines(worker.stderr, log);
  let stopped = false;
  const result = new Promise<BuildSummary | null>((resolve, reject) => {
    let settled = false;
    worker.on('message', (m: WorkerMessage) => {
      if (m.type === 'log') log(m.message);
      else if (m.type === 'progress') log(`index: ${m.phase}${m.total > 0 ? ` (${m.total.toLocaleString('en-GB')})` : ''}…`);
      else {
        settled = true;
        void worker.terminate();
        if (m.type === 'done') resolve(m.summary);
        else reject(m.problem === null ? new Error(m.message) : Object.assign(new IndexError(m.problem), { message: m.message }));
      }
    });
    worker.on('error', (error) => {
      settled = true;
      reject(new Error(`index: the build worker failed: ${error.message}`));
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(stopped ? 'index: build stopped' : `index: the build worker exited (code ${code}) before finishing`));
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
