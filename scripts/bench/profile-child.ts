/**
 * Profiling aid: loads an index and runs the benchmark's query mix, so that `node --cpu-prof` shows where
 * loading and searching spend their time. Prints the time of each step.
 *
 *   node --cpu-prof --cpu-prof-dir prof --import tsx scripts/bench/profile-child.ts --index <dir> [--queries 300]
 */
import { loadIndex } from '../../src/store/index.js';
import { readFlags } from './args.js';
import { QUERY_KINDS, makeQueries } from './queries.js';

const flags = readFlags(process.argv.slice(2));
let t = performance.now();
const index = await loadIndex(flags.get('index') ?? '');
process.stderr.write(`load ${(performance.now() - t).toFixed(0)} ms\n`);
const queries = makeQueries(index, Number(flags.get('queries') ?? 300), 7);
for (const kind of QUERY_KINDS) {
  t = performance.now();
  for (const r of queries[kind]) index.search.search(r);
  process.stderr.write(`${kind} ${((performance.now() - t) / queries[kind].length).toFixed(2)} ms/query\n`);
}
