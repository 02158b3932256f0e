/**
 * Checking aid: the slowest queries of one kind (CPU ms, matches, query), after 200 warm-up queries, and the
 * kind's CPU p50 / p99: tells a tail made of real work (many matches) from one made of pauses (few matches).
 *
 *   npx tsx scripts/bench/slowest.ts --index <dir>/100k/index [--kind plain] [--queries 1000] [--top 25]
 */
import { loadIndex } from '../../src/store/index.js';
import { percentile, readFlags } from './args.js';
import { makeQueries, type QueryKind } from './queries.js';
const flags = readFlags(process.argv.slice(2));
const index = await loadIndex(flags.get('index') ?? '');
const queries = makeQueries(index, Number(flags.get('queries') ?? 1000), 42);
const kind = (flags.get('kind') ?? 'plain') as QueryKind;
for (const r of queries[kind].slice(0, 200)) index.search.search(r);
const rows: Array<[number, number, string]> = [];
for (const r of queries[kind]) {
  const c = process.cpuUsage();
  const a = index.search.search(r);
  const u = process.cpuUsage(c);
  rows.push([(u.user + u.system) / 1000, a.total, r.q]);
}
rows.sort((a, b) => b[0] - a[0]);
for (const r of rows.slice(0, Number(flags.get('top') ?? 25))) console.log(r[0].toFixed(2), r[1], JSON.stringify(r[2]));
const cpu = Float64Array.from(rows, (r) => r[0]).sort();
console.log(`p50 ${percentile(cpu, 50).toFixed(3)} p99 ${percentile(cpu, 99).toFixed(3)}`);
