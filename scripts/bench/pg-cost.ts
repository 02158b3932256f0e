/**
 * Where `/api/search`'s database CPU goes: the benchmark's request paths (postgres.ts's, per kind) sent one at a
 * time to the app in this process over a PostgresBackend whose pools hold one connection each, so that every
 * statement of a request runs alone on a known server process. Per kind: the database CPU a request (both server
 * processes, from /proc) and the searchSql CPU alone over the same requests on a third connection; per statement
 * shape (its first words, or its prepared name): how many ran, their database CPU (10 ms clock ticks of /proc summed
 * over many statements: an estimate, unbiased over hundreds) and their wall time.
 *
 *   npx tsx scripts/bench/pg-cost.ts --database NAME [--queries 50] [--seed 42] [--kinds plain,prefix,…]
 *       [--url postgres://postgres@127.0.0.1:5432/test] [--shapes 12]
 *
 * CPU from /proc counts 10 ms ticks: figures are meaningful summed over many statements, not one.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type pg from 'pg';
import { PostgresBackend } from '../../src/backend/postgres/index.js';
import { defaultSearchSqlOptions, searchSql } from '../../src/backend/postgres/search.js';
import { createApp } from '../../src/web/app.js';
import { readFlags } from './args.js';
import { benchRequests, databaseUrl, kindsOf, loadavg, processCpuSeconds, searchConnection } from './pg-common.js';
import { QUERY_KINDS, toSearchPath } from './queries.js';

const flags = readFlags(process.argv.slice(2));
const url = databaseUrl(flags, 'pg-cost');
const count = Number(flags.get('queries') ?? 50);
const kinds = kindsOf(flags, 'pg-cost', QUERY_KINDS);
const shapesShown = Number(flags.get('shapes') ?? 12);

const backend = new PostgresBackend(url, { max: 1, statementTimeoutMs: 60_000 });

/** Statement shape → count, database CPU (s), wall (ms), per kind. */
const shapes = new Map<string, { n: number; cpu: number; wall: number }>();
let kindNow = '';
const pids = new Set<number>();

function shapeOf(config: unknown): string {
  const c = config as string | { name?: string; text?: string };
  const text = typeof c === 'string' ? c : (c.text ?? '');
  const head = text.replace(/\s+/g, ' ').trim().slice(0, 90);
  return `${kindNow} ${typeof c === 'object' && c.name && !c.name.startsWith('vs_') ? `[${c.name}] ` : ''}${head}`;
}

/** Every client of `pool` measured around each of its queries (one connection a pool: its queries never overlap). */
function measure(pool: pg.Pool): void {
  pool.on('connect', (client) => {
    let pid: number | null = null;
    const original = client.query.bind(client) as (...args: unknown[]) => Promise<unknown>;
    const timed = async (args: unknown[]): Promise<unknown> => {
      if (pid === null) {
        pid = ((await original('SELECT pg_backend_pid() AS pid')) as { rows: Array<{ pid: number }> }).rows[0]!.pid;
        pids.add(pid);
      }
      const shape = shapeOf(args[0]);
      const c0 = (await processCpuSeconds(pid)) ?? 0;
      const t0 = performance.now();
      try {
        return await original(...args);
      } finally {
        const wall = performance.now() - t0;
        const cpu = ((await processCpuSeconds(pid)) ?? 0) - c0;
        const s = shapes.get(shape) ?? { n: 0, cpu: 0, wall: 0 };
        s.n++;
        s.cpu += cpu;
        s.wall += wall;
        shapes.set(shape, s);
      }
    };
    // pg-pool's query passes a callback: the same measure, the answer handed to it.
    const patched = (...args: unknown[]): Promise<unknown> | undefined => {
      const last = args[args.length - 1];
      if (typeof last !== 'function') return timed(args);
      const callback = last as (error: unknown, result?: unknown) => void;
      timed(args.slice(0, -1)).then(
        (result) => callback(null, result),
        (error: unknown) => callback(error),
      );
      return undefined;
    };
    (client as unknown as { query: typeof patched }).query = patched;
  });
}
measure(backend.pool);
measure(backend.read);
kindNow = 'sample';
const { requests } = await benchRequests(backend, count, Number(flags.get('seed') ?? 42));

const server = createServer(createApp(backend, { log: () => {}, searchCacheBytes: 0 }));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const port = (server.address() as AddressInfo).port;
const get = async (path: string): Promise<void> => {
  const r = await fetch(`http://127.0.0.1:${port}${path}`);
  await r.arrayBuffer();
  if (r.status !== 200) throw new Error(`pg-cost: ${path} answered ${r.status}`);
};
const cpuOfPids = async (): Promise<number> => {
  let s = 0;
  for (const pid of pids) s += (await processCpuSeconds(pid)) ?? 0;
  return s;
};

const alone = await searchConnection(url);
/** Shared-buffer misses (blocks read from the kernel) and hits of the whole database so far (pg_stat_database). */
const blocks = async (): Promise<{ read: number; hit: number }> => {
  // The statistics of this transaction's snapshot are cleared first: each call sees the counts as they are now.
  await alone.client.query('SELECT pg_stat_clear_snapshot()');
  const r = await alone.client.query<{ read: string; hit: string }>(
    'SELECT blks_read AS read, blks_hit AS hit FROM pg_stat_database WHERE datname = current_database()',
  );
  return { read: Number(r.rows[0]!.read), hit: Number(r.rows[0]!.hit) };
};
console.log(`pg-cost ${url}: ${count} requests a kind; load ${await loadavg()}`);
for (const kind of kinds) {
  const paths = requests[kind].map(toSearchPath);
  kindNow = 'warm';
  for (const p of paths.slice(0, 5)) await get(p);
  kindNow = kind;
  const c0 = await cpuOfPids();
  const b0 = await blocks();
  const t0 = performance.now();
  for (const p of paths) await get(p);
  const wall = performance.now() - t0;
  const http = (await cpuOfPids()) - c0;
  const b1 = await blocks();
  // The same requests through searchSql alone (what pg-ab measures), on a connection of their own.
  const a0 = (await processCpuSeconds(alone.pid))!;
  for (const r of requests[kind]) await searchSql(alone.db, r, defaultSearchSqlOptions);
  const searchOnly = (await processCpuSeconds(alone.pid))! - a0;
  console.log(
    `${kind}: /api/search database CPU ${((1000 * http) / paths.length).toFixed(2)} ms a request, wall ${(wall / paths.length).toFixed(1)} ms; ` +
      `searchSql alone ${((1000 * searchOnly) / paths.length).toFixed(2)} ms; ` +
      `blocks a request: ${Math.round((b1.read - b0.read) / paths.length)} read, ${Math.round((b1.hit - b0.hit) / paths.length)} hit`,
  );
}
console.log(
  '\nstatement shapes by database CPU (kind, statement head: count, CPU ms a statement, wall ms a statement):',
);
const sorted = [...shapes.entries()]
  .filter(([k]) => !k.startsWith('warm') && !k.startsWith('sample'))
  .sort((x, y) => y[1].cpu - x[1].cpu);
for (const [shape, s] of sorted.slice(0, shapesShown))
  console.log(
    `  ${(s.cpu * 1000).toFixed(0).padStart(6)} ms total  n=${String(s.n).padStart(4)}  ${((1000 * s.cpu) / s.n).toFixed(2)} cpu  ${(s.wall / s.n).toFixed(2)} wall  ${shape}`,
  );
server.close();
await alone.client.end();
await backend.close();
