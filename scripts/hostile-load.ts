/**
 * Hostile-load measurement (loopback only, bounded): costly requests one at a time (server CPU each),
 * `/api/health` latency while several run at once, and server memory over rounds of distinct queries.
 *
 *   npx tsx scripts/hostile-load.ts --index /tmp/x/index [--src src] [--in-flight 5] [--seconds 10]
 *                                   [--rounds 4] [--round-seconds 15] [--connections 8]
 *
 * `--src` picks the source tree the server runs (another checkout's `src`, to measure before/after).
 * The server is a child process on 127.0.0.1 with an internal `/__stats` route (CPU, memory after GC).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request as httpRequest } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';

const argv = process.argv.slice(2);
const flag = (name: string, fallback: string): string => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : fallback;
};

/** Child mode: load the index with the chosen source tree and listen on loopback. */
async function serve(): Promise<void> {
  const src = path.resolve(flag('src', 'src'));
  const { loadIndex } = (await import(pathToFileURL(path.join(src, 'index', 'index.ts')).href)) as {
    loadIndex: (dir: string) => Promise<unknown>;
  };
  const { createApp } = (await import(pathToFileURL(path.join(src, 'web', 'app.ts')).href)) as {
    createApp: (i: unknown, o: object) => (req: unknown, res: unknown) => void;
  };
  const index = await loadIndex(path.resolve(flag('index', '')));
  const app = createApp(index, { log: () => {} });
  const server = createServer((req, res) => {
    if (req.url?.startsWith('/__stats')) {
      if (req.url.includes('gc=1')) (globalThis as { gc?: () => void }).gc?.();
      const m = process.memoryUsage();
      res.setHeader('Content-Type', 'application/json');
      res.end(
        JSON.stringify({
          cpu: process.cpuUsage(),
          rss: m.rss,
          heap: m.heapUsed,
          external: m.external,
          arrayBuffers: m.arrayBuffers,
        }),
      );
      return;
    }
    app(req, res);
  });
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`);
  });
}

interface Answer {
  status: number;
  ms: number;
  bytes: number;
}

function get(port: number, pathName: string, timeoutMs = 120_000): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: pathName, agent: false, timeout: timeoutMs }, (res) => {
      let bytes = 0;
      res.on('data', (c: Buffer) => (bytes += c.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - started, bytes }));
      res.on('error', () => resolve({ status: -1, ms: performance.now() - started, bytes }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: -1, ms: performance.now() - started, bytes: 0 }));
    req.end();
  });
}

interface ServerStats {
  cpu: { user: number; system: number };
  rss: number;
  heap: number;
  arrayBuffers: number;
}

async function stats(port: number, gc = false): Promise<ServerStats> {
  return new Promise((resolve, reject) => {
    httpRequest({ host: '127.0.0.1', port, path: `/__stats${gc ? '?gc=1' : ''}`, agent: false }, (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve(JSON.parse(text) as ServerStats));
    })
      .on('error', reject)
      .end();
  });
}

const q = (s: string): string => encodeURIComponent(s);
const COMMON = [
  'the',
  'said',
  'government',
  'people',
  'new',
  'year',
  'minister',
  'time',
  'country',
  'president',
  'state',
  'world',
  'police',
  'war',
  'security',
  'public',
  'health',
  'economy',
  'support',
  'law',
  'city',
  'party',
  'court',
  'work',
  'family',
  'election',
  'money',
  'market',
  'school',
  'energy',
  'water',
  'plan',
];
const phrases16 = Array.from(
  { length: 16 },
  (_, i) => `-"${COMMON[i % COMMON.length]} ${COMMON[(i + 5) % COMMON.length]}"`,
).join(' ');
const HOSTILE: Array<[string, string]> = [
  ['export.csv, 16 excluded phrases only', `/export.csv?q=${q(phrases16)}`],
  ['api/search, 32 excluded words only', `/api/search?q=${q(COMMON.map((w) => `-${w}`).join(' '))}`],
  ['api/search, 32 common words', `/api/search?q=${q(COMMON.join(' '))}`],
  ['api/search, 16 phrases of common words', `/api/search?q=${q(phrases16.replace(/-"/g, '"'))}`],
  ['export.csv, one common word (10,000 rows)', `/export.csv?q=said`],
  ['export.jsonl, everything (10,000 rows)', `/export.jsonl`],
  ['api/search, 33 terms (refused now)', `/api/search?q=${q([...COMMON, 'extra'].join(' '))}`],
  ['feed.atom, excluded phrases', `/feed.atom?q=${q(phrases16)}`],
];

async function measure(): Promise<void> {
  const index = flag('index', '');
  if (!index) throw new Error('hostile-load: give --index <built index folder>');
  const inFlight = Number(flag('in-flight', '5'));
  const seconds = Number(flag('seconds', '10'));
  const rounds = Number(flag('rounds', '4'));
  const roundSeconds = Number(flag('round-seconds', '15'));
  const connections = Number(flag('connections', '8'));
  const self = path.resolve(process.argv[1]!);
  const child: ChildProcess = spawn(
    process.execPath,
    [
      '--expose-gc',
      '--max-old-space-size=4096',
      '--import',
      'tsx',
      self,
      '--serve',
      '--index',
      index,
      '--src',
      flag('src', 'src'),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
    const port = await new Promise<number>((resolve, reject) => {
      createInterface({ input: child.stdout! }).once('line', (line) =>
        resolve((JSON.parse(line) as { port: number }).port),
      );
      child.once('exit', (code) => reject(new Error(`hostile-load: server exited (${code})`)));
    });
    const out = (record: object): void =>
      void process.stdout.write(
        `${JSON.stringify({ ...record, load: os.loadavg().map((x) => Math.round(x * 100) / 100) })}\n`,
      );
    await get(port, '/api/search?q=warmup');

    // 1. Each costly request alone: the server's CPU for it.
    for (const [name, url] of HOSTILE) {
      const before = await stats(port);
      const answer = await get(port, url);
      const after = await stats(port);
      const cpuMs = (after.cpu.user + after.cpu.system - before.cpu.user - before.cpu.system) / 1000;
      out({
        phase: 'alone',
        name,
        status: answer.status,
        cpuMs: Math.round(cpuMs),
        wallMs: Math.round(answer.ms),
        bytes: answer.bytes,
      });
    }

    // 2. `inFlight` costly requests at all times for `seconds`; /api/health every 100 ms meanwhile.
    const until = performance.now() + seconds * 1000;
    const statuses = new Map<number, number>();
    const hostile = Array.from({ length: inFlight }, async (_, w) => {
      for (let i = w; performance.now() < until; i++) {
        const a = await get(port, HOSTILE[i % 4 === 3 ? 0 : i % 4]![1]);
        statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
      }
    });
    const health: number[] = [];
    const healthErrors: number[] = [];
    while (performance.now() < until) {
      const a = await get(port, '/api/health', 60_000);
      if (a.status === 200) health.push(a.ms);
      else healthErrors.push(a.status);
      await new Promise((r) => setTimeout(r, 100));
    }
    await Promise.all(hostile);
    health.sort((a, b) => a - b);
    out({
      phase: 'health-under-load',
      inFlight,
      seconds,
      healthAnswers: health.length,
      healthErrors: healthErrors.length,
      p50Ms: Math.round(health[Math.floor(health.length / 2)] ?? -1),
      p99Ms: Math.round(health[Math.floor(health.length * 0.99)] ?? -1),
      maxMs: Math.round(health.at(-1) ?? -1),
      hostileStatuses: Object.fromEntries(statuses),
    });

    // 3. Rounds of distinct queries (words with a suffix nobody indexed, half of them): memory after each, after GC.
    const base = await stats(port, true);
    out({
      phase: 'memory',
      round: 0,
      rssMb: Math.round(base.rss / 2 ** 20),
      heapMb: Math.round(base.heap / 2 ** 20),
      arrayBuffersMb: Math.round(base.arrayBuffers / 2 ** 20),
    });
    let n = 0;
    for (let round = 1; round <= rounds; round++) {
      const end = performance.now() + roundSeconds * 1000;
      let done = 0;
      await Promise.all(
        Array.from({ length: connections }, async () => {
          while (performance.now() < end) {
            const k = n++;
            const words = `${COMMON[k % COMMON.length]} ${k % 2 ? `zq${k.toString(36)}x` : COMMON[(k * 7) % COMMON.length]}`;
            await get(port, `/api/search?q=${q(words)}&page=${1 + (k % 3)}`);
            done++;
          }
        }),
      );
      const s = await stats(port, true);
      out({
        phase: 'memory',
        round,
        requests: done,
        rssMb: Math.round(s.rss / 2 ** 20),
        heapMb: Math.round(s.heap / 2 ** 20),
        arrayBuffersMb: Math.round(s.arrayBuffers / 2 ** 20),
      });
    }
  } finally {
    child.kill('SIGTERM');
  }
}

if (argv.includes('--serve')) await serve();
else await measure();
