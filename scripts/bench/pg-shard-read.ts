/**
 * What one shard of an ingest pays to read a corpus, this checkout against another (`--other`, e.g. /work/main):
 * the shard's read as that checkout's ingest does it (`readShard` of src/backend/postgres/shard-read.ts where the
 * checkout has it: its own files and lines only; before it, `loadCorpus` of the whole folder with a filter by the
 * backend's `shardOf` of each article id), each load in a child
 * process of its own, the sides alternated A B B A for `--rounds` rounds. Prints per side and shard the median wall
 * seconds and the child's CPU seconds (user + system: what the machine's load changes least), and checks that both
 * sides load the same articles at the same places.
 *
 *   npx tsx scripts/bench/pg-shard-read.ts --corpus DIR [--other CHECKOUT] [--shards 2] [--rounds 2]
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFlags, repoRoot } from './args.js';
import { loadavg } from './pg-common.js';

const flags = readFlags(process.argv.slice(2));

if (flags.has('child')) {
  // One load: --child ROOT --corpus DIR --shard i/n (0-based i; n 1 for the whole corpus, as one process reads it).
  const root = flags.get('child')!;
  const [i, n] = flags.get('shard')!.split('/').map(Number) as [number, number];
  const corpus = (await import(
    pathToFileURL(path.join(root, 'src/corpus/index.ts')).href
  )) as typeof import('../../src/corpus/index.js');
  const { shardOf } = (await import(
    pathToFileURL(path.join(root, 'src/backend/postgres/ingest.ts')).href
  )) as typeof import('../../src/backend/postgres/ingest.js');
  const shardRead = existsSync(path.join(root, 'src/backend/postgres/shard-read.ts'))
    ? ((await import(
        pathToFileURL(path.join(root, 'src/backend/postgres/shard-read.ts')).href
      )) as typeof import('../../src/backend/postgres/shard-read.js'))
    : null;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const load = shardRead
    ? await shardRead.readShard(flags.get('corpus')!, { index: i, count: n })
    : await corpus.loadCorpus(flags.get('corpus')!, { keepArticle: (id) => n === 1 || shardOf(id, n) === i });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const { createHash } = await import('node:crypto');
  const digest = createHash('sha256')
    .update(JSON.stringify(load.articles.map((a) => a.id).sort()))
    .digest('hex')
    .slice(0, 12);
  process.stdout.write(
    JSON.stringify({
      seconds,
      cpu: (cpu.user + cpu.system) / 1e6,
      articles: load.articles.length,
      problems: load.problems.length,
      digest,
    }),
  );
  process.exit(0);
}

const corpusDir = flags.get('corpus');
if (!corpusDir) throw new Error('pg-shard-read: --corpus DIR is required');
const other = flags.get('other') ? path.resolve(flags.get('other')!) : null;
const shards = Number(flags.get('shards') ?? 2);
const rounds = Number(flags.get('rounds') ?? 2);
if (!Number.isInteger(shards) || shards < 1)
  throw new Error(`pg-shard-read: --shards '${flags.get('shards')}' is not a count`);
if (!Number.isInteger(rounds) || rounds < 1)
  throw new Error(`pg-shard-read: --rounds '${flags.get('rounds')}' is not a count`);

interface Run {
  seconds: number;
  cpu: number;
  articles: number;
  problems: number;
  digest: string;
}

function child(root: string, shard: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(repoRoot, 'scripts/bench/pg-shard-read.ts'),
        '--child',
        root,
        '--corpus',
        corpusDir!,
        '--shard',
        shard,
      ],
      { cwd: repoRoot, maxBuffer: 1 << 24 },
      (error, stdout, stderr) =>
        error
          ? reject(new Error(`pg-shard-read: a load failed: ${stderr || error.message}`))
          : resolve(JSON.parse(stdout) as Run),
    );
  });
}

const sides = other ? { A: repoRoot, B: other } : { A: repoRoot };
const loads = ['0/1', ...Array.from({ length: shards }, (_, i) => `${i}/${shards}`)];
const runs = new Map<string, Run[]>();
console.log(`load before: ${await loadavg()}`);
for (let r = 0; r < rounds; r++) {
  const order = other ? (r % 2 === 0 ? ['A', 'B', 'B', 'A'] : ['B', 'A', 'A', 'B']) : ['A'];
  for (const side of order) {
    for (const shard of loads) {
      const run = await child(sides[side as 'A'], shard);
      const key = `${side} ${shard}`;
      runs.set(key, [...(runs.get(key) ?? []), run]);
    }
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
for (const [key, list] of runs) {
  const last = list[list.length - 1]!;
  console.log(
    `${key.padEnd(8)} wall ${median(list.map((x) => x.seconds)).toFixed(2)} s, cpu ${median(list.map((x) => x.cpu)).toFixed(2)} s ` +
      `(of ${list.length}); ${last.articles} articles, ${last.problems} problems, ids ${last.digest}`,
  );
}
// The whole corpus is the same on both sides; shards may be cut differently (by article id before shard-read.ts).
if (other)
  for (const shard of ['0/1']) {
    const a = runs.get(`A ${shard}`)!.at(-1)!;
    const b = runs.get(`B ${shard}`)!.at(-1)!;
    if (a.digest !== b.digest || a.articles !== b.articles)
      console.log(`shard ${shard}: the sides load different articles`);
  }
console.log(`load after: ${await loadavg()}`);
