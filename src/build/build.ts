/**
 * Building an index folder from a corpus folder:
 *
 *   walk + load articles (listing the corpus files) ─▶ extract (reusing the previous cache) ─▶ resolve speakers ─▶ group statements
 *   ─▶ search index ─▶ write into a temp folder (fsync'd) ─▶ swap it in by rename
 */
import { createHash } from 'node:crypto';
import { access, mkdir, realpath, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { articlesTogether, assignQuoteIdsOf, extractArticleBatches, QuoteIdAssigner } from './pipeline.js';
import { QuoteSpill, type SpilledQuotes } from './quote-spill.js';
import { resolveSpeakers } from '../speakers/index.js';
import { TextsWriter, type TextsOnDisk } from './article-texts.js';
import { budgetSizes, defaultMemoryMb, WORKER_YOUNG_MB, type BudgetSizes } from './budget.js';
import { describeCorpus, describeWalked } from './corpus-listing.js';
import { CONFIDENCE_MODEL_VERSION } from '../extract/confidence.js';
import { BuildRefusedError, displayPath, IndexError, systemFailure } from '../store/errors.js';
import { hashFile, jsonLines, writeDurable, type WrittenFile } from '../store/files.js';
import { parseIndexLines, readManifest, readVerified } from '../store/load.js';
import {
  FORMAT_VERSION,
  GENERATOR,
  INDEX_FILES,
  MANIFEST_FILE,
  type CorpusFile,
  type Manifest,
} from '../store/manifest.js';
import { encodeRecordsFile, type WrittenLengths } from '../store/records-file.js';
import { articleLines, articleTexts, CACHE_ROW_VERSION, quoteLines, readCacheLines } from '../store/records.js';
import { StatementsJob } from './statements-job.js';
import { defaultStages, extractorSourceVersion, type BuildStages, type CorpusLoad } from './stages.js';
import {
  assertReplaceable,
  lockOutput,
  makeTempDir,
  recoverInterruptedSwap,
  removeStaleTemps,
  swapIn,
} from '../store/swap.js';
import type { Article, ExtractedQuote, InputProblem } from '../model/types.js';
import type { BuildProgress, BuildSummary } from './types.js';

export type { BuildPhase, BuildProgress, BuildSummary } from './types.js';

export interface BuildOptions {
  corpusDir: string;
  outDir: string;
  onProgress?: (progress: BuildProgress) => void;
  /**
   * Follow symbolic links whose target lies outside the corpus folder (default false: they are reported and
   * skipped). Recorded in the manifest: an index built under the other rule is stale.
   */
  followLinks?: boolean;
  /** Speaker overrides; default `<corpusDir>/speakers.json` (used when present). */
  speakersFile?: string;
  /** Replace any stage of the build (tests, tools); default: the real modules. */
  stages?: Partial<BuildStages>;
  /**
   * The memory the build sizes its batches for, in MB (default: {@link defaultMemoryMb}): how much article text
   * is extracted and written at a time, and how many quotes the term index takes in one piece. It changes how
   * the work is cut, never the index.
   */
  memoryMb?: number;
  /** The batch sizes themselves, in place of the budget's (tests, tools): they too change the work, not the index. */
  sizes?: Partial<BudgetSizes>;
}

/** The strings of `lines` as they are written, each one's UTF-8 length pushed onto `lengths`. */
function* measured(lines: Iterable<string>, lengths: number[]): Iterable<string> {
  for (const line of lines) {
    lengths.push(Buffer.byteLength(line, 'utf8'));
    yield line;
  }
}

/**
 * An article's key in the extraction cache: its extraction is reused only under the same extraction code and
 * the same confidence model (a retrained model changes every quote's confidence, not the code), and rows of the
 * same shape.
 */
function cacheKey(extractorVersion: string, modelVersion: string, article: Article): string {
  const hash = createHash('sha256').update(extractorVersion).update('\0').update(modelVersion).update('\0');
  hash.update(`cache-row-${CACHE_ROW_VERSION}\0`);
  return hash.update(JSON.stringify(article)).digest('hex');
}

/** The previous index's extraction cache, when it is intact; an unusable one just means extracting afresh. */
async function previousCache(outDir: string): Promise<Map<string, ExtractedQuote[]>> {
  try {
    const manifest = await readManifest(outDir);
    const buffer = await readVerified(outDir, manifest, INDEX_FILES.extractCache);
    return readCacheLines(parseIndexLines<unknown>(outDir, INDEX_FILES.extractCache, buffer));
  } catch {
    return new Map();
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** `file` with symbolic links resolved as far as it exists (a folder not made yet keeps its remaining names). */
async function realish(file: string): Promise<string> {
  const rest: string[] = [];
  let at = path.resolve(file);
  for (;;) {
    try {
      return path.join(await realpath(at), ...rest.reverse());
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || path.dirname(at) === at) return path.join(at, ...rest.reverse());
      rest.push(path.basename(at));
      at = path.dirname(at);
    }
  }
}

function within(child: string, parent: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * Refuses an index folder that is the corpus folder, lies inside it (the index would be read as articles, and a
 * watcher would see every build as a corpus change) or holds it (replacing the index would delete the corpus).
 */
export async function assertSeparateFolders(corpusDir: string, indexDir: string): Promise<void> {
  const corpus = await realish(corpusDir);
  const index = await realish(indexDir);
  const shown = `'${displayPath(path.resolve(indexDir))}'`;
  const corpusShown = `'${displayPath(path.resolve(corpusDir))}'`;
  const hint = 'put the index in a folder beside the corpus (e.g. --out index)';
  if (corpus === index) throw new BuildRefusedError(`the index folder ${shown} is the corpus folder`, hint);
  if (within(index, corpus))
    throw new BuildRefusedError(`the index folder ${shown} is inside the corpus folder ${corpusShown}`, hint);
  if (within(corpus, index))
    throw new BuildRefusedError(`the corpus folder ${corpusShown} is inside the index folder ${shown}`, hint);
}

/** Runs a step that writes the new index, turning a file-system failure into a one-line error naming `file`. */
async function writing<T>(file: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    const failure = systemFailure(error);
    if (failure === null) throw error;
    throw new IndexError(
      `cannot write '${displayPath(file)}': ${failure}`,
      'the previous index is unchanged; free space or choose another --out',
    );
  }
}

/**
 * Builds the index of `corpusDir` into `outDir`, atomically: the previous index stays in place, intact and
 * servable, until the new one is complete. Extraction results of unchanged articles are reused from the
 * previous index; speaker resolution and search indexing always run over the whole corpus.
 */
export async function buildIndex(options: BuildOptions): Promise<BuildSummary> {
  const started = process.hrtime.bigint();
  const stages: BuildStages = { ...defaultStages, ...options.stages };
  const corpusDir = path.resolve(options.corpusDir);
  const outDir = path.resolve(options.outDir);
  const progress = options.onProgress ?? (() => {});

  const corpusInfo = await stat(corpusDir).catch(() => null);
  if (!corpusInfo?.isDirectory())
    throw new BuildRefusedError(`corpus folder '${displayPath(corpusDir)}' not found`, 'give it with --corpus');
  await assertSeparateFolders(corpusDir, outDir);
  // Everything that can refuse the output comes before any work: its kind, its lock, whether it is writable.
  await assertReplaceable(outDir);
  const unlock = await lockOutput(outDir);
  try {
    return await buildLocked(options, { started, stages, corpusDir, outDir, progress });
  } finally {
    await unlock();
  }
}

interface BuildContext {
  started: bigint;
  stages: BuildStages;
  corpusDir: string;
  outDir: string;
  progress: (progress: BuildProgress) => void;
}

async function buildLocked(
  options: BuildOptions,
  { started, stages, corpusDir, outDir, progress }: BuildContext,
): Promise<BuildSummary> {
  await recoverInterruptedSwap(outDir);
  await assertReplaceable(outDir);
  await removeStaleTemps(outDir);
  const tempDir = await makeTempDir(outDir);
  try {
    return await buildInto(tempDir, options, { started, stages, corpusDir, outDir, progress });
  } catch (error) {
    await rm(tempDir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The files the build reads back while it runs: the article texts (appended to batch by batch while extracting)
 * and the quotes (the extraction cache's lines, likewise: see quote-spill.ts).
 */
interface BuildTexts {
  writer: TextsWriter | null;
  onDisk: TextsOnDisk | null;
  spill: QuoteSpill | null;
  quotes: SpilledQuotes | null;
  statements: StatementsJob | null;
}

async function buildInto(tempDir: string, options: BuildOptions, context: BuildContext): Promise<BuildSummary> {
  const texts: BuildTexts = { writer: null, onDisk: null, spill: null, quotes: null, statements: null };
  try {
    return await buildWith(tempDir, options, context, texts);
  } finally {
    texts.onDisk?.close();
    texts.quotes?.close();
    await texts.statements?.close();
    await texts.writer?.abandon();
    await texts.spill?.abandon();
  }
}

/**
 * The articles of `batches` again in batches of about `chars` characters of text (the last one smaller): the
 * unit the build extracts and writes at a time, whatever the unit the corpus came in (a file, a whole load).
 */
async function* rebatched(
  batches: AsyncIterable<Article[]> | Iterable<Article[]>,
  chars: number,
): AsyncGenerator<Article[]> {
  let current: Article[] = [];
  let held = 0;
  for await (const batch of batches) {
    for (const article of batch) {
      current.push(article);
      held += article.text.length;
      if (held >= chars) {
        yield current;
        current = [];
        held = 0;
      }
    }
  }
  if (current.length > 0) yield current;
}

/** The load's articles, taken out of (the build's copy of) it: held in one place only, they can be let go. */
function takeArticles(loaded: CorpusLoad): Article[] {
  const articles = loaded.articles;
  loaded.articles = [];
  return articles;
}

async function buildWith(
  tempDir: string,
  options: BuildOptions,
  { started, stages, corpusDir, outDir, progress }: BuildContext,
  texts: BuildTexts,
): Promise<BuildSummary> {
  const followLinks = options.followLinks ?? false;
  const sizes = { ...budgetSizes(options.memoryMb ?? defaultMemoryMb()), ...options.sizes };
  progress({ phase: 'load', done: 0, total: 1 });
  // The corpus is read as it is extracted, a file at a time (`streamCorpus`), unless a test or tool replaced the
  // load. A copy of the load's fields: the build takes its articles out of it (see takeArticles).
  const load =
    options.stages?.loadCorpus === undefined && stages.streamCorpus ? stages.streamCorpus : stages.loadCorpus;
  const loaded: CorpusLoad = { ...(await load(corpusDir, { followLinks })) };
  progress({ phase: 'load', done: 1, total: 1 });

  const speakersFile = path.resolve(options.speakersFile ?? path.join(corpusDir, 'speakers.json'));
  const speakers = await stages.loadSpeakerOverrides(displayPath(speakersFile));
  let speakersFileEntry: CorpusFile | null = null;
  if (path.relative(corpusDir, speakersFile).startsWith('..') && (await exists(speakersFile))) {
    speakersFileEntry = {
      path: speakersFile,
      size: (await stat(speakersFile)).size,
      sha256: await hashFile(speakersFile),
    };
  }

  const extractorVersion = stages.extractorVersion ?? (await extractorSourceVersion());
  const confidenceModelVersion = stages.confidenceModelVersion ?? CONFIDENCE_MODEL_VERSION;
  let cache = await previousCache(outDir);
  // Each article's key is a hash of all of it, asked for more than once: computed once. Weak: a batch's are let go
  // with its articles (extraction reads one batch ahead, so clearing them after a batch dropped the next one's).
  const keys = new WeakMap<Article, string>();
  const keyOf = (article: Article): string => {
    let key = keys.get(article);
    if (key === undefined) keys.set(article, (key = cacheKey(extractorVersion, confidenceModelVersion, article)));
    return key;
  };
  const total = loaded.batches ? undefined : loaded.articles.length;
  progress({ phase: 'extract', done: 0, total: total ?? 0 });
  const textsFile = path.join(tempDir, INDEX_FILES.articleTexts);
  texts.writer = await writing(textsFile, () => TextsWriter.create(textsFile));
  const writer = texts.writer;
  // Each article's quotes go to the new index's extraction cache as they are extracted, and the rest of the build
  // reads them back from there (quote-spill.ts): no stage holds every quote as an object.
  const cacheFile = path.join(tempDir, INDEX_FILES.extractCache);
  texts.spill = await writing(cacheFile, () => QuoteSpill.create(cacheFile));
  const spill = texts.spill;
  // Extraction runs on every core (worker threads) for the real extractor; the result is the same as in one thread.
  // The articles go through it a batch at a time (`sizes.batchChars` of text): each batch's texts are written
  // where the index keeps them once its quotes are extracted, and read back from there when asked, so neither
  // the corpus nor its texts are ever held whole.
  const source = loaded.batches ?? [takeArticles(loaded)];
  const gathered = await extractArticleBatches(rebatched(source, sizes.batchChars), {
    total,
    workerLimits: { maxOldGenerationSizeMb: sizes.workerHeapMb, maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    extract: stages.extractQuotes,
    keepQuotes: false,
    reuse: (article) => cache.get(keyOf(article)),
    onExtracted: (article, quotes) => spill.add(keyOf(article), article.id, quotes),
    onProgress: (done, total, quotes) => progress({ phase: 'extract', done, total, quotes }),
    afterBatch: async (kept) => {
      await writing(cacheFile, () => spill.flush());
      return writing(textsFile, () => writer.append(kept));
    },
  });
  // Extraction is over: its lookups go, and the texts and quotes files are complete.
  cache = new Map();
  texts.onDisk = { ...(await writing(textsFile, () => writer.finish())), articles: gathered.kept };
  const articles = texts.onDisk.articles;
  progress({ phase: 'speakers', done: 0, total: 1 });
  const { written: cacheWritten, quotes } = await writing(cacheFile, () => spill.finish(articles));
  texts.spill = null;
  texts.quotes = quotes;
  // The statements' first half (words, fingerprints) runs on a worker meanwhile (statements-job.ts).
  texts.statements = StatementsJob.start(quotes);
  const statementsJob = texts.statements;
  const articleById = new Map(articles.map((a) => [a.id, a]));
  // Quote ids are given in the same read of the quotes as speaker resolution when each article's quotes come
  // together (as extraction gives them); texts are asked for one article at a time (only for quotations in
  // several pieces), not all held at once.
  const idTexts = { get: (id: string) => articleById.get(id)?.text };
  const access = {
    length: quotes.length,
    at: (i: number) => quotes.extractedAt(i),
    articleIdAt: (i: number) => quotes.articleIdAt(i),
  };
  const assigner = articlesTogether(access) ? new QuoteIdAssigner(quotes.length, idTexts) : null;
  function* read(): Generator<ExtractedQuote> {
    for (let i = 0; i < quotes.length; i++) {
      const q = quotes.extractedAt(i);
      assigner?.add(q);
      yield q;
    }
  }
  // The real resolution reads the quotes one at a time; a replaced stage (tests, tools) is given them all.
  const resolved =
    stages.resolveSpeakers === resolveSpeakers
      ? resolveSpeakers(read(), articles, speakers.overrides)
      : stages.resolveSpeakers(Array.from(read()), articles, speakers.overrides);
  const ids = assigner ? assigner.finish(access) : assignQuoteIdsOf(access, idTexts);
  articleById.clear();
  quotes.complete(ids, resolved.speakerIds);
  const processed = {
    articles,
    quotes,
    speakers: resolved.speakers,
    problems: gathered.problems,
    reusedArticles: gathered.reusedArticles,
  };
  // One walk per build: the listing comes from the load's walk, with the hashes of the bytes it read (a stage
  // that does not report its walk, e.g. a test's, gets a walk of its own). Complete once the load was read.
  progress({ phase: 'scan', done: 0, total: 1 });
  const corpusFiles = loaded.walked
    ? await describeWalked(loaded.walked, loaded.files ?? [])
    : await describeCorpus(corpusDir, { followLinks });
  progress({ phase: 'scan', done: 1, total: 1 });
  // Appended one at a time: spreading a list of a hundred thousand problems into push() overflows the stack.
  const problems: InputProblem[] = [];
  const addProblems = (more: InputProblem[]): void => {
    for (const problem of more) problems.push(problem);
  };
  addProblems(loaded.problems);
  addProblems(speakers.problems);
  addProblems(processed.problems);
  cache = new Map();
  progress({ phase: 'speakers', done: 1, total: 1 });

  const data = { articles: processed.articles, quotes: processed.quotes, speakers: processed.speakers };
  // The worker groups while this thread makes the search file; its bytes are awaited after it.
  const statementsBytes = statementsJob.finish();
  statementsBytes.catch(() => {});

  progress({ phase: 'search', done: 0, total: 1 });
  // A replaced engine stage (tests, tools) is used as it is; otherwise the search file is made without an engine.
  let serializedSearch: Iterable<Uint8Array>;
  // The search file's scratch files (its text blobs and each piece's postings, read back as it is written): in
  // the temp folder, removed once search.bin is written (with the folder if the build fails).
  const searchScratch = path.join(tempDir, 'search-scratch');
  if (options.stages?.createSearchEngine === undefined && stages.searchFile) {
    await writing(searchScratch, () => mkdir(searchScratch));
    serializedSearch = await writing(searchScratch, () =>
      stages.searchFile!(data, { shardQuotes: sizes.pieceQuotes, spillDir: searchScratch }),
    );
  } else {
    const engine = await stages.createSearchEngine({ ...data, quotes: Array.from(data.quotes) });
    serializedSearch = engine.serializeParts?.() ?? [engine.serialize()];
  }
  progress({ phase: 'search', done: 1, total: 1 });
  progress({ phase: 'statements', done: 0, total: 1 });
  const statements = await statementsBytes;
  texts.statements = null;
  progress({ phase: 'statements', done: 1, total: 1 });

  {
    const lengths: WrittenLengths = {
      quoteLines: [],
      articleLines: [],
      articleTexts: texts.onDisk?.byteLengths ?? data.articles.map((a) => Buffer.byteLength(a.text, 'utf8')),
    };
    // The search file first: its tables and term index are let go before the record files are written (at 1M
    // quotes they were most of the write phase's peak, held while quotes.jsonl was written).
    const written: Record<string, WrittenFile> = {};
    const searchPath = path.join(tempDir, INDEX_FILES.search);
    progress({ phase: 'write', done: 0, total: 8 });
    written[INDEX_FILES.search] = await writing(searchPath, () => writeDurable(searchPath, serializedSearch));
    serializedSearch = [];
    await rm(searchScratch, { recursive: true, force: true });
    const contents: Array<[string, Iterable<string | Uint8Array>]> = [
      [INDEX_FILES.statements, [statements]],
      [INDEX_FILES.articles, measured(articleLines(data.articles, lengths.articleTexts), lengths.articleLines)],
      [INDEX_FILES.articleTexts, articleTexts(data.articles)],
      [INDEX_FILES.quotes, measured(quoteLines(data.quotes, data.articles, data.speakers), lengths.quoteLines)],
      [INDEX_FILES.speakers, jsonLines(data.speakers)],
      // Made when it is written, after the record files it locates.
      [INDEX_FILES.records, encodeRecordsFile(data.quotes, data.articles, data.speakers, lengths)],
    ];
    for (const [i, [name, parts]] of contents.entries()) {
      progress({ phase: 'write', done: i + 1, total: 8 });
      const file = path.join(tempDir, name);
      // The article texts were written when extraction was over (see article-texts.ts).
      if (name === INDEX_FILES.articleTexts && texts.onDisk) written[name] = texts.onDisk.written;
      else written[name] = await writing(file, () => writeDurable(file, parts));
    }
    // Written as the quotes were extracted (see quote-spill.ts).
    written[INDEX_FILES.extractCache] = cacheWritten;
    // The manifest lists the files in the order they were always listed.
    const files: Record<string, WrittenFile> = {};
    for (const name of [
      INDEX_FILES.articles,
      INDEX_FILES.articleTexts,
      INDEX_FILES.quotes,
      INDEX_FILES.speakers,
      INDEX_FILES.records,
      INDEX_FILES.search,
      INDEX_FILES.statements,
      INDEX_FILES.extractCache,
    ])
      files[name] = written[name]!;
    texts.onDisk?.close();
    texts.quotes?.close();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const manifest: Manifest = {
      generator: GENERATOR,
      formatVersion: FORMAT_VERSION,
      builtAt: new Date().toISOString(),
      corpusDir,
      corpusFiles,
      followLinks,
      speakersFile: speakersFileEntry,
      extractorVersion,
      confidenceModelVersion,
      counts: {
        articles: data.articles.length,
        quotes: data.quotes.length,
        speakers: data.speakers.length,
        skipped: problems.length,
      },
      problems,
      files,
      buildSeconds: Math.round(seconds * 1000) / 1000,
    };
    const manifestFile = path.join(tempDir, MANIFEST_FILE);
    await writing(manifestFile, () => writeDurable(manifestFile, [`${JSON.stringify(manifest, null, 2)}\n`]));
    progress({ phase: 'write', done: 8, total: 8 });
    await writing(outDir, () => swapIn(tempDir, outDir));
  }

  return {
    articles: data.articles.length,
    quotes: data.quotes.length,
    speakers: data.speakers.length,
    skipped: problems.length,
    problems,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    reusedArticles: processed.reusedArticles,
  };
}
