/**
 * Migrations over a database that holds data: a database ingested under schema 1 (search terms in the quotes
 * table, the article title's words among them with weight C, as before titles were left out of the search text)
 * is carried to the current schema by `migrate` alone: its search rows move to quote_search without the title's
 * words, so a title-only word no longer finds the quote and the quote's own words still do, with no re-ingest and
 * no finalize.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listMigrations, migrate, PostgresBackend } from '../../src/backend/postgres/index.js';
import type { SearchRequest } from '../../src/search/types.js';
import { freshDatabase, warnIfSkipped } from './database.js';
import { searchRequest } from '../../src/search/request.js';

const skip = warnIfSkipped('tests/backend/migrate.test.ts');

const request: SearchRequest = searchRequest('');

describe.skipIf(skip)('migrations over a database with data', () => {
  let backend: PostgresBackend;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await freshDatabase();
    drop = db.drop;
    backend = new PostgresBackend(db.url);
    const all = await listMigrations();
    await migrate(
      backend.pool,
      all.filter((m) => m.version === 1),
    );
    // What schema 1's ingest and finalize stored for one article titled "Harbour plans" with one quote.
    await backend.pool.query(
      `INSERT INTO articles (id, ord, path, title, publisher, text, furniture, meta_origin, content_hash)
       VALUES ('a1', 0, 'a.txt', 'Harbour plans', 'Gazette', 'x', '[]', '{}', 'h')`,
    );
    await backend.pool.query(
      `INSERT INTO speakers (id, name, kind, roles, quote_count) VALUES ('nora-vale', 'Nora Vale', 'person', '{}', 1)`,
    );
    await backend.pool.query(
      `INSERT INTO quotes (id, article_id, seq, start_pos, end_pos, text, kind, attr_name, attr_reason, attr_confidence,
         speaker_id, sort_date, date_key, publisher_key, folded_text, folded_title, tsv)
       VALUES ('q1', 'a1', 0, 0, 1, 'The bridge opens soon', 'full', 'Nora Vale', 'r', 0.9, 'nora-vale',
         '2025-01-02', 20250102, 'gazette', ' the bridge opens soon ', ' harbour plans ',
         $$'bridge':1A 'opens':1A 'soon':1A 'nora':2B 'vale':2B 'harbour':3C 'plans':3C$$)`,
    );
    await backend.pool.query(
      `INSERT INTO terms (term, freq) VALUES ('bridge', 1), ('opens', 1), ('soon', 1), ('nora', 1), ('vale', 1)`,
    );
    await backend.pool.query(
      `INSERT INTO corpus_state (key, value) VALUES ('finalized_at', '2025-01-03T00:00:00.000Z'), ('pending_finalize', 'false')`,
    );
    await migrate(backend.pool);
  });

  afterAll(async () => {
    await backend?.close();
    await drop?.();
  });

  it('moves the search rows, without the title field, and keeps the records', async () => {
    const rows = await backend.pool.query<{ tsv: string; speaker_id: string; pos: number }>(
      'SELECT tsv::text AS tsv, speaker_id, pos FROM quote_search',
    );
    expect(rows.rows).toEqual([
      { tsv: "'bridge':1A 'nora':2B 'opens':1A 'soon':1A 'vale':2B", speaker_id: 'nora-vale', pos: 0 },
    ]);
    const quote = await backend.quote('q1');
    expect(quote).toMatchObject({ id: 'q1', text: 'The bridge opens soon', speakerId: 'nora-vale' });
  });

  it('finds the quote by its own words and its speaker, not by its article title', async () => {
    expect((await backend.search({ ...request, q: 'bridge' })).total).toBe(1);
    expect((await backend.search({ ...request, q: 'vale' })).total).toBe(1);
    expect((await backend.search({ ...request, q: 'harbour' })).total).toBe(0);
  });

  it("answers a speaker's page from the counts the migration stored", async () => {
    const page = await backend.search({ ...request, speakers: ['nora-vale'], sort: 'newest' });
    expect(page.total).toBe(1);
    expect(page.facets.speakers).toEqual([{ id: 'nora-vale', name: 'Nora Vale', count: 1 }]);
    expect(page.facets.publishers).toEqual([]);
  });
});
