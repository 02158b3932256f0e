/** One extraction worker thread (see pipeline-workers.ts): extracts the quotes of each batch of articles it is sent. */
import { parentPort } from 'node:worker_threads';
import { extractOne } from './worker-extract.js';
import type { Article } from '../model/types.js';

parentPort?.on('message', (batch: { id: number; articles: Article[] }) => {
  parentPort?.postMessage({ id: batch.id, results: batch.articles.map(extractOne) });
});
