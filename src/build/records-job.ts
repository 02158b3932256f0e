/**
 * The record files (`articles.jsonl`, `quotes.jsonl`, `speakers.jsonl`, `records.bin`) written on a worker thread
 * while the build thread makes the search file: they need the quotes complete (ids, speakers, dates), not the
 * search file, and making them (every quote decoded again and encoded as its line) ran on one core after it. The
 * same generators as in one thread (src/store/records.ts, records-file.ts), so the same bytes.
 *
 *   build thread:  quotes complete ─▶ start ─▶ search file ─▶ search.bin ─▶ await the files ─▶ statements.bin …
 *   worker:                            articles, quotes, speakers, records ─▶ written
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { MessagePort, Worker } from 'node:worker_threads';
import { siblingModule, startWorker } from '../lib/worker.js';
import { jsonLines, writeDurable, type WrittenFile } from '../store/files.js';
import { INDEX_FILES } from '../store/manifest.js';
import { encodeRecordsFile, type WrittenLengths } from '../store/records-file.js';
import { articleLines, quoteLines } from '../store/records.js';
import { SpilledQuotes, type SpilledState } from './quote-spill.js';
import type { Article, Speaker } from '../model/types.js';

/** The files this job writes, in the order it writes them. */
export const RECORD_FILES = [
  INDEX_FILES.articles,
  INDEX_FILES.quotes,
  INDEX_FILES.speakers,
  INDEX_FILES.records,
] as const;

/** What the record files are made of: the build's articles (their fields, not their texts), quotes and speakers. */
export interface RecordsInput {
  dir: string;
  articles: readonly Article[];
  /** Each article text's UTF-8 length, as `article-texts.bin` holds it. */
  articleTexts: readonly number[];
  quotes: SpilledQuotes;
  speakers: readonly Speaker[];
}

/** The job as a worker's `workerData`: the articles as plain records (their texts stay on disk). */
export interface RecordsJobData {
  job: 'records';
  dir: string;
  articles: Array<Omit<Article, 'text'>>;
  articleTexts: number[];
  quotes: SpilledState;
  speakers: Speaker[];
}

type Answer = { written: Record<string, WrittenFile> } | { error: string };

/** Runs the step writing `file` (the build turns a file-system failure into an error naming the file). */
export type WriteGuard = <T>(file: string, step: () => Promise<T>) => Promise<T>;

/** Writes the record files into `input.dir` (here or on the worker): the manifest's entries for them. */
export async function writeRecordFiles(
  input: RecordsInput,
  guard: WriteGuard = (_file, step) => step(),
): Promise<Record<string, WrittenFile>> {
  const { dir, articles, quotes, speakers } = input;
  const lengths: WrittenLengths = { quoteLines: [], articleLines: [], articleTexts: [...input.articleTexts] };
  const measured = function* (lines: Iterable<string>, into: number[]): Iterable<string> {
    for (const line of lines) {
      into.push(Buffer.byteLength(line, 'utf8'));
      yield line;
    }
  };
  const contents: Record<(typeof RECORD_FILES)[number], () => Iterable<string | Uint8Array>> = {
    [INDEX_FILES.articles]: () => measured(articleLines(articles, lengths.articleTexts), lengths.articleLines),
    [INDEX_FILES.quotes]: () => measured(quoteLines(quotes, articles, speakers), lengths.quoteLines),
    [INDEX_FILES.speakers]: () => jsonLines(speakers),
    // Made when it is written, after the record files it locates.
    [INDEX_FILES.records]: () => encodeRecordsFile(quotes, articles, speakers, lengths),
  };
  const written: Record<string, WrittenFile> = {};
  for (const name of RECORD_FILES) {
    const file = path.join(dir, name);
    written[name] = await guard(file, () => writeDurable(file, contents[name]()));
  }
  return written;
}

/** The worker's side (run by worker.ts). */
export function runRecordsJob(data: RecordsJobData, port: MessagePort): void {
  // The articles' texts are not read: their lengths are given.
  const articles = data.articles as Article[];
  const quotes = SpilledQuotes.fromState(data.quotes, articles);
  void writeRecordFiles({ dir: data.dir, articles, articleTexts: data.articleTexts, quotes, speakers: data.speakers })
    .then(
      (written): Answer => ({ written }),
      (error: unknown): Answer => ({ error: error instanceof Error ? error.message : String(error) }),
    )
    .then((answer) => {
      quotes.close();
      port.postMessage(answer);
    });
}

/**
 * The build thread's side: `start` once the quotes are complete, `finish` for the files' manifest entries. A worker
 * that cannot start or fails is not an error: its files are removed and written again in this thread (where a real
 * error, a full disk say, then shows).
 */
export class RecordsJob {
  /** Where the files were written, once `finish` has given them. */
  ranIn: 'worker' | 'thread' | null = null;

  private constructor(
    private readonly input: RecordsInput,
    private readonly worker: Worker | null,
    private readonly answer: Promise<Answer> | null,
  ) {}

  static start(input: RecordsInput): RecordsJob {
    let worker: Worker | null;
    let answer: Promise<Answer> | null = null;
    try {
      const workerData: RecordsJobData = {
        job: 'records',
        dir: input.dir,
        articles: input.articles.map(plainArticle),
        articleTexts: [...input.articleTexts],
        quotes: input.quotes.state(),
        speakers: [...input.speakers],
      };
      const started = startWorker(siblingModule(import.meta.url, 'worker'), { workerData });
      worker = started;
      answer = new Promise<Answer>((resolve) => {
        started.once('message', resolve);
        started.once('error', (error) => resolve({ error: error.message }));
        started.once('exit', (code) => resolve({ error: `the records worker exited (${code})` }));
      });
    } catch {
      worker = null;
    }
    return new RecordsJob(input, worker, answer);
  }

  /** The record files' manifest entries, written by the worker or, when it failed, by this thread. */
  async finish(guard?: WriteGuard): Promise<Record<string, WrittenFile>> {
    const answer = this.answer ? await this.answer : null;
    await this.close();
    if (answer !== null && 'written' in answer) {
      this.ranIn = 'worker';
      return answer.written;
    }
    for (const name of RECORD_FILES) await rm(path.join(this.input.dir, name), { force: true });
    this.ranIn = 'thread';
    return writeRecordFiles(this.input, guard);
  }

  /** Ends the worker (a build that stops before `finish`). */
  async close(): Promise<void> {
    const worker = this.worker;
    if (worker === null) return;
    worker.removeAllListeners('exit');
    await worker.terminate();
  }
}

/** An article's fields without its text (an article whose text is on disk reads it through a getter). */
function plainArticle(a: Article): Omit<Article, 'text'> {
  return {
    id: a.id,
    recordId: a.recordId,
    path: a.path,
    line: a.line,
    title: a.title,
    publisher: a.publisher,
    url: a.url,
    author: a.author,
    publishedAt: a.publishedAt,
    dateline: a.dateline,
    furniture: a.furniture,
    metaOrigin: a.metaOrigin,
  };
}
