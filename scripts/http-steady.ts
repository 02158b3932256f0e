/**
 * `/api/search` under autocannon in two phases over a built index, with the server's own CPU time per request:
 * one pass over every request path (with the answer cache on, all misses), then a timed run cycling through them
 * again (with the cache on and large enough, all hits). The server is a child process so its CPU time is its own.
 *
 *   tsx scripts/http-steady.ts --index /tmp/vb/100k/index --paths /tmp/vb/100k/paths.json [--cache-mb 128] [--seconds 10]
 *
 * `--paths` is the JSON list of `/api/search?…` paths that `npm run bench` writes beside a kept index.
 */
import { fork } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

type Child =
  | { type: 'listening'; port: number }
  | { type: 'cpu'; requests: number; cpuMicros: number; wallMs: number; rssBytes: number };

async function serveChild(indexDir: string, cacheBytes: number): Promise<void> {
  const { createServer } = await import('node:http');
  const { loadIndex } = await import('../src/store/index.js');
  const { createApp } = await import('../src/web/app.js');
  const app = createApp(await loadIndex(indexDir), {
    log: (m) => process.stderr.write(`${m}\n`),
    searchCacheBytes: cacheBytes,
  });
  let requests = 0;
  let cpu = process.cpuUsage();
  let since = performance.now();
  const server = createServer((req, res) => {
    requests++;
    app(req, res);
  });
  server.keepAliveTimeout = 10_000;
  process.on('message', (m: { type: string }) => {
    if (m.type === 'cpu') {
      const used = process.cpuUsage(cpu);
      process.send?.({
        type: 'cpu',
        requests,
        cpuMicros: used.user + used.system,
        wallMs: performance.now() - since,
        rssBytes: process.memoryUsage().rss,
      } satisfies Child);
      requests = 0;
      cpu = process.cpuUsage();
      since = performance.now();
    } else if (m.type === 'stop') {
      server.closeAllConnections();
      server.close(() => process.exit(0));
    }
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.send?.({
      type: 'listening',
      port: typeof address === 'object' && address ? address.port : 0,
    } satisfies Child);
  });
}

async function drive(): Promise<void> {
  const { values } = parseArgs({
    options: {
      index: { type: 'string' },
      paths: { type: 'string' },
      'cache-mb': { type: 'string', default: '128' },
      seconds: { type: 'string', default: '10' },
      connections: { type: 'string', default: '10' },
    },
  });
  if (!values.index || !values.paths) throw new Error('http-steady: give --index <dir> and --paths <file>');
  const paths = JSON.parse(await readFile(values.paths, 'utf8')) as string[];
  const child = fork(
    fileURLToPath(import.meta.url),
    ['--child', values.index, String(Number(values['cache-mb']) * 2 ** 20)],
    { execArgv: ['--import', 'tsx'] },
  );
  const messages: Child[] = [];
  let waiting: ((m: Child) => void) | null = null;
  child.on('message', (m: Child) => (waiting ? waiting(m) : messages.push(m)));
  const next = () =>
    new Promise<Child>((resolve) =>
      messages.length ? resolve(messages.shift()!) : (waiting = (m) => ((waiting = null), resolve(m))),
    );
  const ready = await next();
  if (ready.type !== 'listening') throw new Error('http-steady: server child did not start');
  const load = () =>
    os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
  const run = async (opts: { amount?: number; duration?: number }) => {
    let i = 0;
    const r = await autocannon({
      url: `http://127.0.0.1:${ready.port}`,
      connections: Number(values.connections),
      ...opts,
      requests: [{ setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }],
    });
    child.send({ type: 'cpu' });
    const cpu = await next();
    if (cpu.type !== 'cpu') throw new Error('http-steady: no CPU figures');
    return (
      `${Math.round(r.requests.average)} req/s, latency p50/p90/p99 ${r.latency.p50}/${r.latency.p90}/${r.latency.p99} ms, non-2xx ${r.non2xx}, errors ${r.errors}; ` +
      `server ${Math.round(cpu.cpuMicros / Math.max(1, cpu.requests))} us CPU a request, ${Math.round(cpu.cpuMicros / 10 / cpu.wallMs)}% of a core, RSS ${Math.round(cpu.rssBytes / 2 ** 20)} MB; load average ${load()}`
    );
  };
  child.send({ type: 'cpu' });
  await next();
  console.log(
    `cache ${values['cache-mb']} MB, ${paths.length} paths, ${values.connections} connections, load average ${load()}`,
  );
  console.log(`first pass (each path once): ${await run({ amount: paths.length })}`);
  console.log(`timed run (${values.seconds} s, cycling): ${await run({ duration: Number(values.seconds) })}`);
  child.send({ type: 'stop' });
}

if (process.argv[2] === '--child') await serveChild(process.argv[3]!, Number(process.argv[4]));
else await drive();
