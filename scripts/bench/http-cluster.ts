/**
 * `/api/search` served by several processes at once, as `WEB_CONCURRENCY` serves it (src/server-cluster.ts):
 * node:cluster workers each load the same built index and serve the app on one shared loopback port; this
 * primary loads them with autocannon (same machine, same cores) over the benchmark's request paths, and
 * reports requests per second, latency, and the workers' CPU time per request (process.cpuUsage, summed).
 * `--cache-mb 0` (the default) turns the answer cache off: every request is searched.
 *
 *   tsx scripts/bench/http-cluster.ts --index /tmp/x/100k/index --paths /tmp/x/100k/paths.json \
 *       [--workers 2] [--seconds 10] [--connections 10] [--cache-mb 0] [--warm-seconds 3] [--profile DIR]
 *
 * `--profile DIR`: each worker's CPU profile of the measured seconds only (after the warm-up), written to
 * DIR/worker-N.cpuprofile (read it with profile-top.ts).
 */
import cluster from 'node:cluster';
import { readFile, writeFile } from 'node:fs/promises';
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
  let next = Math.floor(paths.length / 2);
  const run = (duration: number) =>
    autocannon({
      url: `http://127.0.0.1:${port}`,
      connections,
      duration,
      requests: [{ setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }) }],
    });
  if (warmSeconds > 0) await run(warmSeconds);
  const load = (): number[] => os.loadavg().map((x) => Math.round(x * 100) / 100);
  const loadBefore = load();
  const cpuBefore = await cpuAll();
  const own = process.cpuUsage();
  const result = await run(seconds);
  const ownUsed = process.cpuUsage(own);
  const cpuAfter = await cpuAll();
  const serverMicros = cpuAfter.micros - cpuBefore.micros;
  const serverSystemMicros = cpuAfter.system - cpuBefore.system;
  const total = result.requests.total;
  process.stdout.write(
    `${JSON.stringify({
      kind: 'http-cluster',
      workers,
      connections,
      seconds,
      cacheMb: Number(flags.get('cache-mb') ?? 0),
      requestsPerSecond: result.requests.average,
      total,
      latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
      non2xx: result.non2xx,
      errors: result.errors,
      serverCpuMsPerRequest: serverMicros / 1000 / Math.max(1, total),
      // Of which in the kernel (socket reads and writes, record reads).
      serverSystemCpuMsPerRequest: serverSystemMicros / 1000 / Math.max(1, total),
      loadGeneratorCpuMsPerRequest: (ownUsed.user + ownUsed.system) / 1000 / Math.max(1, total),
      loadAverage: { before: loadBefore, after: load() },
    })}\n`,
  );
  for (const w of forked) w.send({ type: 'exit' });
}
