/**
 * The search rows finalize loads (quote_search), made from the resolved quotes: each quote's folded text and term
 * vector as a COPY line, and the term vocabulary counted over them. Folding and writing the terms is most of the
 * Node work of a finalize after speaker resolution (1M: the rows step was half of a finalize under load), and each
 * quote's row depends on that quote alone, so a large corpus is cut into consecutive ranges made on worker threads
 * at once (this thread making the first); their vocabularies are merged in range order, which gives the counts and
 * the first-seen order of a single pass.
 */
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { siblingModule, startWorker } from '../../lib/worker.js';
import { foldText } from '../../model/text.js';
import { indexedTerm, searchLine, type SearchLineQuote, type SearchRowParts } from './rows.js';

/** One quote's search row as finalize knows it after speaker resolution and statement grouping. */
export interface SearchRowInput {
  quote: SearchLineQuote;
  /** The quote's text (folded here). */
  text: string;
  /** What its speaker is searched by (rows.ts speakerText; folded here). */
  speaker: string;
  publisher: string | null;
  statement: SearchRowParts['statement'];
  fragmentOf: string | null;
}

/** The rows of a range of quotes and what the vocabulary counts over them. */
export interface SearchRowsPart {
  /** Each quote's COPY line ({@link searchLine}: its position not yet added), in input order. */
  lines: string[];
  /**
   * Indexed terms of the texts with their occurrences, in first-seen order; a speaker's terms entered with 0 where
   * the speaker is first seen in the range (its quotes are counted after the merge, from `speakerQuotes`).
   */
  frequency: Map<string, number>;
  /** Per folded speaker text, its quotes in the range. */
  speakerQuotes: Map<string, number>;
}

/** A vocabulary count: a term is judged indexed or not once (stop word, length), not at each of its occurrences. */
class TermCount {
  readonly frequency = new Map<string, number>();
  private readonly notIndexed = new Set<string>();

  /** Adds `times` for each term of `folded` (entered at its first sight when indexed, even with 0). */
  count(folded: string, times = 1): void {
    for (const term of folded.split(' ')) {
      const n = this.frequency.get(term);
      if (n !== undefined) this.frequency.set(term, n + times);
      else if (!this.notIndexed.has(term)) {
        if (indexedTerm(term)) this.frequency.set(term, times);
        else this.notIndexed.add(term);
      }
    }
  }
}

/** The rows of one range of quotes, in this thread. */
export function makeSearchRows(inputs: readonly SearchRowInput[]): SearchRowsPart {
  const vocabulary = new TermCount();
  const speakerQuotes = new Map<string, number>();
  const foldedSpeakers = new Map<string, string>();
  const lines = new Array<string>(inputs.length);
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i]!;
    let fs = foldedSpeakers.get(input.speaker);
    if (fs === undefined) foldedSpeakers.set(input.speaker, (fs = foldText(input.speaker)));
    const fq = foldText(input.text);
    vocabulary.count(fq);
    const uses = speakerQuotes.get(fs);
    if (uses === undefined) vocabulary.count(fs, 0);
    speakerQuotes.set(fs, (uses ?? 0) + 1);
    lines[i] = searchLine(input.quote, {
      foldedText: fq,
      foldedSpeaker: fs,
      publisher: input.publisher,
      statement: input.statement,
      fragmentOf: input.fragmentOf,
    });
  }
  return { lines, frequency: vocabulary.frequency, speakerQuotes };
}

/**
 * The parts of consecutive ranges as one: their lines in order, and the vocabulary (term → occurrences in the texts,
 * plus one per quote for each term of its speaker), in the order a single pass over every quote enters the terms.
 */
export function mergeSearchRows(parts: readonly SearchRowsPart[]): { lines: string[]; frequency: Map<string, number> } {
  const vocabulary = new TermCount();
  for (const part of parts)
    for (const [term, n] of part.frequency) vocabulary.frequency.set(term, (vocabulary.frequency.get(term) ?? 0) + n);
  const speakerQuotes = new Map<string, number>();
  for (const part of parts)
    for (const [fs, n] of part.speakerQuotes) speakerQuotes.set(fs, (speakerQuotes.get(fs) ?? 0) + n);
  for (const [fs, n] of speakerQuotes) vocabulary.count(fs, n);
  return { lines: parts.flatMap((p) => p.lines), frequency: vocabulary.frequency };
}

export interface SearchRowsOptions {
  /** Threads making rows at once, this one included (default: the machine's cores, at most 4). */
  threads?: number;
  /** Fewer quotes than this a thread are made in this thread alone (starting a worker costs more). */
  minPerThread?: number;
}

export const defaultSearchRowsOptions: Required<SearchRowsOptions> = {
  threads: Math.max(1, Math.min(4, availableParallelism())),
  minPerThread: 25_000,
};

/** The search rows and vocabulary of every quote, made over consecutive ranges on several threads. */
export async function makeSearchRowsInParallel(
  inputs: readonly SearchRowInput[],
  options: SearchRowsOptions = {},
): Promise<{ lines: string[]; frequency: Map<string, number> }> {
  const o = { ...defaultSearchRowsOptions, ...options };
  const threads = Math.max(1, Math.min(o.threads, Math.floor(inputs.length / Math.max(1, o.minPerThread))));
  const size = Math.ceil(inputs.length / threads);
  const ranges = Array.from({ length: threads }, (_, t) => inputs.slice(t * size, (t + 1) * size));
  // The workers are started first, so that they fold while this thread makes the first range.
  const others = ranges.slice(1).map(inWorker);
  const first = makeSearchRows(ranges[0] ?? []);
  return mergeSearchRows([first, ...(await Promise.all(others))]);
}

function inWorker(inputs: readonly SearchRowInput[]): Promise<SearchRowsPart> {
  return new Promise((resolve, reject) => {
    const worker: Worker = startWorker(siblingModule(import.meta.url, 'search-rows-worker'));
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      void worker.terminate();
      fn();
    };
    worker.on('message', (m: { part: SearchRowsPart } | { error: string }) => {
      if ('error' in m) finish(() => reject(new Error(`finalize: making search rows failed (${m.error})`)));
      else finish(() => resolve(m.part));
    });
    worker.on('error', (error) => finish(() => reject(error)));
    worker.on('exit', (code) =>
      finish(() => reject(new Error(`finalize: a search-rows worker exited (${code}) before answering`))),
    );
    worker.postMessage(inputs);
  });
}
