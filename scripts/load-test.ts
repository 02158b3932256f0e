/**
 * Load test: the real server on loopback (127.0.0.1 only) under autocannon, with a mix of queries a site gets —
 * plain words, phrases, prefixes, filters, permalinks, speaker pages, HTML and JSON. Reports requests, errors,
 * non-2xx answers, p50/p99 latency and the server's memory before, after, and after a forced GC.
 *
 *   npx tsx scripts/load-test.ts                       # seed corpus, 30 s, 100 connections
 *   npx tsx scripts/load-test.ts --generate 3000       # a generated corpus of 3,000 invented articles
 *   npx tsx scripts/load-test.ts --duration 10 --connections 50 --corpus path/to/corpus
 *
 * Exit status 1 when any request errored or got a non-2xx answer.
 * The server runs in a child process (so its memory is its own), forked with --expose-gc.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

interface Memory {
  rss: number;
  heapUsed: number;
}

type ChildMessage =
  | { type: 'listening'; url: string; quoteIds: string[]; speakerIds: string[]; words: string[]; phrases: string[] }
  | { type: 'memory'; memory: Memory };

const here = fileURLToPath(import.meta.url);
const repo = path.resolve(path.dirname(here), '..');

// ─── the server child ──────────────────────────────────────────────────────────────────────────────────────
async function serveChild(corpusDir: string, indexDir: string): Promise<void> {
  const { startServer } = await import('../src/server.js');
  const running = await startServer({
    port: 0,
    host: '127.0.0.1',
    corpusDir,
    indexDir,
    baseUrl: 'http://127.0.0.1',
    handleSignals: false,
    log: () => {},
  });
  const index = running.index();
  const quotes = [...index.quotes.values()];
  const words = new Set<string>();
  const phrases: string[] = [];
  for (const q of quotes.slice(0, 2_000)) {
    const ws = q.text.toLowerCase().match(/\p{L}{5,}/gu) ?? [];
    for (const w of ws.slice(0, 3)) words.add(w);
    if (ws.length >= 2 && phrases.length < 200) phrases.push(`${ws[0]} ${ws[1]}`);
  }
  const send = (m: ChildMessage) => process.send?.(m);
  process.on('message', (m: { type: string }) => {
    if (m.type === 'memory') {
      (globalThis as { gc?: () => void }).gc?.();
      const u = process.memoryUsage();
      send({ type: 'memory', memory: { rss: u.rss, heapUsed: u.heapUsed } });
    } else if (m.type === 'stop') {
      void running.close().then(() => process.exit(0));
    }
  });
  send({
    type: 'listening',
    url: running.url,
    quoteIds: quotes.slice(0, 500).map((q) => q.id),
    speakerIds: [...index.speakers.keys()].slice(0, 200),
    words: [...words].slice(0, 500),
    phrases,
  });
}

// ─── the driver ────────────────────────────────────────────────────────────────────────────────────────────
const FIRST = [
  'Orla',
  'Bastian',
  'Imke',
  'Caspar',
  'Nadia',
  'Tobiah',
  'Edda',
  'Ruben',
  'Selma',
  'Jory',
  'Wenna',
  'Piet',
];
const LAST = ['Vantreight', 'Quillfeather', 'Marrowby', 'Ostergaard', 'Pellinore', 'Hasselbrink', 'Tarrow', 'Wexley'];
const TOPICS = [
  'ferry timetable',
  'harbour wall',
  'orchard levy',
  'tram depot',
  'library roof',
  'canal lock',
  'market hall',
  'bridge tolls',
];
const VERBS = [
  'reopen',
  'be finished',
  'cost less',
  'need more staff',
  'be repaired',
  'close for a month',
  'pay for itself',
];

/** A corpus of `n` invented articles (no real names or text), dated across two years. */
async function generateCorpus(dir: string, n: number): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2023, 0, 1) + (i % 730) * 86_400_000).toISOString().slice(0, 10);
    const lines = [
      `${TOPICS[i % TOPICS.length]} update ${i}`,
      '',
      `Elmbridge, ${day} – Residents heard about the ${TOPICS[(i * 3) % TOPICS.length]} on Monday.`,
      '',
    ];
    for (let k = 0; k < 4; k++) {
      const j = i * 5 + k;
      lines.push(
        `“The ${TOPICS[j % TOPICS.length]} will ${VERBS[j % VERBS.length]} by ${['spring', 'summer', 'autumn'][j % 3]},” said ${FIRST[j % FIRST.length]} ${LAST[(j >> 2) % LAST.length]}, a councillor.`,
        '',
      );
    }
    await writeFile(path.join(dir, `article-${i}.txt`), lines.join('\n'));
  }
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: path.join(repo, 'corpus') },
      generate: { type: 'string' },
      duration: { type: 'string', default: '30' },
      connections: { type: 'string', default: '100' },
    },
  });
  const work = await mkdtemp(path.join(tmpdir(), 'verbatim-load-'));
  let child: ChildProcess | null = null;
  try {
    let corpusDir = path.resolve(values.corpus);
    if (values.generate) {
      corpusDir = path.join(work, 'corpus');
      await generateCorpus(corpusDir, Number(values.generate));
    }
    const indexDir = path.join(work, 'index');
    process.stderr.write(`load-test: building the index of ${corpusDir}…\n`);
    child = fork(here, ['--serve-child', corpusDir, indexDir], {
      execArgv: ['--expose-gc', '--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    const proc = child;
    const next = <T extends ChildMessage['type']>(type: T) =>
      new Promise<Extract<ChildMessage, { type: T }>>((resolve, reject) => {
        const onMessage = (m: ChildMessage) => {
          if (m.type !== type) return;
          proc.off('message', onMessage);
          resolve(m as Extract<ChildMessage, { type: T }>);
        };
        proc.on('message', onMessage);
        proc.once('exit', (code) => reject(new Error(`load-test: the server exited (${code})`)));
      });
    const ready = await next('listening');
    const memory = async () => {
      const reply = next('memory');
      proc.send({ type: 'memory' });
      return (await reply).memory;
    };

    const pick = <T>(list: T[], i: number): T => list[i % list.length]!;
    const words = ready.words.length > 0 ? ready.words : ['said'];
    const kinds: Array<(i: number) => string> = [
      (i) => `/api/search?q=${encodeURIComponent(pick(words, i))}`,
      (i) => `/api/search?q=${encodeURIComponent(`"${pick(ready.phrases.length ? ready.phrases : words, i)}"`)}`,
      (i) => `/api/search?q=${encodeURIComponent(pick(words, i).slice(0, 4))}`,
      (i) => `/api/search?q=${encodeURIComponent(pick(words, i))}&from=2023-03-01&to=2024-06-30&sort=newest`,
      (i) => `/api/search?speaker=${encodeURIComponent(pick(ready.speakerIds, i))}&sort=newest`,
      (i) => `/?q=${encodeURIComponent(pick(words, i))}`,
      (i) => `/q/${encodeURIComponent(pick(ready.quoteIds, i))}`,
      (i) => `/api/quotes/${encodeURIComponent(pick(ready.quoteIds, i))}`,
      (i) => `/speakers/${encodeURIComponent(pick(ready.speakerIds, i))}`,
      () => '/speakers',
    ];
    let counter = 0;

    // Warm up (JIT, caches) so "before" is the server's steady state, not its cold start.
    await autocannon({
      url: ready.url,
      connections: 10,
      duration: 3,
      requests: [{ setupRequest: (req) => ({ ...req, path: kinds[counter % kinds.length]!(counter++) }) }],
    });
    const before = await memory();

    const duration = Number(values.duration);
    const connections = Number(values.connections);
    process.stderr.write(`load-test: ${connections} connections for ${duration} s against ${ready.url}…\n`);
    const result = await autocannon({
      url: ready.url,
      connections,
      duration,
      requests: [{ setupRequest: (req) => ({ ...req, path: kinds[counter % kinds.length]!(counter++) }) }],
    });
    const rssAfter = (await memory()).rss;
    // Let the server settle, then measure again after a forced GC: memory should return to near "before".
    await new Promise((r) => setTimeout(r, 2_000));
    const afterGc = await memory();

    // autocannon counts timeouts among its errors.
    const errors = result.errors;
    const lines = [
      `corpus:      ${values.generate ? `${values.generate} generated articles` : corpusDir}`,
      `load:        ${connections} connections, ${duration} s, ${kinds.length} request kinds (plain, phrase, prefix, filters, speaker filter, HTML search, permalink page + API, speaker page, speaker list)`,
      `requests:    ${result.requests.total.toLocaleString('en-GB')} (${Math.round(result.requests.average).toLocaleString('en-GB')} req/s)`,
      `errors:      ${errors} (of which timeouts ${result.timeouts})`,
      `non-2xx:     ${result.non2xx}`,
      `latency:     p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`,
      `server RSS:  before ${mb(before.rss)}, after ${mb(rssAfter)}, after GC ${mb(afterGc.rss)} (heap ${mb(before.heapUsed)} → ${mb(afterGc.heapUsed)})`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    proc.send({ type: 'stop' });
    return errors > 0 || result.non2xx > 0 ? 1 : 0;
  } finally {
    if (child && child.exitCode === null) await new Promise((r) => child!.once('exit', r));
    await rm(work, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--serve-child') {
  serveChild(process.argv[3]!, process.argv[4]!).catch((error: unknown) => {
    process.stderr.write(`load-test server: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
} else {
  main().then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
