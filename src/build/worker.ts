/**
 * The build's worker thread (started by workers.ts and statements-job.ts), for one of three jobs given as its
 * `workerData`:
 *
 * - `extract`: extracts the quotes of each batch of articles it is sent;
 * - `statements`: groups the build's quotes into statements (statements-job.ts);
 * - `build`: runs one build of the index, so that loading the corpus, extracting and writing never hold up
 *   the thread that serves requests. It reports through messages: log lines, progress, and at the end the
 *   build's summary (or null when the index was already current) or the error it failed with.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { nameSplitter } from '../extract/index.js';
import { extractOne, type BuildRequest, type WorkerJob, type WorkerMessage } from './workers.js';
import { BuildRefusedError, IndexError } from '../store/errors.js';
import type { BuildSummary } from './types.js';
import type { Article } from '../model/types.js';

const job = workerData as WorkerJob;
const send = (message: WorkerMessage): void => parentPort!.postMessage(message);

if (job.job === 'extract') {
  // the name splitter this worker keeps across the articles it is sent
  const names = nameSplitter();
  parentPort?.on('message', (batch: { id: number; articles: Article[] }) => {
    parentPort?.postMessage({ id: batch.id, results: batch.articles.map((a) => extractOne(a, names)) });
  });
} else if (job.job === 'statements') {
  // Imported here: the other jobs never need the grouping.
  void import('./statements-job.js').then(({ runStatementsJob }) => runStatementsJob(job, parentPort!));
} else {
  runBuild(job.request).then(
    (summary) => send({ type: 'done', summary }),
    (error: unknown) =>
      send({
        type: 'failed',
        message: error instanceof Error ? error.message : String(error),
        problem: error instanceof IndexError ? error.problem : null,
        refused: error instanceof BuildRefusedError,
      }),
  );
}

async function runBuild(request: BuildRequest): Promise<BuildSummary | null> {
  // Imported here: an extraction worker never needs the build and store modules.
  const { buildIndex } = await import('./build.js');
  const { indexStaleReason } = await import('./ensure.js');
  const log = (message: string): void => send({ type: 'log', message });
  const { corpusDir, indexDir, followLinks } = request;
  let reason = request.reason ?? null;
  if (request.mode === 'ensure') {
    reason = await indexStaleReason(corpusDir, indexDir, { verify: false, followLinks });
    if (reason === null) return null;
  }
  if (!request.quiet)
    log(reason ? `index: rebuilding '${indexDir}' — ${reason}` : `server: rebuilding '${indexDir}' on request`);
  let phase = '';
  const summary = await buildIndex({
    corpusDir,
    outDir: indexDir,
    followLinks,
    ...(request.memoryMb !== undefined ? { memoryMb: request.memoryMb } : {}),
    onProgress: (p) => {
      // every step when quiet (the command line draws its bar from them), otherwise once per phase
      if (p.phase === phase && !request.quiet) return;
      phase = p.phase;
      send({ type: 'progress', phase: p.phase, done: p.done, total: p.total, quotes: p.quotes });
    },
  });
  if (!request.quiet)
    log(
      `index: ${summary.articles} articles, ${summary.quotes} quotes, ${summary.speakers} speakers, ` +
        `${summary.skipped} skipped, ${summary.seconds.toFixed(1)} s`,
    );
  return summary;
}
