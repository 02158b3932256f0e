/**
 * Statement grouping on a worker thread, beside the build thread (2 cores: the phases after extraction each ran on
 * one). Its first half needs only the quotes' texts and articles, so the worker starts it as soon as the quotes are
 * on disk, reading them back itself while the build thread resolves speakers; the build thread then sends the
 * speakers, ids and dates, and the worker sends back `statements.bin`'s bytes. The same functions as in one thread
 * (src/statements/group.ts), so the same bytes.
 *
 *   build thread:  spill finished ─▶ start ─────▶ speakers, ids ─▶ finish(…) ─▶ search ─▶ await the bytes
 *   worker:                          read quotes, words, fingerprints ─────▶ group ─▶ encode ─▶ bytes
 */
import { closeSync, openSync, readSync } from 'node:fs';
import type { MessagePort, Worker } from 'node:worker_threads';
import { siblingModule, startWorker } from '../lib/worker.js';
import { groupStatementSlots, groupStatementWords, statementWords, type StatementText } from '../statements/group.js';
import { encodeStatements } from '../store/statements-file.js';
import type { ExtractedRow } from '../store/records.js';
import type { SpilledQuotes } from './quote-spill.js';

/** Where the quotes' rows are in the spilled cache file, and each quote's article as a number. */
export interface StatementsJobData {
  job: 'statements';
  file: string;
  rowAt: Float64Array;
  rowBytes: Uint32Array;
  /** Per quote, its article's key: equal article ids, equal keys. */
  articleKey: Int32Array;
}

/** What the second half needs, by slot. */
interface FinishMessage {
  /** Per quote, its speaker's key (-1: none). */
  speakers: Int32Array;
  ids: string[];
  dates: string[];
  full: Uint8Array;
}

type Answer = { bytes: Uint8Array } | { error: string };

/** Bytes read at a time. */
const READ_BYTES = 1 << 22;

/** The texts of the spilled quotes, in slot order, read from the cache file a window at a time. */
function* spilledTexts(data: StatementsJobData): Generator<StatementText> {
  const fd = openSync(data.file, 'r');
  try {
    let window = Buffer.alloc(0);
    let windowAt = 0;
    let windowEnd = 0;
    for (let slot = 0; slot < data.rowAt.length; slot++) {
      const at = data.rowAt[slot]!;
      const length = data.rowBytes[slot]!;
      if (at < windowAt || at + length > windowEnd) {
        const size = Math.max(READ_BYTES, length);
        if (window.length < size) window = Buffer.allocUnsafe(size);
        let got = 0;
        while (got < size) {
          const n = readSync(fd, window, got, size - got, at + got);
          if (n === 0) break;
          got += n;
        }
        windowAt = at;
        windowEnd = at + got;
        if (windowEnd < at + length)
          throw new Error(`build: '${data.file}' was cut short while the statements were grouped`);
      }
      const start = at - windowAt;
      const row = JSON.parse(window.toString('utf8', start, start + length)) as ExtractedRow;
      yield { text: row[2], article: data.articleKey[slot]! };
    }
  } finally {
    closeSync(fd);
  }
}

/** The worker's side (run by worker.ts): the first half at once, the second when the build thread sends its part. */
export function runStatementsJob(data: StatementsJobData, port: MessagePort): void {
  const answer = (message: Answer, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);
  const failed = (error: unknown): void => answer({ error: error instanceof Error ? error.message : String(error) });
  let words: ReturnType<typeof statementWords>;
  try {
    words = statementWords(spilledTexts(data), data.rowAt.length);
  } catch (error) {
    failed(error);
    return;
  }
  port.once('message', (m: FinishMessage) => {
    try {
      const slots = groupStatementWords(words, {
        speakerAt: (slot) => (m.speakers[slot] === -1 ? null : m.speakers[slot]!),
        idAt: (slot) => m.ids[slot]!,
        dateAt: (slot) => m.dates[slot]!,
        fullAt: (slot) => m.full[slot] === 1,
      });
      const bytes = encodeStatements(m.ids.length, slots);
      answer({ bytes }, [bytes.buffer as ArrayBuffer]);
    } catch (error) {
      failed(error);
    }
  });
}

/**
 * The build thread's side: started once the quotes are on disk; `finish` once they are complete gives
 * `statements.bin`'s bytes. A worker that cannot start or fails is not an error: the grouping is then made in
 * this thread (where a real error shows).
 */
export class StatementsJob {
  private answer: Promise<Answer> | null = null;
  /** Where the grouping was made, once `finish` has given it (the worker, or this thread when it could not). */
  ranIn: 'worker' | 'thread' | null = null;

  private constructor(
    private readonly quotes: SpilledQuotes,
    private readonly worker: Worker | null,
  ) {
    if (worker === null) return;
    this.answer = new Promise<Answer>((resolve) => {
      worker.once('message', resolve);
      worker.once('error', (error) => resolve({ error: error.message }));
      worker.once('exit', (code) => resolve({ error: `the statements worker exited (${code})` }));
    });
  }

  /** Starts the worker on the spilled quotes (their rows must all be written). */
  static start(quotes: SpilledQuotes): StatementsJob {
    let worker: Worker | null;
    try {
      const articleKeys = new Map<string, number>();
      const articleKey = new Int32Array(quotes.length);
      for (let slot = 0; slot < quotes.length; slot++) {
        const id = quotes.articleIdAt(slot);
        let key = articleKeys.get(id);
        if (key === undefined) articleKeys.set(id, (key = articleKeys.size));
        articleKey[slot] = key;
      }
      const { file, rowAt, rowBytes } = quotes.rowPlaces();
      const workerData: StatementsJobData = { job: 'statements', file, rowAt, rowBytes, articleKey };
      worker = startWorker(siblingModule(import.meta.url, 'worker'), { workerData });
    } catch {
      worker = null;
    }
    return new StatementsJob(quotes, worker);
  }

  /** `statements.bin`'s bytes, once the quotes have their ids, speakers and dates (`SpilledQuotes.complete`). */
  async finish(): Promise<Buffer> {
    const { quotes, worker } = this;
    try {
      if (worker !== null && this.answer !== null) {
        const speakerKeys = new Map<string, number>();
        const message: FinishMessage = {
          speakers: new Int32Array(quotes.length),
          ids: new Array<string>(quotes.length),
          dates: new Array<string>(quotes.length),
          full: new Uint8Array(quotes.length),
        };
        for (let slot = 0; slot < quotes.length; slot++) {
          const speaker = quotes.speakerIdAt(slot);
          let key = speaker === null ? -1 : speakerKeys.get(speaker);
          if (key === undefined) speakerKeys.set(speaker!, (key = speakerKeys.size));
          message.speakers[slot] = key;
          message.ids[slot] = quotes.idAt(slot);
          message.dates[slot] = quotes.dateAt(slot);
          message.full[slot] = quotes.fullAt(slot) ? 1 : 0;
        }
        worker.postMessage(message, [message.speakers.buffer, message.full.buffer] as ArrayBuffer[]);
        const answer = await this.answer;
        if ('bytes' in answer) {
          this.ranIn = 'worker';
          return Buffer.from(answer.bytes.buffer, answer.bytes.byteOffset, answer.bytes.byteLength);
        }
      }
    } catch {
      // grouped below, in this thread
    } finally {
      await this.close();
    }
    this.ranIn = 'thread';
    return encodeStatements(quotes.length, groupStatementSlots(quotes));
  }

  /** Ends the worker (a build that stops before `finish`). */
  async close(): Promise<void> {
    const worker = this.worker;
    if (worker === null) return;
    worker.removeAllListeners('exit');
    await worker.terminate();
  }
}
