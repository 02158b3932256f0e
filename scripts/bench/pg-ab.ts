/**
 * An index, a setting or another checkout's search code tried on a kept database without a second copy: the
 * benchmark's queries (queries.ts, the same sample as postgres.ts draws) through searchSql, per kind in four blocks
 * A B B A (so neither side always finds the other's pages in the buffers): side A as the database is with this
 * checkout's searchSql; side B inside a transaction that drops `--drop-index` indexes and/or runs `--set` settings
 * and/or sends its statements unprepared (`--unprepared`; both sides prepare them otherwise, as the server
 * does), rolled back after each block (nothing changes; a dropped index
 * locks the table, so the sides cannot alternate query by query), and/or with the searchSql of checkout `--other`
 * (e.g. /work/main: B is then "before"). Prints per kind p50 / p95 / p99 of each side, the database server process
 * CPU each side used (from /proc: what the machine's load does not change), and how many answers differ.
 *
 *   npx tsx scripts/bench/pg-ab.ts --database NAME [--drop-index a,b] [--set "plan_cache_mode=force_generic_plan"] [--unprepared]
 *       [--other CHECKOUT] [--kinds plain,speaker,phrase] [--queries 200] [--url postgres://postgres@127.0.0.1:5432/test]
 *       [--seed 42] [--rounds 1] [--slowest 0] [--bound N] [--tiers 25000,100000,400000,1600000]
 *
 * `--rounds N`: the A B B A blocks N times over (each side's figures over all rounds).
 * `--slowest N`: also the N queries slowest on either side (each query's best time of the rounds, A and B), and
 * p50 / p95 / p99 of those best times (a query's best of several rounds is less the machine's load than one time).
 * `--bound N`: side B reads windows of N candidates (its totalBound, rankBound and facetBound; 5,000 by default): what
 * a narrower window saves, and what it costs the answers: besides how many differ, the share of B's page rows that
 * are on A's page (the ranking among fewer of the newest matches) and how many totals and facets differ.
 * `--tiers a,b,…`: side B reads its windows by these newest-first positions (SearchSqlOptions.tiers; the partial term
 * indexes they need must exist, or B reads through the whole term index).
 * `--no-facet-memo`: side A keeps no facet samples (SearchSqlOptions.facetMemo off): each request reads its own, as
 * the first request of a query does (A's later rounds and warm-up queries otherwise find the samples kept).
 * `--after-unfiltered`: before each request with a speaker filter, its side answers the same request without it
 * (as a reader picks a speaker from a search's facet), untimed, its database CPU left out: what the speaker's
 * request then costs on each side.
 * `--b-options JSON`: side B's SearchSqlOptions changed by these (e.g. `'{"speakerRowsApart":false}'`).
 * `--blocks`: also the table and index blocks each side touched a search (read from the kernel or found in shared
 * buffers; pg_statio_user_tables of the database, which nothing else may use meanwhile; each block's five warm-up
 * searches included): what the machine's load does not change.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type pg from 'pg';
import { PostgresBackend } from '../../src/backend/postgres/index.js';
import { defaultSearchSqlOptions, searchSql } from '../../src/backend/postgres/search.js';
import { readFlags } from './args.js';
import {
  benchRequests,
  databaseUrl,
  kindsOf,
  loadavg,
  p50p95p99,
  processCpuSeconds,
  searchConnection,
} from './pg-common.js';

const flags = readFlags(process.argv.slice(2));
const url = databaseUrl(flags, 'pg-ab');
const count = Number(flags.get('queries') ?? 200);
const seed = Number(flags.get('seed') ?? 42);
const rounds = Number(flags.get('rounds') ?? 1);
const kinds = kindsOf(flags, 'pg-ab', ['plain', 'speaker', 'phrase']);
const slowest = Number(flags.get('slowest') ?? 0);
const dropped = (flags.get('drop-index') ?? '').split(',').filter(Boolean);
const settings = (flags.get('set') ?? '').split(';').filter(Boolean);
const other = flags.get('other') ?? null;
const bound = flags.has('bound') ? Number(flags.get('bound')) : null;
const tiers = flags.has('tiers') ? flags.get('tiers')!.split(',').map(Number) : null;
if (bound !== null && (!Number.isInteger(bound) || bound < 1))
  throw new Error(`pg-ab: --bound '${flags.get('bound')}' is not a count of candidates`);
for (const s of settings) if (!/^[a-z_.]+=[\w.-]+$/.test(s)) throw new Error(`pg-ab: --set '${s}' is not name=value`);
for (const d of dropped)
  if (!/^[a-z_0-9]+$/.test(d)) throw new Error(`pg-ab: --drop-index '${d}' is not an index name`);
if (!Number.isInteger(rounds) || rounds < 1) throw new Error(`pg-ab: --rounds '${flags.get('rounds')}' is not a count`);

type Search = typeof import('../../src/backend/postgres/search.js');
const theirs: Search | null = other
  ? ((await import(pathToFileURL(path.resolve(other, 'src/backend/postgres/search.ts')).href)) as Search)
  : null;
const afterUnfiltered = flags.has('after-unfiltered');
const bOptions = flags.has('b-options') ? (JSON.parse(flags.get('b-options')!) as Record<string, unknown>) : {};
const countBlocks = flags.has('blocks');
const searchOf = {
  a: { run: searchSql, options: { ...defaultSearchSqlOptions, facetMemo: !flags.has('no-facet-memo') } },
  b: {
    run: theirs?.searchSql ?? searchSql,
    options: {
      ...(theirs?.defaultSearchSqlOptions ?? defaultSearchSqlOptions),
      prepared: !flags.has('unprepared'),
      ...(bound !== null ? { totalBound: bound, rankBound: bound, facetBound: bound } : {}),
      ...(tiers !== null ? { tiers } : {}),
      ...bOptions,
    },
  },
};

const backend = new PostgresBackend(url, { statementTimeoutMs: 60_000 });
const { requests } = await benchRequests(backend, count, seed);
await backend.close();

async function enterB(client: pg.Client): Promise<void> {
  await client.query('BEGIN');
  for (const d of dropped) await client.query(`DROP INDEX ${d}`);
  for (const s of settings) {
    const [name, value] = s.split('=') as [string, string];
    await client.query(`SELECT set_config($1, $2, true)`, [name, value]);
  }
}

const a = await searchConnection(url);
const b = await searchConnection(url);
const watcher = countBlocks ? await searchConnection(url) : null;
/** Blocks touched in this database so far, once `side`'s pending statistics are flushed (PostgreSQL 15). */
async function blocksSoFar(side: { client: pg.Client }): Promise<number> {
  if (!watcher) return 0;
  await side.client.query('SELECT pg_stat_force_next_flush()');
  await side.client.query('SELECT 1');
  await watcher.client.query('SELECT pg_stat_clear_snapshot()');
  const r = await watcher.client.query<{ n: string }>(
    `SELECT sum(coalesce(heap_blks_read, 0) + coalesce(heap_blks_hit, 0) + coalesce(idx_blks_read, 0)
              + coalesce(idx_blks_hit, 0) + coalesce(toast_blks_read, 0) + coalesce(toast_blks_hit, 0)) AS n
       FROM pg_statio_user_tables`,
  );
  return Number(r.rows[0]!.n);
}
const described = [
  ...dropped.map((d) => `without ${d}`),
  ...settings,
  ...(flags.has('unprepared') ? ['unprepared statements'] : []),
  ...(other ? [`the search code of ${other}`] : []),
  ...(bound !== null ? [`windows of ${bound} candidates`] : []),
  ...(tiers !== null ? [`term index tiers at ${tiers.join(', ')}`] : []),
  ...(flags.has('b-options') ? [`options ${JSON.stringify(bOptions)}`] : []),
];
if (flags.has('no-facet-memo')) console.log('A: no facet samples kept');
if (afterUnfiltered) console.log("each request with a speaker filter after its side's answer without it");
console.log(`B: ${described.join(', ') || 'the same as A'}; ${rounds} round(s); load ${await loadavg()}`);
for (const kind of kinds) {
  const times = { a: [] as number[], b: [] as number[] };
  const cpu = { a: 0, b: 0 };
  const blocks = { a: 0, b: 0 };
  const answers: Record<'a' | 'b', string[]> = { a: [], b: [] };
  const list = requests[kind];
  const half = Math.ceil(list.length / 2);
  for (let round = 0; round < rounds; round++) {
    // A B B A over the two halves of the queries: each query once on each side a round.
    for (const [which, part] of [
      ['a', list.slice(0, half)],
      ['b', list.slice(0, half)],
      ['b', list.slice(half)],
      ['a', list.slice(half)],
    ] as const) {
      const s = which === 'a' ? a : b;
      const { run, options } = searchOf[which];
      const blocks0 = await blocksSoFar(s);
      if (which === 'b') await enterB(s.client);
      for (const r of part.slice(0, 5)) await run(s.db, r, options);
      let c0 = await processCpuSeconds(s.pid);
      for (const request of part) {
        if (afterUnfiltered && request.speakers.length > 0) {
          // untimed, and its CPU left out (10 ms ticks: unbiased summed over many requests)
          cpu[which] += (await processCpuSeconds(s.pid))! - c0!;
          await run(s.db, { ...request, speakers: [] }, options);
          c0 = await processCpuSeconds(s.pid);
        }
        const t = performance.now();
        const found = await run(s.db, request, options);
        times[which].push(performance.now() - t);
        answers[which].push(JSON.stringify({ ...found, took_ms: 0 }));
      }
      cpu[which] += (await processCpuSeconds(s.pid))! - c0!;
      if (which === 'b') await s.client.query('ROLLBACK');
      blocks[which] += (await blocksSoFar(s)) - blocks0;
    }
  }
  const differ = answers.a.filter((x, i) => x !== answers.b[i]).length;
  // What differs: the page's rows (B's rows found on A's page), the totals, the facets.
  type Answer = { total: number; results: Array<{ quote: { id: string } }>; facets: unknown };
  let onPage = 0;
  let rowsB = 0;
  let totals = 0;
  let facetsDiffer = 0;
  answers.a.forEach((x, i) => {
    const [ra, rb] = [JSON.parse(x) as Answer, JSON.parse(answers.b[i]!) as Answer];
    const page = new Set(ra.results.map((h) => h.quote.id));
    rowsB += rb.results.length;
    onPage += rb.results.filter((h) => page.has(h.quote.id)).length;
    if (ra.total !== rb.total) totals++;
    if (JSON.stringify(ra.facets) !== JSON.stringify(rb.facets)) facetsDiffer++;
  });
  if (slowest > 0) {
    // Each query's best time of the rounds on each side (both sides list the queries in the same order).
    const best = (t: number[]) => list.map((_, i) => Math.min(...t.filter((_, k) => k % list.length === i)));
    const [bestA, bestB] = [best(times.a), best(times.b)];
    const order = list.map((_, i) => i).sort((x, y) => Math.max(bestB[y]!, bestA[y]!) - Math.max(bestB[x]!, bestA[x]!));
    for (const i of order.slice(0, slowest))
      console.log(
        `  ${kind} ${JSON.stringify(list[i]!.q)}: A ${bestA[i]!.toFixed(1)} ms, B ${bestB[i]!.toFixed(1)} ms`,
      );
    console.log(`  ${kind} best of the rounds per query: A ${p50p95p99(bestA)} ms, B ${p50p95p99(bestB)} ms`);
  }
  console.log(
    `${kind}: A ${p50p95p99(times.a)} ms (db CPU ${((1000 * cpu.a) / times.a.length).toFixed(2)} ms a search), ` +
      `B ${p50p95p99(times.b)} ms (db CPU ${((1000 * cpu.b) / times.b.length).toFixed(2)} ms); ${differ} of ${times.a.length} answers differ ` +
      `(totals ${totals}, facets ${facetsDiffer}, B's page rows on A's page ${((100 * onPage) / Math.max(1, rowsB)).toFixed(1)} %); load ${await loadavg()}` +
      (watcher
        ? `; blocks a search A ${(blocks.a / times.a.length).toFixed(0)}, B ${(blocks.b / times.b.length).toFixed(0)}`
        : ''),
  );
}
await a.client.end();
await b.client.end();
await watcher?.client.end();
