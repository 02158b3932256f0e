/**
 * Comparing aid for the young generation's size in extraction: the same compiled extractor (this checkout's
 * dist/, `npm run build` first) in one worker thread per size (`resourceLimits.maxYoungGenerationSizeMb`, 0 for
 * V8's default), warm passes over the bench's generated articles taking turns (one worker runs at a time, each
 * pass's first worker rotating), CPU time of the process per pass (the collector's helper threads included).
 * Extraction allocates much and keeps an article's records alive while it runs: a small young generation
 * collects them again and again, and promotes what is alive to the old one. Prints each size's median and its
 * paired ratio to the first size, the first `--warm` passes left out (the JIT compiles the extractor there).
 *
 *   npx tsx scripts/bench/extract-young-ab.ts [--sizes 0,96,192] [--mb 2] [--passes 10] [--warm 3] [--shared ../shared]
 */
import { loadavg } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readFlags } from './args.js';
import { generateCorpus, readSourceText } from './corpus.js';

const flags = readFlags(process.argv.slice(2));
const sizes = (flags.get('sizes') ?? '0,96,192').split(',').map(Number);
const passes = Number(flags.get('passes') ?? 10);
const warm = Number(flags.get('warm') ?? 3);
const mb = Number(flags.get('mb') ?? 2);
const extractor = path.resolve(import.meta.dirname, '../../dist/extract/index.js');
const workerData = {
  extractor: pathToFileURL(extractor).href,
  corpus: generateCorpus(readSourceText(flags.get('shared') ?? '../shared'), {
    quotes: Math.round((mb * 1e6) / 470),
    seed: Number(flags.get('seed') ?? 42),
  }),
};
// the worker: one name splitter kept across the articles (as a build's thread keeps it), a pass per message
const code = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.extractor).then((x) => {
  const { articles, bytes } = workerData.corpus;
  const names = x.nameSplitter();
  parentPort.on('message', () => {
    const from = process.cpuUsage();
    for (const a of articles) x.extractQuotes(a, { names });
    const d = process.cpuUsage(from);
    parentPort.postMessage(bytes / 1e6 / ((d.user + d.system) / 1e6));
  });
  parentPort.postMessage(0);
});`;
const workers = sizes.map(
  (size) =>
    new Worker(code, {
      eval: true,
      workerData,
      ...(size > 0 ? { resourceLimits: { maxYoungGenerationSizeMb: size } } : {}),
    }),
);
for (const w of workers)
  w.on('error', (error) => {
    throw error;
  });
const reply = (w: Worker): Promise<number> => new Promise((resolve) => w.once('message', resolve));
await Promise.all(workers.map(reply));
const rates = sizes.map((): number[] => []);
for (let p = 0; p < passes; p++)
  for (let k = 0; k < sizes.length; k++) {
    const i = (k + p) % sizes.length;
    const answer = reply(workers[i]!);
    workers[i]!.postMessage('pass');
    rates[i]!.push(await answer);
  }
await Promise.all(workers.map((w) => w.terminate()));
const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const counted = rates.map((r) => r.slice(warm));
const label = (size: number): string => (size > 0 ? `${size} MB` : 'default');
for (let i = 0; i < sizes.length; i++) {
  const ratio =
    i === 0
      ? ''
      : `, paired ratio to ${label(sizes[0]!)} ${median(counted[i]!.map((v, j) => v / counted[0]![j]!)).toFixed(3)}`;
  console.log(`young generation ${label(sizes[i]!)}: median ${median(counted[i]!).toFixed(2)} MB/s of CPU${ratio}`);
}
console.log(
  `${passes} passes (${warm} warm-up left out); load ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
