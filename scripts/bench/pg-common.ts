/**
 * What the PostgreSQL benchmark scripts share (postgres.ts, pg-ab.ts, pg-explain.ts, pg-same.ts, pg-serve.ts): the
 * database's URL from `--url` and `--database`, the benchmark's queries drawn from a database's stored quotes (the
 * same sample in every script, so their figures are of the same queries), `--kinds`, one connection with the search
 * pool's settings, a server process's CPU time from /proc, the load average and percentiles.
 */
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import type { PostgresBackend } from '../../src/backend/postgres/index.js';
import { connectionOptions } from '../../src/backend/postgres/pool.js';
import type { Quote, Speaker } from '../../src/model/types.js';
import type { LoadedIndex } from '../../src/store/index.js';
import { makeRandom } from './corpus.js';
import { makeQueries, QUERY_KINDS, type QueryKind } from './queries.js';

export const DEFAULT_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** The URL of database `--database` on the server of `--url`; `tool` names the script in the error without it. */
export function databaseUrl(flags: Map<string, string>, tool: string): string {
  const database = flags.get('database');
  if (!database) throw new Error(`${tool}: --database NAME is required`);
  const url = new URL(flags.get('url') ?? DEFAULT_SERVER_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

/** `--kinds a,b` (each one of QUERY_KINDS), else `fallback`. */
export function kindsOf(flags: Map<string, string>, tool: string, fallback: readonly QueryKind[]): QueryKind[] {
  const kinds = (flags.get('kinds')?.split(',') ?? [...fallback]) as QueryKind[];
  for (const k of kinds) if (!QUERY_KINDS.includes(k)) throw new Error(`${tool}: unknown kind '${k}' in --kinds`);
  return kinds;
}

/**
 * The benchmark's queries over a database, as the embedded benchmark draws them from its index: from a sample of the
 * stored quotes (every one up to 50,000) chosen by a hash of the id, so that two runs over one database (and every
 * script) draw the same queries; `count` a kind, from `seed`. `quotes`: how many stored quotes were sampled.
 */
export async function benchRequests(
  backend: PostgresBackend,
  count: number,
  seed: number,
): Promise<{ requests: ReturnType<typeof makeQueries>; quotes: number }> {
  // on the primary's pool: the search pool turns sequential scans off, and this read is a whole-table scan (at 3M
  // quotes, by index, it passed the benchmark's 10 s statement timeout)
  const ids = (
    await backend.pool.query<{ id: string }>(
      `SELECT id FROM quotes WHERE (hashtext(id) & 1048575) < 1048576 * 50000.0 / greatest(1, (SELECT count(*) FROM quotes))
       ORDER BY id`,
    )
  ).rows.map((r) => r.id);
  const stored = new Map<string, Quote>();
  for (let i = 0; i < ids.length; i += 5_000)
    for (const q of await backend.quotes(ids.slice(i, i + 5_000))) stored.set(q.id, q);
  const speakers = new Map<string, Speaker>((await backend.speakers()).map((s) => [s.id, s]));
  const articles = await backend.articles([...new Set([...stored.values()].map((q) => q.articleId))]);
  const index = { quotes: stored, speakers, articles } as unknown as LoadedIndex;
  return { requests: makeQueries(index, count, seed), quotes: stored.size };
}

/**
 * One connection with the search pool's settings (src/backend/postgres/pool.ts, `forSearch`), usable as the pool
 * searchSql takes (its queries run one after another), and the process id of the server process behind it.
 */
export async function searchConnection(url: string): Promise<{ client: pg.Client; pid: number; db: pg.Pool }> {
  const client = new pg.Client({
    connectionString: url,
    options: connectionOptions(true),
  });
  await client.connect();
  await client.query('SET statement_timeout = 60000');
  const pid = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
  return { client, pid, db: client as unknown as pg.Pool };
}

/** CPU seconds (user + system) process `pid` has used, from /proc (clock ticks of 10 ms); null when it is gone. */
export async function processCpuSeconds(pid: number): Promise<number | null> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
  if (stat === null) return null;
  const f = stat.split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
}

/** The 1, 5 and 15 minute load averages. */
export async function loadavg(): Promise<string> {
  return (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ');
}

/** The `p`th percentile of ascending `sorted` (the value below which p % of them are). */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** p50 / p95 / p99 of `values` (any order), to one decimal. */
export function p50p95p99(values: readonly number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  return [50, 95, 99].map((p) => percentile(sorted, p).toFixed(1)).join(' / ');
}

/** `items` in an order mixed from `seed` (Fisher-Yates over corpus.ts's seeded generator): the same for the same seed. */
export function mixedOrder<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = makeRandom(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
