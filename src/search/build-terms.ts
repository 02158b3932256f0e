/**
 * Building the term index: minisearch indexes the folded fields, and its index is copied out into typed
 * arrays (term-index.ts). A large corpus is cut into consecutive ranges indexed on worker threads at once,
 * and their indexes merged (merge-terms.ts); minisearch's indexing was most of a million-quote build.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import MiniSearch from 'minisearch';
import type { Options as MiniSearchOptions } from 'minisearch';
import { isStopWord } from '../model/text.js';
import { mergeTermData } from './merge-terms.js';
import type { BuiltTables } from './tables.js';
import { termDataOf, type TermData } from './term-index.js';
import type { IndexedQuote } from './match.js';

/**
 * minisearch sees already-folded text (see normalize.ts), so splitting on spaces is its whole tokenizer.
 * A quote is indexed by its own words and its speaker's name (and aliases); its article's title is not
 * indexed: a quote whose title alone held the words was a match that showed neither word.
 */
export function miniSearchOptions(): MiniSearchOptions<IndexedQuote> {
  return {
    idField: 'id',
    fields: ['text', 'speaker'],
    storeFields: [],
    tokenize: (text: string) => text.split(' '),
    processTerm: (term: string) => (term && !isStopWord(term) ? term : null),
  };
}

/** The folded fields of a range of quotes, indexed as slots 0…length-1. */
export interface ShardInput {
  text: string[];
  speaker: string[];
}

export function buildShardTermData(input: ShardInput): TermData {
  const ms = new MiniSearch<IndexedQuote>(miniSearchOptions());
  for (let i = 0; i < input.text.length; i++) ms.add({ id: i, text: input.text[i]!, speaker: input.speaker[i]! });
  return termDataOf(ms, input.text.length);
}

/** Below this many quotes the index is built in this thread (starting workers costs more than it saves). */
export const SHARD_MIN_QUOTES = 50_000;

export interface BuildTermsOptions {
  /** Ranges indexed at once; default: the machine's cores (1 below {@link SHARD_MIN_QUOTES} quotes). */
  shards?: number;
}

/** The term index of `tables`, built over `shards` ranges on worker threads; in this thread when a worker fails to start. */
export async function buildTermData(tables: BuiltTables, options: BuildTermsOptions = {}): Promise<TermData> {
  const n = tables.count;
  const shards = Math.max(1, Math.min(options.shards ?? (n < SHARD_MIN_QUOTES ? 1 : availableParallelism()), n));
  const input = (from: number, to: number): ShardInput => ({
    text: tables.foldedText.slice(from, to),
    speaker: tables.foldedSpeaker.slice(from, to),
  });
  if (shards === 1) return buildShardTermData(input(0, n));
  const bounds = Array.from({ length: shards + 1 }, (_, k) => Math.round((k * n) / shards));
  let parts: TermData[];
  try {
    parts = await Promise.all(bounds.slice(0, -1).map((from, k) => inWorker(input(from, bounds[k + 1]!))));
  } catch {
    // A worker that could not run: index in this thread (a real indexing error then shows here).
    return buildShardTermData(input(0, n));
  }
  return mergeTermData(parts);
}

const here = fileURLToPath(import.meta.url);

function startWorker(): Worker {
  const file = path.join(path.dirname(here), `shard-worker${path.extname(here)}`);
  if (path.extname(file) !== '.ts') return new Worker(file);
  // Under tsx (tests, the CLI from source) the worker must register tsx before importing TypeScript.
  const api = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(pathToFileURL(file).href)}); })`;
  return new Worker(boot, { eval: true });
}

function inWorker(input: ShardInput): Promise<TermData> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = startWorker();
    } catch {
      resolve(buildShardTermData(input));
      return;
    }
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      fn();
    };
    worker.on('message', (m: { data: TermData } | { error: string }) => {
      if ('error' in m) finish(() => reject(new Error(`search: indexing a shard failed (${m.error})`)));
      else finish(() => resolve(m.data));
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) =>
      finish(() => reject(new Error(`search: a shard worker exited (${code}) before answering`))),
    );
    worker.postMessage(input);
  });
}
