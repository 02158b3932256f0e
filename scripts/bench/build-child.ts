/**
 * Child process of the benchmark: generates the corpus for one size and builds its index with the real
 * stages (extraction, speakers, search), then prints one JSON line of figures. Run by run.ts.
 *
 *   tsx scripts/bench/build-child.ts --quotes 100000 --seed 42 --shared ../shared --out /tmp/x/index [--memory-mb N] [--live]
 *     [--batch-chars N] [--worker-heap-mb N] [--piece-quotes N]   (the budget's sizes, each in place of the budget's)
 *     [--engine src|dist]   (src, the default: the sources through tsx; dist: the compiled build that `npm start` runs,
 *                            its extraction workers included; `npm run build` first)
 */
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BuildPhase } from '../../src/build/index.js';
import { isMainThread, workerData } from 'node:worker_threads';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { BudgetSizes } from '../../src/build/budget.js';
import { spawn } from 'node:child_process';
import { readFlags } from './args.js';
import { PeakWatch } from './peak-rss.js';
import { generateArticles, readSourceText } from './corpus.js';
import type { Article } from '../../src/model/types.js';

const args = isMainThread ? process.argv.slice(2) : (workerData as { args: string[] }).args;
const flags = readFlags(args);
const quotes = Number(flags.get('quotes'));
const seed = Number(flags.get('seed') ?? 42);
const shared = flags.get('shared') ?? '../shared';
const outDir = path.resolve(flags.get('out') ?? '');
const engine = flags.get('engine') ?? 'src';
if (engine !== 'src' && engine !== 'dist')
  throw new Error(`build-child: --engine '${engine}' is not known (src: through tsx; dist: compiled)`);
/** The build's modules: the sources, or the compiled files of dist/ (whose worker threads then run compiled too). */
const buildModules = async (): Promise<{
  buildIndex: typeof import('../../src/build/index.js').buildIndex;
  budgetSizes: typeof import('../../src/build/budget.js').budgetSizes;
}> => {
  if (engine === 'src') {
    const [build, budget] = await Promise.all([
      import('../../src/build/index.js'),
      import('../../src/build/budget.js'),
    ]);
    return { buildIndex: build.buildIndex, budgetSizes: budget.budgetSizes };
  }
  const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist', 'build');
  const load = async <T>(file: string): Promise<T> => {
    const url = pathToFileURL(path.join(dist, file)).href;
    return (await import(url).catch((error: unknown) => {
      throw new Error(`build-child: --engine dist needs the compiled build (npm run build): ${String(error)}`);
    })) as T;
  };
  const [build, budget] = await Promise.all([
    load<typeof import('../../src/build/index.js')>('index.js'),
    load<typeof import('../../src/build/budget.js')>('budget.js'),
  ]);
  return { buildIndex: build.buildIndex, budgetSizes: budget.budgetSizes };
};
const { buildIndex, budgetSizes } = await buildModules();

const memoryMb = flags.has('memory-mb') ? Number(flags.get('memory-mb')) : undefined;
if (memoryMb !== undefined && !(memoryMb > 0)) throw new Error(`build-child: --memory-mb must be a positive number`);
if (isMainThread && memoryMb !== undefined && process.env.VERBATIM_BUILD_CHILD_CAPPED === undefined) {
  // With a budget the child runs again as a process whose old generation is the budget's share (budgetSizes'
  // heapMb, node's --max-old-space-size): V8 then sizes the heap near what is live rather than letting it grow
  // while extraction allocates fast, and a build that needs more fails rather than passing its budget. (A worker
  // thread with the same limit, as before, left the build thread's heap at 317 MB committed and the process at
  // 828 MB for a budget of 500 at 100k quotes; the process flag 400 gave 549 MB.) The figures are that process's.
  const execArgv = process.execArgv.filter((a) => !a.startsWith('--max-old-space-size'));
  const child = spawn(
    process.execPath,
    [...execArgv, `--max-old-space-size=${budgetSizes(memoryMb).heapMb}`, fileURLToPath(import.meta.url), ...args],
    { stdio: 'inherit', env: { ...process.env, VERBATIM_BUILD_CHILD_CAPPED: '1' } },
  );
  const code = await new Promise<number>((resolve) => {
    child.on('error', (error) => {
      process.stderr.write(`build-child: ${error.message}\n`);
      resolve(1);
    });
    child.on('exit', (exitCode) => resolve(exitCode ?? 1));
  });
  process.exit(code);
}
/**
 * The generated articles, streamed to the build in batches as it asks for them (the build extracts and writes
 * each batch before taking the next): the corpus is never held whole. Generation time is then part of the
 * extract phase; `generateSeconds` is the time spent in the generator.
 */
const t0 = performance.now();
const source = readSourceText(shared);
const generated = generateArticles(source, { quotes, seed });
let generateSeconds = (performance.now() - t0) / 1000;
function* generatedBatches(size = 256): Generator<Article[]> {
  let batch: Article[] = [];
  let t = performance.now();
  for (const article of generated) {
    batch.push(article);
    if (batch.length === size) {
      generateSeconds += (performance.now() - t) / 1000;
      yield batch;
      batch = [];
      t = performance.now();
    }
  }
  generateSeconds += (performance.now() - t) / 1000;
  if (batch.length > 0) yield batch;
}

/** Sizes given in place of the budget's (`BuildOptions.sizes`): to measure one of them alone. */
const sizes: Partial<BudgetSizes> = {};
for (const [flag, key] of [
  ['batch-chars', 'batchChars'],
  ['worker-heap-mb', 'workerHeapMb'],
  ['piece-quotes', 'pieceQuotes'],
] as const) {
  if (!flags.has(flag)) continue;
  const value = Number(flags.get(flag));
  if (!(Number.isInteger(value) && value > 0))
    throw new Error(`build-child: --${flag} must be a positive whole number`);
  sizes[key] = value;
}

const emptyCorpusDir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-bench-corpus-'));
await rm(outDir, { recursive: true, force: true });
await mkdir(path.dirname(outDir), { recursive: true });
const phases: Partial<Record<BuildPhase, number>> = {};
/** CPU seconds (user + system, every thread of the process: extraction and term workers included) per phase. */
const phaseCpu: Partial<Record<BuildPhase, number>> = {};
const cpuSeconds = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
let phaseCpuStart = cpuSeconds();
/**
 * CPU seconds of the build thread alone (Linux: /proc/thread-self/stat, user + system ticks at 100 Hz; 0 elsewhere)
 * per phase: beside `phaseCpu` (every thread), what the phase leaves to the other threads, and its critical path
 * on a machine with cores to spare.
 */
const phaseMainCpu: Partial<Record<BuildPhase, number>> = {};
const mainCpuSeconds = (): number => {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
};
let phaseMainCpuStart = mainCpuSeconds();
/**
 * The process's peak RSS (VmHWM, never reset: what `time -v` reads) and each phase's (peak-rss.ts). `start` is
 * what the process held before the build began (modules loaded, the generator's source text).
 */
const watch = new PeakWatch();
watch.phase('start');
/**
 * With `--live` (and node's --expose-gc): the live heap (MB, after a full collection) as each phase begins, to tell
 * what the build holds from what the collector has not yet returned. Off by default: collections cost time.
 */
const liveMb: Partial<Record<BuildPhase | 'end', number>> = {};
const gc = flags.has('live') ? (globalThis as { gc?: () => void }).gc : undefined;
if (flags.has('live') && gc === undefined) throw new Error('build-child: --live needs node --expose-gc');
const live = (): number => {
  gc!();
  const m = process.memoryUsage();
  return Math.round((m.heapUsed + m.external) / 2 ** 20);
};
/**
 * The build thread's heap within each phase, sampled every 250 ms (a phase busy in one synchronous stretch is
 * sampled less): the most its V8 heap held (`heapTotal`, what the collector has taken, live or not) and its
 * buffers outside that heap (`external`). Beside the process's peak, what is this thread's and what the workers'.
 */
const phaseHeapMb: Partial<Record<BuildPhase, { heap: number; external: number }>> = {};
const sampler = setInterval(() => {
  if (phase === null) return;
  const m = process.memoryUsage();
  const seen = (phaseHeapMb[phase] ??= { heap: 0, external: 0 });
  seen.heap = Math.max(seen.heap, Math.round(m.heapTotal / 2 ** 20));
  seen.external = Math.max(seen.external, Math.round(m.external / 2 ** 20));
}, 250);
sampler.unref();
let phase = null as BuildPhase | null;
let phaseStart = performance.now();
const started = performance.now();
const summary = await buildIndex({
  corpusDir: emptyCorpusDir,
  outDir,
  ...(memoryMb !== undefined ? { memoryMb } : {}),
  sizes,
  stages: { loadCorpus: () => ({ articles: [], problems: [], batches: generatedBatches() }) },
  onProgress: (p) => {
    if (p.phase !== phase) {
      const now = performance.now();
      const cpu = cpuSeconds();
      if (phase) phases[phase] = (phases[phase] ?? 0) + (now - phaseStart) / 1000;
      if (phase) phaseCpu[phase] = (phaseCpu[phase] ?? 0) + cpu - phaseCpuStart;
      phaseCpuStart = cpu;
      const mainCpu = mainCpuSeconds();
      if (phase) phaseMainCpu[phase] = (phaseMainCpu[phase] ?? 0) + mainCpu - phaseMainCpuStart;
      phaseMainCpuStart = mainCpu;
      if (gc) liveMb[p.phase] = live();
      watch.phase(p.phase);
      phase = p.phase;
      phaseStart = now;
    }
  },
});
const buildSeconds = (performance.now() - started) / 1000;
clearInterval(sampler);
if (phase) phases[phase] = (phases[phase] ?? 0) + (performance.now() - phaseStart) / 1000;
if (phase) phaseCpu[phase] = (phaseCpu[phase] ?? 0) + cpuSeconds() - phaseCpuStart;
if (phase) phaseMainCpu[phase] = (phaseMainCpu[phase] ?? 0) + mainCpuSeconds() - phaseMainCpuStart;
const peak = await watch.finish();
if (gc) liveMb.end = live();
await rm(emptyCorpusDir, { recursive: true, force: true });

const files: Record<string, number> = {};
for (const name of await readdir(outDir)) files[name] = (await stat(path.join(outDir, name))).size;
process.stdout.write(
  `${JSON.stringify({
    articles: summary.articles,
    quotes: summary.quotes,
    speakers: summary.speakers,
    textBytes: generated.totals.bytes,
    generateSeconds,
    buildSeconds,
    phases,
    phaseCpu,
    phaseMainCpu,
    peakRssBytes: peak.peakMb * 2 ** 20,
    peakPhase: peak.peakPhase,
    phasePeakMb: peak.phasePeakMb,
    sampledPhases: peak.sampledPhases,
    phaseHeapMb,
    ...(gc ? { liveMb } : {}),
    files,
  })}\n`,
);
