/**
 * The PostgreSQL test server (VERBATIM_TEST_DATABASE_URL): a fresh database per test file, dropped after, so test
 * files and other users of the server never meet. Without the variable the Postgres suites are skipped, loudly.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { finalizeCorpus, ingestCorpus, migrate, PostgresBackend } from '../../src/backend/postgres/index.js';

export const TEST_DATABASE_URL = process.env.VERBATIM_TEST_DATABASE_URL ?? '';

/** Says, at collection, that a suite needing the server is skipped and how to run it. */
export function warnIfSkipped(suite: string): boolean {
  if (TEST_DATABASE_URL) return false;
  console.warn(
    `\n*** SKIPPED: ${suite} needs PostgreSQL. Set VERBATIM_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test to run it. ***\n`,
  );
  return true;
}

/** Creates an empty database `verbatim_test_<random>` and returns its URL and a function dropping it. */
export async function freshDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `verbatim_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(TEST_DATABASE_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}

/**
 * A fresh database holding the corpus of `corpusDir`: migrated, ingested (batches of 25 articles, one thread) and
 * finalized storing the facet samples of the `facetSamples` most frequent words (0: none). A failure on the way
 * drops the database before it is thrown.
 */
export async function ingestedDatabase(
  corpusDir: string,
  facetSamples: number,
): Promise<{ postgres: PostgresBackend; drop: () => Promise<void> }> {
  const db = await freshDatabase();
  const postgres = new PostgresBackend(db.url, { max: 4 });
  try {
    await migrate(postgres.pool);
    await ingestCorpus(postgres.pool, { corpusDir, batchArticles: 25, threads: 1 });
    await finalizeCorpus(postgres.pool, { facetSamples });
  } catch (error) {
    await postgres.close();
    await db.drop();
    throw error;
  }
  return { postgres, drop: db.drop };
}
