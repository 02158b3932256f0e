/**
 * Checking aid: each query of one kind searched twice in a row (CPU ms): the first time pays for loading its
 * terms' posting lists (cached after), the second only for the search itself. Prints the slowest by first time,
 * with both times and the match count, and the p50 / p99 of each.
 *
 *   npx tsx scripts/bench/cold-warm.ts --index <dir> [--kind plain] [--queries 1000] [--top 20]
 */
import { loadIndex } from '../../src/store/index.js';
import { percentile, readFlags } from './args.js';
import { makeQueries, type QueryKind } from './queries.js';

const flags = readFlags(process.argv.slice(2));
const index = await loadIndex(flags.get('index') ?? '');
const queries = makeQueries(index, Number(flags.get('queries') ?? 1000), 42);
const kind = (flags.get('kind') ?? 'plain') as QueryKind;
for (const r of queries.speakerPage.slice(0, 200)) index.search.search(r);
const cpu = (run: () => unknown): number => {
  const c = process.cpuUsage();
  run();
  const u = process.cpuUsage(c);
  return (u.user + u.system) / 1000;
};
const rows = queries[kind].map((r) => {
  let total = 0;
  const first = cpu(() => (total = index.search.search(r).total));
  const second = cpu(() => index.search.search(r));
  return { first, second, total, q: r.q };
});
for (const r of [...rows].sort((a, b) => b.second - a.second).slice(0, Number(flags.get('top') ?? 20)))
  console.log(r.first.toFixed(2), r.second.toFixed(2), r.total, JSON.stringify(r.q));
for (const key of ['first', 'second'] as const) {
  const v = Float64Array.from(rows, (r) => r[key]).sort();
  console.log(`${key}: p50 ${percentile(v, 50).toFixed(3)} p99 ${percentile(v, 99).toFixed(3)}`);
}
