/**
 * Profiling aid: the queries of one kind whose matches are many (at least `--min` before collapsing), searched
 * `--repeat` times each with their lists cached, under the profiler: where a common word's time goes.
 *
 *   npx tsx scripts/bench/profile-big.ts --index <dir> [--kind plain] [--min 20000] [--repeat 5] --out big.cpuprofile
 *   npx tsx scripts/bench/profile-top.ts big.cpuprofile
 */
import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { loadIndex } from '../../src/store/index.js';
import { readFlags } from './args.js';
import { makeQueries, type QueryKind } from './queries.js';

const flags = readFlags(process.argv.slice(2));
const index = await loadIndex(flags.get('index') ?? '');
const queries = makeQueries(index, Number(flags.get('queries') ?? 1000), 42);
const kind = (flags.get('kind') ?? 'plain') as QueryKind;
const min = Number(flags.get('min') ?? 20000);
const big = queries[kind].filter(
  (r) =>
    index.search.search({ ...r, speakers: [], publishers: [], from: null, to: null, collapse: false }).total >= min,
);
const repeat = Number(flags.get('repeat') ?? 5);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.start');
const c = process.cpuUsage();
for (let i = 0; i < repeat; i++) for (const r of big) index.search.search(r);
const u = process.cpuUsage(c);
const { profile } = await session.post('Profiler.stop');
await writeFile(flags.get('out') ?? 'big.cpuprofile', JSON.stringify(profile));
session.disconnect();
process.stderr.write(
  `${big.length} queries, ${((u.user + u.system) / 1000 / big.length / repeat).toFixed(2)} ms CPU each\n`,
);
