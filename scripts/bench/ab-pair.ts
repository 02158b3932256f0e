/**
 * Comparing aid, steadier than running ab.ts twice on a loaded machine: the benchmark's query mix through the
 * engines of two checkouts over one built index, both loaded in this one process, each query timed through A
 * and then B (the order swapped every other query), so that both see the same load. Prints CPU p50 / p99 per
 * kind for each and the ratio B / A of the summed CPU.
 *
 *   npx tsx scripts/bench/ab-pair.ts --a /tmp/wt-before --b . --index <dir>/100k/index [--queries 1000] [--rounds 2]
 *     [--a-options '{"countBound":1e999}'] [--b-options '{"countBound":10000}'] [--a-engine src|dist] [--b-engine …]
 *     [--open-b-first]
 *
 * The engine loaded second runs its queries up to ~10 % faster (B/A 0.88–0.99 by kind with the same compiled
 * engine on both sides, 0.98–1.12 with `--open-b-first`, which loads B's first; 100k, load 8): run both orders and
 * take the geometric mean of the two ratios of a kind, which cancels most of that bias (0.97–1.00 for the same
 * engine twice).
 *
 * `--a-engine` / `--b-engine`: `src` (the default), the tree's sources through tsx, whose loader wraps every
 * function made at run time in esbuild's `__name`; `dist`, its compiled engine (`npm run build` in that tree
 * first; refused when missing or older than its sources), what `npm start` runs. `--a . --b . --a-engine src
 * --b-engine dist` pairs one tree's two forms.
 */
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { SearchRequest, SearchResponse } from '../../src/search/index.js';
import { percentile, readFlags, repoRoot } from './args.js';

interface Engine {
  search(r: SearchRequest): SearchResponse;
}

const flags = readFlags(process.argv.slice(2));
type Open = (saved: Buffer, count: number, quoteAt: unknown, options?: object) => Engine;
const open = async (
  tree: string,
  engineOptions: object | null,
  compiled: boolean,
): Promise<{ engine: Engine; queries: Record<string, SearchRequest[]>; kinds: readonly string[] }> => {
  const from = (file: string): string => pathToFileURL(path.join(tree, file)).href;
  const engineFile = (name: string): string => from(compiled ? `dist/${name}.js` : `src/${name}.ts`);
  if (compiled) {
    const { distStaleReason } = (await import(from('bin/dist-freshness.js'))) as {
      distStaleReason: () => string | null;
    };
    const stale = distStaleReason();
    if (stale !== null) throw new Error(`ab-pair: ${tree}: ${stale}: run \`npm run build\` there first`);
  }
  const { loadIndex } = (await import(engineFile('store/index'))) as {
    loadIndex: (dir: string, options?: { openSearchEngine?: Open }) => Promise<{ search: Engine }>;
  };
  const { openSearchEngine } = (await import(engineFile('search/index'))) as { openSearchEngine: Open };
  // With --a-options / --b-options (JSON), that tree's engine is opened with those options (e.g. its bounds).
  const own: Open = (saved, count, quoteAt, options) =>
    openSearchEngine(saved, count, quoteAt, { ...options, ...engineOptions });
  const index = await loadIndex(flags.get('index') ?? '', engineOptions ? { openSearchEngine: own } : {});
  const { QUERY_KINDS, makeQueries } = (await import(from('scripts/bench/queries.ts'))) as {
    QUERY_KINDS: readonly string[];
    makeQueries: (index: unknown, count: number, seed: number) => Record<string, SearchRequest[]>;
  };
  const queries = makeQueries(index, Number(flags.get('queries') ?? 1000), Number(flags.get('seed') ?? 42));
  return { engine: index.search, queries, kinds: QUERY_KINDS };
};
const treeA = path.resolve(flags.get('a') ?? repoRoot);
const treeB = path.resolve(flags.get('b') ?? repoRoot);
const options = (name: string): object | null => {
  const given = flags.get(name);
  return given === undefined ? null : (JSON.parse(given) as object);
};
const compiled = (name: string): boolean => {
  const given = flags.get(name) ?? 'src';
  if (given !== 'src' && given !== 'dist') throw new Error(`ab-pair: --${name} '${given}' is not src or dist`);
  return given === 'dist';
};
// `--open-b-first`: B's engine is loaded before A's (to tell a bias of the loading order from a difference).
const bFirst = flags.has('open-b-first');
const first = bFirst
  ? await open(treeB, options('b-options'), compiled('b-engine'))
  : await open(treeA, options('a-options'), compiled('a-engine'));
const second = bFirst
  ? await open(treeA, options('a-options'), compiled('a-engine'))
  : await open(treeB, options('b-options'), compiled('b-engine'));
const [a, b] = bFirst ? [second, first] : [first, second];
const rounds = Number(flags.get('rounds') ?? 2);
const time = (engine: Engine, r: SearchRequest): number => {
  const c = process.cpuUsage();
  engine.search(r);
  const u = process.cpuUsage(c);
  return (u.user + u.system) / 1000;
};
for (const r of a.kinds.flatMap((k) => a.queries[k]!).slice(0, 300)) {
  a.engine.search(r);
  b.engine.search(r);
}
const lines: string[] = [];
for (const kind of a.kinds) {
  const list = a.queries[kind]!;
  const ta = new Float64Array(list.length * rounds);
  const tb = new Float64Array(list.length * rounds);
  let n = 0;
  for (let round = 0; round < rounds; round++) {
    list.forEach((r, i) => {
      if ((i + round) % 2 === 0) {
        ta[n] = time(a.engine, r);
        tb[n] = time(b.engine, r);
      } else {
        tb[n] = time(b.engine, r);
        ta[n] = time(a.engine, r);
      }
      n++;
    });
  }
  const sum = (x: Float64Array): number => x.reduce((s, v) => s + v, 0);
  const ratio = sum(tb) / sum(ta);
  ta.sort();
  tb.sort();
  const f = (x: Float64Array): string => `${percentile(x, 50).toFixed(2)}/${percentile(x, 99).toFixed(2)}`;
  lines.push(`${kind.padEnd(12)} A ${f(ta)}  B ${f(tb)}  B/A sum ${ratio.toFixed(3)}`);
}
const load = os.loadavg().map((x) => x.toFixed(1));
process.stdout.write(
  `A ${treeA} (${flags.get('a-engine') ?? 'src'}) ${flags.get('a-options') ?? ''}\nB ${treeB} (${flags.get('b-engine') ?? 'src'}) ${flags.get('b-options') ?? ''}\n${lines.join('\n')}\n(CPU ms p50/p99; ${bFirst ? "B's engine loaded first" : "A's engine loaded first"}; load ${load.join(' ')})\n`,
);
