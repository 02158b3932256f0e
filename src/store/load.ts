/** Loading a built index: manifest validated, every file checksummed before it is parsed, never half-read. */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { statementLookups } from './assemble.js';
import { decodeStatements } from './statements-file.js';
import { readRecordsFile, type RecordsFile } from './records-file.js';
import { RecordStore } from './record-store.js';
import { speakerProblem } from './records.js';
import { openSearchEngine } from '../search/index.js';
import { digestFiles } from './verify.js';
import { displayPath, IndexError } from './errors.js';
import { parseJsonLines, sha256 } from './files.js';
import { FORMAT_VERSION, INDEX_FILES, MANIFEST_FILE, manifestSchema, type Manifest } from './manifest.js';
import { recoverInterruptedSwap } from './swap.js';
import type { LoadedIndex } from './types.js';
import type { Speaker } from '../model/types.js';
import type { SearchEngine } from '../search/types.js';

export interface LoadOptions {
  /** Opens the saved search file (default: src/search's `openSearchEngine`). */
  openSearchEngine?: typeof openSearchEngine;
}

/** Reads and validates `manifest.json` of the index in `dir`. */
export async function readManifest(dir: string): Promise<Manifest> {
  const file = path.join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new IndexError(`'${displayPath(file)}' is missing`, "build the index with 'verbatim index'");
    }
    throw error;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new IndexError(`'${displayPath(file)}' is not valid JSON`);
  }
  const version = (raw as { formatVersion?: unknown } | null)?.formatVersion;
  if (version !== FORMAT_VERSION) {
    throw new IndexError(
      `'${displayPath(file)}' has unknown format version ${JSON.stringify(version ?? null)} (this Verbatim reads ${FORMAT_VERSION})`,
    );
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw new IndexError(`'${displayPath(file)}' is invalid (${where}${issue?.message ?? 'unknown problem'})`);
  }
  for (const name of Object.values(INDEX_FILES)) {
    if (!parsed.data.files[name]) {
      throw new IndexError(`'${displayPath(file)}' does not list '${name}'`);
    }
  }
  return parsed.data;
}

/** Reads one index file and checks it against the size and sha256 the manifest recorded. */
export async function readVerified(dir: string, manifest: Manifest, name: string): Promise<Buffer> {
  const file = path.join(dir, name);
  const expected = manifest.files[name];
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new IndexError(`'${displayPath(file)}' is missing`);
    }
    throw error;
  }
  if (!expected || buffer.length !== expected.bytes || sha256(buffer) !== expected.sha256) {
    throw new IndexError(`'${displayPath(file)}' checksum mismatch`);
  }
  return buffer;
}

/** Reads one index file whose checksum is checked apart (see `loadIndex`); a missing or cut-short file is refused here. */
async function readSized(dir: string, manifest: Manifest, name: string): Promise<Buffer> {
  const file = path.join(dir, name);
  let buffer: Buffer;
  try {
    buffer = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new IndexError(`'${displayPath(file)}' is missing`);
    throw error;
  }
  if (buffer.length !== manifest.files[name]?.bytes) throw new IndexError(`'${displayPath(file)}' checksum mismatch`);
  return buffer;
}

/** Parses a verified JSON Lines index file. */
export function parseIndexLines<T>(dir: string, name: string, buffer: Buffer): T[] {
  return parseJsonLines<T>(buffer, (line) => {
    throw new IndexError(`'${displayPath(path.join(dir, name))}' line ${line} is not valid JSON`);
  });
}

/**
 * Loads the index in `dir` and assembles its in-memory lookups.
 * Throws `IndexError` (with the file and what to do) when it is missing, corrupt or of another format version.
 */
export async function loadIndex(dir: string, options: LoadOptions = {}): Promise<LoadedIndex> {
  const indexDir = path.resolve(dir);
  await recoverInterruptedSwap(indexDir);
  const manifest = await readManifest(indexDir);
  // Every file but the extraction cache, which only a build reads (and checks itself).
  const served = Object.values(INDEX_FILES).filter((name) => name !== INDEX_FILES.extractCache);
  // The checksums are computed on another thread while this one parses; nothing is returned before they match.
  const digests = digestFiles(served.map((name) => path.join(indexDir, name)));
  const verify = async (): Promise<void> => {
    const found = await digests;
    for (const name of served) {
      const digest = found.get(path.join(indexDir, name));
      const expected = manifest.files[name];
      if (
        !digest ||
        'error' in digest ||
        !expected ||
        digest.bytes !== expected.bytes ||
        digest.sha256 !== expected.sha256
      ) {
        throw new IndexError(`'${displayPath(path.join(indexDir, name))}' checksum mismatch`);
      }
    }
  };
  const readErrors = new Set<unknown>();
  const read = async (name: string): Promise<Buffer> => {
    try {
      return await readSized(indexDir, manifest, name);
    } catch (error) {
      readErrors.add(error);
      throw error;
    }
  };
  let index: LoadedIndex;
  let store: RecordStore;
  try {
    ({ index, store } = await assembleFrom(indexDir, manifest, read, options));
  } catch (error) {
    // A missing or cut-short file is said as such; any other failure may come from a damaged file, which the checksums tell first.
    if (!readErrors.has(error)) await verify();
    throw error;
  }
  await verify();
  await yieldToOthers();
  sampleRecords(store, manifest.counts);
  return index;
}

/** Lets the event loop run what waits (the requests a server answers while it loads a new index). */
const yieldToOthers = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** How many quotes and articles, spread over their files, are read and checked before an index is used. */
const SAMPLED_RECORDS = 64;

/**
 * Reads a spread of records (the first, the last and some between): a record file written wrong but with a
 * matching checksum is then refused on load, as a corrupt one is, rather than on the first requests.
 * Each record read while serving is checked too (see record-store.ts).
 */
function sampleRecords(store: RecordStore, counts: { quotes: number; articles: number }): void {
  const spread = (n: number): number[] => {
    if (n === 0) return [];
    const step = Math.max(1, Math.floor((n - 1) / (SAMPLED_RECORDS - 1)));
    const slots: number[] = [];
    for (let slot = 0; slot < n; slot += step) slots.push(slot);
    if (slots.at(-1) !== n - 1) slots.push(n - 1);
    return slots;
  };
  for (const slot of spread(counts.articles)) void store.articleAt(slot).text;
  for (const slot of spread(counts.quotes)) store.quoteAt(slot);
}

/**
 * Opens the index: the speakers, `records.bin` (where each record is), `search.bin` (the term index and
 * per-quote tables, viewed as typed arrays) and the statement grouping. Quotes and articles stay in their
 * files and are read when asked for (see record-store.ts); nothing is rebuilt.
 */
async function assembleFrom(
  indexDir: string,
  manifest: Manifest,
  read: (name: string) => Promise<Buffer>,
  options: LoadOptions,
): Promise<{ index: LoadedIndex; store: RecordStore }> {
  const { counts } = manifest;
  const refuse = (name: string, error: unknown): never => {
    throw new IndexError(
      `'${displayPath(path.join(indexDir, name))}' ${error instanceof Error ? error.message : String(error)}`,
    );
  };
  const speakers = parseIndexLines<Speaker>(indexDir, INDEX_FILES.speakers, await read(INDEX_FILES.speakers));
  speakers.forEach((speaker, i) => {
    const problem = speakerProblem(speaker);
    if (problem)
      throw new IndexError(`'${displayPath(path.join(indexDir, INDEX_FILES.speakers))}' line ${i + 1} ${problem}`);
  });
  await yieldToOthers();
  if (speakers.length !== counts.speakers)
    throw new IndexError(`'${displayPath(indexDir)}' holds other record counts than its manifest says`);
  // Sized checks only: the big record files are read a record at a time later, after the checksums passed.
  for (const name of [INDEX_FILES.quotes, INDEX_FILES.articles, INDEX_FILES.articleTexts])
    await statSized(indexDir, manifest, name, read);
  let recordsFile: RecordsFile;
  try {
    recordsFile = readRecordsFile(await read(INDEX_FILES.records), counts);
  } catch (error) {
    if (error instanceof IndexError) throw error;
    return refuse(INDEX_FILES.records, error);
  }
  const store = new RecordStore(
    {
      dir: indexDir,
      quotes: INDEX_FILES.quotes,
      articles: INDEX_FILES.articles,
      articleTexts: INDEX_FILES.articleTexts,
    },
    recordsFile,
    speakers,
  );
  const grouping = decodeStatements(
    indexDir,
    INDEX_FILES.statements,
    await read(INDEX_FILES.statements),
    counts.quotes,
  );
  const searchBytes = await read(INDEX_FILES.search);
  let search: SearchEngine;
  try {
    search = (options.openSearchEngine ?? openSearchEngine)(searchBytes, counts.quotes, (slot) => store.quoteAt(slot), {
      statementGroups: grouping.grouped,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new IndexError(
      `'${displayPath(path.join(indexDir, INDEX_FILES.search))}' could not be loaded by the search engine (${reason})`,
    );
  }
  await yieldToOthers();
  const index: LoadedIndex = {
    dir: indexDir,
    builtAt: manifest.builtAt,
    formatVersion: manifest.formatVersion,
    articles: store.articles,
    quotes: store.quotes,
    speakers: new Map(speakers.map((s) => [s.id, s])),
    quotesBySpeaker: store.quotesBySpeaker,
    quotesByArticle: store.quotesByArticle,
    search,
    ...statementLookups((slot) => recordsFile.quoteIds.idAt(slot), grouping),
    damage: store.damage,
  };
  return { index, store };
}

/** A file read later a record at a time: only its presence and size are checked now (its checksum on the worker). */
async function statSized(
  dir: string,
  manifest: Manifest,
  name: string,
  read: (name: string) => Promise<Buffer>,
): Promise<void> {
  const file = path.join(dir, name);
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      await read(name); // reports it as missing, and remembers that this error is about reading
    }
    throw error;
  }
  if (size !== manifest.files[name]?.bytes) await read(name);
}
