/** One article's extraction as the worker pool passes it around: its quotes, or the message of the error it threw. */
import { extractQuotes } from '../extract/index.js';
import type { Article, ExtractedQuote } from '../model/types.js';

export type WorkerResult = { quotes: ExtractedQuote[] } | { error: string };

/** Extracts one article for the pool (in a worker or in the pool's own thread). */
export function extractOne(article: Article): WorkerResult {
  try {
    return { quotes: extractQuotes(article) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
