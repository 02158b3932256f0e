/**
 * `npm run bench`: the Verbatim benchmark. For each size it generates a corpus from real article text
 * (scripts/bench/corpus.ts), builds the index in a child process (time, peak RSS, size on disk), starts a
 * server child (cold start to first answered search, in-process search latency per query type) and loads
 * `/api/search` with autocannon on loopback. Extraction throughput is measured once, on one core and on all.
 *
 *   npm run bench -- --sizes 10k,100k [--shared ../shared] [--seed 42] [--queries 1000] [--http-seconds 10]
 *                    [--connections 10] [--extract-mb 8] [--skip extract,http] [--out bench-results/latest.json]
 *                    [--keep] [--reuse-index]   (keep the built indexes; measure a kept one again without rebuilding)
 *                    [--search-cache-mb N]       (the server's /api/search answer cache; 0: every request searches)
 *                    [--peers [minisearch,flexsearch,orama]]  (the same quotes and queries through other engines)
 *                    [--peer-budget-s 60]        (wall seconds a peer may spend on one kind of query; then cut, and said)
 *                    [--backend postgres]        (then, per size, the PostgreSQL backend: scripts/bench/postgres.ts)
 *                    [--corpus-dir DIR] [--extract-cache FILE]  (with --backend postgres: the generated corpus kept in
 *                        DIR and the extractions in FILE, reused when a run prepared them; `{size}` in either is the
 *                        size's label, needed when --sizes names several)
 *                    [--pg-url URL] [--pg-queries N]  (the server databases are created on; queries per type there)
 *                    [--pg-keep-database NAME]   (the one-process ingest's database, kept; `{size}` as above)
 *                    [--pg-no-shards]            (leave out postgres.ts's two-shard ingest and its finalize)
 *                    [--verbatim-engine dist|src] (the build's and the serving child's engine: dist, the default, is the compiled
 *                        one that `npm start` runs, built first when missing or older than src/; src: the sources
 *                        through tsx, for A/B: tsx wraps every function made at run time in esbuild's `__name`)
 *
 * With --backend postgres the PostgreSQL figures of each size (ingest, database size, latency per query type,
 * `/api/search` with the same server processes and paths as the embedded backend's, measured back to back) are in
 * the JSON under `postgres` and in a side-by-side table at the end of the Markdown.
 *
 * Results go to the JSON file given with --out and a Markdown table beside it (same name, `.md`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { parseSize, readFlags, repoRoot, sizeLabel } from './args.js';
import { renderMarkdown, type BenchResults, type PeerResult, type Percentiles, type SizeResult } from './report.js';

const flags = readFlags(process.argv.slice(2));
const sizes = (flags.get('sizes') ?? '10k,100k').split(',').map(parseSize);
const shared = path.resolve(flags.get('shared') ?? path.join(repoRoot, '..', 'shared'));
const seed = Number(flags.get('seed') ?? 42);
const queries = Number(flags.get('queries') ?? 1000);
const httpSeconds = Number(flags.get('http-seconds') ?? 10);
const connections = Number(flags.get('connections') ?? 10);
const extractMb = Number(flags.get('extract-mb') ?? 8);
const skip = new Set((flags.get('skip') ?? '').split(',').filter(Boolean));
const outFile = path.resolve(flags.get('out') ?? path.join(repoRoot, 'bench-results', 'latest.json'));
const workDir = path.resolve(flags.get('work') ?? path.join(os.tmpdir(), 'verbatim-bench'));
const heapMb = Number(flags.get('max-old-space-mb') ?? 12_288);
const PEERS = ['minisearch', 'flexsearch', 'orama'];
/** Wall seconds each peer may spend on each kind of query (see peer-child.ts); the cut is reported. */
const peerBudgetS = Number(flags.get('peer-budget-s') ?? 60);
const peerList = flags.has('peers') ? (flags.get('peers') === 'true' ? PEERS : flags.get('peers')!.split(',')) : [];
const postgres = flags.get('backend') === 'postgres';
/** The engine the serving child measures: the compiled one (what production runs) or the sources through tsx. */
const verbatimEngine = flags.get('verbatim-engine') ?? 'dist';
if (verbatimEngine !== 'dist' && verbatimEngine !== 'src')
  throw new Error(`bench: --verbatim-engine '${verbatimEngine}' is not known (dist: compiled; src: through tsx)`);
if (flags.has('backend') && !postgres)
  throw new Error(`bench: --backend '${flags.get('backend')}' is not known (the one other backend is postgres)`);
for (const name of ['corpus-dir', 'extract-cache', 'pg-url', 'pg-queries', 'pg-keep-database', 'pg-no-shards'])
  if (flags.has(name) && !postgres) throw new Error(`bench: --${name} is for --backend postgres only`);
for (const name of ['corpus-dir', 'extract-cache', 'pg-keep-database'])
  if (sizes.length > 1 && flags.has(name) && !flags.get(name)!.includes('{size}'))
    throw new Error(`bench: --${name} '${flags.get(name)}' needs {size} in it when --sizes names several sizes`);
/** A per-size path flag (`{size}` replaced by the size's label), resolved; null when not given. */
const sizedPath = (name: string, label: string): string | null =>
  flags.has(name) ? path.resolve(flags.get(name)!.replaceAll('{size}', label)) : null;

const log = (message: string): void =>
  void process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
const load = (): number[] => os.loadavg().map((x) => Math.round(x * 100) / 100);

/** Runs a bench child through tsx; resolves with its JSON lines, calling `onLine` as each arrives. */
function child(
  script: string,
  args: string[],
  onLine?: (record: Record<string, unknown>, proc: ReturnType<typeof spawn>) => void,
) {
  // node itself with tsx's loader (not tsx's CLI, which starts another node without the heap flag).
  const proc = spawn(
    process.execPath,
    [`--max-old-space-size=${heapMb}`, '--import', 'tsx', path.join(repoRoot, 'scripts', 'bench', script), ...args],
    {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const spawnedAt = performance.now();
  const records: Array<Record<string, unknown>> = [];
  const done = new Promise<Array<Record<string, unknown>>>((resolve, reject) => {
    createInterface({ input: proc.stdout }).on('line', (line) => {
      let record: Record<string, unknown>;
      try {
        record = JSON.parse(line) as Record<string, unknown>;
      } catch {
        log(`${script}: ${line}`);
        return;
      }
      record.atMs = performance.now() - spawnedAt;
      records.push(record);
      onLine?.(record, proc);
    });
    proc.on('exit', (code, signal) => {
      // 143: ended by the SIGTERM the harness sent (tsx passes it on as 128 + 15).
      if (code === 0 || code === 143 || signal === 'SIGTERM') resolve(records);
      else reject(new Error(`bench: ${script} exited with ${code ?? signal}`));
    });
  });
  return { proc, done };
}

async function httpLoad(port: number, pathsFile: string): Promise<SizeResult['http']> {
  const paths = JSON.parse(await readFile(pathsFile, 'utf8')) as string[];
  let next = 0;
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration: httpSeconds,
    requests: [{ setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }) }],
  });
  return {
    seconds: httpSeconds,
    connections,
    requestsPerSecond: result.requests.average,
    total: result.requests.total,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    non2xx: result.non2xx,
    errors: result.errors,
    loadAverage: load(),
  };
}

async function runSize(quotes: number): Promise<SizeResult> {
  const label = sizeLabel(quotes);
  const dir = path.join(workDir, label);
  const indexDir = path.join(dir, 'index');
  await mkdir(dir, { recursive: true });
  log(`${label}: generating and building (load ${load().join(' ')})`);
  const loadBefore = load();
  const buildFile = path.join(dir, 'build.json');
  let build: Record<string, unknown> | undefined;
  if (flags.has('reuse-index'))
    build =
      (JSON.parse(await readFile(buildFile, 'utf8').catch(() => 'null')) as Record<string, unknown> | null) ??
      undefined;
  if (build) log(`${label}: reusing the index built earlier in ${indexDir}`);
  else {
    [build] = await child('build-child.ts', [
      '--quotes',
      String(quotes),
      '--seed',
      String(seed),
      '--shared',
      shared,
      '--out',
      indexDir,
      '--engine',
      verbatimEngine,
    ]).done;
    if (!build) throw new Error('bench: build child gave no figures');
    await writeFile(buildFile, JSON.stringify({ ...build, loadAverage: loadBefore }));
  }
  log(`${label}: built ${String(build.quotes)} quotes in ${Number(build.buildSeconds).toFixed(1)} s; starting server`);

  const pathsFile = path.join(dir, 'paths.json');
  let cold: Record<string, unknown> | undefined;
  let latency: Record<string, unknown> | undefined;
  let http: SizeResult['http'] = null;
  const cacheArgs = flags.has('search-cache-mb') ? ['--search-cache-mb', flags.get('search-cache-mb') ?? ''] : [];
  const server = child(
    'serve-child.ts',
    [
      '--index',
      indexDir,
      '--queries',
      String(queries),
      '--seed',
      String(seed),
      '--paths',
      pathsFile,
      '--engine',
      verbatimEngine,
      ...cacheArgs,
    ],
    (record, proc) => {
      if (record.kind === 'cold') cold = record;
      if (record.kind === 'latency') latency = record;
      if (record.kind === 'listening') {
        const run = skip.has('http') ? Promise.resolve(null) : httpLoad(Number(record.port), pathsFile);
        run.then(
          (r) => {
            http = r;
            proc.kill('SIGTERM');
          },
          (error: unknown) => {
            log(`http load failed: ${(error as Error).message}`);
            proc.kill('SIGTERM');
          },
        );
      }
    },
  );
  await server.done;
  if (!cold || !latency) throw new Error('bench: server child gave no figures');
  const peers = peerList.length > 0 ? await runPeers(label, indexDir, dir) : undefined;
  let postgresFigures: Record<string, unknown> | undefined;
  if (postgres) {
    // The same corpus and request paths into PostgreSQL, beside this index (figures also to <out>-postgres-<size>.json).
    log(`${label}: postgres backend (load ${load().join(' ')})`);
    const out = `${outFile.replace(/\.json$/, '')}-postgres-${label}.json`;
    const pgArgs = [
      '--quotes',
      String(quotes),
      '--seed',
      String(seed),
      '--shared',
      shared,
      '--queries',
      flags.get('pg-queries') ?? String(queries),
    ];
    const corpusDir = sizedPath('corpus-dir', label);
    const extractCache = sizedPath('extract-cache', label);
    if (corpusDir) pgArgs.push('--corpus-dir', corpusDir);
    if (extractCache) pgArgs.push('--extract-cache', extractCache);
    if (flags.has('pg-url')) pgArgs.push('--url', flags.get('pg-url')!);
    if (flags.has('pg-keep-database'))
      pgArgs.push('--keep-database', flags.get('pg-keep-database')!.replaceAll('{size}', label.toLowerCase()));
    if (flags.has('pg-no-shards')) pgArgs.push('--no-shards');
    // The CLI processes it runs (ingest, finalize) get this run's heap limit too (a 1M finalize passes 4 GB).
    pgArgs.push('--cli-heap-mb', String(heapMb));
    await child('postgres.ts', [
      ...pgArgs,
      ...[
        '--embedded-index',
        indexDir,
        '--paths',
        pathsFile,
        '--http-seconds',
        String(skip.has('http') ? 0 : httpSeconds),
      ],
      ...['--connections', String(connections), '--out', out],
    ]).done;
    postgresFigures = JSON.parse(await readFile(out, 'utf8')) as Record<string, unknown>;
  }
  return {
    size: label,
    quotes: Number(build.quotes),
    articles: Number(build.articles),
    speakers: Number(build.speakers),
    textMB: Number(build.textBytes) / 1e6,
    build: {
      seconds: Number(build.buildSeconds),
      phases: build.phases as Record<string, number>,
      peakRssMB: Number(build.peakRssBytes) / 2 ** 20,
      ...(build.phasePeakMb
        ? {
            peakPhase: (build.peakPhase as string | null | undefined) ?? null,
            phasePeakMb: build.phasePeakMb as Record<string, number>,
            sampledPhases: (build.sampledPhases as string[] | undefined) ?? [],
          }
        : {}),
      generateSeconds: Number(build.generateSeconds),
      loadAverage: (build.loadAverage as number[] | undefined) ?? loadBefore,
    },
    diskMB: Object.fromEntries(Object.entries(build.files as Record<string, number>).map(([k, v]) => [k, v / 2 ** 20])),
    coldStart: {
      toFirstSearchMs: Number(cold.firstSearchMs),
      spawnToFirstSearchMs: Number(cold.atMs),
      loadIndexMs: Number(cold.loadMs),
      rssMB: Number(cold.rssBytes) / 2 ** 20,
      ...(typeof cold.statementsError === 'string' ? { statementsError: cold.statementsError } : {}),
    },
    latencyMs: latency.latency as SizeResult['latencyMs'],
    serverPeakRssMB: Number(latency.peakRssBytes) / 2 ** 20,
    http,
    ...(peers ? { peers } : {}),
    ...(postgresFigures ? { postgres: postgresFigures } : {}),
  };
}

/** With --backend postgres: each size's embedded and PostgreSQL figures side by side (Markdown). */
function sideBySide(results: BenchResults): string {
  const f = (x: unknown, digits = 1): string =>
    typeof x === 'number' && Number.isFinite(x) ? x.toLocaleString('en-US', { maximumFractionDigits: digits }) : '–';
  const lines: string[] = [];
  for (const size of results.sizes as Array<SizeResult & { postgres?: PostgresFigures }>) {
    const pgf = size.postgres;
    if (!pgf) continue;
    lines.push(`\n## ${size.size}: embedded and PostgreSQL side by side\n`);
    lines.push('| | embedded | PostgreSQL |', '|---|---|---|');
    const ingest = pgf.ingest;
    lines.push(
      `| build / ingest (s) | ${f(size.build.seconds)} (extraction included) | ${f(ingest?.ingestSeconds)} ingest (${f(ingest?.extractSeconds)} extracting${pgf.cacheFill ? ' (read from the extraction cache)' : ''}, ${f(ingest?.writeSeconds)} writing) + ${f(ingest?.finalizeSeconds)} finalize |`,
      `| loading extracted quotes | – | ${f(ingest?.loadQuotesPerSecond, 0)} quotes/s |`,
      `| two shard processes + finalize, of one process | – | ${pgf.shards ? `${f(pgf.shards.shardSeconds)} + ${f(pgf.shards.finalizeSeconds)} s: ${f(100 * pgf.shards.ofOneProcess, 0)} % (ingest alone ${f(100 * (pgf.shards.ingestOfOneProcessIngest ?? NaN), 0)} %)` : '–'} |`,
      `| size on disk (MB) | ${f(
        Object.values(size.diskMB).reduce((a, b) => a + b, 0),
        0,
      )} | ${f(pgf.sizeMB?.database, 0)} |`,
    );
    for (const [kind, e] of Object.entries(size.latencyMs)) {
      const p = pgf.latencyMs?.[kind];
      lines.push(
        `| ${kind} p50 / p95 / p99 ms | ${f(e.p50)} / ${f(e.p95)} / ${f(e.p99)} | ${p ? `${f(p.p50)} / ${f(p.p95)} / ${f(p.p99)}` : '–'} |`,
      );
    }
    const he = pgf.http?.embedded;
    const hp = pgf.http?.postgres;
    if (he || hp)
      lines.push(
        `| \`/api/search\`, ${hp?.workers ?? he?.workers ?? '?'} server processes, req/s (p99 ms) | ${f(he?.requestsPerSecond)} (${f(he?.latencyMs?.p99)}), no answer cache | ${f(hp?.requestsPerSecond)} (${f(hp?.latencyMs?.p99)}), no answer cache; Node CPU of its server processes ${f(hp?.serverCpuMsPerRequest, 2)} ms a request |`,
      );
    lines.push(
      `\nLoad averages: PostgreSQL latency ${pgf.latencyLoadAverage ?? '?'}; HTTP ${hp?.loadAverage?.after ?? '?'}. Raw figures under \`postgres\` in the JSON.`,
    );
  }
  return lines.join('\n');
}

/** What scripts/bench/postgres.ts writes with --out (the parts shown side by side). */
interface PostgresFigures {
  cacheFill?: unknown;
  ingest?: {
    ingestSeconds: number;
    extractSeconds: number;
    writeSeconds: number;
    finalizeSeconds: number | null;
    loadQuotesPerSecond: number;
  };
  shards?: {
    shardSeconds: number;
    finalizeSeconds: number;
    ofOneProcess: number;
    ingestOfOneProcessIngest: number | null;
  };
  sizeMB?: { database: number };
  latencyMs?: Record<string, { p50: number; p95: number; p99: number }>;
  latencyLoadAverage?: string;
  http?: {
    postgres?: {
      workers: number;
      requestsPerSecond: number;
      latencyMs: { p99: number };
      serverCpuMsPerRequest: number;
      loadAverage: { after: string };
    };
    embedded?: { workers?: number; requestsPerSecond: number; latencyMs: { p99: number } };
  };
}

/** Each peer engine over the quotes and queries of this size's index: a build process, then a serving one. */
async function runPeers(label: string, indexDir: string, dir: string): Promise<Record<string, PeerResult>> {
  log(`${label}: writing the quotes and queries for the peers`);
  await child('peer-data.ts', ['--index', indexDir, '--out', dir, '--queries', String(queries), '--seed', String(seed)])
    .done;
  const out: Record<string, PeerResult> = {};
  for (const engine of peerList) {
    const loadAverage = load();
    log(`${label}: ${engine}: indexing (load ${loadAverage.join(' ')})`);
    const [built] = await child('peer-child.ts', ['--engine', engine, '--mode', 'build', '--data', dir]).done;
    log(`${label}: ${engine}: serving`);
    const records = await child('peer-child.ts', [
      '--engine',
      engine,
      '--mode',
      'serve',
      '--data',
      dir,
      '--budget-s',
      String(peerBudgetS),
    ]).done;
    const cold = records.find((r) => r.kind === 'peer-cold');
    const timed = records.find((r) => r.kind === 'peer-latency');
    if (!built || !cold || !timed) throw new Error(`bench: peer ${engine} gave no figures`);
    out[engine] = {
      buildSeconds: Number(built.buildSeconds),
      buildPeakRssMB: Number(built.peakRssBytes) / 2 ** 20,
      savedMB: Number(built.savedBytes) / 2 ** 20,
      coldStartMs: Number(cold.firstSearchMs),
      loadMs: Number(cold.loadMs),
      rssMB: Number(cold.rssBytes) / 2 ** 20,
      peakRssMB: Number(timed.peakRssBytes) / 2 ** 20,
      latencyMs: timed.latency as Record<string, Percentiles | null>,
      loadAverage,
    };
  }
  return out;
}

async function extraction(): Promise<BenchResults['extraction']> {
  const [record] = await child('extract-child.ts', [
    '--mb',
    String(extractMb),
    '--seed',
    String(seed),
    '--shared',
    shared,
  ]).done;
  return (record ?? null) as BenchResults['extraction'];
}

if (verbatimEngine === 'dist') {
  // What is measured is what `npm start` serves: dist/ compiled from these sources (as `npm start` does it).
  const { distStaleReason } = (await import(pathToFileURL(path.join(repoRoot, 'bin', 'dist-freshness.js')).href)) as {
    distStaleReason: () => string | null;
  };
  const stale = distStaleReason();
  if (stale !== null) {
    log(`${stale}: compiling dist/ (npm run build) before measuring the compiled engine`);
    const built = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'build-dist.js')], {
      cwd: repoRoot,
      stdio: 'inherit',
    });
    if (built.status !== 0 || distStaleReason() !== null)
      throw new Error(`bench: could not build dist/ (${distStaleReason() ?? `exit ${built.status}`}); see above`);
  }
}
const cpuinfo = await readFile('/proc/cpuinfo', 'utf8').catch(() => '');
const results: BenchResults & { verbatimEngine: string } = {
  verbatimEngine,
  command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
  startedAt: new Date().toISOString(),
  machine: {
    cpu: /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1] ?? os.cpus()[0]?.model ?? 'unknown',
    cores: os.availableParallelism(),
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    loadAverageAtStart: load(),
  },
  settings: { seed, queries, httpSeconds, connections, maxOldSpaceMb: heapMb },
  extraction: null,
  sizes: [],
};
const engineNote =
  verbatimEngine === 'dist'
    ? "\n\nVerbatim's engine: compiled (dist/), what `npm start` serves.\n"
    : "\n\nVerbatim's engine: the sources through tsx (`--verbatim-engine src`), not what `npm start` serves.\n";
await mkdir(path.dirname(outFile), { recursive: true });
const save = async (): Promise<void> => {
  await writeFile(outFile, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(outFile.replace(/\.json$/, '') + '.md', renderMarkdown(results) + sideBySide(results) + engineNote);
};
if (!skip.has('extract')) {
  log(`extraction throughput over ~${extractMb} MB`);
  results.extraction = await extraction();
  await save();
}
for (const quotes of sizes) {
  results.sizes.push(await runSize(quotes));
  await save();
  if (!flags.has('keep')) await rm(path.join(workDir, sizeLabel(quotes)), { recursive: true, force: true });
}
results.finishedAt = new Date().toISOString();
await save();
log(`results: ${path.relative(process.cwd(), outFile)}`);
process.stdout.write(renderMarkdown(results) + sideBySide(results) + engineNote);
