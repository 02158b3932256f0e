/**
 * One ingest process against two shard processes at once, for this checkout and another (`--other`, e.g. /work/main):
 * each run loads the corpus into a fresh database with `verbatim index --shard 1/1` (ingest alone, no finalize) or
 * `--shard 1/2` and `--shard 2/2` at once, the extraction read from `--extract-cache` (filled before: nothing is
 * extracted). GNU time gives each process's wall and CPU seconds (user + system); the server's CPU is not counted.
 * The sides alternate A B B A for `--rounds` rounds; medians are printed, with the load average before and after.
 *
 *   npx tsx scripts/bench/pg-shards.ts --corpus DIR --extract-cache FILE [--other CHECKOUT] [--rounds 1]
 *       [--url postgres://postgres@127.0.0.1:5432/test] [--dist]
 *
 * `--dist` runs each checkout's compiled command (`bin/verbatim.js`, what an installed `verbatim` runs; build it
 * first with `npm run build`) instead of its sources through tsx, whose start costs about 0.5 s more CPU a process.
 * Both forms key the extraction cache alike, so one cache serves both.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { readFlags, repoRoot } from './args.js';
import { loadavg } from './pg-common.js';

const flags = readFlags(process.argv.slice(2));
const corpus = flags.get('corpus');
const cache = flags.get('extract-cache');
if (!corpus || !cache) throw new Error('pg-shards: --corpus DIR and --extract-cache FILE are required');
const other = flags.get('other') ? path.resolve(flags.get('other')!) : null;
const rounds = Number(flags.get('rounds') ?? 1);
const adminUrl = flags.get('url') ?? 'postgres://postgres@127.0.0.1:5432/test';
const dist = flags.has('dist');

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

/** One ingest of the corpus into a fresh database by `shards` processes at once. */
async function ingest(root: string, shards: number): Promise<{ wall: number; procs: Proc[]; articles: number }> {
  const name = `pg_shards_${randomBytes(4).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  try {
    const url = urlOf(name);
    await verbatim(root, ['db', 'migrate'], url);
    const t = performance.now();
    const procs = await Promise.all(
      Array.from({ length: shards }, (_, i) =>
        verbatim(root, ['index', '--corpus', corpus!, '--extract-cache', cache!, '--shard', `${i + 1}/${shards}`], url),
      ),
    );
    const wall = (performance.now() - t) / 1000;
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    const articles = Number((await c.query<{ n: string }>('SELECT count(*) AS n FROM articles')).rows[0]!.n);
    await c.end();
    for (const p of procs)
      if (!/ 0 articles from the extraction cache| \(0\.0 s extracting/.test(p.stdout) && /extracting/.test(p.stdout)) {
        const extracting = Number(/\(([\d.]+) s extracting/.exec(p.stdout)?.[1] ?? 0);
        if (extracting > 1) console.log(`note: a process extracted (${extracting} s): the cache lacked articles`);
      }
    return { wall, procs, articles };
  } finally {
    await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  }
}

const sides: Record<string, string> = other ? { A: repoRoot, B: other } : { A: repoRoot };
const results = new Map<string, Array<{ wall: number; cpus: number[]; articles: number }>>();
console.log(`load before: ${await loadavg()}`);
for (let r = 0; r < rounds; r++) {
  const order = other ? (r % 2 === 0 ? ['A', 'B', 'B', 'A'] : ['B', 'A', 'A', 'B']) : ['A'];
  for (const side of order) {
    for (const shards of [1, 2]) {
      const run = await ingest(sides[side]!, shards);
      const key = `${side} ${shards}`;
      results.set(key, [
        ...(results.get(key) ?? []),
        { wall: run.wall, cpus: run.procs.map((p) => p.cpu), articles: run.articles },
      ]);
      console.log(
        `${key} shard(s): wall ${run.wall.toFixed(2)} s, CPU ${run.procs.map((p) => p.cpu.toFixed(2)).join(' + ')} s, ` +
          `${run.articles} articles; load ${await loadavg()}\n  ${run.procs.map((p) => p.stdout.trim().split('\n')[0]).join('\n  ')}`,
      );
    }
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const side of Object.keys(sides)) {
  const one = results.get(`${side} 1`)!;
  const two = results.get(`${side} 2`)!;
  const oneWall = median(one.map((x) => x.wall));
  const oneCpu = median(one.map((x) => x.cpus[0]!));
  const twoWall = median(two.map((x) => x.wall));
  const twoCpu = median(two.map((x) => Math.max(...x.cpus)));
  console.log(
    `${side} (${sides[side]}): one process wall ${oneWall.toFixed(2)} s, CPU ${oneCpu.toFixed(2)} s; two shards wall ` +
      `${twoWall.toFixed(2)} s (${Math.round((100 * twoWall) / oneWall)} %), the busier shard's CPU ${twoCpu.toFixed(2)} s ` +
      `(${Math.round((100 * twoCpu) / oneCpu)} %)`,
  );
}
console.log(`load after: ${await loadavg()}`);
