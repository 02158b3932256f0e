/**
 * Child process of the benchmark: loads a built index (cold start), answers one search, measures search
 * latency per query type in-process, then serves the app on loopback for the HTTP load test.
 * Prints JSON lines: `{"kind":"cold",…}`, `{"kind":"latency",…}`, `{"kind":"listening","port":…}`.
 *
 *   tsx scripts/bench/serve-child.ts --index /tmp/x/index --queries 1000 --seed 42 --paths /tmp/x/paths.json
 *                                    [--engine dist|src]
 *
 * `--engine dist` (the default): the compiled engine and app under dist/, what `npm start` and the `verbatim` bin
 * run; refused when dist/ is missing or older than its sources (`npm run build`). `--engine src`: the sources
 * through tsx, whose loader wraps every function made at run time in esbuild's `__name` (for A/B against dist).
 * Only the engine, the index loader and the app are taken from the chosen tree; this harness (the timer, the query
 * list) runs through tsx either way. tsx's loader leaves dist/'s .js files as tsc wrote them.
 */
import { writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { loadIndex as LoadIndex } from '../../src/store/index.js';
import type { SearchRequest } from '../../src/search/index.js';
import type { createApp as CreateApp } from '../../src/web/app.js';
import type { searchRequest as SearchRequestOf } from '../../src/search/request.js';
import { peakRss, percentile, readFlags, repoRoot } from './args.js';
import { QUERY_KINDS, makeQueries, toSearchPath } from './queries.js';

const flags = readFlags(process.argv.slice(2));
const engine = flags.get('engine') ?? 'dist';
if (engine !== 'dist' && engine !== 'src')
  throw new Error(`serve-child: --engine '${engine}' is not known (dist: the compiled engine; src: through tsx)`);
if (engine === 'dist') {
  const freshness = (await import(pathToFileURL(path.join(repoRoot, 'bin', 'dist-freshness.js')).href)) as {
    distStaleReason: () => string | null;
  };
  const stale = freshness.distStaleReason();
  if (stale !== null)
    throw new Error(`serve-child: ${stale}: run \`npm run build\` first, or pass --engine src to measure the sources`);
}
/** A module of the engine's tree: `dist/x.js` or `src/x.ts`. */
const engineModule = async <T>(name: string): Promise<T> =>
  (await import(
    pathToFileURL(path.join(repoRoot, engine === 'dist' ? `dist/${name}.js` : `src/${name}.ts`)).href
  )) as T;
const { loadIndex } = await engineModule<{ loadIndex: typeof LoadIndex }>('store/index');
const { searchRequest } = await engineModule<{ searchRequest: typeof SearchRequestOf }>('search/request');
const { createApp } = await engineModule<{ createApp: typeof CreateApp }>('web/app');
const indexDir = flags.get('index') ?? '';
const count = Number(flags.get('queries') ?? 1000);
const seed = Number(flags.get('seed') ?? 42);
const say = (record: object): void => void process.stdout.write(`${JSON.stringify(record)}\n`);

const loadStart = performance.now();
const index = await loadIndex(indexDir);
const loadMs = performance.now() - loadStart;
const first: SearchRequest = searchRequest('government');
index.search.search(first);
// performance.now() counts from the start of this process: node and tsx start-up included.
say({
  kind: 'cold',
  firstSearchMs: performance.now(),
  loadMs,
  rssBytes: process.memoryUsage().rss,
  heapUsedBytes: process.memoryUsage().heapUsed,
  statementsError: index.statementsError,
  engine,
});

const queries = makeQueries(index, count, seed);
const all = QUERY_KINDS.flatMap((k) => queries[k]);
for (const request of all.slice(0, 200)) index.search.search(request); // warm-up, not counted
const latency: Record<string, object> = {};
/** Times `requests` one by one; `touch` reads what a page would of each answer (nothing more by default). */
function timed(requests: SearchRequest[], touch: (r: ReturnType<typeof index.search.search>) => void = () => {}) {
  const times = new Float64Array(requests.length);
  const cpu = new Float64Array(requests.length);
  let hits = 0;
  requests.forEach((request, i) => {
    const c = process.cpuUsage();
    const t = performance.now();
    const r = index.search.search(request);
    touch(r);
    times[i] = performance.now() - t;
    const used = process.cpuUsage(c);
    cpu[i] = (used.user + used.system) / 1000;
    hits += r.total;
  });
  times.sort();
  cpu.sort();
  const mean = times.reduce((s, x) => s + x, 0) / Math.max(1, times.length);
  return {
    n: times.length,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times[times.length - 1] ?? NaN,
    mean,
    meanTotal: hits / Math.max(1, times.length),
    cpu: { p50: percentile(cpu, 50), p95: percentile(cpu, 95), p99: percentile(cpu, 99) },
  };
}
for (const kind of QUERY_KINDS) latency[kind] = timed(queries[kind]);
// A hit's full quote record is read when asked for (its text and highlights come from a column): other plain
// queries, each page's 20 records read as the API reads them, so the cost of reading records stays in view.
let sink = 0;
latency.plainWithRecords = timed(makeQueries(index, count, seed + 1).plain, (r) => {
  for (const h of r.results) sink += h.quote.attribution.confidence;
});
if (Number.isNaN(sink)) say({ kind: 'note', sink });
say({ kind: 'latency', latency, peakRssBytes: await peakRss() });

const paths = [...queries.plain, ...queries.prefix, ...queries.speaker, ...queries.faceted].map(toSearchPath);
await writeFile(flags.get('paths') ?? '/dev/null', JSON.stringify(paths));
// --search-cache-mb 0 measures every request answered by a search (see BENCH.md: cached and uncached figures).
const cacheMb = flags.get('search-cache-mb');
const app = createApp(index, {
  log: () => {},
  ...(cacheMb !== undefined ? { searchCacheBytes: Number(cacheMb) * 2 ** 20 } : {}),
});
const server = createServer(app);
server.keepAliveTimeout = 10_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  say({ kind: 'listening', port: typeof address === 'object' && address ? address.port : 0 });
});
process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
