/**
 * The PostgreSQL backend's benchmark: a generated corpus (corpus.ts, deterministic from a seed) written as JSON
 * Lines, ingested by `verbatim index` with DATABASE_URL set (one process, then two shard processes at once into
 * another database, then `db finalize`), the database's size, and search latency per query type (queries.ts, drawn
 * from the stored quotes) against PostgresBackend.
 *
 *   npx tsx scripts/bench/postgres.ts [--quotes 100000] [--seed 42] [--queries 200] [--shared ../shared]
 *       [--url postgres://postgres@127.0.0.1:5432/test] [--database NAME]
 *
 * `--database NAME`: only the search latencies, against a database already ingested (kept, not dropped).
 * Databases `verbatim_bench_<random>` are created on the server of --url and dropped at the end.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PostgresBackend } from '../../src/backend/postgres/index.js';
import type { Article, Quote, Speaker } from '../../src/model/types.js';
import type { LoadedIndex } from '../../src/store/index.js';
import { readFlags, repoRoot } from './args.js';
import { generateCorpus, readSourceText } from './corpus.js';
import { makeQueries, QUERY_KINDS } from './queries.js';

const flags = readFlags(process.argv.slice(2));
const quotes = Number(flags.get('quotes') ?? 100_000);
const seed = Number(flags.get('seed') ?? 42);
const queryCount = Number(flags.get('queries') ?? 200);
const shared = path.resolve(flags.get('shared') ?? path.join(repoRoot, '..', 'shared'));
const adminUrl = flags.get('url') ?? 'postgres://postgres@127.0.0.1:5432/test';
const existing = flags.get('database') ?? null;

const loadavg = async (): Promise<string> =>
  (await import('node:fs/promises')).readFile('/proc/loadavg', 'utf8').then((s) => s.trim());

async function createDatabase(): Promise<{ url: string; name: string }> {
  const name = `verbatim_bench_${randomBytes(5).toString('hex')}`;
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), name };
}

async function dropDatabase(name: string): Promise<void> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await c.end();
}

/** Runs the CLI with DATABASE_URL; resolves with its stdout and wall seconds. */
function verbatim(args: string[], url: string): Promise<{ stdout: string; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(repoRoot, 'src', 'cli', 'main.ts'), ...args],
      { cwd: repoRoot, env: { ...process.env, DATABASE_URL: url }, maxBuffer: 1 << 26 },
      (error, stdout, stderr) => {
        if (error) reject(new Error(`bench: verbatim ${args.join(' ')} failed: ${stderr || error.message}`));
        else resolve({ stdout, seconds: (performance.now() - started) / 1000 });
      },
    );
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Generates the corpus, ingests it with one process and with two shards; returns the one-process database's URL. */
async function ingestBoth(): Promise<string> {
  const corpus = generateCorpus(readSourceText(shared), { quotes, seed });
  const perFile = 500;
  for (let i = 0; i < corpus.articles.length; i += perFile) {
    const lines = corpus.articles.slice(i, i + perFile).map((a: Article) =>
      JSON.stringify({
        id: a.id,
        title: a.title,
        text: a.text,
        publishedAt: a.publishedAt,
        source: a.publisher,
        url: a.url,
      }),
    );
    await writeFile(
      path.join(corpusDir, `part-${String(i / perFile).padStart(4, '0')}.jsonl`),
      `${lines.join('\n')}\n`,
    );
  }
  console.log(
    `corpus: ${corpus.articles.length} articles, ~${corpus.placedQuotes} quotes placed, ${(corpus.bytes / 2 ** 20).toFixed(1)} MB; load ${await loadavg()}`,
  );

  const one = await createDatabase();
  created.push(one.name);
  const single = await verbatim(['index', '--corpus', corpusDir], one.url);
  console.log(`one process: ${single.seconds.toFixed(1)} s wall\n${single.stdout.trim()}\nload ${await loadavg()}`);
  const written = /ingested (\d+) articles .*?, (\d+) quotes, .* in ([\d.]+) s \(([\d.]+) s writing\)/.exec(
    single.stdout,
  );
  if (written) {
    const rate = Number(written[2]) / Number(written[4]);
    console.log(`loading extracted quotes (COPY + commits, extraction apart): ${Math.round(rate)} quotes/s`);
  }

  const two = await createDatabase();
  created.push(two.name);
  await verbatim(['db', 'migrate'], two.url);
  const shardStart = performance.now();
  const shards = await Promise.all([
    verbatim(['index', '--corpus', corpusDir, '--shard', '1/2'], two.url),
    verbatim(['index', '--corpus', corpusDir, '--shard', '2/2'], two.url),
  ]);
  const shardSeconds = (performance.now() - shardStart) / 1000;
  const fin = await verbatim(['db', 'finalize'], two.url);
  console.log(
    `two shard processes at once: ${shardSeconds.toFixed(1)} s wall + finalize ${fin.seconds.toFixed(1)} s = ` +
      `${(shardSeconds + fin.seconds).toFixed(1)} s (${Math.round((100 * (shardSeconds + fin.seconds)) / single.seconds)}% of one process)\n` +
      `${shards.map((s) => s.stdout.trim()).join('\n')}\n${fin.stdout.trim()}\nload ${await loadavg()}`,
  );

  return one.url;
}

const corpusDir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-bench-pg-'));
const created: string[] = [];
try {
  let servedUrl: string;
  if (existing) {
    const url = new URL(adminUrl);
    url.pathname = `/${existing}`;
    servedUrl = url.toString();
  } else servedUrl = await ingestBoth();
  const backend = new PostgresBackend(servedUrl, { statementTimeoutMs: 10_000 });
  const size = await backend.pool.query<{ db: string; quotes: string; articles: string }>(
    `SELECT pg_database_size(current_database()) AS db, pg_total_relation_size('quotes') AS quotes, pg_total_relation_size('articles') AS articles`,
  );
  const s = size.rows[0]!;
  console.log(
    `database size: ${(Number(s.db) / 2 ** 20).toFixed(0)} MB (quotes with indexes ${(Number(s.quotes) / 2 ** 20).toFixed(0)} MB, articles ${(Number(s.articles) / 2 ** 20).toFixed(0)} MB)`,
  );

  // Queries drawn from the stored quotes, as the embedded benchmark draws them from its index.
  const all = (await backend.pool.query<{ id: string }>('SELECT id FROM quotes ORDER BY id')).rows.map((r) => r.id);
  const stored = new Map<string, Quote>();
  for (let i = 0; i < all.length; i += 5_000)
    for (const q of await backend.quotes(all.slice(i, i + 5_000))) stored.set(q.id, q);
  const speakers = new Map<string, Speaker>((await backend.speakers()).map((sp) => [sp.id, sp]));
  const articles = await backend.articles([...new Set([...stored.values()].map((q) => q.articleId))]);
  const index = { quotes: stored, speakers, articles } as unknown as LoadedIndex;
  const requests = makeQueries(index, queryCount, seed);
  console.log(
    `\nsearch latency, ${queryCount} queries per type, one at a time (${stored.size} quotes); load ${await loadavg()}`,
  );
  console.log('type          p50 ms   p95 ms   p99 ms   mean total');
  {
    // What the machine gives a trivial round trip now: latencies below are read against it.
    const times: number[] = [];
    for (let i = 0; i < queryCount; i++) {
      const t = performance.now();
      await backend.pool.query('SELECT 1');
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    console.log(
      `${'SELECT 1'.padEnd(12)} ${percentile(times, 50).toFixed(1).padStart(7)}  ${percentile(times, 95).toFixed(1).padStart(7)}  ${percentile(times, 99).toFixed(1).padStart(7)}`,
    );
  }
  for (const kind of QUERY_KINDS) {
    for (const r of requests[kind].slice(0, 10)) await backend.search(r); // warm
    const times: number[] = [];
    let totals = 0;
    for (const r of requests[kind]) {
      const t = performance.now();
      const found = await backend.search(r);
      times.push(performance.now() - t);
      totals += found.total;
    }
    times.sort((a, b) => a - b);
    console.log(
      `${kind.padEnd(12)} ${percentile(times, 50).toFixed(1).padStart(7)}  ${percentile(times, 95).toFixed(1).padStart(7)}  ${percentile(times, 99).toFixed(1).padStart(7)}   ${Math.round(totals / times.length)}`,
    );
  }
  console.log(`load ${await loadavg()}`);
  await backend.close();
} finally {
  for (const name of created) await dropDatabase(name);
  await rm(corpusDir, { recursive: true, force: true });
}
