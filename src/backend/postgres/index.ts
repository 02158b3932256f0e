/**
 * PostgreSQL: schema migrations, batch ingest (COPY, per-article idempotent, sharded), the corpus-wide finalize
 * step, and the backend that answers the contract with SQL.
 */
export { PostgresBackend, type PostgresBackendOptions } from './backend.js';
export { migrate, listMigrations, schemaVersion, type Migration } from './migrate.js';
export { ingestCorpus, parseShard, shardOf, type IngestOptions, type IngestSummary, type Shard } from './ingest.js';
export { finalizeCorpus, type FinalizeSummary } from './finalize.js';
export { openPool, isUnavailable, type PoolOptions } from './pool.js';
