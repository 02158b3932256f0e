/**
 * `/api/search` served by several processes at once, as `WEB_CONCURRENCY` serves it (src/server-cluster.ts):
 * node:cluster workers each load the same built index and serve the app on one shared loopback port; this
 * primary loads them with autocannon (same machine, same cores) over the benchmark's request paths, and
 * reports requests per second, latency, and the workers' CPU time per request (process.cpuUsage, summed).
 * `--cache-mb 0` (the default) turns the answer cache off: every request is searched.
 *
 *   tsx scripts/bench/http-cluster.ts --index /tmp/x/100k/index --paths /tmp/x/100k/paths.json \
 *       [--workers 2] [--seconds 10] [--connections 10] [--cache-mb 0] [--warm-seconds 3] [--profile DIR] \
 *       [--client autocannon|wrk] [--wrk-threads 1]
 *
 * `--client wrk`: the load comes from wrk (C, `apt-get install wrk`; not a dependency of the project, and the run
 * stops with a message when it is not installed) instead of autocannon, which runs in Node on the same cores and
 * spends more CPU per request than the server's search. A Lua script cycles through the paths; `loadGeneratorCpuMsPerRequest`
 * is then wrk's own CPU (the shell's `times` of its child).
 *
 * `--profile DIR`: each worker's CPU profile of the measured seconds only (after the warm-up), written to
 * DIR/worker-N.cpuprofile (read it with profile-top.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import cluster from 'node:cluster';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { createServer } from 'node:http';
import os from 'node:os';
import autocannon from 'autocannon';
import { loadIndex } from '../../src/store/index.js';
import { createApp } from '../../src/web/app.js';
import { readFlags } from './args.js';

const flags = readFlags(process.argv.slice(2));
type ToPrimary = { type: 'ready'; port: number } | { type: 'cpu'; micros: number; system: number };

let profiling = false;
if (cluster.isWorker) {
  const index = await loadIndex(flags.get('index') ?? '');
  const app = createApp(index, { log: () => {}, searchCacheBytes: Number(flags.get('cache-mb') ?? 0) * 2 ** 20 });
  const server = createServer({ keepAliveTimeout: 10_000 }, app);
  // Workers listening on port 0 share one port, chosen by the primary.
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.send!({
      type: 'ready',
      port: typeof address === 'object' && address ? address.port : 0,
    } satisfies ToPrimary);
  });
  const profileDir = flags.get('profile');
  const session = profileDir ? new Session() : null;
  const exit = async (): Promise<void> => {
    if (session && profileDir) {
      const { profile } = await session.post('Profiler.stop');
      await writeFile(path.join(profileDir, `worker-${cluster.worker!.id}.cpuprofile`), JSON.stringify(profile));
    }
    server.closeAllConnections();
    server.close(() => process.exit(0));
  };
  process.on('message', (m: { type: string }) => {
    if (m.type === 'cpu') {
      const u = process.cpuUsage();
      process.send!({ type: 'cpu', micros: u.user + u.system, system: u.system } satisfies ToPrimary);
      // The first CPU reading starts the measured seconds: the profile starts there too.
      if (session && !profiling) {
        profiling = true;
        session.connect();
        void session.post('Profiler.enable').then(() => session.post('Profiler.start'));
      }
    } else if (m.type === 'exit') {
      void exit();
    }
  });
} else {
  const workers = Number(flags.get('workers') ?? os.availableParallelism());
  const seconds = Number(flags.get('seconds') ?? 10);
  const warmSeconds = Number(flags.get('warm-seconds') ?? 3);
  const connections = Number(flags.get('connections') ?? 10);
  const paths = JSON.parse(await readFile(flags.get('paths') ?? '', 'utf8')) as string[];
  const forked = Array.from({ length: workers }, () => cluster.fork());
  const ports = await Promise.all(
    forked.map(
      (w) => new Promise<number>((resolve) => w.on('message', (m: ToPrimary) => m.type === 'ready' && resolve(m.port))),
    ),
  );
  const port = ports[0]!;
  const cpuOf = (w: (typeof forked)[number]): Promise<{ micros: number; system: number }> =>
    new Promise((resolve) => {
      const on = (m: ToPrimary): void => {
        if (m.type !== 'cpu') return;
        w.off('message', on);
        resolve(m);
      };
      w.on('message', on);
      w.send({ type: 'cpu' });
    });
  const cpuAll = async (): Promise<{ micros: number; system: number }> =>
    (await Promise.all(forked.map(cpuOf))).reduce(
      (a, b) => ({ micros: a.micros + b.micros, system: a.system + b.system }),
      {
        micros: 0,
        system: 0,
      },
    );
  const client = flags.get('client') ?? 'autocannon';
  if (client !== 'autocannon' && client !== 'wrk')
    throw new Error(`http-cluster: --client must be autocannon or wrk, not '${client}'`);
  let next = Math.floor(paths.length / 2);
  const run = async (duration: number): Promise<Measured> => {
    if (client === 'wrk')
      return runWrk(port, paths, next, connections, duration, Number(flags.get('wrk-threads') ?? 1));
    const own = process.cpuUsage();
    const result = await autocannon({
      url: `http://127.0.0.1:${port}`,
      connections,
      duration,
      requests: [{ setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }) }],
    });
    const used = process.cpuUsage(own);
    return {
      total: result.requests.total,
      requestsPerSecond: result.requests.average,
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      non2xx: result.non2xx,
      errors: result.errors,
      clientCpuMicros: used.user + used.system,
    };
  };
  if (warmSeconds > 0) await run(warmSeconds);
  const load = (): number[] => os.loadavg().map((x) => Math.round(x * 100) / 100);
  const loadBefore = load();
  const cpuBefore = await cpuAll();
  const result = await run(seconds);
  const cpuAfter = await cpuAll();
  const serverMicros = cpuAfter.micros - cpuBefore.micros;
  const serverSystemMicros = cpuAfter.system - cpuBefore.system;
  const total = result.total;
  process.stdout.write(
    `${JSON.stringify({
      kind: 'http-cluster',
      client,
      workers,
      connections,
      seconds,
      cacheMb: Number(flags.get('cache-mb') ?? 0),
      requestsPerSecond: result.requestsPerSecond,
      total,
      latencyMs: result.latencyMs,
      non2xx: result.non2xx,
      errors: result.errors,
      serverCpuMsPerRequest: serverMicros / 1000 / Math.max(1, total),
      // Of which in the kernel (socket reads and writes, record reads).
      serverSystemCpuMsPerRequest: serverSystemMicros / 1000 / Math.max(1, total),
      loadGeneratorCpuMsPerRequest: result.clientCpuMicros / 1000 / Math.max(1, total),
      loadAverage: { before: loadBefore, after: load() },
    })}\n`,
  );
  for (const w of forked) w.send({ type: 'exit' });
}

/** What one run of the load generator measured. */
interface Measured {
  total: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  /** The load generator's own CPU over the run (user and system), µs. */
  clientCpuMicros: number;
}

/**
 * One run of wrk against the workers' port over `paths` (cycled from `start`), read from the line its Lua `done`
 * hook prints. Throws, saying how to install it, when wrk is not on the PATH.
 */
async function runWrk(
  port: number,
  paths: readonly string[],
  start: number,
  connections: number,
  seconds: number,
  threads: number,
): Promise<Measured> {
  const probe = spawnSync('wrk', ['--version'], { encoding: 'utf8' });
  if (probe.error)
    throw new Error(`http-cluster: --client wrk needs wrk on the PATH (apt-get install wrk): ${probe.error.message}`);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'http-cluster-wrk-'));
  try {
    const script = path.join(dir, 'paths.lua');
    // Each wrk thread runs its own copy of the script: the threads start at different points of the list.
    await writeFile(
      script,
      [
        `local paths = {${paths.map((p) => JSON.stringify(p)).join(',')}}`,
        `local i = ${start % Math.max(1, paths.length)}`,
        'local step = 0',
        'setup = function(thread) step = step + 1; thread:set("offset", step * 997) end',
        'init = function() i = (i + (offset or 0)) % #paths end',
        'request = function() i = i % #paths + 1; return wrk.format("GET", paths[i]) end',
        'done = function(summary, latency, requests)',
        '  local e = summary.errors',
        '  io.write(string.format("WRK {\\"total\\":%d,\\"us\\":%d,\\"p50\\":%.3f,\\"p90\\":%.3f,\\"p99\\":%.3f,\\"max\\":%.3f,\\"non2xx\\":%d,\\"errors\\":%d}\\n",',
        '    summary.requests, summary.duration, latency:percentile(50) / 1000, latency:percentile(90) / 1000,',
        '    latency:percentile(99) / 1000, latency.max / 1000, e.status, e.connect + e.read + e.write + e.timeout))',
        'end',
      ].join('\n'),
    );
    // `times` after wrk prints the shell's children's CPU: wrk's own.
    const command = `wrk -t${threads} -c${connections} -d${seconds}s --latency -s '${script}' 'http://127.0.0.1:${port}' && times`;
    const child = spawn('sh', ['-c', command], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const line = /^WRK (\{.*\})$/m.exec(out);
    const times = /^(\d+)m([\d.]+)s (\d+)m([\d.]+)s\s*$/gm;
    const rows = [...out.matchAll(times)];
    if (code !== 0 || !line || rows.length < 2)
      throw new Error(`http-cluster: wrk failed (exit ${code}); its output:\n${out}`);
    const w = JSON.parse(line[1]!) as Record<
      'total' | 'us' | 'p50' | 'p90' | 'p99' | 'max' | 'non2xx' | 'errors',
      number
    >;
    const child2 = rows[1]!;
    const cpuSeconds = Number(child2[1]) * 60 + Number(child2[2]) + Number(child2[3]) * 60 + Number(child2[4]);
    return {
      total: w.total,
      requestsPerSecond: w.total / (w.us / 1e6),
      latencyMs: { p50: w.p50, p90: w.p90, p99: w.p99, max: w.max },
      non2xx: w.non2xx,
      errors: w.errors,
      clientCpuMicros: cpuSeconds * 1e6,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
