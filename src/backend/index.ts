/**
 * The backend: one contract (contract.ts) for everything the site, API, CLI and quote check ask of a corpus,
 * served by the embedded index (embedded.ts) or by PostgreSQL (postgres/).
 */
export * from './contract.js';
export { EmbeddedBackend, articleMeta } from './embedded.js';
