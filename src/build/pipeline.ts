/**
 * The extraction pipeline over a set of articles, shared by `verbatim index` and `verbatim extract`:
 *
 *   Article[] ─▶ extract quotes (per article) ─▶ resolve speakers (corpus-wide) ─▶ Quote[] with stable ids
 */
import { availableParallelism } from 'node:os';
import { extractQuotes, nameSplitter } from '../extract/index.js';
import { resolveSpeakers, type SpeakerOverrides } from '../speakers/index.js';
import type { Article, ExtractedQuote, InputProblem } from '../model/types.js';
import type { ResourceLimits } from 'node:worker_threads';
import type { ExtractionPool } from './workers.js';
import { StringPool } from './intern.js';
import { quoteRecords, type Gathered, type ProcessResult, type ResolveSpeakersFn } from './quote-records.js';
// Quote ids and records live in quote-records.ts, which loads no extractor (the PostgreSQL ingest of cached
// extractions uses them alone); re-exported here, where they were first.
export {
  articlesTogether,
  assignQuoteIds,
  assignQuoteIdsOf,
  normalizeQuoteText,
  QuoteIdAssigner,
  quoteId,
  type ExtractedQuoteAccess,
  type Gathered,
  type ProcessResult,
  type ResolveSpeakersFn,
} from './quote-records.js';

export type ExtractFn = (article: Article) => ExtractedQuote[];

/** `extractQuotes` with one name splitter kept across the articles of a run (see `ExtractOptions.names`). */
function defaultExtract(): ExtractFn {
  const names = nameSplitter();
  return (article) => extractQuotes(article, { names });
}

export type { SpeakerOverrides };

export interface ProcessOptions {
  /** The per-article extractor (default: src/extract). */
  extract?: ExtractFn;
  /** Corpus-wide speaker resolution (default: src/speakers). */
  resolveSpeakers?: ResolveSpeakersFn;
  /** Hand-written speaker corrections (`corpus/speakers.json`), passed to speaker resolution. */
  overrides?: SpeakerOverrides | null;
  /** Extraction results kept from an earlier run (incremental builds); `undefined` means "extract it". */
  reuse?: (article: Article) => ExtractedQuote[] | undefined;
  /** Called once per article with its extraction result, reused or fresh. */
  onExtracted?: (article: Article, quotes: ExtractedQuote[], reused: boolean) => void;
  /** Progress through the articles: `done` of `total` extracted, `quotes` found so far (when known). */
  onProgress?: (done: number, total: number, quotes?: number) => void;
  /** Called when extraction is over and corpus-wide speaker resolution starts. */
  onResolving?: () => void;
  /**
   * Called (by `processArticlesInParallel`) when extraction is over, with the articles kept: returns the
   * articles to go on with, the same in every field (the build's hold their texts on disk from then on).
   */
  afterExtraction?: (kept: Article[]) => Article[] | Promise<Article[]>;
}

/** What `processArticles` produces: the plain records of an index, plus articles that could not be processed. */
/**
 * Extracts the quotes of every article, resolves their speakers across the whole set and gives each
 * quote its stable id. An article whose extraction throws is reported in `problems` and skipped.
 */
export function processArticles(articles: Article[], options: ProcessOptions = {}): ProcessResult {
  const extract = options.extract ?? defaultExtract();
  return collect(articles, options, (article) => extract(article), options.onProgress);
}

export interface ParallelProcessOptions extends ProcessOptions {
  /** Worker threads for extraction (default: the machine's available parallelism); 1 extracts in this thread. */
  threads?: number;
}

/**
 * `processArticles` with extraction spread over this thread and worker threads, in batches of articles,
 * the results put back in article order: the output is identical to the single-threaded one. Workers are used
 * only for the default extractor (a replaced one may not be importable in a worker) and for more than a
 * handful of articles; if the workers cannot start, extraction runs in this thread.
 */
export async function processArticlesInParallel(
  articles: Article[],
  options: ParallelProcessOptions = {},
): Promise<ProcessResult> {
  const gathered = await extractInParallel(articles, options);
  // The articles as loaded are not needed any more (`gathered.kept` holds the ones kept): this frame lets them go.
  // eslint-disable-next-line no-useless-assignment -- the assignment is for the garbage collector
  articles = [];
  if (options.afterExtraction) gathered.kept = await options.afterExtraction(gathered.kept);
  return finish(gathered, options);
}

async function extractInParallel(articles: Article[], options: ParallelProcessOptions): Promise<Gathered> {
  const threads = Math.max(1, Math.floor(options.threads ?? availableParallelism()));
  const usesDefault = options.extract === undefined || options.extract === extractQuotes;
  const extract = options.extract ?? defaultExtract();
  let reusedQuotes = 0;
  const pending = articles.filter((a) => {
    const reused = options.reuse?.(a);
    if (reused !== undefined) reusedQuotes += reused.length;
    return reused === undefined;
  });
  if (threads < 2 || !usesDefault || pending.length < MIN_PARALLEL_ARTICLES)
    return gather(articles, options, (article) => extract(article), options.onProgress);
  const { extractInWorkers } = await import('./workers.js');
  const reusedCount = articles.length - pending.length;
  const fresh = await extractInWorkers(pending, threads, (done, quotes) =>
    options.onProgress?.(reusedCount + done, articles.length, reusedQuotes + quotes),
  );
  if (fresh === null) return gather(articles, options, (article) => extract(article), options.onProgress);
  const byArticle = new Map<Article, ExtractedQuote[] | Error>();
  pending.forEach((a, i) => byArticle.set(a, fresh[i]!));
  return gather(articles, options, (article) => {
    const result = byArticle.get(article);
    if (result === undefined) return extractQuotes(article);
    if (result instanceof Error) throw result;
    return result;
  });
}

/** Fewer articles than this are extracted in this thread: starting workers would cost more than it saves. */
const MIN_PARALLEL_ARTICLES = 64;

export interface BatchProcessOptions extends ParallelProcessOptions {
  /**
   * Called with each batch's articles kept, once their quotes are extracted: returns the articles to go on with,
   * the same in every field (the build's hold their texts on disk from then on, so the corpus is never held
   * whole).
   */
  afterBatch?: (kept: Article[]) => Article[] | Promise<Article[]>;
  /** Articles in all, when known before the batches are read (progress); otherwise those read so far. */
  total?: number;
  /** Heap limits of each extraction worker (a worker over them fails: the rest is extracted in this thread). */
  workerLimits?: ResourceLimits;
  /**
   * false: the quotes are not gathered (the caller keeps what `onExtracted` hands it, e.g. on disk); the result's
   * `extracted` is then empty. Default true.
   */
  keepQuotes?: boolean;
}

/**
 * `processArticlesInParallel` over articles that come in batches (a corpus read a file at a time, a generator):
 * each batch is extracted (on the same worker threads throughout) and handed to `afterBatch` in order, the next
 * batch being read and extracted meanwhile, so two batches' texts are held at a time. The result is the one `processArticles` gives for all
 * the batches' articles in order.
 */
export async function processArticleBatches(
  batches: AsyncIterable<Article[]> | Iterable<Article[]>,
  options: BatchProcessOptions = {},
): Promise<ProcessResult> {
  const all = await extractArticleBatches(batches, options);
  if (options.afterExtraction) all.kept = await options.afterExtraction(all.kept);
  return finish(all, options);
}

/**
 * The extraction of {@link processArticleBatches}, batch by batch, without what follows it (speakers, ids): the
 * articles kept, their quotes (unless `keepQuotes` is false) and the problems, as `gather` gives them.
 */
export async function extractArticleBatches(
  batches: AsyncIterable<Article[]> | Iterable<Article[]>,
  options: BatchProcessOptions = {},
): Promise<Gathered> {
  const keepQuotes = options.keepQuotes ?? true;
  let quoteCount = 0;
  const threads = Math.max(1, Math.floor(options.threads ?? availableParallelism()));
  const usesDefault = options.extract === undefined || options.extract === extractQuotes;
  const extract = options.extract ?? defaultExtract();
  let pool: ExtractionPool | null | undefined;
  const all: Gathered = { kept: [], extracted: [], problems: [], reusedArticles: 0 };
  // The quotes are held until the index is written: their repeated short strings are held once (see intern.ts).
  const strings = new StringPool();
  let read = 0;
  let done = 0;

  /** A batch read: its articles, and (on the pool) the extraction of those not reused, running or done. */
  interface Job {
    batch: Article[];
    total: number;
    progress: (k: number, total: number, quotes?: number) => void;
    pending: Article[];
    fresh: Promise<Array<ExtractedQuote[] | Error> | null> | null;
  }
  /** Gathers a batch's results (in this thread, unless the pool extracted them) and hands it on. */
  const finishJob = async (job: Job): Promise<void> => {
    const { batch, total, progress, pending } = job;
    let gathered: Gathered | null = null;
    const fresh = job.fresh ? await job.fresh : null;
    if (fresh) {
      const byArticle = new Map<Article, ExtractedQuote[] | Error>();
      pending.forEach((a, i) => byArticle.set(a, fresh[i]!));
      gathered = gather(batch, options, (article) => {
        const result = byArticle.get(article);
        if (result === undefined) return extractQuotes(article);
        if (result instanceof Error) throw result;
        return result;
      });
    }
    gathered ??= gather(batch, options, (article) => extract(article), progress);
    done += batch.length;
    const kept = options.afterBatch ? await options.afterBatch(gathered.kept) : gathered.kept;
    for (const a of kept) all.kept.push(a);
    quoteCount += gathered.extracted.length;
    if (keepQuotes) {
      for (const q of gathered.extracted) {
        strings.shareQuote(q);
        all.extracted.push(q);
      }
    }
    for (const p of gathered.problems) all.problems.push(p);
    all.reusedArticles += gathered.reusedArticles;
    options.onProgress?.(done, total, quoteCount);
  };

  // One batch ahead: the workers extract a batch while this thread reads the next one (the corpus, the cache
  // keys) and hands the one before on (gathering its quotes, writing them and its texts). Waiting for each
  // batch's end before reading the next left the workers idle through all of that (1M quotes, 2 cores: 248 s of
  // CPU in 186 s of wall time). Batches are still handed on one at a time and in order; the pool holds at most
  // two batches' articles (the one extracting and the one read ahead) and the results of the first.
  let previous: Job | null = null;
  try {
    for await (const batch of batches) {
      read += batch.length;
      const total = options.total ?? read;
      const before = read - batch.length;
      const progress = (k: number, _total: number, quotes?: number): void =>
        options.onProgress?.(before + k, total, quoteCount + (quotes ?? 0));
      const pending = threads < 2 || !usesDefault ? [] : batch.filter((a) => options.reuse?.(a) === undefined);
      const job: Job = { batch, total, progress, pending, fresh: null };
      if (pending.length > 0 && (pool !== undefined || pending.length >= MIN_PARALLEL_ARTICLES)) {
        if (pool === undefined) {
          const { ExtractionPool: Pool } = await import('./workers.js');
          // A worker per core and none of the extracting in this thread: its heap then holds the quotes kept,
          // not the garbage extraction makes (measured at 100k quotes, 2 cores: the phases after extraction
          // peaked 130–170 MB lower, for the same CPU time).
          pool = new Pool(threads, false, options.workerLimits);
        }
        // The batch goes to the pool at once, queued behind the previous one's messages: the workers go on to it
        // without waiting for the previous batch's slowest message (which left one idle at each batch's end, and
        // made small batches slow). Its progress is told once the batches before it are handed on.
        const reusedCount = batch.length - pending.length;
        job.fresh =
          pool?.extract(pending, (k, quotes) => {
            if (done === before) progress(reusedCount + k, batch.length, quotes);
          }) ?? null;
        // A failed pool answers null (caught in `extract`); this keeps a rejection from going unhandled meanwhile.
        job.fresh?.catch(() => {});
      }
      if (previous) await finishJob(previous);
      previous = null;
      if (job.fresh) previous = job;
      else await finishJob(job);
    }
    if (previous) await finishJob(previous);
  } finally {
    await pool?.close();
  }
  strings.clear();
  return all;
}

function collect(
  articles: Article[],
  options: ProcessOptions,
  extract: (article: Article) => ExtractedQuote[],
  onProgress?: (done: number, total: number, quotes?: number) => void,
): ProcessResult {
  return finish(gather(articles, options, extract, onProgress), options);
}

function gather(
  articles: Article[],
  options: ProcessOptions,
  extract: (article: Article) => ExtractedQuote[],
  onProgress?: (done: number, total: number, quotes?: number) => void,
): Gathered {
  const problems: InputProblem[] = [];
  const extracted: ExtractedQuote[] = [];
  const kept: Article[] = [];
  let reusedArticles = 0;

  articles.forEach((article, i) => {
    let quotes = options.reuse?.(article);
    const reused = quotes !== undefined;
    if (quotes === undefined) {
      try {
        quotes = extract(article);
      } catch (error) {
        problems.push({
          file: article.path,
          line: article.line,
          message: `extract: '${article.path}'${article.line !== null ? ` line ${article.line}` : ''}: article '${article.id}' failed: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
    }
    if (quotes !== undefined) {
      if (reused) reusedArticles++;
      kept.push(article);
      for (const q of quotes) extracted.push(q);
      options.onExtracted?.(article, quotes, reused);
    }
    onProgress?.(i + 1, articles.length, extracted.length);
  });
  return { kept, extracted, problems, reusedArticles };
}

function finish(gathered: Gathered, options: ProcessOptions): ProcessResult {
  options.onResolving?.();
  return quoteRecords(gathered, options.resolveSpeakers ?? resolveSpeakers, options.overrides ?? null);
}
