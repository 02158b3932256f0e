/**
 * The facet samples `db finalize` stores for the most frequent words (facet_samples, migration 013): a search of
 * such a word filtered to one speaker, from a server's first request on, answers as a search that counts its own
 * facets, without the statement reading every match of the word; samples of an earlier finalize are not used.
 * And a search whose facets need a read of their own reads them with its window in one statement
 * (SearchSqlOptions.facetsWithWindow), answering as with two.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finalizeCorpus, type PostgresBackend } from '../../src/backend/postgres/index.js';
import { countingFacetStatements, defaultSearchSqlOptions, searchSql } from '../../src/backend/postgres/search.js';
import { vocabularyOf } from '../../src/backend/postgres/vocabulary.js';
import { searchRequest } from '../../src/search/request.js';
import type { SearchRequest } from '../../src/search/types.js';
import { inventCorpus, writeCorpus } from './corpus.js';
import { ingestedDatabase, warnIfSkipped } from './database.js';

const skip = warnIfSkipped('tests/backend/pg18-facets.test.ts');

describe.skipIf(skip)('facet samples stored by finalize (PostgreSQL)', () => {
  let dir: string;
  let postgres: PostgresBackend;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'verbatim-pg18-samples-'));
    writeCorpus(path.join(dir, 'corpus'), inventCorpus(60, 11));
    ({ postgres, drop } = await ingestedDatabase(path.join(dir, 'corpus'), 8));
  }, 120_000);

  afterAll(async () => {
    await postgres?.close();
    await drop?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const finalizedAt = async (): Promise<string> =>
    (await postgres.pool.query<{ value: string }>("SELECT value FROM corpus_state WHERE key = 'finalized_at'")).rows[0]!
      .value;

  /** The 8 most frequent words (as finalize picks them) and, per word, the speakers a search filtered to one reads by their rows. */
  const frequentWords = async (): Promise<Array<{ word: string; speakers: string[] }>> => {
    const { rows } = await postgres.pool.query<{ term: string }>(
      'SELECT term FROM terms ORDER BY freq DESC, term LIMIT 8',
    );
    const vocabulary = await vocabularyOf(postgres.read);
    return rows.map(({ term }) => ({
      word: term,
      speakers: [...vocabulary.speakerQuotes]
        .filter(([, n]) => n <= defaultSearchSqlOptions.totalBound && n < vocabulary.count(term))
        .map(([id]) => id)
        .sort(),
    }));
  };

  /** A pool of its own (a fresh vocabulary: no sample kept by a search yet), counting the facet statements sent. */
  const fresh = (): { pool: pg.Pool; sent: () => number } => {
    const proxy = new Proxy(postgres.read, {
      get: (target, prop, receiver) => Reflect.get(target, prop, receiver) as unknown,
    });
    return countingFacetStatements(proxy);
  };

  it('stores one sample per frequent word, of the current finalize', async () => {
    const { rows } = await postgres.pool.query<{ n: number; versions: string[] }>(
      'SELECT count(*)::int AS n, array_agg(DISTINCT version) AS versions FROM facet_samples',
    );
    expect(rows[0]!.n).toBe(8);
    expect(rows[0]!.versions).toEqual([await finalizedAt()]);
  });

  it('answers a frequent word filtered to one speaker from the stored sample, as counting its own facets', async () => {
    let answered = 0;
    for (const { word, speakers } of await frequentWords()) {
      for (const id of speakers.slice(0, 4)) {
        for (const sort of ['relevance', 'newest'] as const) {
          const request: SearchRequest = searchRequest(word, { speakers: [id], sort, limit: 5 });
          const counting = {
            ...(await searchSql(postgres.read, request, { ...defaultSearchSqlOptions, facetMemo: false })),
            took_ms: 0,
          };
          const { pool, sent } = fresh();
          expect({ ...(await searchSql(pool, request)), took_ms: 0 }).toEqual(counting);
          expect(sent()).toBe(0);
          answered++;
        }
      }
    }
    expect(answered).toBeGreaterThan(8);
  });

  it('leaves a word past the most frequent to its own facet statement', async () => {
    const { rows } = await postgres.pool.query<{ term: string }>(
      'SELECT term FROM terms ORDER BY freq DESC, term OFFSET 8 LIMIT 1',
    );
    const vocabulary = await vocabularyOf(postgres.read);
    const word = rows[0]!.term;
    const id = [...vocabulary.speakerQuotes].find(([, n]) => n < vocabulary.count(word))?.[0];
    if (id === undefined) return;
    const { pool, sent } = fresh();
    await searchSql(pool, searchRequest(word, { speakers: [id], limit: 5 }));
    expect(sent()).toBe(1);
  });

  it.each([
    ['exact', {}],
    ['estimated past a bound of 7', { facetBound: 7, totalBound: 7 }],
  ])(
    'reads the facets of a publisher or speaker filter with the window in one statement, as in two: %s',
    async (_, bounds) => {
      const vocabulary = await vocabularyOf(postgres.read);
      const { rows } = await postgres.pool.query<{ term: string }>(
        'SELECT term FROM terms ORDER BY freq DESC, term LIMIT 12',
      );
      const publishers = (await postgres.pool.query<{ name: string }>('SELECT name FROM publishers ORDER BY key')).rows;
      const bigSpeaker = [...vocabulary.speakerQuotes].sort((a, b) => b[1] - a[1])[0]![0];
      const options = { ...defaultSearchSqlOptions, ...bounds, facetMemo: false };
      let together = 0;
      for (const { term } of rows) {
        for (const filters of [
          { publishers: [publishers[0]!.name] },
          { publishers: [publishers[1]!.name], from: '2024-02-01', to: '2024-05-31' },
          { speakers: [bigSpeaker] },
          { speakers: [bigSpeaker], publishers: [publishers[2]!.name] },
        ]) {
          for (const sort of ['relevance', 'newest'] as const) {
            const request = searchRequest(term, { ...filters, sort, limit: 5 });
            const two = {
              ...(await searchSql(postgres.read, request, { ...options, facetsWithWindow: false })),
              took_ms: 0,
            };
            const statements: string[] = [];
            const pool = new Proxy(postgres.read, {
              get(target, prop, receiver) {
                if (prop !== 'query') return Reflect.get(target, prop, receiver) as unknown;
                return (statement: string | { text: string; values?: unknown[] }, values?: unknown[]) => {
                  statements.push(typeof statement === 'string' ? statement : statement.text);
                  return typeof statement === 'string' ? target.query(statement, values) : target.query(statement);
                };
              },
            });
            expect({ ...(await searchSql(pool, request, options)), took_ms: 0 }).toEqual(two);
            const searches = statements.filter((t) => /^\s*WITH (m|c) AS/.test(t));
            if (searches.length === 1 && /^\s*WITH m AS/.test(searches[0]!) && /\bw AS MATERIALIZED/.test(searches[0]!))
              together++;
          }
        }
      }
      expect(together).toBeGreaterThan(20);
    },
    120_000,
  );

  it("does not use an earlier finalize's samples", async () => {
    const { word, speakers } = (await frequentWords())[0]!;
    const before = await finalizedAt();
    await finalizeCorpus(postgres.pool, { facetSamples: 0 });
    const { rows } = await postgres.pool.query<{ version: string }>('SELECT DISTINCT version FROM facet_samples');
    expect(rows.map((r) => r.version)).toEqual([before]);
    const request = searchRequest(word, { speakers: [speakers[0]!], limit: 5 });
    const counting = {
      ...(await searchSql(postgres.read, request, { ...defaultSearchSqlOptions, facetMemo: false })),
      took_ms: 0,
    };
    const { pool, sent } = fresh();
    expect({ ...(await searchSql(pool, request)), took_ms: 0 }).toEqual(counting);
    expect(sent()).toBe(1);
    // The next finalize storing samples replaces the stale ones.
    await finalizeCorpus(postgres.pool, { facetSamples: 3 });
    const after = await postgres.pool.query<{ n: number; version: string }>(
      'SELECT count(*)::int AS n, min(version) AS version FROM facet_samples',
    );
    expect(after.rows[0]).toEqual({ n: 3, version: await finalizedAt() });
  }, 120_000);
});
