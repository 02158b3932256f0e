/**
 * Comparing aid: the benchmark's query mix through the engine of another checkout (another commit in a
 * `git worktree`) over one built index, timed as serve-child times it (200 warm-up queries, then CPU time per
 * query), one line of CPU p50 / p95 / p99 per kind. Run it alternately with two trees to compare them in the same
 * conditions on a shared machine.
 *
 *   npx tsx scripts/bench/ab.ts --tree /tmp/wt-before --index <dir>/100k/index [--queries 1000] [--seed 42]
 *     [--engine src|dist]   (src, the default: the tree's sources through tsx; dist: its compiled engine, built first)
 */
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SearchRequest, SearchResponse } from '../../src/search/index.js';
import { percentile, readFlags, repoRoot } from './args.js';

interface Tree {
  loadIndex(dir: string): Promise<{ search: { search(r: SearchRequest): SearchResponse } }>;
  QUERY_KINDS: readonly string[];
  makeQueries(index: unknown, count: number, seed: number): Record<string, SearchRequest[]>;
}

const flags = readFlags(process.argv.slice(2));
const tree = path.resolve(flags.get('tree') ?? repoRoot);
const from = (file: string): string => pathToFileURL(path.join(tree, file)).href;
const engine = flags.get('engine') ?? 'src';
if (engine !== 'src' && engine !== 'dist') throw new Error(`ab: --engine '${engine}' is not src or dist`);
if (engine === 'dist') {
  const { distStaleReason } = (await import(from('bin/dist-freshness.js'))) as { distStaleReason: () => string | null };
  const stale = distStaleReason();
  if (stale !== null) throw new Error(`ab: ${tree}: ${stale}: run \`npm run build\` there first`);
}
const { loadIndex } = (await import(from(engine === 'dist' ? 'dist/store/index.js' : 'src/store/index.ts'))) as Pick<
  Tree,
  'loadIndex'
>;
const { QUERY_KINDS, makeQueries } = (await import(from('scripts/bench/queries.ts'))) as Omit<Tree, 'loadIndex'>;
const index = await loadIndex(flags.get('index') ?? '');
const queries = makeQueries(index, Number(flags.get('queries') ?? 1000), Number(flags.get('seed') ?? 42));
for (const r of QUERY_KINDS.flatMap((k) => queries[k]!).slice(0, 200)) index.search.search(r);
const out: string[] = [];
for (const kind of QUERY_KINDS) {
  const list = queries[kind]!;
  const cpu = new Float64Array(list.length);
  list.forEach((r, i) => {
    const c = process.cpuUsage();
    index.search.search(r);
    const u = process.cpuUsage(c);
    cpu[i] = (u.user + u.system) / 1000;
  });
  cpu.sort();
  out.push(`${kind} ${[50, 95, 99].map((q) => percentile(cpu, q).toFixed(2)).join('/')}`);
}
const load = os.loadavg().map((x) => x.toFixed(1));
process.stdout.write(`${tree} (${engine}): ${out.join('  ')}  (CPU ms p50/p95/p99; load ${load.join(' ')})\n`);
