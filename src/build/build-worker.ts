/**
 * The worker side of `buildInWorker` (build-in-worker.ts): runs one build of the index on its own thread, so
 * that loading the corpus, extracting and writing never hold up the thread that serves requests. It reports
 * through messages: log lines, progress, and at the end the build's summary (or null when the index was
 * already current) or the error it failed with.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildIndex, type BuildSummary } from './build.js';
import { indexStaleReason } from './ensure.js';
import { IndexError } from '../store/errors.js';
import type { BuildRequest, WorkerMessage } from './build-in-worker.js';

const request = workerData as BuildRequest;
const send = (message: WorkerMessage): void => parentPort!.postMessage(message);
const log = (message: string): void => send({ type: 'log', message });

async function run(): Promise<BuildSummary | null> {
  const { corpusDir, indexDir } = request;
  let reason = request.reason ?? null;
  if (request.mode === 'ensure') {
    reason = await indexStaleReason(corpusDir, indexDir, { verify: false });
    if (reason === null) return null;
  }
  log(reason ? `index: rebuilding '${indexDir}' — ${reason}` : `server: rebuilding '${indexDir}' on request`);
  let phase = '';
  const summary = await buildIndex({
    corpusDir,
    outDir: indexDir,
    onProgress: (p) => {
      if (p.phase === phase) return;
      phase = p.phase;
      send({ type: 'progress', phase: p.phase, done: p.done, total: p.total });
    },
  });
  log(
    `index: ${summary.articles} articles, ${summary.quotes} quotes, ${summary.speakers} speakers, ` +
      `${summary.skipped} skipped, ${summary.seconds.toFixed(1)} s`,
  );
  return summary;
}

run().then(
  (summary) => send({ type: 'done', summary }),
  (error: unknown) =>
    send({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
      problem: error instanceof IndexError ? error.problem : null,
    }),
);
