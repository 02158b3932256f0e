/**
 * The database CPU of this checkout's search statements against another checkout's, statement by statement: the
 * benchmark's requests (queries.ts, the same sample as pg-ab.ts draws) answered once through each checkout's searchSql
 * to record the statements they send (the facet memo off, so that no answer comes from a sample kept by the other
 * side's requests), then both sides' statements run again on one connection, as named prepared statements (as the
 * server sends them), the sides alternating A B, B A, … for `--rounds` rounds; per kind, the CPU the server process
 * used a statement (from /proc) on each side. What a change to a statement's text or values costs the database,
 * without the search's other work, the HTTP layer or the order requests came in (pg-ab's figures carry those): one
 * connection running each statement `--rounds` times makes the 10 ms ticks of /proc add up to a figure the machine's
 * load moves less than one run of each search.
 *
 *   npx tsx scripts/bench/pg-statements-ab.ts --database NAME --other CHECKOUT [--kinds plain,prefix]
 *       [--queries 150] [--rounds 8] [--seed 42] [--url postgres://postgres@127.0.0.1:5432/test]
 *
 * Only the statements a search sends that open with `WITH` (the window and facet statements) are run again; the
 * vocabulary check and the page's article records are the same on both sides.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PostgresBackend } from '../../src/backend/postgres/index.js';
import { defaultSearchSqlOptions, searchSql } from '../../src/backend/postgres/search.js';
import { readFlags } from './args.js';
import { benchRequests, databaseUrl, kindsOf, loadavg, processCpuSeconds, searchConnection } from './pg-common.js';

const flags = readFlags(process.argv.slice(2));
const url = databaseUrl(flags, 'pg-statements-ab');
const other = flags.get('other');
if (!other)
  throw new Error('pg-statements-ab: --other CHECKOUT is required (the repository whose search.ts is side B)');
const count = Number(flags.get('queries') ?? 150);
const rounds = Number(flags.get('rounds') ?? 8);
const seed = Number(flags.get('seed') ?? 42);
if (!Number.isInteger(count) || count < 1)
  throw new Error(`pg-statements-ab: --queries '${flags.get('queries')}' is not a count`);
if (!Number.isInteger(rounds) || rounds < 1)
  throw new Error(`pg-statements-ab: --rounds '${flags.get('rounds')}' is not a count`);
const kinds = kindsOf(flags, 'pg-statements-ab', ['plain', 'prefix']);

type Search = typeof import('../../src/backend/postgres/search.js');
const theirs = (await import(pathToFileURL(path.resolve(other, 'src/backend/postgres/search.ts')).href)) as Search;

const backend = new PostgresBackend(url, { statementTimeoutMs: 60_000 });
const { requests } = await benchRequests(backend, count, seed);
await backend.close();

const connection = await searchConnection(url);
type Statement = { text: string; values: unknown[] };

/** The statements opening with `WITH` that `run` sends for `kind`'s requests. */
async function statementsOf(run: Search['searchSql'], options: Search['defaultSearchSqlOptions'], kind: string) {
  const sent: Statement[] = [];
  const recording = new Proxy(connection.db, {
    get(target, prop, receiver) {
      if (prop !== 'query') return Reflect.get(target, prop, receiver) as unknown;
      return (statement: string | { text: string; values?: unknown[] }, values?: unknown[]) => {
        const text = typeof statement === 'string' ? statement : statement.text;
        if (/^\s*WITH/.test(text))
          sent.push({ text, values: (typeof statement === 'string' ? values : statement.values) ?? [] });
        return typeof statement === 'string' ? target.query(statement, values) : target.query(statement);
      };
    },
  });
  for (const request of requests[kind as keyof typeof requests])
    await run(recording, { ...request, limit: 20, page: 1 }, { ...options, facetMemo: false });
  return sent;
}

console.log(`pg-statements-ab ${url}: A this checkout, B ${other}; ${count} requests a kind, ${rounds} rounds`);
for (const kind of kinds) {
  const sides = {
    A: await statementsOf(searchSql, defaultSearchSqlOptions, kind),
    B: await statementsOf(theirs.searchSql, theirs.defaultSearchSqlOptions, kind),
  };
  const cpu = { A: 0, B: 0 };
  for (let round = 0; round < rounds; round++) {
    for (const side of round % 2 === 0 ? (['A', 'B'] as const) : (['B', 'A'] as const)) {
      const before = (await processCpuSeconds(connection.pid)) ?? 0;
      for (const s of sides[side]) {
        const name = `ab_${createHash('sha1').update(s.text).digest('base64url')}`;
        await connection.client.query({ name, text: s.text, values: s.values });
      }
      cpu[side] += ((await processCpuSeconds(connection.pid)) ?? 0) - before;
    }
  }
  const per = (side: 'A' | 'B'): string =>
    sides[side].length === 0 ? '-' : ((cpu[side] * 1000) / rounds / sides[side].length).toFixed(2);
  console.log(
    `${kind}: database CPU a statement A ${per('A')} ms, B ${per('B')} ms (${sides.A.length} / ${sides.B.length} statements); load ${await loadavg()}`,
  );
}
await connection.client.end();
