/**
 * An index or a setting tried on a kept database without a second copy: the benchmark's queries (queries.ts, the
 * same sample as postgres.ts draws) through searchSql, per kind in four blocks A B B A (so neither side always finds
 * the other's pages in the buffers): side A as the database is, side B inside a transaction that drops
 * `--drop-index` indexes and/or runs `--set` settings and/or sends its statements prepared (`--prepared`), rolled back after each block (nothing changes; a dropped index
 * locks the table, so the sides cannot alternate query by query). Prints per kind p50 / p95 / p99 of each side, the database server process
 * CPU each side used (from /proc: what the machine's load does not change), and how many answers differ.
 *
 *   npx tsx scripts/bench/pg-ab.ts --database NAME [--drop-index a,b] [--set "plan_cache_mode=force_generic_plan"] [--prepared]
 *       [--kinds plain,speaker,phrase] [--queries 200] [--url postgres://postgres@127.0.0.1:5432/test] [--seed 42]
 */
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { PostgresBackend } from '../../src/backend/postgres/index.js';
import { defaultSearchSqlOptions, searchSql } from '../../src/backend/postgres/search.js';
import type { Quote, Speaker } from '../../src/model/types.js';
import type { LoadedIndex } from '../../src/store/index.js';
import { readFlags } from './args.js';
import { makeQueries, QUERY_KINDS, type QueryKind } from './queries.js';

const flags = readFlags(process.argv.slice(2));
const database = flags.get('database');
if (!database) throw new Error('pg-ab: --database NAME is required');
const url = new URL(flags.get('url') ?? 'postgres://postgres@127.0.0.1:5432/test');
url.pathname = `/${database}`;
const count = Number(flags.get('queries') ?? 200);
const seed = Number(flags.get('seed') ?? 42);
const kinds = (flags.get('kinds')?.split(',') ?? ['plain', 'speaker', 'phrase']) as QueryKind[];
for (const k of kinds) if (!QUERY_KINDS.includes(k)) throw new Error(`pg-ab: unknown kind '${k}' in --kinds`);
const dropped = (flags.get('drop-index') ?? '').split(',').filter(Boolean);
const settings = (flags.get('set') ?? '').split(';').filter(Boolean);
const optionsOf = {
  a: defaultSearchSqlOptions,
  b: { ...defaultSearchSqlOptions, prepared: flags.has('prepared') },
};
for (const s of settings) if (!/^[a-z_.]+=[\w.-]+$/.test(s)) throw new Error(`pg-ab: --set '${s}' is not name=value`);
for (const d of dropped)
  if (!/^[a-z_0-9]+$/.test(d)) throw new Error(`pg-ab: --drop-index '${d}' is not an index name`);

const backend = new PostgresBackend(url.toString(), { statementTimeoutMs: 60_000 });
const ids = (
  await backend.read.query<{ id: string }>(
    `SELECT id FROM quotes WHERE (hashtext(id) & 1048575) < 1048576 * 50000.0 / greatest(1, (SELECT count(*) FROM quotes))
     ORDER BY id`,
  )
).rows.map((r) => r.id);
const stored = new Map<string, Quote>();
for (let i = 0; i < ids.length; i += 5_000)
  for (const q of await backend.quotes(ids.slice(i, i + 5_000))) stored.set(q.id, q);
const speakers = new Map<string, Speaker>((await backend.speakers()).map((s) => [s.id, s]));
const articles = await backend.articles([...new Set([...stored.values()].map((q) => q.articleId))]);
const requests = makeQueries({ quotes: stored, speakers, articles } as unknown as LoadedIndex, count, seed);
await backend.close();

/** One connection with the search pool's settings, as a pool searchSql can use (queries run one after another). */
async function side(): Promise<{ client: pg.Client; pid: number; db: pg.Pool }> {
  const client = new pg.Client({
    connectionString: url.toString(),
    options:
      '-c pg_trgm.similarity_threshold=0.2 -c jit=off -c synchronize_seqscans=off -c max_parallel_workers_per_gather=0 -c enable_seqscan=off -c work_mem=16MB',
  });
  await client.connect();
  await client.query('SET statement_timeout = 60000');
  const pid = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
  return { client, pid, db: client as unknown as pg.Pool };
}

async function enterB(client: pg.Client): Promise<void> {
  await client.query('BEGIN');
  for (const d of dropped) await client.query(`DROP INDEX ${d}`);
  for (const s of settings) {
    const [name, value] = s.split('=') as [string, string];
    await client.query(`SELECT set_config($1, $2, true)`, [name, value]);
  }
}

async function cpuOf(pid: number): Promise<number> {
  const f = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
  return (Number(f[11]) + Number(f[12])) / 100;
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const a = await side();
const b = await side();
const loadavg = async (): Promise<string> => (await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ');
console.log(
  `B: ${[...dropped.map((d) => `without ${d}`), ...settings, ...(flags.has('prepared') ? ['prepared statements'] : [])].join(', ')}; load ${await loadavg()}`,
);
for (const kind of kinds) {
  const times = { a: [] as number[], b: [] as number[] };
  const cpu = { a: 0, b: 0 };
  const answers: Record<'a' | 'b', string[]> = { a: [], b: [] };
  const list = requests[kind];
  const half = Math.ceil(list.length / 2);
  // A B B A over the two halves of the queries: each query once on each side.
  for (const [which, part] of [
    ['a', list.slice(0, half)],
    ['b', list.slice(0, half)],
    ['b', list.slice(half)],
    ['a', list.slice(half)],
  ] as const) {
    const s = which === 'a' ? a : b;
    if (which === 'b') await enterB(s.client);
    for (const r of part.slice(0, 5)) await searchSql(s.db, r, optionsOf[which]);
    const c0 = await cpuOf(s.pid);
    for (const request of part) {
      const t = performance.now();
      const found = await searchSql(s.db, request, optionsOf[which]);
      times[which].push(performance.now() - t);
      answers[which].push(JSON.stringify({ ...found, took_ms: 0 }));
    }
    cpu[which] += (await cpuOf(s.pid)) - c0;
    if (which === 'b') await s.client.query('ROLLBACK');
  }
  const differ = answers.a.filter((x, i) => x !== answers.b[i]).length;
  const show = (x: number[]): string =>
    [50, 95, 99]
      .map((p) =>
        percentile(
          [...x].sort((m, n) => m - n),
          p,
        ).toFixed(1),
      )
      .join(' / ');
  console.log(
    `${kind}: A ${show(times.a)} ms (db CPU ${((1000 * cpu.a) / times.a.length).toFixed(2)} ms a search), ` +
      `B ${show(times.b)} ms (db CPU ${((1000 * cpu.b) / times.b.length).toFixed(2)} ms); ${differ} of ${times.a.length} answers differ; load ${await loadavg()}`,
  );
}
await a.client.end();
await b.client.end();
