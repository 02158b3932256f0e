/**
 * The build: a corpus folder in, an index folder out (extracted in parallel, built atomically and incrementally,
 * off the serving thread when a server asks for it).
 */
export { buildIndex, type BuildOptions, type BuildProgress, type BuildPhase, type BuildSummary } from './build.js';
export { ensureIndex, isIndexStale, indexStaleReason, type EnsureOptions, type StaleOptions } from './ensure.js';
export { buildInWorker, type BuildRequest, type WorkerBuild } from './workers.js';
export type { BuildStages, CorpusLoad } from './stages.js';
