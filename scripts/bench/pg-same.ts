/**
 * Whether this checkout's PostgreSQL search answers as another checkout's does: the benchmark's queries (queries.ts,
 * the same sample as postgres.ts and pg-explain.ts draw) run through both checkouts' searchSql on one database, the
 * responses compared whole (but their time). For a change meant to keep the answers (a plan, an index).
 *
 *   npx tsx scripts/bench/pg-same.ts --database NAME --other /work/main [--kinds plain,speaker] [--queries 200]
 *       [--url postgres://postgres@127.0.0.1:5432/test] [--seed 42]
 *
 * `--after-unfiltered`: before each request with a speaker filter, this checkout answers the same request without
 * it (as a reader picks a speaker from a search's facet), so that its answer may come from the query's kept facet
 * sample (SearchSqlOptions.facetMemo); prints how many of this checkout's answers sent a facet statement of their own.
 *
 * Prints per kind how many responses differ, and the first differences; exits 1 when any does.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PostgresBackend } from '../../src/backend/postgres/index.js';
import { countingFacetStatements, defaultSearchSqlOptions, searchSql } from '../../src/backend/postgres/search.js';
import { readFlags } from './args.js';
import { benchRequests, databaseUrl, kindsOf } from './pg-common.js';
import { QUERY_KINDS } from './queries.js';

const flags = readFlags(process.argv.slice(2));
const url = databaseUrl(flags, 'pg-same');
const other = flags.get('other');
if (!other)
  throw new Error('pg-same: --other CHECKOUT is required (the repository whose search.ts answers are compared)');
const count = Number(flags.get('queries') ?? 200);
const seed = Number(flags.get('seed') ?? 42);
const kinds = kindsOf(flags, 'pg-same', QUERY_KINDS);
const afterUnfiltered = flags.has('after-unfiltered');

const theirs = (await import(
  pathToFileURL(path.resolve(other, 'src/backend/postgres/search.ts')).href
)) as typeof import('../../src/backend/postgres/search.js');

const backend = new PostgresBackend(url, { statementTimeoutMs: 60_000 });
const { requests } = await benchRequests(backend, count, seed);
/** This checkout's facet statements (see search.ts facets), counted as they are sent. */
const { pool, sent: facetStatementsSent } = countingFacetStatements(backend.read);

let differing = 0;
for (const kind of kinds) {
  let n = 0;
  const shown: string[] = [];
  let facetsSent = 0;
  for (const request of requests[kind]) {
    if (afterUnfiltered && request.speakers.length > 0)
      await searchSql(pool, { ...request, speakers: [] }, defaultSearchSqlOptions);
    const before = facetStatementsSent();
    const a = { ...(await searchSql(pool, request, defaultSearchSqlOptions)), took_ms: 0 };
    facetsSent += facetStatementsSent() - before;
    const b = { ...(await theirs.searchSql(backend.read, request, theirs.defaultSearchSqlOptions)), took_ms: 0 };
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      n++;
      if (shown.length < 3) shown.push(`  ${JSON.stringify(request.q)}: total ${a.total} / ${b.total}`);
    }
  }
  differing += n;
  console.log(
    `${kind}: ${n} of ${requests[kind].length} responses differ; this checkout sent ${facetsSent} facet statements`,
  );
  for (const s of shown) console.log(s);
}
await backend.close();
process.exitCode = differing > 0 ? 1 : 0;
