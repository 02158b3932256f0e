/**
 * Building the term index: minisearch indexes the folded fields, and its index is copied out into typed
 * arrays (term-index.ts). A large corpus is cut into consecutive ranges indexed on worker threads at once,
 * and their indexes merged (merge-terms.ts); minisearch's indexing was most of a million-quote build.
 */
import type { Worker } from 'node:worker_threads';
import { siblingModule, startWorker } from '../lib/worker.js';
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

/** The term index of a range of quotes as minisearch makes it (the reference {@link buildShardTermData} equals). */
export function miniSearchTermData(input: ShardInput): TermData {
  const ms = new MiniSearch<IndexedQuote>(miniSearchOptions());
  for (let i = 0; i < input.text.length; i++) ms.add({ id: i, text: input.text[i]!, speaker: input.speaker[i]! });
  return termDataOf(ms, input.text.length);
}

/** The fields indexed, in minisearch's order (see {@link miniSearchOptions}). */
const FIELDS = ['text', 'speaker'] as const;

/** A growable column of 32-bit numbers. */
class Column {
  data = new Uint32Array(1 << 16);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Uint32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
}

/**
 * The term index of a range of quotes, equal to minisearch's under {@link miniSearchOptions} (same vocabulary,
 * lists, field lengths and running field averages, to the bit), built straight into typed arrays: each quote's
 * terms are counted and appended as (term, field, quote, frequency) rows, then the rows are placed by a counting
 * sort over the sorted vocabulary. About 12 bytes a posting while building instead of minisearch's maps of maps,
 * and several times faster.
 */
export function buildShardTermData(input: ShardInput): TermData {
  const n = input.text.length;
  const F = FIELDS.length;
  const columns = [input.text, input.speaker];
  const termNumber = new Map<string, number>();
  const terms: string[] = [];
  const rowList = new Column();
  const rowDoc = new Column();
  const rowTf = new Column();
  const lengths = new Uint32Array(F * n);
  const avg = new Array<number>(F).fill(0);
  const counts = new Map<number, number>();
  for (let doc = 0; doc < n; doc++) {
    for (let f = 0; f < F; f++) {
      const tokens = columns[f]![doc]!.split(' ');
      // minisearch's field length: distinct tokens, stop words and empty ones included; its average is a running one.
      const length = new Set(tokens).size;
      lengths[f * n + doc] = length;
      avg[f] = (avg[f]! * doc + length) / (doc + 1);
      counts.clear();
      for (const token of tokens) {
        if (!token || isStopWord(token)) continue;
        let t = termNumber.get(token);
        if (t === undefined) {
          t = terms.length;
          termNumber.set(token, t);
          terms.push(token);
        }
        counts.set(t, (counts.get(t) ?? 0) + 1);
      }
      for (const [t, tf] of counts) {
        if (tf > 0xffff)
          throw new Error(`quote slot ${doc} holds '${terms[t]}' ${tf} times in its ${FIELDS[f]}: more than 65,535`);
        rowList.push(t * F + f);
        rowDoc.push(doc);
        rowTf.push(tf);
      }
    }
  }
  termNumber.clear();
  const order = Array.from(terms.keys()).sort((a, b) => (terms[a]! < terms[b]! ? -1 : terms[a]! > terms[b]! ? 1 : 0));
  const vocabulary = order.map((t) => terms[t]!);
  const rank = new Uint32Array(terms.length);
  order.forEach((t, r) => (rank[t] = r));
  // Counting sort of the rows by list (term rank × fields + field); rows come in quote order, so each list ascends.
  const postStart = new Uint32Array(vocabulary.length * F + 1);
  const rows = rowList.length;
  const lists = rowList.data;
  for (let i = 0; i < rows; i++) {
    const l = lists[i]!;
    lists[i] = rank[(l / F) | 0]! * F + (l % F);
    postStart[lists[i]! + 1]!++;
  }
  for (let l = 0; l < vocabulary.length * F; l++) postStart[l + 1]! += postStart[l]!;
  const postDocs = new Uint32Array(rows);
  const postTf = new Uint16Array(rows);
  const next = postStart.slice(0, vocabulary.length * F);
  for (let i = 0; i < rows; i++) {
    const at = next[lists[i]!]!++;
    postDocs[at] = rowDoc.data[i]!;
    postTf[at] = rowTf.data[i]!;
  }
  return {
    vocabulary,
    fields: FIELDS.map((name, f) => ({ name, avg: avg[f]! })),
    documentCount: n,
    postStart,
    postDocs,
    postTf,
    fieldLength: lengths,
  };
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
    // The first range is indexed in this thread while workers index the others: one worker (its heap, its copy
    // of the text) fewer, and this thread is not left waiting.
    const others = bounds.slice(1, -1).map((from, k) => inWorker(input(from, bounds[k + 2]!)));
    // A worker that fails while this thread is busy is seen by the Promise.all below, not as an unhandled rejection.
    for (const other of others) other.catch(() => {});
    const first = buildShardTermData(input(0, bounds[1]!));
    parts = [first, ...(await Promise.all(others))];
  } catch {
    // A worker that could not run: index in this thread (a real indexing error then shows here).
    return buildShardTermData(input(0, n));
  }
  return mergeTermData(parts);
}

function inWorker(input: ShardInput): Promise<TermData> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = startWorker(siblingModule(import.meta.url, 'shard-worker'));
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
