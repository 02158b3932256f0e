/**
 * The PostgreSQL backend's benchmark: a generated corpus (corpus.ts, deterministic from a seed) written as JSON
 * Lines, ingested by `verbatim index` with DATABASE_URL set (one process, then two shard processes at once into
 * another database, then `db finalize`), the database's size, search latency per query type (queries.ts, drawn
 * from the stored quotes) against PostgresBackend, and `/api/search` throughput with `--workers` server processes
 * (node:cluster, each its own pool, as WEB_CONCURRENCY runs them) under autocannon, beside the embedded backend's
 * uncached throughput over the same paths when `--embedded-index` is given (scripts/bench/http-cluster.ts).
 * `npm run bench -- --backend postgres` runs it for each size after the embedded figures, with that size's index
 * and request paths.
 *
 *   npx tsx scripts/bench/postgres.ts [--quotes 100000] [--seed 42] [--queries 200] [--shared ../shared]
 *       [--url postgres://postgres@127.0.0.1:5432/test] [--database NAME] [--no-shards]
 *       [--http-seconds 10] [--connections 10] [--workers 2] [--paths FILE] [--embedded-index DIR] [--out FILE]
 *       [--corpus-dir DIR] [--extract-cache FILE] [--keep-database NAME] [--cli-heap-mb N]
 *
 * `--database NAME`: no ingest; the figures of a database already ingested (kept, not dropped).
 * `--no-shards`: leave out the two-shard ingest. `--http-seconds 0`: no HTTP load.
 * `--paths FILE`: the `/api/search` paths (a JSON array) instead of its own; sent to both backends in one order mixed
 * from `--seed` (a file of one kind after another measured one kind when a run sent fewer than a kind holds).
 * `--corpus-dir DIR`: the generated corpus is written there (kept; a folder already holding it is used as it is).
 * `--prepare-only` (with `--corpus-dir`): write the corpus and fill the extraction cache, measure nothing.
 * `--load-cpu` (with `--corpus-dir` and a full `--extract-cache`): only a load of the cached extractions into a fresh
 * database, in this process over one connection, reporting the transactions' wall time and the CPU seconds of the
 * one server process that did the work (from /proc: what the load costs the database, apart from how busy the
 * machine is).
 * `--extract-cache FILE`: every ingest reuses the extractions kept in FILE (`verbatim index --extract-cache`), made
 * first by an ingest of the whole corpus as one shard into a scratch database (no finalize) when FILE lacks some:
 * the one-process and two-shard figures are then the database's work and the corpus reading, without extraction.
 * `--keep-database NAME`: the one-process ingest goes into a database of that name (refused when it exists), measured
 * and served as usual, and kept at the end for later queries (`--database NAME`).
 * `--cache-filled` (with `--extract-cache`): the cache is known to hold every article's extraction (a `--prepare-only`
 * run filled it), so the filling pass (a whole load into a scratch database) is left out; an article it lacks after
 * all is extracted by the measured ingest, whose output says how long it spent extracting.
 * `--cli-heap-mb N`: the heap limit (MB) of each `verbatim` process it runs (ingest, finalize); Node's default
 * otherwise (4 GB on this kind of machine: a 3M finalize needs more).
 * Each `verbatim` process's peak resident memory is reported (`peakRssMB`) when /usr/bin/time is there to read it.
 * Databases `verbatim_bench_<random>` are created on the server of --url and dropped at the end.
 */
import { execFile, spawn } from 'node:child_process';
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import { constants as fsConstants } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import autocannon from 'autocannon';
import { createApp } from '../../src/web/app.js';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { ingestCorpus, migrate, PostgresBackend } from '../../src/backend/postgres/index.js';
import type { Article } from '../../src/model/types.js';
import { readFlags, repoRoot } from './args.js';
import { generateCorpus, readSourceText } from './corpus.js';
import { benchRequests, mixedOrder, processCpuSeconds } from './pg-common.js';
import { QUERY_KINDS, toSearchPath } from './queries.js';

const flags = readFlags(process.argv.slice(2));
// An option this script does not read (a typo, or `--help`) is refused: run as it was, it started the whole
// default benchmark (databases, a 100k corpus, HTTP load) instead of saying what it takes.
const OPTIONS = [
  'quotes',
  'seed',
  'queries',
  'shared',
  'url',
  'database',
  'no-shards',
  'http-seconds',
  'connections',
  'workers',
  'paths',
  'embedded-index',
  'out',
  'corpus-dir',
  'extract-cache',
  'prepare-only',
  'load-cpu',
  'keep-database',
  'cli-heap-mb',
  'cache-filled',
];
for (const name of flags.keys())
  if (!OPTIONS.includes(name))
    throw new Error(
      `bench: postgres.ts has no option --${name}; it takes ${OPTIONS.map((o) => `--${o}`).join(' ')} (see its header)`,
    );
if (cluster.isWorker) {
  // A server process of the HTTP measurement: the app over the database, no answer cache.
  const backend = new PostgresBackend(process.env.VERBATIM_BENCH_DATABASE_URL ?? '');
  const server = createServer({ keepAliveTimeout: 10_000 }, createApp(backend, { log: () => {}, searchCacheBytes: 0 }));
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.send!({ type: 'ready', port: typeof address === 'object' && address ? address.port : 0 });
  });
  process.on('message', (m: { type: string }) => {
    if (m.type === 'cpu') {
      const u = process.cpuUsage();
      process.send!({ type: 'cpu', micros: u.user + u.system });
    } else if (m.type === 'exit') {
      server.closeAllConnections();
      server.close(() => void backend.close().then(() => process.exit(0)));
    }
  });
}
const quotes = Number(flags.get('quotes') ?? 100_000);
const seed = Number(flags.get('seed') ?? 42);
const queryCount = Number(flags.get('queries') ?? 200);
const shared = path.resolve(flags.get('shared') ?? path.join(repoRoot, '..', 'shared'));
const adminUrl = flags.get('url') ?? 'postgres://postgres@127.0.0.1:5432/test';
const existing = flags.get('database') ?? null;
const keepDatabase = flags.get('keep-database') ?? null;
if (keepDatabase !== null && !/^[a-z_][a-z0-9_]*$/.test(keepDatabase))
  throw new Error(`bench: --keep-database '${keepDatabase}' is not a plain database name (a-z, 0-9, _)`);
if (keepDatabase !== null && existing !== null)
  throw new Error('bench: --keep-database names the database an ingest makes; --database measures one without ingest');
const cliHeapMb = flags.has('cli-heap-mb') ? Number(flags.get('cli-heap-mb')) : null;
if (cliHeapMb !== null && !(Number.isInteger(cliHeapMb) && cliHeapMb > 0))
  throw new Error(`bench: --cli-heap-mb '${flags.get('cli-heap-mb')}' is not a whole number of megabytes`);
/** GNU time, to read each CLI process's peak resident memory (null when the machine lacks it). */
const gnuTime = await access('/usr/bin/time', fsConstants.X_OK).then(
  () => '/usr/bin/time',
  () => null,
);
const shardsToo = !flags.has('no-shards');
const httpSeconds = Number(flags.get('http-seconds') ?? 10);
const connections = Number(flags.get('connections') ?? 10);
const workers = Number(flags.get('workers') ?? 2);
const embeddedIndex = flags.get('embedded-index') ?? null;
const outFile = flags.get('out') ?? null;
const keptCorpus = flags.get('corpus-dir') ?? null;
const extractCache = flags.get('extract-cache') ? path.resolve(flags.get('extract-cache')!) : null;
if (flags.has('cache-filled') && !extractCache) throw new Error('bench: --cache-filled needs --extract-cache');
/** Every figure of the run, written to --out as JSON. */
const results: Record<string, unknown> = {
  command: `npx tsx scripts/bench/postgres.ts ${process.argv.slice(2).join(' ')}`,
};

const loadavg = async (): Promise<string> =>
  (await import('node:fs/promises')).readFile('/proc/loadavg', 'utf8').then((s) => s.trim());

async function createDatabase(kept?: string): Promise<{ url: string; name: string }> {
  const name = kept ?? `verbatim_bench_${randomBytes(5).toString('hex')}`;
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), name };
}

async function dropDatabase(name: string): Promise<void> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await c.end();
}

/**
 * Runs the CLI with DATABASE_URL; resolves with its stdout, wall seconds and peak resident memory (MB, through GNU
 * time when there; null otherwise).
 */
async function verbatim(
  args: string[],
  url: string,
): Promise<{ stdout: string; seconds: number; peakRssMB: number | null }> {
  const started = performance.now();
  const node = [
    process.execPath,
    ...(cliHeapMb !== null ? [`--max-old-space-size=${cliHeapMb}`] : []),
    '--import',
    'tsx',
    path.join(repoRoot, 'src', 'cli', 'main.ts'),
    ...args,
  ];
  const timeFile = gnuTime ? path.join(os.tmpdir(), `verbatim-bench-time-${randomBytes(5).toString('hex')}`) : null;
  const [file, ...argv] = gnuTime && timeFile ? [gnuTime, '-f', '%M', '-o', timeFile, ...node] : node;
  const stdout = await new Promise<string>((resolve, reject) => {
    execFile(
      file!,
      argv,
      { cwd: repoRoot, env: { ...process.env, DATABASE_URL: url }, maxBuffer: 1 << 26 },
      (error, out, stderr) => {
        if (error) reject(new Error(`bench: verbatim ${args.join(' ')} failed: ${stderr || error.message}`));
        else resolve(out);
      },
    );
  });
  const seconds = (performance.now() - started) / 1000;
  let peakRssMB: number | null = null;
  if (timeFile) {
    // GNU time's %M: the peak resident set in KB (its file's last line; a line before it would be a signal note).
    const kb = Number((await readFile(timeFile, 'utf8')).trim().split('\n').pop());
    await rm(timeFile, { force: true });
    if (Number.isFinite(kb)) peakRssMB = kb / 1024;
  }
  return { stdout, seconds, peakRssMB };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Generates the corpus, ingests it with one process and with two shards; returns the one-process database's URL. */
async function ingestBoth(): Promise<string> {
  if (keptCorpus && (await readdir(corpusDir).catch(() => [])).some((f) => f.endsWith('.jsonl')))
    console.log(`corpus: ${corpusDir} as written before`);
  else await writeCorpus();
  const cacheArgs = extractCache ? ['--extract-cache', extractCache] : [];
  if (extractCache && flags.has('cache-filled')) console.log(`extraction cache: ${extractCache} as filled before`);
  else if (extractCache) {
    // Fills the cache (only what it lacks is extracted): the runs measured below read every extraction from it.
    const scratch = await createDatabase();
    created.push(scratch.name);
    const warm = await verbatim(['index', '--corpus', corpusDir, '--shard', '1/1', ...cacheArgs], scratch.url);
    console.log(
      `extraction cache filled: ${warm.seconds.toFixed(1)} s wall\n${warm.stdout.trim()}\nload ${await loadavg()}`,
    );
    results.cacheFill = {
      seconds: warm.seconds,
      peakRssMB: warm.peakRssMB,
      output: warm.stdout.trim(),
      loadAverage: await loadavg(),
    };
    await dropDatabase(scratch.name);
  }
  if (flags.has('prepare-only')) return '';
  return ingestMeasured(cacheArgs);
}

async function writeCorpus(): Promise<void> {
  const corpus = generateCorpus(readSourceText(shared), { quotes, seed });
  const perFile = 500;
  for (let i = 0; i < corpus.articles.length; i += perFile) {
    const lines = corpus.articles.slice(i, i + perFile).map((a: Article) =>
      JSON.stringify({
        id: a.id,
        title: a.title,
        text: a.text,
        publishedAt: a.publishedAt,
        source: a.publisher,
        url: a.url,
      }),
    );
    await writeFile(
      path.join(corpusDir, `part-${String(i / perFile).padStart(4, '0')}.jsonl`),
      `${lines.join('\n')}\n`,
    );
  }
  console.log(
    `corpus: ${corpus.articles.length} articles, ~${corpus.placedQuotes} quotes placed, ${(corpus.bytes / 2 ** 20).toFixed(1)} MB; load ${await loadavg()}`,
  );
}

async function ingestMeasured(cacheArgs: string[]): Promise<string> {
  const one = await createDatabase(keepDatabase ?? undefined);
  if (keepDatabase === null) created.push(one.name);
  const single = await verbatim(['index', '--corpus', corpusDir, ...cacheArgs], one.url);
  console.log(
    `one process: ${single.seconds.toFixed(1)} s wall, peak RSS ${single.peakRssMB?.toFixed(0) ?? '?'} MB\n${single.stdout.trim()}\nload ${await loadavg()}`,
  );
  const written =
    /ingested (\d+) articles .*?, (\d+) quotes, .* in ([\d.]+) s \(([\d.]+) s extracting, ([\d.]+) s writing[;)]/.exec(
      single.stdout,
    );
  const finalized = /finalized .* in ([\d.]+) s/.exec(single.stdout);
  if (written) {
    const q = Number(written[2]);
    const rate = q / Number(written[5]);
    console.log(
      `loading extracted quotes (COPY + commits, extraction apart): ${Math.round(rate)} quotes/s; ` +
        `extraction ${Math.round(q / Number(written[4]))} quotes/s; ingest end to end ${Math.round(q / Number(written[3]))} quotes/s`,
    );
    results.ingest = {
      quotes: q,
      wallSeconds: single.seconds,
      ingestSeconds: Number(written[3]),
      extractSeconds: Number(written[4]),
      writeSeconds: Number(written[5]),
      finalizeSeconds: finalized ? Number(finalized[1]) : null,
      readCorpusSeconds: Number(/([\d.]+) s reading the corpus/.exec(single.stdout)?.[1] ?? NaN),
      readCacheSeconds: Number(/([\d.]+) s reading the extraction cache/.exec(single.stdout)?.[1] ?? NaN),
      loadQuotesPerSecond: rate,
      peakRssMB: single.peakRssMB,
      ...(keepDatabase ? { keptDatabase: keepDatabase } : {}),
      output: single.stdout.trim(),
      loadAverage: await loadavg(),
    };
  }
  if (!shardsToo) return one.url;

  const two = await createDatabase();
  created.push(two.name);
  await verbatim(['db', 'migrate'], two.url);
  const shardStart = performance.now();
  const shards = await Promise.all([
    verbatim(['index', '--corpus', corpusDir, '--shard', '1/2', ...cacheArgs], two.url),
    verbatim(['index', '--corpus', corpusDir, '--shard', '2/2', ...cacheArgs], two.url),
  ]);
  const shardSeconds = (performance.now() - shardStart) / 1000;
  const fin = await verbatim(['db', 'finalize'], two.url);
  const oneIngest = written ? Number(written[3]) : null;
  results.shards = {
    extractionCached: extractCache !== null,
    shardSeconds,
    finalizeSeconds: fin.seconds,
    peakRssMB: { shards: shards.map((x) => x.peakRssMB), finalize: fin.peakRssMB },
    ofOneProcess: (shardSeconds + fin.seconds) / single.seconds,
    /** The shards' wall time against the one process's ingest alone (each without its finalize). */
    ingestOfOneProcessIngest: oneIngest ? shardSeconds / oneIngest : null,
    output: `${shards.map((x) => x.stdout.trim()).join('\n')}\n${fin.stdout.trim()}`,
    loadAverage: await loadavg(),
  };
  console.log(
    `two shard processes at once: ${shardSeconds.toFixed(1)} s wall + finalize ${fin.seconds.toFixed(1)} s = ` +
      `${(shardSeconds + fin.seconds).toFixed(1)} s (${Math.round((100 * (shardSeconds + fin.seconds)) / single.seconds)}% of one process; ` +
      `ingest alone ${oneIngest ? Math.round((100 * shardSeconds) / oneIngest) : '?'}% of one process's ingest${extractCache ? ', extraction cached' : ''})\n` +
      `${shards.map((s) => s.stdout.trim()).join('\n')}\n${fin.stdout.trim()}\nload ${await loadavg()}`,
  );

  return one.url;
}

/** See `--load-cpu`. */
async function loadCpu(): Promise<void> {
  if (!keptCorpus || !extractCache) throw new Error('bench: --load-cpu needs --corpus-dir and --extract-cache');
  const db = await createDatabase();
  created.push(db.name);
  const backend = new PostgresBackend(db.url, { statementTimeoutMs: 0, max: 1, metadataTtlMs: 0 });
  try {
    await migrate(backend.pool);
    const pid = (await backend.pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    const cpu = async (): Promise<number> => {
      const f = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
      return (Number(f[11]) + Number(f[12])) / 100; // utime + stime, in clock ticks of 1/100 s
    };
    const before = await cpu();
    const load = await loadavg();
    // The pool closes a connection idle for 10 s (while the corpus is read): kept busy, it stays the one measured.
    const keep = setInterval(() => void backend.pool.query('SELECT 1').catch(() => undefined), 2_000);
    const s = await ingestCorpus(backend.pool, { corpusDir, extractCache, shard: { index: 0, count: 1 } }).finally(() =>
      clearInterval(keep),
    );
    const after = (await backend.pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    if (after !== pid) throw new Error(`bench: the server process changed (${pid} → ${after}): no CPU figure`);
    const serverCpu = (await cpu()) - before;
    const figures = {
      quotes: s.quotes,
      cachedArticles: s.cachedArticles,
      articles: s.articles,
      writeSeconds: s.writeSeconds,
      serverCpuSeconds: serverCpu,
      quotesPerSecondWall: s.quotes / s.writeSeconds,
      quotesPerServerCpuSecond: s.quotes / serverCpu,
      loadAverage: { before: load, after: await loadavg() },
    };
    console.log(
      `load of ${s.quotes} cached quotes (${s.cachedArticles} of ${s.articles} articles from the cache), one connection: ` +
        `${s.writeSeconds.toFixed(1)} s in transactions (${Math.round(figures.quotesPerSecondWall)} quotes/s), ` +
        `server process CPU ${serverCpu.toFixed(1)} s (${Math.round(figures.quotesPerServerCpuSecond)} quotes per CPU second); ` +
        `load ${load} → ${figures.loadAverage.after}`,
    );
    if (outFile) await writeFile(outFile, `${JSON.stringify(figures, null, 2)}\n`);
  } finally {
    await backend.close();
    await dropDatabase(db.name);
  }
}

/** `/api/search` over `pathsFile` with `workers` server processes on the database (no answer cache). */
async function httpPostgres(url: string, pathsFile: string): Promise<Record<string, unknown>> {
  const paths = JSON.parse(await readFile(pathsFile, 'utf8')) as string[];
  cluster.setupPrimary({ execArgv: process.execArgv });
  const forked = Array.from({ length: workers }, () =>
    cluster.fork({ ...process.env, VERBATIM_BENCH_DATABASE_URL: url }),
  );
  const ports = await Promise.all(
    forked.map(
      (w) =>
        new Promise<number>((resolve) =>
          w.on('message', (m: { type: string; port?: number }) => m.type === 'ready' && resolve(m.port!)),
        ),
    ),
  );
  const cpuOf = (w: (typeof forked)[number]): Promise<number> =>
    new Promise((resolve) => {
      const on = (m: { type: string; micros?: number }): void => {
        if (m.type !== 'cpu') return;
        w.off('message', on);
        resolve(m.micros!);
      };
      w.on('message', on);
      w.send({ type: 'cpu' });
    });
  const cpuAll = async (): Promise<number> => (await Promise.all(forked.map(cpuOf))).reduce((a, b) => a + b, 0);
  let next = Math.floor(paths.length / 2);
  const run = (duration: number) =>
    autocannon({
      url: `http://127.0.0.1:${ports[0]!}`,
      connections,
      duration,
      requests: [{ setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }) }],
    });
  await run(3);
  // Where a request's CPU goes: the server processes (Node), the database's processes serving them (the client
  // backends of the server processes' pools, application_name 'verbatim'), and this process (autocannon: the load
  // generator shares the machine too). The database's other processes (autovacuum, another session's index build)
  // are counted apart: counted in, they were taken for the requests' cost.
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const databaseCpu = async (): Promise<Map<number, { seconds: number; serving: boolean }>> => {
    await admin.query('SELECT pg_stat_clear_snapshot()');
    const { rows } = await admin.query<{ pid: number; serving: boolean }>(
      `SELECT pid, (backend_type = 'client backend' AND application_name = 'verbatim') AS serving
       FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
    );
    const out = new Map<number, { seconds: number; serving: boolean }>();
    for (const { pid, serving } of rows) {
      const seconds = await processCpuSeconds(pid);
      if (seconds !== null) out.set(pid, { seconds, serving });
    }
    return out;
  };
  // Shared-buffer misses and hits of the database (pg_stat_database, read afresh each time).
  const blocks = async (): Promise<{ read: number; hit: number }> => {
    await admin.query('SELECT pg_stat_clear_snapshot()');
    const r = await admin.query<{ read: string; hit: string }>(
      'SELECT blks_read AS read, blks_hit AS hit FROM pg_stat_database WHERE datname = current_database()',
    );
    return { read: Number(r.rows[0]!.read), hit: Number(r.rows[0]!.hit) };
  };
  const loadBefore = await loadavg();
  const blocksBefore = await blocks();
  const dbBefore = await databaseCpu();
  const driverBefore = process.cpuUsage();
  const cpuBefore = await cpuAll();
  const result = await run(httpSeconds);
  const serverMicros = (await cpuAll()) - cpuBefore;
  const driver = process.cpuUsage(driverBefore);
  let dbSeconds = 0;
  let otherSeconds = 0;
  for (const [pid, t] of await databaseCpu()) {
    const used = t.seconds - (dbBefore.get(pid)?.seconds ?? 0);
    if (t.serving) dbSeconds += used;
    else otherSeconds += used;
  }
  const blocksAfter = await blocks();
  await admin.end();
  const perRequest = (ms: number): number => ms / Math.max(1, result.requests.total);
  for (const w of forked) w.send({ type: 'exit' });
  const figures = {
    workers,
    connections,
    seconds: httpSeconds,
    requestsPerSecond: result.requests.average,
    total: result.requests.total,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    non2xx: result.non2xx,
    errors: result.errors,
    serverCpuMsPerRequest: perRequest(serverMicros / 1000),
    databaseCpuMsPerRequest: perRequest(dbSeconds * 1000),
    otherDatabaseCpuSeconds: otherSeconds,
    driverCpuMsPerRequest: perRequest((driver.user + driver.system) / 1000),
    blocksReadPerRequest: perRequest(blocksAfter.read - blocksBefore.read),
    blocksHitPerRequest: perRequest(blocksAfter.hit - blocksBefore.hit),
    loadAverage: { before: loadBefore, after: await loadavg() },
  };
  const cpuMs = figures.serverCpuMsPerRequest + figures.databaseCpuMsPerRequest + figures.driverCpuMsPerRequest;
  console.log(
    `/api/search, postgres, ${workers} server processes, ${connections} connections, ${httpSeconds} s: ${figures.requestsPerSecond} req/s, ` +
      `p50/p90/p99 ${figures.latencyMs.p50}/${figures.latencyMs.p90}/${figures.latencyMs.p99} ms, non-2xx ${figures.non2xx}; load ${figures.loadAverage.after}\n` +
      `  CPU a request: server processes ${figures.serverCpuMsPerRequest.toFixed(2)} ms, database ${figures.databaseCpuMsPerRequest.toFixed(2)} ms, ` +
      `load generator ${figures.driverCpuMsPerRequest.toFixed(2)} ms: at most ${Math.round((os.cpus().length * 1000) / cpuMs)} req/s on ${os.cpus().length} cores with nothing else running\n` +
      `  shared buffers a request: ${Math.round(figures.blocksReadPerRequest)} blocks read from the kernel, ${Math.round(figures.blocksHitPerRequest)} hit; ` +
      `the database's other processes meanwhile (autovacuum, other sessions): ${otherSeconds.toFixed(2)} s of CPU`,
  );
  return figures;
}

/** The embedded backend's uncached `/api/search` throughput over the same paths (scripts/bench/http-cluster.ts). */
async function httpEmbedded(indexDir: string, pathsFile: string): Promise<Record<string, unknown>> {
  const args = [
    '--index',
    indexDir,
    '--paths',
    pathsFile,
    '--workers',
    String(workers),
    '--seconds',
    String(httpSeconds),
  ];
  const proc = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      path.join(repoRoot, 'scripts', 'bench', 'http-cluster.ts'),
      ...args,
      '--connections',
      String(connections),
      '--cache-mb',
      '0',
    ],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  await new Promise<void>((resolve, reject) =>
    proc.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`bench: http-cluster.ts exited with ${code}`)),
    ),
  );
  const figures = JSON.parse(out.trim().split('\n').pop()!) as Record<string, unknown> & {
    requestsPerSecond: number;
    latencyMs: { p50: number; p90: number; p99: number };
  };
  console.log(
    `/api/search, embedded (no answer cache), ${workers} server processes: ${figures.requestsPerSecond} req/s, ` +
      `p50/p90/p99 ${figures.latencyMs.p50}/${figures.latencyMs.p90}/${figures.latencyMs.p99} ms; load ${await loadavg()}`,
  );
  return figures;
}

// The server processes of the HTTP measurement run the block at the top only.
const corpusDir = !cluster.isPrimary
  ? ''
  : keptCorpus
    ? path.resolve(keptCorpus)
    : await mkdtemp(path.join(os.tmpdir(), 'verbatim-bench-pg-'));
if (keptCorpus && cluster.isPrimary) await mkdir(corpusDir, { recursive: true });
const created: string[] = [];
if (cluster.isPrimary)
  try {
    let servedUrl: string;
    if (existing) {
      const url = new URL(adminUrl);
      url.pathname = `/${existing}`;
      servedUrl = url.toString();
    } else if (flags.has('load-cpu')) {
      await loadCpu();
      process.exit(0);
    } else servedUrl = await ingestBoth();
    if (flags.has('prepare-only')) process.exit(0);
    const backend = new PostgresBackend(servedUrl, { statementTimeoutMs: 10_000 });
    const size = await backend.pool.query<{ db: string; quotes: string; articles: string }>(
      `SELECT pg_database_size(current_database()) AS db, pg_total_relation_size('quotes') AS quotes, pg_total_relation_size('articles') AS articles`,
    );
    const s = size.rows[0]!;
    const search = await backend.pool.query<{ n: string }>(`SELECT pg_total_relation_size('quote_search') AS n`);
    results.sizeMB = {
      database: Number(s.db) / 2 ** 20,
      quotes: Number(s.quotes) / 2 ** 20,
      articles: Number(s.articles) / 2 ** 20,
      searchRows: Number(search.rows[0]!.n) / 2 ** 20,
    };
    console.log(
      `database size: ${(Number(s.db) / 2 ** 20).toFixed(0)} MB (quote records with indexes ${(Number(s.quotes) / 2 ** 20).toFixed(0)} MB, search rows with indexes ${(Number(search.rows[0]!.n) / 2 ** 20).toFixed(0)} MB, articles ${(Number(s.articles) / 2 ** 20).toFixed(0)} MB)`,
    );

    // Queries drawn from the stored quotes, as the embedded benchmark draws them from its index (pg-common.ts: the
    // same sample in every PostgreSQL benchmark script, so two runs over one database draw the same queries).
    const { requests, quotes: sampled } = await benchRequests(backend, queryCount, seed);
    console.log(
      `\nsearch latency, ${queryCount} queries per type, one at a time (${sampled} quotes); load ${await loadavg()}`,
    );
    console.log('type          p50 ms   p95 ms   p99 ms   mean total');
    {
      // What the machine gives a trivial round trip now: latencies below are read against it.
      const times: number[] = [];
      for (let i = 0; i < queryCount; i++) {
        const t = performance.now();
        await backend.pool.query('SELECT 1');
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      console.log(
        `${'SELECT 1'.padEnd(12)} ${percentile(times, 50).toFixed(1).padStart(7)}  ${percentile(times, 95).toFixed(1).padStart(7)}  ${percentile(times, 99).toFixed(1).padStart(7)}`,
      );
    }
    const latency: Record<string, unknown> = {};
    for (const kind of QUERY_KINDS) {
      for (const r of requests[kind].slice(0, 10)) await backend.search(r); // warm
      const times: number[] = [];
      let totals = 0;
      for (const r of requests[kind]) {
        const t = performance.now();
        const found = await backend.search(r);
        times.push(performance.now() - t);
        totals += found.total;
      }
      times.sort((a, b) => a - b);
      console.log(
        `${kind.padEnd(12)} ${percentile(times, 50).toFixed(1).padStart(7)}  ${percentile(times, 95).toFixed(1).padStart(7)}  ${percentile(times, 99).toFixed(1).padStart(7)}   ${Math.round(totals / times.length)}`,
      );
      latency[kind] = {
        p50: percentile(times, 50),
        p95: percentile(times, 95),
        p99: percentile(times, 99),
        meanTotal: totals / times.length,
      };
    }
    results.latencyMs = latency;
    results.latencyLoadAverage = await loadavg();
    console.log(`load ${await loadavg()}`);
    await backend.close();

    if (httpSeconds > 0) {
      // Beside a kept corpus, not in it (its folder is read as the corpus).
      let mixedDir: string | null = null;
      let pathsFile =
        flags.get('paths') ?? (keptCorpus ? `${corpusDir}.paths.json` : path.join(corpusDir, 'paths.json'));
      if (flags.has('paths')) {
        // Given paths (run.ts's: 1,000 of each kind in turn, plain, prefix, speaker, faceted) are sent in an order
        // mixed from --seed, the same for both backends: in the file's order a run starting at its middle (as
        // autocannon's are) and sending fewer requests than a kind holds measured that one kind only (at 1M, some
        // 440 speaker searches on PostgreSQL and 900 on the embedded backend: the twelfth session's figures).
        const given = mixedOrder(JSON.parse(await readFile(pathsFile, 'utf8')) as string[], seed);
        mixedDir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-paths-'));
        pathsFile = path.join(mixedDir, 'paths.json');
        await writeFile(pathsFile, JSON.stringify(given));
      } else {
        // The kinds run.ts loads the server with, in turn.
        const kinds = ['plain', 'prefix', 'speaker', 'faceted'] as const;
        const paths: string[] = [];
        for (let i = 0; i < queryCount; i++) for (const k of kinds) paths.push(toSearchPath(requests[k][i]!));
        await writeFile(pathsFile, JSON.stringify(paths));
      }
      results.http = { postgres: await httpPostgres(servedUrl, pathsFile) };
      if (embeddedIndex)
        (results.http as Record<string, unknown>).embedded = await httpEmbedded(embeddedIndex, pathsFile);
      if (mixedDir) await rm(mixedDir, { recursive: true, force: true });
    }
    if (outFile) await writeFile(outFile, `${JSON.stringify(results, null, 2)}\n`);
    process.stdout.write(`${JSON.stringify({ kind: 'postgres', ...results })}\n`);
  } finally {
    for (const name of created) await dropDatabase(name);
    if (!keptCorpus) await rm(corpusDir, { recursive: true, force: true });
  }
