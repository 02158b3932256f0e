/**
 * The store: the index on disk (its format, writing it atomically, checking it) and the index loaded back into
 * the lookups the search and web layers use. Building one from a corpus is src/build's job.
 */
export { loadIndex, type LoadOptions } from './load.js';
export { assembleIndex } from './assemble.js';
export { quoteDate } from '../model/quote-date.js';
export { IndexError } from './errors.js';
export { FORMAT_VERSION, INDEX_FILES, MANIFEST_FILE, type Manifest } from './manifest.js';
export type { LoadedIndex } from './types.js';
