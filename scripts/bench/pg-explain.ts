/**
 * Where a PostgreSQL search's time goes: the benchmark's queries (queries.ts, drawn from the stored quotes as
 * scripts/bench/postgres.ts draws them) run one at a time against a database already ingested, every statement
 * the search sends timed, and for the slowest searches each statement run again under
 * `EXPLAIN (ANALYZE, BUFFERS)`.
 *
 *   npx tsx scripts/bench/pg-explain.ts --database NAME [--kinds plain,phrase] [--queries 200] [--top 3]
 *       [--url postgres://postgres@127.0.0.1:5432/test] [--seed 42] [--explain false] [--q 'QUERY|QUERY…'] [--generic]
 *
 * `--generic`: each statement's generic plan too (what a prepared statement runs once the server stops planning it
 * for its values).
 *
 * `--q`: these queries instead of the drawn ones (`|` between them), each as the first drawn request of every kind
 * asked for with its `q` replaced.
 *
 * Prints per kind p50 / p95 / p99 of the search and of its statements' summed time, then the slowest searches with
 * their statements' plans.
 */
import { PostgresBackend } from '../../src/backend/postgres/index.js';
import { defaultSearchSqlOptions, searchSql } from '../../src/backend/postgres/search.js';
import type { SearchRequest } from '../../src/search/types.js';
import { readFlags } from './args.js';
import { benchRequests, databaseUrl, kindsOf, loadavg, p50p95p99 } from './pg-common.js';
import { QUERY_KINDS } from './queries.js';

const flags = readFlags(process.argv.slice(2));
const url = databaseUrl(flags, 'pg-explain');
const count = Number(flags.get('queries') ?? 200);
const top = Number(flags.get('top') ?? 3);
const seed = Number(flags.get('seed') ?? 42);
const explain = flags.get('explain') !== 'false';
const kinds = kindsOf(flags, 'pg-explain', QUERY_KINDS);
const generic = flags.has('generic');
const given = flags.has('q') ? flags.get('q')!.split('|') : null;

const backend = new PostgresBackend(url, { statementTimeoutMs: 30_000 });
const pool = backend.read;

interface Sent {
  sql: string;
  values: unknown[];
  ms: number;
}

/** Where the recording pool puts what it sends (one search at a time). */
let log: Sent[] = [];
/**
 * The pool as searchSql sees it, every query recorded into `log`: one object for every search, as the backend's own
 * pool is (the vocabulary is kept per pool).
 */
const recording = new Proxy(pool, {
  get(target, prop, receiver) {
    if (prop !== 'query') return Reflect.get(target, prop, receiver) as unknown;
    // A statement comes as (text, values) or, prepared, as { name, text, values }.
    return async (statement: string | { name?: string; text: string; values?: unknown[] }, given: unknown[] = []) => {
      const t = performance.now();
      const r = typeof statement === 'string' ? await target.query(statement, given) : await target.query(statement);
      const sql = typeof statement === 'string' ? statement : statement.text;
      const values = typeof statement === 'string' ? given : (statement.values ?? []);
      log.push({ sql, values, ms: performance.now() - t });
      return r;
    };
  },
});

const { requests } = await benchRequests(backend, count, seed);
if (given) for (const kind of kinds) requests[kind] = given.map((q) => ({ ...requests[kind][0]!, q }));

for (const kind of kinds) {
  const runs: Array<{ request: SearchRequest; ms: number; sent: Sent[]; total: number }> = [];
  for (const r of requests[kind].slice(0, 10)) await searchSql(recording, r, defaultSearchSqlOptions);
  for (const request of requests[kind]) {
    const sent: Sent[] = (log = []);
    const t = performance.now();
    const found = await searchSql(recording, request, defaultSearchSqlOptions);
    runs.push({ request, ms: performance.now() - t, sent, total: found.total });
  }
  const ms = runs.map((r) => r.ms);
  const sqlMs = runs.map((r) => r.sent.reduce((s, x) => s + x.ms, 0));
  const statements = runs.reduce((s, r) => s + r.sent.length, 0) / runs.length;
  console.log(
    `${kind}: search p50/p95/p99 ${p50p95p99(ms)} ms; statements' summed time ${p50p95p99(sqlMs)} ms; ` +
      `${statements.toFixed(1)} statements a search; load ${await loadavg()}`,
  );
  const slowest = [...runs].sort((a, b) => b.ms - a.ms).slice(0, top);
  for (const run of slowest) {
    const { q, speakers: sp, publishers, from, to, sort } = run.request;
    console.log(
      `\n--- ${kind} ${run.ms.toFixed(1)} ms, total ${run.total}: ${JSON.stringify({ q, sp, publishers, from, to, sort })}`,
    );
    for (const s of run.sent) {
      console.log(`  statement ${s.ms.toFixed(1)} ms: ${s.sql.replace(/\s+/g, ' ').slice(0, 160)}…`);
      if (!explain || !/^\s*(WITH|SELECT)/i.test(s.sql)) continue;
      const plan = await pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`, s.values);
      console.log(`    values ${JSON.stringify(s.values).slice(0, 300)}`);
      for (const line of plan.rows) console.log(`    ${line['QUERY PLAN']}`);
      if (generic && s.values.length > 0) {
        // The plan a prepared statement runs once the server settles on one plan for any values (as the backend's
        // named statements may, after five runs).
        const client = await pool.connect();
        try {
          await client.query('SET plan_cache_mode = force_generic_plan');
          await client.query(`PREPARE generic AS ${s.sql}`);
          const literal = (v: unknown): string =>
            Array.isArray(v)
              ? client.escapeLiteral(`{${v.map((x) => JSON.stringify(x)).join(',')}}`)
              : typeof v === 'number'
                ? String(v)
                : client.escapeLiteral(String(v));
          const g = await client.query<{ 'QUERY PLAN': string }>(
            `EXPLAIN (ANALYZE, BUFFERS) EXECUTE generic(${s.values.map(literal).join(', ')})`,
          );
          console.log('    generic plan:');
          for (const line of g.rows) console.log(`    ${line['QUERY PLAN']}`);
        } finally {
          await client.query('DEALLOCATE ALL').catch(() => undefined);
          client.release(true);
        }
      }
    }
  }
  console.log('');
}
await backend.close();
