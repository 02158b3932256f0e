/**
 * Where a searched `/api/search` request's CPU goes, without HTTP: `searchReply`'s steps run one by one over the
 * benchmark's request paths in one process (the answer cache off), each step's `process.cpuUsage` summed:
 * the query string, the request (zod check, speaker names), `backend.search` (the engine and the page's hits),
 * the lookups, and `searchAnswer` (the JSON). Passes over every path: the first `--warm` not counted.
 * Run it from each tree to compare (`npx tsx <tree>/scripts/bench/serve-stages.ts …`): each loads its own src/.
 *
 *   npx tsx scripts/bench/serve-stages.ts --index DIR --paths FILE [--passes 4] [--warm 2] [--append '&kind=full']
 *
 * Prints one JSON line: CPU µs a request per step (one figure per measured pass) and in all, and the garbage
 * collector's pauses (wall µs a request, over the measured passes).
 */
import { readFile } from 'node:fs/promises';
import { PerformanceObserver } from 'node:perf_hooks';
import querystring from 'node:querystring';
import { loadIndex } from '../../src/store/index.js';
import { EmbeddedBackend } from '../../src/backend/index.js';
import { lookupsFor, searchAnswer, urlsFor } from '../../src/web/present.js';
import { searchRequestFrom } from '../../src/web/context.js';
import { readFlags } from './args.js';

const flags = readFlags(process.argv.slice(2));
const indexDir = flags.get('index');
const pathsFile = flags.get('paths');
if (!indexDir || !pathsFile) throw new Error('serve-stages: --index DIR and --paths FILE are required');
const passes = Number(flags.get('passes') ?? 4);
const warm = Number(flags.get('warm') ?? 2);
if (!(passes > warm) || !(warm >= 0)) throw new Error('serve-stages: --passes must exceed --warm (>= 0)');
const append = flags.get('append') ?? '';
const limitPaths = Number(flags.get('requests') ?? Infinity);

const index = await loadIndex(indexDir);
const backend = new EmbeddedBackend(index);
const urls = urlsFor('http://127.0.0.1:3000');
const paths = (JSON.parse(await readFile(pathsFile, 'utf8')) as string[]).slice(0, limitPaths).map((p) => p + append);

const STEPS = ['query', 'request', 'search', 'lookups', 'answer'] as const;
type Step = (typeof STEPS)[number];
const cpu = (): number => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

// Garbage collection pauses (wall ms) in the measured passes, summed.
let gcMs = 0;
let measuredFrom = Infinity;
const gcObserver = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (entry.startTime >= measuredFrom) gcMs += entry.duration;
});
gcObserver.observe({ entryTypes: ['gc'] });

let bytes = 0;
const perPass: Array<Record<Step, number>> = [];
for (let pass = 0; pass < passes; pass++) {
  const spent: Record<Step, number> = { query: 0, request: 0, search: 0, lookups: 0, answer: 0 };
  if (pass === warm) measuredFrom = performance.now();
  for (const p of paths) {
    let t = cpu();
    const at = p.indexOf('?');
    const query = querystring.parse(at < 0 ? '' : p.slice(at + 1));
    let now = cpu();
    spent.query += now - t;
    t = now;
    const { request, speakers } = await searchRequestFrom(backend, query, 'search query');
    now = cpu();
    spent.request += now - t;
    t = now;
    const found = await backend.search({ ...request, budgetMs: 0 });
    now = cpu();
    spent.search += now - t;
    t = now;
    const lookups = await lookupsFor(
      backend,
      found.results.map((h) => h.quote),
      [],
      false,
    );
    now = cpu();
    spent.lookups += now - t;
    t = now;
    const answer = searchAnswer(lookups, found, urls, {
      speakers,
      facetsEstimated: found.facetsEstimated,
      totalEstimated: found.totalEstimated,
    });
    now = cpu();
    spent.answer += now - t;
    bytes += answer.bytes;
  }
  if (pass >= warm) perPass.push(spent);
}
// The observer is told of the last pauses on a later turn of the event loop.
await new Promise((resolve) => setTimeout(resolve, 100));
gcObserver.disconnect();
const perRequest = (step: Step): number[] => perPass.map((s) => Math.round((s[step] / paths.length) * 10) / 10);
const total = perPass.map((s) => Math.round((STEPS.reduce((n, k) => n + s[k], 0) / paths.length) * 10) / 10);
process.stdout.write(
  `${JSON.stringify({
    requests: paths.length,
    passes: perPass.length,
    load: Number((await readFile('/proc/loadavg', 'utf8')).split(' ')[0]),
    usPerRequest: Object.fromEntries([
      ...STEPS.map((s): [string, number[]] => [s, perRequest(s)]),
      ['total', total],
    ]) as Record<Step | 'total', number[]>,
    gcUsPerRequest: Math.round(((gcMs * 1000) / (paths.length * perPass.length)) * 10) / 10,
    bytes,
  })}\n`,
);
