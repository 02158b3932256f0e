/**
 * `verbatim search` and `verbatim speakers` with DATABASE_URL set answer from PostgreSQL through the backend
 * contract, and say the same as over the index folder built from the same corpus (date-sorted searches: relevance
 * order differs by design, see tests/backend/conformance.test.ts). A database that cannot be reached is one line
 * on stderr and exit status 3. Runs against the real server (VERBATIM_TEST_DATABASE_URL).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inventCorpus, writeCorpus } from '../backend/corpus.js';
import { freshDatabase, warnIfSkipped } from '../backend/database.js';
import { inProcess } from './helpers.js';

const skip = warnIfSkipped('tests/cli/database.test.ts');

describe.skipIf(skip)('search and speakers with DATABASE_URL', () => {
  let dir: string;
  let index: string;
  let env: Record<string, string>;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'verbatim-clidb-'));
    const corpus = path.join(dir, 'corpus');
    index = path.join(dir, 'index');
    writeCorpus(corpus, inventCorpus(24, 5));
    const db = await freshDatabase();
    drop = db.drop;
    env = { DATABASE_URL: db.url };
    expect((await inProcess(['index', '--corpus', corpus], { env })).code).toBe(0);
    expect((await inProcess(['index', '--corpus', corpus, '--out', index])).code).toBe(0);
  }, 180_000);

  afterAll(async () => {
    await drop?.();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('lists the speakers the index lists', async () => {
    const fromDb = await inProcess(['speakers', '--json'], { env });
    const fromIndex = await inProcess(['speakers', '--json', '--index', index]);
    expect(fromDb.code).toBe(0);
    expect(JSON.parse(fromDb.stdout)).toEqual(JSON.parse(fromIndex.stdout));
    expect((await inProcess(['speakers'], { env })).stdout).toBe(
      (await inProcess(['speakers', '--index', index])).stdout,
    );
  });

  it('finds what the index finds, by word, speaker name and date order', async () => {
    const speakers = JSON.parse((await inProcess(['speakers', '--json'], { env })).stdout) as Array<{ name: string }>;
    const name = speakers[0]!.name;
    const surname = name.split(' ').at(-1)!.toLowerCase();
    // Words are ranked (ts_rank here, BM25 there), and which report stands for a statement of several follows each
    // backend's score: the totals agree, and an unranked listing (stop words only) agrees line for line.
    for (const args of [
      ['search', 'bridge', '--sort', 'newest'],
      ['search', surname, '--speaker', name, '--sort', 'oldest', '--limit', '5'],
    ]) {
      const fromDb = await inProcess(args, { env });
      const fromIndex = await inProcess([...args, '--index', index]);
      expect(fromDb.code).toBe(0);
      expect(fromDb.stdout).toMatch(/^[1-9]\d* quotes? for /);
      expect(fromDb.stdout.split('\n')[0]).toBe(fromIndex.stdout.split('\n')[0]);
    }
    const listing = ['search', 'the', '--sort', 'newest', '--page', '2', '--limit', '3'];
    const fromDb = await inProcess(listing, { env });
    expect(fromDb.stdout).toMatch(/^[1-9]\d* quotes for "the" \(page 2 of \d+\)\n\n4\. /);
    expect(fromDb.stdout).toBe((await inProcess([...listing, '--index', index])).stdout);
  });

  it('takes a speaker the database does not know as a usage error', async () => {
    const r = await inProcess(['search', 'bridge', '--speaker', 'Nobody Known Here'], { env });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no speaker matches 'Nobody Known Here'/);
  });

  it('says in one line that the database is unreachable (exit 3)', async () => {
    const down = { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/nothing' };
    for (const args of [['search', 'bridge'], ['speakers']]) {
      const r = await inProcess(args, { env: down });
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/^(search|speakers): postgres: database unreachable/);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});
