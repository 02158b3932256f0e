/**
 * The index stage: a corpus folder in, an index folder out (built atomically, incrementally), loaded back
 * into the lookups the search and web layers use.
 */
export { buildIndex, type BuildOptions, type BuildProgress, type BuildPhase, type BuildSummary } from './build.js';
export { loadIndex, type LoadOptions } from './load.js';
export { ensureIndex, isIndexStale, indexStaleReason, type EnsureOptions } from './ensure.js';
export { assembleIndex, quoteDate } from './assemble.js';
export { IndexError } from './errors.js';
export { FORMAT_VERSION, INDEX_FILES, MANIFEST_FILE, type Manifest } from './manifest.js';
export type { BuildStages, CorpusLoad } from './stages.js';
export type { LoadedIndex } from './types.js';
