/**
 * Profiling aid: loads an index and runs the benchmark's query mix, so that a CPU profile shows where
 * searching spends its time. Prints the time of each step. With `--out`, only the query loop is profiled
 * (node:inspector, started after loading and drawing the queries) and the profile is written there;
 * `node --cpu-prof` profiles the whole process, loading included.
 *
 *   npx tsx scripts/bench/profile-child.ts --index <dir> [--queries 300] [--kinds plain,prefix] [--out q.cpuprofile]
 *   npx tsx scripts/bench/profile-top.ts q.cpuprofile
 */
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { loadIndex } from '../../src/store/index.js';
import { readFlags } from './args.js';
import { QUERY_KINDS, makeQueries, type QueryKind } from './queries.js';

const flags = readFlags(process.argv.slice(2));
let t = performance.now();
const index = await loadIndex(flags.get('index') ?? '');
process.stderr.write(`load ${(performance.now() - t).toFixed(0)} ms\n`);
const queries = makeQueries(index, Number(flags.get('queries') ?? 300), 7);
const kinds = (flags.get('kinds')?.split(',') ?? QUERY_KINDS) as QueryKind[];
const out = flags.get('out');
const session = out ? new Session() : null;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
}
for (const kind of kinds) {
  t = performance.now();
  const cpu = process.cpuUsage();
  for (const r of queries[kind]) index.search.search(r);
  const used = process.cpuUsage(cpu);
  const n = queries[kind].length;
  process.stderr.write(
    `${kind} ${((performance.now() - t) / n).toFixed(3)} ms/query wall, ${((used.user + used.system) / 1000 / n).toFixed(3)} CPU\n`,
  );
}
if (session && out) {
  const { profile } = await session.post('Profiler.stop');
  await writeFile(out, JSON.stringify(profile));
  session.disconnect();
}
