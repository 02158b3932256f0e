/**
 * Building the term index: minisearch indexes the folded fields, and its index is copied out into typed
 * arrays (term-index.ts). A large corpus is cut into consecutive ranges indexed on worker threads at once,
 * and their indexes merged (merge-terms.ts); minisearch's indexing was most of a million-quote build.
 */
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { siblingModule, startWorker } from '../lib/worker.js';
import { availableParallelism } from 'node:os';
import MiniSearch from 'minisearch';
import type { Options as MiniSearchOptions } from 'minisearch';
import { isStopWord } from '../model/text.js';
import {
  mergedPostings,
  mergeTermData,
  partTermFrequency,
  planMerge,
  spillPostings,
  type MergePart,
} from './merge-terms.js';
import { blobRange, buildPackedTables, type BuiltTables, type PackedTables, type TableData } from './tables.js';
import { encodeSearchFile, type StreamedTermData } from './saved-index.js';
import { termDataOf, type TermData } from './term-index.js';
import type { IndexedQuote } from './match.js';
import { Column, Column16 } from '../lib/column.js';

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

/**
 * The term index of a range of quotes, equal to minisearch's under {@link miniSearchOptions} (same vocabulary,
 * lists, field lengths and running field averages, to the bit), built straight into typed arrays: each quote's
 * terms are counted and appended as (term, field, quote, frequency) rows, then the rows are placed by a counting
 * sort over the sorted vocabulary. About 12 bytes a posting while building instead of minisearch's maps of maps,
 * and several times faster.
 */
export function buildShardTermData(input: ShardInput | PackedShard): TermData {
  if ('bytes' in input) {
    const { bytes, start, speakerField, speakerFields } = input;
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return termDataOver(
      speakerField.length,
      (doc) => buffer.toString('utf8', start[doc], start[doc + 1]),
      (doc) => speakerFields[speakerField[doc]!]!,
    );
  }
  return termDataOver(
    input.text.length,
    (doc) => input.text[doc]!,
    (doc) => input.speaker[doc]!,
  );
}

/**
 * A range of quotes as a build hands it to a shard: the folded texts as one UTF-8 blob (`start` has one more
 * entry than there are quotes, relative to `bytes`), the folded speaker fields as slots into the distinct ones.
 * One buffer to transfer to a worker instead of a string per quote to copy.
 */
export interface PackedShard {
  bytes: Uint8Array;
  start: Float64Array;
  speakerField: Uint32Array;
  speakerFields: string[];
}

function termDataOver(n: number, textAt: (doc: number) => string, speakerAt: (doc: number) => string): TermData {
  const F = FIELDS.length;
  const columns = [textAt, speakerAt];
  const termNumber = new Map<string, number>();
  const terms: string[] = [];
  const rowList = new Column();
  const rowDoc = new Column();
  const rowTf = new Column16();
  const lengths = new Uint32Array(F * n);
  const avg = new Array<number>(F).fill(0);
  const counts = new Map<number, number>();
  for (let doc = 0; doc < n; doc++) {
    for (let f = 0; f < F; f++) {
      const tokens = columns[f]!(doc).split(' ');
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

export interface PackedTermsOptions {
  /**
   * How many ranges the field averages are computed over, as {@link buildTermData} would cut the corpus (default:
   * the machine's cores, 1 below {@link SHARD_MIN_QUOTES} quotes): minisearch's running averages, combined,
   * depend on it, and the search file holds them.
   */
  shards?: number;
  /** Threads indexing at once, this one included (default: the machine's cores; 1 below {@link SHARD_MIN_QUOTES}). */
  threads?: number;
  /**
   * At most this many quotes are indexed in one piece (default: {@link DEFAULT_SHARD_QUOTES}): the indexer's
   * working memory (its rows) grows with a piece, not with the corpus. The pieces' indexes are merged.
   */
  shardQuotes?: number;
  /**
   * A folder (existing, the caller's to remove once the search file is written) for scratch files: the text
   * blobs are written there as they are made, and each piece's postings once it is indexed, then read back in
   * order as the search file is written. What is held then no longer grows by the texts' and postings' bytes
   * (about 550 bytes a quote). The same bytes in the file.
   */
  spillDir?: string;
}

/** Quotes indexed in one piece by default: a piece's working rows take about 1 KB a quote while it is indexed. */
export const DEFAULT_SHARD_QUOTES = 125_000;

/**
 * The term index of packed tables (see `buildPackedTables`): the same `TermData` as {@link buildTermData} over
 * the same quotes, to the bit, but indexed in pieces of at most `shardQuotes` quotes, `threads` at a time (this
 * thread and workers, each sent its piece as one transferred buffer), then merged.
 */
export async function buildPackedTermData(tables: PackedTables, options: PackedTermsOptions = {}): Promise<TermData> {
  const { parts, logical } = await indexPieces(tables, { ...options, spillDir: undefined });
  const merged = mergeTermData(parts as TermData[]);
  return { ...merged, fields: fieldAverages(merged, logical) };
}

/**
 * {@link buildPackedTermData} with the postings left in their pieces, merged as the search file is written (see
 * `StreamedTermData`): the pieces are held, not the pieces and their merge. The same bytes in the file.
 */
export async function buildPackedTermStream(
  tables: PackedTables,
  options: PackedTermsOptions = {},
): Promise<StreamedTermData> {
  const { parts, logical } = await indexPieces(tables, options);
  const { sources, bases, ...plan } = planMerge(parts);
  const termFrequency = new Uint32Array(plan.vocabulary.length);
  const pieceFrequency = parts.map(partTermFrequency);
  for (let t = 0; t < plan.vocabulary.length; t++) {
    let sum = 0;
    for (let k = 0; k < parts.length; k++) {
      const at = sources[t]![k]!;
      if (at >= 0) sum += pieceFrequency[k]![at]!;
    }
    termFrequency[t] = sum;
  }
  const total = plan.postStart[plan.postStart.length - 1]!;
  const full = { ...plan, sources, bases };
  return {
    ...plan,
    fields: fieldAverages(plan, logical),
    termFrequency,
    postDocs: { type: 'u32', length: total, chunks: () => mergedPostings(full, parts, 'docs') },
    postTf: { type: 'u16', length: total, chunks: () => mergedPostings(full, parts, 'tf') },
  };
}

/** The pieces' term indexes, in slot order, and how many ranges the field averages are taken over. */
async function indexPieces(
  tables: PackedTables,
  options: PackedTermsOptions,
): Promise<{ parts: MergePart[]; logical: number }> {
  const n = tables.count;
  const small = n < SHARD_MIN_QUOTES;
  const logical = Math.max(1, Math.min(options.shards ?? (small ? 1 : availableParallelism()), n));
  const threads = Math.max(1, Math.floor(options.threads ?? (small ? 1 : availableParallelism())));
  const pieceQuotes = Math.max(1, Math.floor(options.shardQuotes ?? DEFAULT_SHARD_QUOTES));
  const pieces = Math.max(1, Math.ceil(n / pieceQuotes));
  const bounds = Array.from({ length: pieces + 1 }, (_, k) => Math.round((k * n) / pieces));
  const pieceOf = (k: number, copy: boolean): PackedShard => {
    const from = bounds[k]!;
    const to = bounds[k + 1]!;
    const { start } = tables.folded;
    const base = start[from]!;
    const rebased = new Float64Array(to - from + 1);
    for (let i = from; i <= to; i++) rebased[i - from] = start[i]! - base;
    const range = blobRange(tables.folded, from, to);
    // A range read from a scratch file is a buffer of its own already.
    const fromFile = !('bytes' in tables.folded);
    return {
      bytes: copy && !fromFile ? Uint8Array.prototype.slice.call(range) : range,
      start: rebased,
      speakerField: tables.speakerField.slice(from, to),
      speakerFields: tables.speakerFields,
    };
  };
  const parts = new Array<MergePart>(pieces);
  const { spillDir } = options;
  // A piece's postings go to their scratch files as soon as it is indexed (this thread's or a worker's).
  const keep = (k: number, data: TermData): MergePart =>
    spillDir === undefined ? data : spillPostings(data, path.join(spillDir, `piece-${k}`));
  let next = 0;
  const own = async (): Promise<void> => {
    for (let k = next++; k < pieces; k = next++) {
      parts[k] = keep(k, buildShardTermData(pieceOf(k, false)));
      // let the workers' answers in between two pieces of this thread
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  const helpers = Array.from({ length: Math.min(threads, pieces) - 1 }, () =>
    pieceWorker(async (index) => {
      for (let k = next++; k < pieces; k = next++) parts[k] = keep(k, await index(() => pieceOf(k, true)));
    }),
  );
  // A worker that fails while this thread is busy is seen by the Promise.all below, not as an unhandled rejection.
  for (const helper of helpers) helper.catch(() => {});
  await Promise.all([own(), ...helpers]);
  return { parts, logical };
}

/**
 * minisearch's field averages as a build over `shards` equal ranges makes them: a running average within each
 * range, the ranges' averages weighted by their sizes (see merge-terms.ts). The same operations in the same
 * order, so the same bits whatever pieces the postings were built in.
 */
function fieldAverages(
  terms: Pick<TermData, 'fields' | 'documentCount' | 'fieldLength'>,
  shards: number,
): TermData['fields'] {
  const n = terms.documentCount;
  const bounds = Array.from({ length: shards + 1 }, (_, k) => Math.round((k * n) / shards));
  return terms.fields.map(({ name }, f) => {
    const averages = bounds.slice(0, -1).map((from, k) => {
      let avg = 0;
      for (let doc = 0; doc < bounds[k + 1]! - from; doc++)
        avg = (avg * doc + terms.fieldLength[f * n + from + doc]!) / (doc + 1);
      return avg;
    });
    if (shards === 1) return { name, avg: averages[0]! };
    return {
      name,
      avg: n === 0 ? 0 : averages.reduce((sum, avg, k) => sum + avg * (bounds[k + 1]! - bounds[k]!), 0) / n,
    };
  });
}

/**
 * Runs `work` with a shard worker that indexes the pieces it is given (transferred, answered one at a time). A
 * piece the worker cannot index (it did not start, it died, it threw) is made again and indexed in this thread,
 * where a real indexing error then shows.
 */
async function pieceWorker(
  work: (index: (make: () => PackedShard) => Promise<TermData>) => Promise<void>,
): Promise<void> {
  let worker: Worker | null = null;
  try {
    worker = startWorker(siblingModule(import.meta.url, 'shard-worker'));
  } catch {
    worker = null;
  }
  let pending: { resolve: (data: TermData) => void; reject: (error: Error) => void } | null = null;
  let failed = worker === null;
  const fail = (error: Error): void => {
    failed = true;
    pending?.reject(error);
    pending = null;
  };
  worker?.on('message', (m: { data: TermData } | { error: string }) => {
    const waiting = pending;
    pending = null;
    if ('error' in m) waiting?.reject(new Error(`search: indexing a shard failed (${m.error})`));
    else waiting?.resolve(m.data);
  });
  worker?.on('error', fail);
  worker?.on('exit', (code) => fail(new Error(`search: a shard worker exited (${code}) before answering`)));
  const inWorker = (piece: PackedShard): Promise<TermData> =>
    new Promise<TermData>((resolve, reject) => {
      pending = { resolve, reject };
      worker!.postMessage(piece, [piece.bytes.buffer, piece.start.buffer, piece.speakerField.buffer] as ArrayBuffer[]);
    });
  try {
    await work(async (make) => {
      if (!failed) {
        try {
          return await inWorker(make());
        } catch {
          // indexed below, in this thread
        }
      }
      return buildShardTermData(make());
    });
  } finally {
    worker?.removeAllListeners('exit');
    await worker?.terminate();
  }
}

/**
 * The search file of `data` as a build writes it, without an engine: the packed tables, the term index built in
 * bounded pieces, encoded as they are written. The same bytes as `buildSearchEngine(data).serializeParts()`.
 */
export async function buildSearchFile(
  data: TableData,
  options: PackedTermsOptions = {},
): Promise<Iterable<Uint8Array>> {
  const tables = buildPackedTables(data, { spillDir: options.spillDir });
  const terms = await buildPackedTermStream(tables, options);
  return encodeSearchFile(tables, terms);
}
