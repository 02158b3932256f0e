/** The stages an index build runs, with the real modules as defaults; tests and tools may replace any. */
import { extractQuotes } from '../extract/index.js';
import { loadSpeakerOverrides, resolveSpeakers } from '../speakers/index.js';
import { buildSearchEngine } from '../search/index.js';
import { buildSearchFile, type PackedTermsOptions } from '../search/build-terms.js';
import type { ExtractFn, ResolveSpeakersFn, SpeakerOverrides } from './pipeline.js';
import type { Article, CorpusData, InputProblem } from '../model/types.js';
import type { WalkedFile } from '../corpus/walk.js';
import type { SearchEngine } from '../search/types.js';
import type { TableData } from '../search/tables.js';
// The extractor's version, in a file of its own: the PostgreSQL ingest reads it without loading the build's stages.
export { extractorSourceDirs, extractorSourceVersion, sourceVersionOf } from './source-version.js';

/** What loading a corpus folder gives. */
export interface CorpusLoad {
  articles: Article[];
  problems: InputProblem[];
  /** The files the load's walk saw (the corpus listing is made from them); absent: the build walks itself. */
  walked?: WalkedFile[];
  /** The files the load read, with the sha256 of the bytes read (so the listing need not read them again). */
  files?: Array<{ path: string; size: number; hash: string }>;
  /**
   * The articles, read as they are asked for (then `articles` is empty): the build extracts and writes them a
   * batch at a time. `problems`, `walked` and `files` are complete once every batch has been read.
   */
  batches?: AsyncIterable<Article[]> | Iterable<Article[]>;
}

/** How the corpus is read (the same rule for the load, the listing and the staleness check). */
export interface CorpusReadOptions {
  followLinks: boolean;
}

export interface BuildStages {
  loadCorpus: (dir: string, options?: CorpusReadOptions) => Promise<CorpusLoad> | CorpusLoad;
  /**
   * The corpus read a file at a time as the build asks (`CorpusLoad.batches`): what a build uses unless
   * `loadCorpus` is replaced. Default: `streamCorpus` of src/corpus, the same articles and problems as its
   * `loadCorpus`.
   */
  streamCorpus?: (dir: string, options?: CorpusReadOptions) => Promise<CorpusLoad> | CorpusLoad;
  /** Reads the overrides file; a missing file gives null overrides and no problems. */
  loadSpeakerOverrides: (file: string) => Promise<{ overrides: SpeakerOverrides | null; problems: InputProblem[] }>;
  extractQuotes: ExtractFn;
  resolveSpeakers: ResolveSpeakersFn;
  /** Indexes the data; the engine's saved form (`serializeParts`) is written as the index's search file. */
  createSearchEngine: (data: CorpusData) => SearchEngine | Promise<SearchEngine>;
  /**
   * The search file's bytes for the data without an engine around them (the build only writes them): what a
   * build uses unless `createSearchEngine` is replaced. Default: the packed tables and the term index built in
   * bounded pieces (`buildSearchFile`), the same bytes as the default engine's.
   */
  searchFile?: (data: TableData, options?: PackedTermsOptions) => Promise<Iterable<Uint8Array>>;
  /**
   * Identifies the extraction code: cached extraction results are reused only under the same version.
   * Default: a hash of the source files of src/extract.
   */
  extractorVersion?: string;
  /** The confidence model's version, part of the extraction cache's key (default: `CONFIDENCE_MODEL_VERSION`). */
  confidenceModelVersion?: string;
}

export const defaultStages: BuildStages = {
  // Imported when a build runs: the corpus loader brings an HTML parser that loading an index never needs.
  loadCorpus: async (dir, options) => (await import('../corpus/index.js')).loadCorpus(dir, options),
  streamCorpus: async (dir, options) => (await import('../corpus/index.js')).streamCorpus(dir, options),
  loadSpeakerOverrides,
  extractQuotes,
  resolveSpeakers,
  createSearchEngine: (data) => buildSearchEngine(data),
  searchFile: (data, options) => buildSearchFile(data, options),
};
