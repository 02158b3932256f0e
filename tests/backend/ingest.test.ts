/**
 * Ingest into PostgreSQL through the command line, as an operator runs it: idempotent per article (a re-run loads
 * nothing; a changed article's quotes are replaced; a removed file's articles go with --prune), two shard processes
 * at once then `db finalize` give the same database as one process, and an ingest killed mid-way resumes to the
 * same result with nothing loaded twice, a shard killed beside another too.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PostgresBackend } from '../../src/backend/postgres/index.js';
import type { SearchRequest } from '../../src/search/types.js';
import { inventCorpus, writeCorpus } from './corpus.js';
import { cli, repo, runCli as run } from './cli.js';
import { freshDatabase, warnIfSkipped } from './database.js';
import { searchRequest } from '../../src/search/request.js';

const skip = warnIfSkipped('tests/backend/ingest.test.ts');

/** Everything a database holds that must not depend on how it was loaded. */
async function snapshot(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const q = async (sql: string) => (await c.query(sql)).rows as unknown[];
    return {
      articles: await q('SELECT id, content_hash, ord FROM articles ORDER BY id'),
      quotes: await q(
        `SELECT q.id, q.article_id, q.seq, q.text, s.speaker_id, s.statement_id, s.statement_size, s.fragment_of, s.tsv::text,
           s.sort_date, s.publisher_key, s.folded_text FROM quotes q LEFT JOIN quote_search s ON s.id = q.id ORDER BY q.id`,
      ),
      pieces: await q('SELECT id, pieces FROM quotes ORDER BY id'),
      speakers: await q('SELECT * FROM speakers ORDER BY id'),
      counts: await q("SELECT value FROM corpus_state WHERE key = 'search_counts'"),
      publishers: await q('SELECT * FROM publishers ORDER BY key'),
      aliases: await q('SELECT * FROM speaker_aliases ORDER BY speaker_id, pos'),
      terms: await q('SELECT * FROM terms ORDER BY term'),
    };
  } finally {
    await c.end();
  }
}

async function count(url: string, table: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n);
  } finally {
    await c.end();
  }
}

describe.skipIf(skip)('ingest into PostgreSQL', () => {
  let dir: string;
  const drops: Array<() => Promise<void>> = [];
  const database = async (): Promise<string> => {
    const db = await freshDatabase();
    drops.push(db.drop);
    return db.url;
  };

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'verbatim-ingest-'));
    writeCorpus(path.join(dir, 'corpus'), inventCorpus(80));
  });
  afterAll(async () => {
    for (const drop of drops) await drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an extraction cache: a second load takes every article from it and gives the same database', async () => {
    const corpus = path.join(dir, 'corpus');
    const cache = path.join(dir, 'extract-cache.jsonl');
    const first = await database();
    const a = await run(['index', '--corpus', corpus, '--extract-cache', cache], first);
    expect(a.code, a.stderr).toBe(0);
    expect(a.stdout).toContain('; 0 articles from the extraction cache)');
    const lines = readFileSync(cache, 'utf8').trimEnd().split('\n');
    expect(lines.length).toBe(await count(first, 'articles'));
    // A run killed while appending leaves its last line cut short: left out, that article extracted again.
    writeFileSync(cache, `${lines.slice(0, -1).join('\n')}\n${lines.at(-1)!.slice(0, 80)}`);
    const second = await database();
    const b = await run(['index', '--corpus', corpus, '--extract-cache', cache], second);
    expect(b.code, b.stderr).toBe(0);
    expect(b.stdout).toContain(`; ${lines.length - 1} articles from the extraction cache)`);
    expect(await snapshot(second)).toEqual(await snapshot(first));
    // The re-extracted article was appended on a line of its own: the cache is whole again.
    const third = await database();
    const c = await run(['index', '--corpus', corpus, '--extract-cache', cache], third);
    expect(c.code, c.stderr).toBe(0);
    expect(c.stdout).toContain(`; ${lines.length} articles from the extraction cache)`);
    // Any other line that is not an entry is an error naming the file and line.
    writeFileSync(cache, `not an entry\n${lines.join('\n')}\n`);
    const broken = await run(['index', '--corpus', corpus, '--extract-cache', cache], await database());
    expect(broken.code).not.toBe(0);
    expect(broken.stderr).toContain(`${cache}:1: not an extraction cache entry`);
  }, 240_000);

  it('loads nothing twice, replaces a changed article, prunes a removed file only when asked', async () => {
    const url = await database();
    const corpus = path.join(dir, 'idem');
    writeCorpus(corpus, inventCorpus(40, 11));
    const first = await run(['index', '--corpus', corpus], url);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/ingested 40 articles/);
    const before = await snapshot(url);
    expect(before.quotes.length).toBeGreaterThan(80);
    // A server open across the re-ingest below: its connections hold the search statements prepared (and, after a
    // few runs, planned) against the search table that the finalize then replaces.
    const served = new PostgresBackend(url, { metadataTtlMs: 0 });
    const request = (q: string): SearchRequest => searchRequest(q);
    const texts = async (q: string) => (await served.search(request(q))).results.map((h) => h.quote.text);
    for (let i = 0; i < 8; i++) await texts('said');
    expect(await texts('quotation')).not.toContain('Every word of this quotation is new to the corpus');

    const again = await run(['index', '--corpus', corpus], url);
    expect(again.stdout).toMatch(/ingested 0 articles \(40 unchanged, 0 pruned\), 0 quotes/);
    expect(await snapshot(url)).toEqual(before);

    // One article rewritten: its quotes are replaced, nothing else moves.
    const file = path.join(corpus, 'part-000.jsonl');
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    const changed = JSON.parse(lines[0]!) as { id: string; text: string };
    changed.text = `"Every word of this quotation is new to the corpus," Mara Quillon said on Tuesday.`;
    writeFileSync(file, `${[JSON.stringify(changed), ...lines.slice(1)].join('\n')}\n`);
    const edited = await run(['index', '--corpus', corpus], url);
    expect(edited.stdout).toMatch(/ingested 1 articles \(39 unchanged/);
    const after = await snapshot(url);
    const quotesOf = (s: typeof after, article: string) =>
      (s.quotes as Array<{ article_id: string; text: string }>)
        .filter((q) => q.article_id === article)
        .map((q) => q.text);
    expect(quotesOf(after, changed.id)).toEqual(['Every word of this quotation is new to the corpus']);
    const others = (s: typeof after) =>
      (s.quotes as Array<{ id: string; article_id: string }>)
        .filter((q) => q.article_id !== changed.id)
        .map((q) => q.id);
    expect(others(after)).toEqual(others(before));
    expect(await texts('quotation')).toContain('Every word of this quotation is new to the corpus');
    await served.close();

    unlinkSync(path.join(corpus, 'part-003.jsonl'));
    expect((await run(['index', '--corpus', corpus], url)).stdout).toMatch(
      /ingested 0 articles \(30 unchanged, 0 pruned\)/,
    );
    expect(await count(url, 'articles')).toBe(40);
    expect((await run(['index', '--corpus', corpus, '--prune'], url)).stdout).toMatch(/\(30 unchanged, 10 pruned\)/);
    expect(await count(url, 'articles')).toBe(30);
  }, 180_000);

  it('two shard processes at once, then db finalize, give what one process gives', async () => {
    const corpus = path.join(dir, 'corpus');
    const single = await database();
    expect((await run(['index', '--corpus', corpus], single)).code).toBe(0);
    const sharded = await database();
    expect((await run(['db', 'migrate'], sharded)).code).toBe(0);
    const shards = await Promise.all([
      run(['index', '--corpus', corpus, '--shard', '1/2'], sharded),
      run(['index', '--corpus', corpus, '--shard', '2/2'], sharded),
    ]);
    for (const s of shards) {
      expect(s.stderr).toBe('');
      expect(s.stdout).toMatch(/run verbatim db finalize/);
    }
    const loaded = shards.map((s) => Number(/ingested \(shard \d\/2\) (\d+) articles/.exec(s.stdout)?.[1]));
    expect(loaded[0]! + loaded[1]!).toBe(80);
    expect(Math.min(...loaded)).toBeGreaterThan(0);
    expect((await run(['db', 'status'], sharded)).stdout).toMatch(/run verbatim db finalize/);
    expect((await run(['db', 'finalize'], sharded)).code).toBe(0);
    expect(await snapshot(sharded)).toEqual(await snapshot(single));
  }, 180_000);

  it('two shards report each bad record of the corpus once between them, as one process reports it', async () => {
    const corpus = path.join(dir, 'with-bad-lines');
    writeCorpus(corpus, inventCorpus(12, 11), 6);
    writeFileSync(
      path.join(corpus, 'bad.jsonl'),
      ['{"id":"cut-short","text":"A line cut', '{"broken json', '{"id":"no-text","title":"A record without its text"}']
        .map((l) => `${l}\n`)
        .join(''),
    );
    const problems = (stderr: string) => stderr.split('\n').filter((l) => l.includes("'bad.jsonl' line"));
    const single = await run(['index', '--corpus', corpus], await database());
    expect(problems(single.stderr)).toHaveLength(3);
    const sharded = await database();
    expect((await run(['db', 'migrate'], sharded)).code).toBe(0);
    const shards = await Promise.all([
      run(['index', '--corpus', corpus, '--shard', '1/2'], sharded),
      run(['index', '--corpus', corpus, '--shard', '2/2'], sharded),
    ]);
    expect(shards.flatMap((s) => problems(s.stderr)).sort()).toEqual(problems(single.stderr).sort());
  }, 180_000);

  it('an ingest killed mid-way leaves whole batches, and the next run completes it with nothing twice', async () => {
    const corpus = path.join(dir, 'big');
    writeCorpus(corpus, inventCorpus(600, 5), 50);
    const reference = await database();
    expect((await run(['index', '--corpus', corpus], reference)).code).toBe(0);

    const url = await database();
    expect((await run(['db', 'migrate'], url)).code).toBe(0);
    const child = spawn(cli[0], [...cli.slice(1), 'index', '--corpus', corpus, '--batch', '5'], {
      cwd: repo,
      env: { ...process.env, DATABASE_URL: url },
      stdio: 'ignore',
    });
    const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if ((await count(url, 'articles')) >= 50) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await exited;
    const partial = await count(url, 'articles');
    expect(partial).toBeGreaterThanOrEqual(50);
    expect(partial).toBeLessThan(600);
    expect(partial % 5).toBe(0);
    // Every stored article has all its quotes: batches are whole.
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const orphans = await c.query(
      'SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM quotes q WHERE q.article_id = a.id)',
    );
    await c.end();
    expect(orphans.rows).toEqual([]);

    const resumed = await run(['index', '--corpus', corpus], url);
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toMatch(new RegExp(`ingested ${600 - partial} articles \\(${partial} unchanged`));
    expect(await snapshot(url)).toEqual(await snapshot(reference));
  }, 240_000);

  it('a shard killed mid-way beside another: re-run, then db finalize, gives what one process gives', async () => {
    const corpus = path.join(dir, 'shards-killed');
    writeCorpus(corpus, inventCorpus(600, 11), 50);
    const reference = await database();
    expect((await run(['index', '--corpus', corpus], reference)).code).toBe(0);

    const url = await database();
    expect((await run(['db', 'migrate'], url)).code).toBe(0);
    const second = run(['index', '--corpus', corpus, '--shard', '2/2', '--batch', '5'], url);
    const first = spawn(cli[0], [...cli.slice(1), 'index', '--corpus', corpus, '--shard', '1/2', '--batch', '5'], {
      cwd: repo,
      env: { ...process.env, DATABASE_URL: url },
      stdio: 'ignore',
    });
    const exited = new Promise<void>((resolve) => first.on('exit', () => resolve()));
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if ((await count(url, 'articles')) >= 50) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    first.kill('SIGKILL');
    await exited;
    // The other shard is not disturbed by its neighbour's death.
    const other = await second;
    expect(other.code).toBe(0);
    const stored = await count(url, 'articles');
    expect(stored).toBeLessThan(600);

    const resumed = await run(['index', '--corpus', corpus, '--shard', '1/2'], url);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toBe('');
    const [, loaded, unchanged] = /ingested \(shard 1\/2\) (\d+) articles \((\d+) unchanged/.exec(resumed.stdout)!;
    const otherLoaded = Number(/ingested \(shard 2\/2\) (\d+) articles/.exec(other.stdout)![1]);
    // What the killed shard had committed is kept (whole batches), the rest loaded now: nothing twice, nothing lost.
    expect(Number(loaded)).toBeGreaterThan(0);
    expect(Number(unchanged)).toBe(stored - otherLoaded);
    expect(Number(unchanged) % 5).toBe(0);
    expect(otherLoaded + Number(loaded) + Number(unchanged)).toBe(600);
    expect((await run(['db', 'finalize'], url)).code).toBe(0);
    expect(await snapshot(url)).toEqual(await snapshot(reference));
  }, 300_000);
});
