/** One extraction worker thread (see pipeline-workers.ts): extracts the quotes of each batch of articles it is sent. */
import { parentPort } from 'node:worker_threads';
import { extractQuotes } from './extract/index.js';
import type { Article } from './types.js';

parentPort?.on('message', (batch: { id: number; articles: Article[] }) => {
  const results = batch.articles.map((article) => {
    try {
      return { quotes: extractQuotes(article) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  });
  parentPort?.postMessage({ id: batch.id, results });
});
