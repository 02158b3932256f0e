/**
 * Profiling aid for the median query (issue #16, "ahead of FlexSearch at p50"): where a query near the p50 of its
 * kind spends its CPU, by stage. It asks the benchmark's queries as serve-child does (seed 42, 200 warm-up queries,
 * then every kind in turn, each query once: a word's lists are loaded the first time it is asked) under the
 * profiler (node:inspector, a sample every 25 µs), times each query (CPU) and notes its window on the clock; then,
 * per kind, it keeps the queries between two percentiles of their CPU time (40th–60th by default) and charges the
 * samples taken inside their windows to the innermost stage on the stack: query parsing, filters read, term lookup
 * (postings, typo variants, prefix expansions), scoring (the clause merge), facet counting (the pass over every
 * match), statement collapsing, top-k, hits and highlights, facet lists, garbage collection, the rest (µs: the
 * share times the band's mean CPU). Also prints the band's mean matches and the largest self times.
 *
 *   npx tsx scripts/bench/profile-p50.ts --index <dir>/100k/index [--kinds plain,prefix,speaker] [--queries 1000]
 *     [--band 40,60] [--warm] [--dist] [--top 12] [--interval-us 25] [--out p50.cpuprofile]
 *
 * `--warm`: each query is asked twice before the timed time (what is left with every cache filled). `--dist`: the
 * compiled engine (`npm run build` first), what the server runs, instead of the sources through tsx (which wraps
 * every function made at run time in esbuild's `__name`). The profiler adds its own cost to every query.
 */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { loadIndex as LoadIndex } from '../../src/store/index.js';
import type { SearchRequest } from '../../src/search/index.js';
import { percentile, readFlags, repoRoot } from './args.js';
import { QUERY_KINDS, makeQueries, type QueryKind } from './queries.js';

const flags = readFlags(process.argv.slice(2));
// `--dist`: the compiled engine (`npm run build` first), what the server runs; by default the sources through tsx.
const { loadIndex } = (await import(
  pathToFileURL(path.join(repoRoot, flags.has('dist') ? 'dist/store/index.js' : 'src/store/index.ts')).href
)) as { loadIndex: typeof LoadIndex };
const index = await loadIndex(flags.get('index') ?? '');
const queries = makeQueries(index, Number(flags.get('queries') ?? 1000), Number(flags.get('seed') ?? 42));
const kinds = (flags.get('kinds')?.split(',') ?? ['plain', 'prefix', 'speaker']) as QueryKind[];
const [bandLow, bandHigh] = (flags.get('band') ?? '40,60').split(',').map(Number) as [number, number];
const warm = flags.has('warm');
const top = Number(flags.get('top') ?? 12);
const out = flags.get('out');
const search = (r: SearchRequest) => index.search.search(r);
for (const r of QUERY_KINDS.flatMap((k) => queries[k]).slice(0, 200)) search(r); // serve-child's warm-up

/** Stages, matched against a sample's stack from the innermost frame out: the first function named here wins. */
const STAGES: Array<[string, string[]]> = [
  ['parse', ['parseQuery', 'terms', 'fold', 'foldTerm']],
  ['filters read', ['resolveFilters']],
  ['term lookup', ['postings', 'load', 'mergePostings', 'fuzzy', 'oneEditTerms', 'prefixExpansions', 'hasTerm']],
  ['term lookup', ['wordClause', 'termPosition', 'lowerBound']],
  ['scoring', ['scoreClauses', 'unionInto', 'unionBeside', 'siftRootDown', 'bitCount']],
  ['facet counting', ['filterMatches', 'filterThroughSlots', 'sampleCounts', 'selectedSlots', 'listSpeakers']],
  ['statement collapsing', ['collapseByStatement']],
  ['top-k', ['topPositions', 'pagePositions', 'boundedPage', 'after', 'worse', 'down']],
  ['hits and highlights', ['hit', 'LazyHit', 'highlighter', 'bytesHighlighter', 'utf8Highlights', 'sameRun']],
  ['hits and highlights', ['asciiHighlights', 'generalHighlights', 'quoteTextOf']],
  ['facet lists', ['facetValues', 'selectAt', 'nameRankOf', 'slotsByRank', 'scratchOf']],
  ['matching (rest)', ['matchQuery', 'matchOnly']],
  ['search (rest)', ['search', 'withDeadline']],
];
const stageOf = new Map<string, string>();
for (const [stage, names] of STAGES) for (const name of names) if (!stageOf.has(name)) stageOf.set(name, stage);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/** One query's run: its kind, CPU ms, matches, and its wall window on the profiler's clock (µs). */
interface Run {
  kind: QueryKind;
  cpu: number;
  total: number;
  from: number;
  to: number;
}
const micros = (): number => Number(process.hrtime.bigint() / 1000n);
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: Number(flags.get('interval-us') ?? 25) });
await session.post('Profiler.start');
const runs: Run[] = [];
// As serve-child asks them: every kind in turn, each query once (`--warm`: each query asked twice first, then
// timed a third time: what is left with every cache filled).
for (const kind of QUERY_KINDS) {
  if (!kinds.includes(kind) && !warm) {
    for (const r of queries[kind]) search(r);
    continue;
  }
  for (const r of queries[kind]) {
    if (warm) for (let i = 0; i < 2; i++) search(r);
    const from = micros();
    const c = process.cpuUsage();
    const total = search(r).total;
    const u = process.cpuUsage(c);
    runs.push({ kind, cpu: (u.user + u.system) / 1000, total, from, to: micros() });
  }
}
const { profile } = await session.post('Profiler.stop');
session.disconnect();
if (out) await writeFile(out, JSON.stringify(profile));
// The profiler's timestamps are V8's monotonic clock in µs, as process.hrtime is (both CLOCK_MONOTONIC on Linux).
const sampleTimes = new Float64Array(profile.samples?.length ?? 0);
{
  let t = profile.startTime;
  (profile.timeDeltas ?? []).forEach((d, i) => (sampleTimes[i] = t += d));
}

for (const kind of kinds) {
  const list = runs.filter((r) => r.kind === kind);
  const sorted = Float64Array.from(list, (r) => r.cpu).sort();
  const lo = percentile(sorted, bandLow);
  const hi = percentile(sorted, bandHigh);
  const band = list.filter((r) => r.cpu >= lo && r.cpu <= hi).sort((a, b) => a.from - b.from);
  const matches = band.reduce((n, r) => n + r.total, 0) / Math.max(1, band.length);
  const bandCpu = band.reduce((n, r) => n + r.cpu, 0) / Math.max(1, band.length);
  const nodes = new Map<number, ProfileNode>((profile.nodes as ProfileNode[]).map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of nodes.values()) for (const c of n.children ?? []) parent.set(c, n.id);
  const stageOfNode = new Map<number, string>();
  const resolve = (id: number): string => {
    const known = stageOfNode.get(id);
    if (known !== undefined) return known;
    const node = nodes.get(id)!;
    const name = node.callFrame.functionName;
    let stage = name === '(garbage collector)' ? 'garbage collection' : name === '(idle)' ? 'idle' : stageOf.get(name);
    if (stage === undefined) {
      const up = parent.get(id);
      stage = up === undefined ? 'outside search' : resolve(up);
    }
    stageOfNode.set(id, stage);
    return stage;
  };
  const time = new Map<string, number>();
  const selfTime = new Map<string, number>();
  let b = 0;
  (profile.samples ?? []).forEach((id, i) => {
    const at = sampleTimes[i]!;
    while (b < band.length && band[b]!.to < at) b++;
    if (b >= band.length || at < band[b]!.from) return;
    const stage = resolve(id);
    const frame = nodes.get(id)!.callFrame;
    const name = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\/(src|dist|node_modules)\//, '')}:${frame.lineNumber + 1}`;
    // Samples are counted, not their time deltas: on a loaded machine a delta also holds the time the thread
    // waited for a core (most often after a system call), while a thread that waits takes no sample.
    selfTime.set(name, (selfTime.get(name) ?? 0) + 1);
    time.set(stage, (time.get(stage) ?? 0) + 1);
  });
  time.delete('idle');
  const total = [...time.values()].reduce((a, b) => a + b, 0);
  process.stdout.write(
    `${kind}: band p${bandLow}–p${bandHigh} = ${lo.toFixed(3)}–${hi.toFixed(3)} ms CPU (p50 ${percentile(sorted, 50).toFixed(3)}), ` +
      `${band.length} queries, mean matches ${matches.toFixed(1)}, mean ${bandCpu.toFixed(3)} ms CPU under the profiler, ${total} samples ` +
      `(load ${os
        .loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')})\n`,
  );
  for (const [stage, us] of [...time.entries()].sort((a, b) => b[1] - a[1]))
    process.stdout.write(
      `  ${((us / total) * 100).toFixed(1).padStart(5)} %  ${((us / total) * bandCpu * 1000).toFixed(0).padStart(4)} µs  ${stage}\n`,
    );
  process.stdout.write('  largest self times:\n');
  for (const [name, us] of [...selfTime.entries()].sort((a, b) => b[1] - a[1]).slice(0, top))
    process.stdout.write(`    ${((us / total) * 100).toFixed(1).padStart(5)} %  ${name}\n`);
}
