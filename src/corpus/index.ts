/**
 * Corpus loading: files on disk → Article records.
 *
 *   walk folders → read bytes → decode → parse by format → sidecar → detect metadata + furniture → id
 *
 * Bad input never stops a load: each bad file, line or record becomes an InputProblem and the
 * rest loads.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, normalize, relative, sep } from 'node:path';
import type { Article, InputProblem } from '../model/types.js';
import { articleId } from '../model/ids.js';
import { buildArticle } from './article.js';
import { decodeBytes } from './decode.js';
import { readJson, readJsonLines, type FormatResult, type KeepRecord } from './format-json.js';
import { defaultHtmlBudget, readHtmlWithin } from './format-html.js';
import { readMarkdown, readText } from './format-text.js';
import { corpusProblem, FileProblems, PROBLEMS_LISTED_PER_FILE } from './problems.js';
import { describeIssue, sidecarSchema, type Sidecar } from './schemas.js';
import {
  describeFsError,
  FORMAT_MAX_BYTES,
  formatOf,
  SIDECAR_SUFFIX,
  tooLargeReason,
  walkCorpus,
  type ArticleFormat,
  type CorpusEntry,
  type WalkedFile,
  type WalkOptions,
} from './walk.js';

export { walkCorpus, type CorpusWalk, type WalkedFile, type WalkOptions } from './walk.js';

/** One file the load read, for change detection: a rebuild is needed when any of these changes. */
export interface CorpusFile {
  /** Corpus-relative POSIX path (as given, for files named on a command line). */
  path: string;
  size: number;
  /** sha256 hex of the file's bytes. */
  hash: string;
  /** Articles loaded from the file (or, for a `.meta.json` sidecar, the articles it applied to). */
  articleIds: string[];
}

export interface CorpusLoad {
  articles: Article[];
  problems: InputProblem[];
  files: CorpusFile[];
  /** Every file the walks of folders saw (articles, sidecars, `speakers.json`): the build's corpus listing. */
  walked: WalkedFile[];
  /**
   * With `keepArticle`: each loaded article's place in corpus order, in the order of `articles`: increasing, and the
   * same whatever the filter (each file has as many places as it holds records, read or not, valid or not, so the
   * numbers have gaps). Absent without a filter (the index in `articles` is the place).
   */
  positions?: number[];
}

export interface LoadOptions extends WalkOptions {
  /** Files larger than this are reported and skipped, whatever their format (each format has its own limit too). */
  maxFileBytes?: number;
  /** An article text longer than this is not one news article; it is reported and skipped. */
  maxArticleChars?: number;
  /** An HTML page whose elements nest deeper than this is reported and skipped before it is parsed. */
  maxHtmlDepth?: number;
  /** An HTML page still being read after this many milliseconds is abandoned and reported; 0: no limit (read in this thread). */
  htmlTimeoutMs?: number;
  /**
   * A file named on a command line gets its path (and so its article ids) relative to this folder, as a build of
   * that folder gives it; '' (default): the path as given.
   */
  relativeTo?: string;
  /**
   * Loads only the articles whose id this accepts (one shard of a corpus): the others are not built, and their own
   * problems (a bad record included) are left to the load that keeps them. A JSON Lines line whose id can be read
   * off its start is not even parsed when refused (format-json.ts `quickRecordId`).
   */
  keepArticle?: ((id: string) => boolean) | null;
}

export const defaultLoadOptions: Required<LoadOptions> = {
  maxFileBytes: 256 * 1024 * 1024,
  maxArticleChars: 1_000_000,
  maxHtmlDepth: defaultHtmlBudget.maxDepth,
  htmlTimeoutMs: defaultHtmlBudget.timeoutMs,
  followLinks: false,
  exclude: [],
  relativeTo: '',
  keepArticle: null,
};

type Options = Required<LoadOptions>;

/** The in-thread readers; HTML goes through `readHtmlWithin` (depth and time budget). */
/** Files read ahead of the one being parsed: enough to keep the disk busy, few enough to bound memory. */
const READ_AHEAD_FILES = 32;
const READ_AHEAD_BYTES = 64 * 1024 * 1024;

const readers: Record<Exclude<ArticleFormat, 'html'>, (text: string, path: string, keep?: KeepRecord) => FormatResult> = {
  text: readText,
  markdown: readMarkdown,
  json: readJson,
  jsonl: readJsonLines,
};

/** Walks a corpus folder recursively and loads every article file in it. */
export function loadCorpus(dir: string, options: LoadOptions = {}): Promise<CorpusLoad> {
  return loadInputs([dir], options);
}

/**
 * Loads the files and/or folders given on a command line. Folders are walked (paths relative
 * to the folder); files are read as named (paths as given).
 */
export async function loadInputs(paths: string[], options: LoadOptions = {}): Promise<CorpusLoad> {
  const stream = streamInputs(paths, options);
  const articles: Article[] = [];
  for await (const batch of stream.batches) for (const article of batch) articles.push(article);
  return {
    articles,
    problems: stream.problems,
    files: stream.files,
    walked: stream.walked,
    ...(stream.positions ? { positions: stream.positions } : {}),
  };
}

/**
 * A load read as it is asked for: `batches` gives each file's articles in turn (those `loadCorpus` would give, in
 * the same order), so that the whole corpus need never be held at once. `problems`, `files` and `walked` fill
 * as the batches are read, and are complete (what `loadCorpus` gives) once they all have been.
 */
export interface CorpusStream extends CorpusLoad {
  /** Always empty: the articles come through `batches`. */
  articles: Article[];
  batches: AsyncIterable<Article[]>;
}

/** `loadCorpus` a file at a time (see {@link CorpusStream}). */
export function streamCorpus(dir: string, options: LoadOptions = {}): CorpusStream {
  return streamInputs([dir], options);
}

/** `loadInputs` a file at a time (see {@link CorpusStream}). */
export function streamInputs(paths: string[], options: LoadOptions = {}): CorpusStream {
  const opts = { ...defaultLoadOptions, ...options };
  const load: CorpusLoad = { articles: [], problems: [], files: [], walked: [] };
  if (opts.keepArticle) load.positions = [];
  return { ...load, batches: readInputs(paths, opts, load) };
}

async function* readInputs(paths: string[], opts: Options, load: CorpusLoad): AsyncGenerator<Article[]> {
  const entries: CorpusEntry[] = [];
  for (const given of paths) {
    const rel = normalize(opts.relativeTo ? relative(opts.relativeTo, given) : given).split(sep).join('/');
    let info;
    try {
      info = await stat(given);
    } catch (err) {
      load.problems.push(corpusProblem(rel, null, describeFsError(err)));
      continue;
    }
    if (info.isDirectory()) {
      // Loops, not push(...list): a spread of a hundred thousand entries overflows the call stack.
      const walked = await walkCorpus(given, opts);
      for (const entry of walked.entries) entries.push(entry);
      for (const problem of walked.problems) load.problems.push(problem);
      for (const file of walked.files) load.walked.push(file);
    } else {
      const format = formatOf(basename(given));
      if (format) entries.push({ abs: given, rel, format });
      else load.problems.push(corpusProblem(rel, null, 'not an article file (expected .txt, .md, .json, .jsonl, .html or .htm)'));
    }
  }

  const seen = new Map<string, string>();
  // Each file's records take places in corpus order, read or not (see CorpusLoad.positions).
  let placesBefore = 0;
  // Files are read ahead (a few at a time, a bounded number of bytes) while earlier ones are parsed, in order.
  const reads = new Map<number, Promise<Buffer | InputProblem>>();
  let nextRead = 0;
  const readAhead = (from: number) => {
    let bytes = 0;
    for (let i = from; i < nextRead; i++) bytes += entries[i]!.size ?? 0;
    while (nextRead < entries.length && nextRead - from < READ_AHEAD_FILES && (nextRead === from || bytes + (entries[nextRead]!.size ?? 0) <= READ_AHEAD_BYTES)) {
      const entry = entries[nextRead]!;
      bytes += entry.size ?? 0;
      // A file the walk saw empty is not opened: it is reported as empty like any other.
      if (entry.size === 0) reads.set(nextRead, Promise.resolve(Buffer.alloc(0)));
      else reads.set(nextRead, readBytes(entry.abs, entry.rel, Math.min(opts.maxFileBytes, FORMAT_MAX_BYTES[entry.format])));
      nextRead += 1;
    }
  };
  for (const [i, entry] of entries.entries()) {
    readAhead(i);
    const read = reads.get(i)!;
    reads.delete(i);
    const { articles, problems, files, records } = await loadFile(entry, await read, opts);
    for (const problem of problems) load.problems.push(problem);
    const kept = new Set<string>();
    const batch: Article[] = [];
    // A duplicate id is left out with the first article of that id, or kept and reported with it: by the same load.
    for (const { article, place } of articles) {
      const first = seen.get(article.id);
      const where = article.line === null ? `'${article.path}'` : `'${article.path}' line ${article.line}`;
      if (first !== undefined) {
        load.problems.push(corpusProblem(article.path, article.line, `duplicate article id '${article.id}' (first used by ${first}); skipped`));
        continue;
      }
      seen.set(article.id, where);
      kept.add(article.id);
      batch.push(article);
      load.positions?.push(placesBefore + place);
    }
    placesBefore += records;
    for (const file of files) load.files.push({ ...file, articleIds: file.articleIds.filter((id) => kept.has(id)) });
    if (batch.length > 0) yield batch;
  }
}

/**
 * One walked file loaded on its own (an ingest shard reads its files one by one): its articles with their places,
 * its problems. `bytes` stands for the file's content when given (a shard's part of a JSON Lines file).
 */
export async function loadEntry(entry: CorpusEntry, options: LoadOptions = {}, bytes?: Buffer): Promise<FileLoad> {
  const opts = { ...defaultLoadOptions, ...options };
  const read = bytes ?? (entry.size === 0 ? Buffer.alloc(0) : await readBytes(entry.abs, entry.rel, Math.min(opts.maxFileBytes, FORMAT_MAX_BYTES[entry.format])));
  return loadFile(entry, read, opts);
}

async function readBytes(abs: string, rel: string, maxBytes: number): Promise<Buffer | InputProblem> {
  try {
    const info = await stat(abs);
    if (info.size > maxBytes) return corpusProblem(rel, null, tooLargeReason(info.size, maxBytes));
    return await readFile(abs);
  } catch (err) {
    return corpusProblem(rel, null, describeFsError(err));
  }
}

function fileRecord(path: string, bytes: Buffer, articleIds: string[]): CorpusFile {
  return { path, size: bytes.length, hash: createHash('sha256').update(bytes).digest('hex'), articleIds };
}

/** The sidecar the walk found, or for a file named on a command line `x.txt.meta.json`, else `x.meta.json`, beside it. */
async function sidecarOf(entry: CorpusEntry): Promise<{ abs: string; rel: string } | null> {
  if (entry.sidecar !== undefined) return entry.sidecar;
  const stem = (p: string) => p.replace(/\.[^./]*$/, '');
  for (const [abs, rel] of [
    [entry.abs + SIDECAR_SUFFIX, entry.rel + SIDECAR_SUFFIX],
    [stem(entry.abs) + SIDECAR_SUFFIX, stem(entry.rel) + SIDECAR_SUFFIX],
  ] as const) {
    if (await stat(abs).then((s) => s.isFile(), () => false)) return { abs, rel };
  }
  return null;
}

async function readSidecar(entry: CorpusEntry, maxBytes: number): Promise<{ rel: string; bytes: Buffer; sidecar: Sidecar | null; problem: InputProblem | null } | null> {
  const found = await sidecarOf(entry);
  if (!found) return null;
  const { abs, rel } = found;
  const bytes = await readBytes(abs, rel, maxBytes);
  if (!Buffer.isBuffer(bytes)) return { rel, bytes: Buffer.alloc(0), sidecar: null, problem: bytes };
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { rel, bytes, sidecar: null, problem: corpusProblem(rel, null, `${decoded.reason}; metadata sidecar ignored`) };
  let value: unknown;
  try {
    value = JSON.parse(decoded.text);
  } catch (err) {
    return { rel, bytes, sidecar: null, problem: corpusProblem(rel, null, `not valid JSON (${(err as Error).message}); metadata sidecar ignored`) };
  }
  const parsed = sidecarSchema.safeParse(value);
  if (!parsed.success) return { rel, bytes, sidecar: null, problem: corpusProblem(rel, null, `${describeIssue(parsed.error, value)}; metadata sidecar ignored`) };
  return { rel, bytes, sidecar: parsed.data, problem: null };
}

/** A file's articles in order (with `keepArticle`, those it keeps), each with its place among the file's `records`. */
export interface FileLoad {
  articles: Array<{ article: Article; place: number }>;
  problems: InputProblem[];
  files: CorpusFile[];
  records: number;
}

async function loadFile(entry: CorpusEntry, bytes: Buffer | InputProblem, opts: Options): Promise<FileLoad> {
  if (!Buffer.isBuffer(bytes)) return { articles: [], problems: [bytes], files: [], records: 0 };
  const decoded = decodeBytes(bytes);
  if (!decoded.ok) return { articles: [], problems: [corpusProblem(entry.rel, null, decoded.reason)], files: [fileRecord(entry.rel, bytes, [])], records: 0 };
  const keep: KeepRecord | undefined = opts.keepArticle ? (identity) => opts.keepArticle!(articleId(identity)) : undefined;

  let parsed: FormatResult;
  try {
    parsed =
      entry.format === 'html'
        ? await readHtmlWithin(decoded.text, entry.rel, { maxDepth: opts.maxHtmlDepth, timeoutMs: opts.htmlTimeoutMs })
        : readers[entry.format](decoded.text, entry.rel, keep);
  } catch (err) {
    // A reader bug or a pathological file must not end the whole load.
    const reason = `could not be read as ${entry.format} (${(err as Error).message})`;
    return { articles: [], problems: [corpusProblem(entry.rel, null, reason)], files: [fileRecord(entry.rel, bytes, [])], records: 0 };
  }
  // Bounded: the reader's problems are bounded already (a hundred and a summary line); so are the articles'.
  const problems = new FileProblems(entry.rel, parsed.problems.length + PROBLEMS_LISTED_PER_FILE);
  for (const problem of parsed.problems) problems.push(problem);
  const side = await readSidecar(entry, Math.min(opts.maxFileBytes, FORMAT_MAX_BYTES.sidecar));
  if (side?.problem) problems.push(side.problem);

  const articles: FileLoad['articles'] = [];
  for (const draft of parsed.drafts) {
    // The readers of formats without a filter of their own (text, markdown, HTML) give every draft.
    if (keep && !keep(draft)) continue;
    if (draft.text.length > opts.maxArticleChars) {
      problems.add(draft.line, `article text is ${draft.text.length} characters, over the ${opts.maxArticleChars} limit (not one news article?); skipped`);
      continue;
    }
    const built = buildArticle(draft, side?.sidecar ?? null, side?.rel ?? null);
    for (const problem of built.problems) problems.push(problem);
    articles.push({ article: built.article, place: (draft.position ?? 1) - 1 });
  }
  const ids = articles.map((a) => a.article.id);
  const files = [fileRecord(entry.rel, bytes, ids)];
  if (side && side.bytes.length > 0) files.push(fileRecord(side.rel, side.bytes, side.sidecar ? ids : []));
  return { articles, problems: problems.list(), files, records: parsed.records ?? 1 };
}
