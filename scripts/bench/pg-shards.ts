/**
 * One ingest process against two shard processes at once, for this checkout and another (`--other`, e.g. /work/main):
 * each run loads the corpus into a fresh database with `verbatim index --shard 1/1` (ingest alone, no finalize) or
 * `--shard 1/2` and `--shard 2/2` at once, the extraction read from `--extract-cache` (filled before: nothing is
 * extracted). GNU time gives each process's wall and CPU seconds (user + system); the server's are read from /proc (below).
 * The sides alternate A B B A for `--rounds` rounds; medians are printed, with the load average before and after.
 *
 *   npx tsx scripts/bench/pg-shards.ts --corpus DIR --extract-cache FILE [--other CHECKOUT] [--rounds 1]
 *       [--url postgres://postgres@127.0.0.1:5432/test] [--dist] [--start-runs 3]
 *
 * `--dist` runs each checkout's compiled command (`bin/verbatim.js`, what an installed `verbatim` runs; build it
 * first with `npm run build`) instead of its sources through tsx, whose start costs about 0.5 s more CPU a process.
 * Both forms key the extraction cache alike, so one cache serves both.
 *
 * Where the time goes: the database's CPU is read from /proc for the server processes serving the run's database
 * (sampled every 50 ms through pg_stat_activity, so at most 50 ms of a connection's last moment is missed), and the
 * server's shared processes (WAL writer, checkpointer, background writer; these also serve other databases, so they
 * are reported apart). Each round also times `--start-runs` processes of `verbatim index --shard 1/2` over an empty
 * corpus folder into a migrated database: Node's start, loading the command's modules, connecting, `db migrate`'s
 * check and the exit, what every process pays whatever its share. The summary splits one process's and two shards'
 * CPU into that start, the rest of the client and the server, and says what the shards would take with the server on
 * cores of its own (two machines: each shard's process then has a core, the wall time its own CPU time).
 *
 *   npx tsx scripts/bench/pg-shards.ts --help
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { readFlags, repoRoot } from './args.js';
import { loadavg, processCpuSeconds } from './pg-common.js';

const KNOWN = new Set(['corpus', 'extract-cache', 'other', 'rounds', 'url', 'dist', 'start-runs', 'help']);
const flags = readFlags(process.argv.slice(2));
if (flags.has('help')) {
  const source = await readFile(new URL(import.meta.url), 'utf8');
  console.log(/\/\*\*\n([\s\S]*?)\*\//.exec(source)![1]!.replace(/^ \* ?/gm, ''));
  process.exit(0);
}
for (const name of flags.keys())
  if (!KNOWN.has(name)) throw new Error(`pg-shards: unknown option --${name} (see --help)`);
const corpus = flags.get('corpus');
const cache = flags.get('extract-cache');
if (!corpus || !cache) throw new Error('pg-shards: --corpus DIR and --extract-cache FILE are required');
const other = flags.get('other') ? path.resolve(flags.get('other')!) : null;
const rounds = Number(flags.get('rounds') ?? 1);
const adminUrl = flags.get('url') ?? 'postgres://postgres@127.0.0.1:5432/test';
const dist = flags.has('dist');
const startRuns = Number(flags.get('start-runs') ?? 3);

interface Proc {
  wall: number;
  cpu: number;
  stdout: string;
}

function urlOf(name: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

async function verbatim(root: string, args: string[], url: string): Promise<Proc> {
  const timeFile = path.join(os.tmpdir(), `pg-shards-${randomBytes(5).toString('hex')}`);
  const stdout = await new Promise<string>((resolve, reject) =>
    execFile(
      '/usr/bin/time',
      [
        '-f',
        '%e %U %S',
        '-o',
        timeFile,
        process.execPath,
        ...(dist ? [path.join(root, 'bin/verbatim.js')] : ['--import', 'tsx', path.join(root, 'src/cli/main.ts')]),
        ...args,
      ],
      { cwd: root, env: { ...process.env, DATABASE_URL: url }, maxBuffer: 1 << 24 },
      (error, out, stderr) => (error ? reject(new Error(`pg-shards: ${args.join(' ')}: ${stderr}`)) : resolve(out)),
    ),
  );
  const [wall, user, sys] = (await readFile(timeFile, 'utf8')).trim().split('\n').pop()!.split(' ').map(Number);
  await rm(timeFile, { force: true });
  return { wall: wall!, cpu: user! + sys!, stdout };
}

/** CPU seconds of server processes, sampled: the most each process was seen to have used. */
class ServerCpu {
  private readonly seen = new Map<number, { type: string; cpu: number; first: number }>();
  private timer: NodeJS.Timeout | null = null;
  private sampling: Promise<void> = Promise.resolve();

  constructor(
    private readonly client: pg.Client,
    private readonly database: string,
  ) {}

  private async sample(): Promise<void> {
    const rows = (
      await this.client.query<{ pid: number; backend_type: string; datname: string | null }>(
        `SELECT pid, backend_type, datname FROM pg_stat_activity
         WHERE (datname = $1 OR backend_type IN ('walwriter', 'checkpointer', 'background writer')) AND pid <> pg_backend_pid()`,
        [this.database],
      )
    ).rows;
    for (const r of rows) {
      const cpu = await processCpuSeconds(r.pid);
      if (cpu === null) continue;
      const had = this.seen.get(r.pid);
      if (had) had.cpu = Math.max(had.cpu, cpu);
      // A shared process had its CPU before the run: only what it adds counts.
      else
        this.seen.set(r.pid, {
          type: r.datname === null ? r.backend_type : 'database',
          cpu,
          first: r.datname === null ? cpu : 0,
        });
    }
  }

  start(): void {
    this.timer = setInterval(() => {
      this.sampling = this.sampling.then(() => this.sample()).catch(() => undefined);
    }, 50);
  }

  /** The run's database's processes (its connections, autovacuum) and the shared ones, in CPU seconds. */
  async stop(): Promise<{ database: number; shared: number }> {
    clearInterval(this.timer!);
    await this.sampling;
    await this.sample();
    let database = 0;
    let shared = 0;
    for (const p of this.seen.values())
      if (p.type === 'database') database += p.cpu;
      else shared += p.cpu - p.first;
    return { database, shared };
  }
}

interface Run {
  wall: number;
  procs: Proc[];
  articles: number;
  server: { database: number; shared: number };
}

/** One ingest of the corpus into a fresh database by `shards` processes at once. */
async function ingest(root: string, shards: number, from = corpus!): Promise<Run> {
  const name = `pg_shards_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const watcher = new pg.Client({ connectionString: adminUrl });
  await watcher.connect();
  try {
    const url = urlOf(name);
    await verbatim(root, ['db', 'migrate'], url);
    const server = new ServerCpu(watcher, name);
    server.start();
    const t = performance.now();
    const procs = await Promise.all(
      Array.from({ length: shards }, (_, i) =>
        verbatim(root, ['index', '--corpus', from, '--extract-cache', cache!, '--shard', `${i + 1}/${shards}`], url),
      ),
    );
    const wall = (performance.now() - t) / 1000;
    const serverCpu = await server.stop();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const articles = Number((await c.query<{ n: string }>('SELECT count(*) AS n FROM articles')).rows[0]!.n);
    await c.end();
    for (const p of procs) {
      const loaded = Number(/^ingested \(shard [^)]*\) (\d+) articles/m.exec(p.stdout)?.[1] ?? 0);
      const cached = Number(/(\d+) articles from the extraction cache/.exec(p.stdout)?.[1] ?? 0);
      if (cached < loaded) console.log(`note: a process extracted ${loaded - cached} articles: the cache lacked them`);
    }
    return { wall, procs, articles, server: serverCpu };
  } finally {
    await watcher.end();
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
}

const sides: Record<string, string> = other ? { A: repoRoot, B: other } : { A: repoRoot };
const results = new Map<string, Run[]>();
const starts = new Map<string, number[]>();
const empty = await mkdtemp(path.join(os.tmpdir(), 'pg-shards-empty-'));
const cpuText = (run: Run) => run.procs.map((p) => p.cpu.toFixed(2)).join(' + ');
console.log(`load before: ${await loadavg()}`);
for (let r = 0; r < rounds; r++) {
  const order = other ? (r % 2 === 0 ? ['A', 'B', 'B', 'A'] : ['B', 'A', 'A', 'B']) : ['A'];
  for (const side of order) {
    for (const shards of [1, 2]) {
      const run = await ingest(sides[side]!, shards);
      const key = `${side} ${shards}`;
      results.set(key, [...(results.get(key) ?? []), run]);
      console.log(
        `${key} shard(s): wall ${run.wall.toFixed(2)} s, CPU ${cpuText(run)} s, server ${run.server.database.toFixed(2)} s ` +
          `(+ shared ${run.server.shared.toFixed(2)} s), ${run.articles} articles; load ${await loadavg()}\n  ` +
          run.procs.map((p) => p.stdout.trim().split('\n')[0]).join('\n  '),
      );
    }
  }
  // The start every process pays: an empty corpus folder, as shard 1 of 2.
  for (const side of Object.keys(sides))
    for (let k = 0; k < startRuns; k++) {
      const run = await ingest(sides[side]!, 1, empty);
      starts.set(side, [...(starts.get(side) ?? []), run.procs[0]!.cpu]);
    }
}
await rm(empty, { recursive: true, force: true });
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (a: number, b: number) => `${Math.round((100 * a) / b)} %`;
for (const side of Object.keys(sides)) {
  const one = results.get(`${side} 1`)!;
  const two = results.get(`${side} 2`)!;
  const oneWall = median(one.map((x) => x.wall));
  const oneCpu = median(one.map((x) => x.procs[0]!.cpu));
  const oneServer = median(one.map((x) => x.server.database));
  const twoWall = median(two.map((x) => x.wall));
  const twoCpu = median(two.map((x) => Math.max(...x.procs.map((p) => p.cpu))));
  const twoSum = median(two.map((x) => x.procs.reduce((sum, p) => sum + p.cpu, 0)));
  const twoServer = median(two.map((x) => x.server.database));
  const start = starts.size > 0 ? median(starts.get(side)!) : NaN;
  console.log(
    `${side} (${sides[side]}): one process wall ${oneWall.toFixed(2)} s, CPU ${oneCpu.toFixed(2)} s; two shards wall ` +
      `${twoWall.toFixed(2)} s (${pct(twoWall, oneWall)}), the busier shard's CPU ${twoCpu.toFixed(2)} s (${pct(twoCpu, oneCpu)})\n` +
      `  where the CPU goes (medians): a process's start ${start.toFixed(2)} s (empty corpus, ${startRuns} a round); ` +
      `one process: start ${start.toFixed(2)} + the rest of the client ${(oneCpu - start).toFixed(2)} + server ${oneServer.toFixed(2)} s; ` +
      `two shards: starts ${(2 * start).toFixed(2)} + the rest ${(twoSum - 2 * start).toFixed(2)} + server ${twoServer.toFixed(2)} s\n` +
      `  on these two cores, two shards need at least (clients + server) / 2 = ${((twoSum + twoServer) / 2).toFixed(2)} s ` +
      `(${pct((twoSum + twoServer) / 2, oneWall)} of one process's wall); with the server on cores of its own, about ` +
      `the busier shard's CPU against one process's: ${pct(twoCpu, oneCpu)}`,
  );
}
console.log(`load after: ${await loadavg()}`);
