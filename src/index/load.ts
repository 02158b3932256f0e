/** Loading a built index: manifest validated, every file checksummed before it is parsed, never half-read. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { assembleIndex } from './assemble.js';
import { decodeStatements } from './statements-file.js';
import { RecordReader } from './records.js';
import { digestFiles } from './verify.js';
import { displayPath, IndexError } from './errors.js';
import { bufferLines, parseJsonLines, sha256 } from './files.js';
import { FORMAT_VERSION, INDEX_FILES, MANIFEST_FILE, manifestSchema, type Manifest } from './manifest.js';
import { recoverInterruptedSwap } from './swap.js';
import type { LoadedIndex } from './types.js';
import type { CorpusData, Speaker } from '../types.js';
import type { SearchEngine } from '../search/types.js';

export interface LoadOptions {
  /** The search engine factory (default: src/search). */
  createSearchEngine?: (data: CorpusData, serialized?: string | readonly string[]) => SearchEngine;
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
      if (!digest || 'error' in digest || !expected || digest.bytes !== expected.bytes || digest.sha256 !== expected.sha256) {
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
  try {
    index = await assembleFrom(indexDir, manifest, read, options);
  } catch (error) {
    // A missing or cut-short file is said as such; any other failure may come from a damaged file, which the checksums tell first.
    if (!readErrors.has(error)) await verify();
    throw error;
  }
  await verify();
  return index;
}

async function assembleFrom(indexDir: string, manifest: Manifest, read: (name: string) => Promise<Buffer>, options: LoadOptions): Promise<LoadedIndex> {
  const lines = async <T>(name: string): Promise<T[]> => parseIndexLines<T>(indexDir, name, await read(name));
  const records = new RecordReader(indexDir);
  const articleRows = await lines<unknown>(INDEX_FILES.articles);
  const articles = records.articles(INDEX_FILES.articles, articleRows, await read(INDEX_FILES.articleTexts), INDEX_FILES.articleTexts);
  const speakers = await lines<Speaker>(INDEX_FILES.speakers);
  const quotes = records.quotes(INDEX_FILES.quotes, await lines<unknown>(INDEX_FILES.quotes), articles, speakers);
  const data: CorpusData = { articles, quotes, speakers };
  const { counts } = manifest;
  if (data.articles.length !== counts.articles || data.quotes.length !== counts.quotes || data.speakers.length !== counts.speakers) {
    throw new IndexError(`'${displayPath(indexDir)}' holds other record counts than its manifest says`);
  }
  // Handed over line by line: the whole file as one string would pass V8's string limit at a million quotes.
  const serialized = bufferLines(await read(INDEX_FILES.search));
  const grouping = decodeStatements(indexDir, INDEX_FILES.statements, await read(INDEX_FILES.statements), data.quotes.length);
  try {
    const meta = { dir: indexDir, builtAt: manifest.builtAt, formatVersion: manifest.formatVersion };
    return assembleIndex(data, meta, serialized, options.createSearchEngine, grouping);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new IndexError(
      `'${displayPath(path.join(indexDir, INDEX_FILES.search))}' could not be loaded by the search engine (${reason})`,
    );
  }
}
