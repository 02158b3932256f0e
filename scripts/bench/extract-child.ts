/**
 * Child process of the benchmark: extraction throughput (MB/s of article text) on one core, then on all
 * cores through the pipeline's worker pool, checking that both give the same quotes. One core is measured twice:
 * the first pass (JIT compiling the extractor as it goes) and a second, warm pass. Prints one JSON line.
 */
import { availableParallelism, loadavg } from 'node:os';
import { extractQuotes, nameSplitter } from '../../src/extract/index.js';
import { extractInWorkers } from '../../src/build/workers.js';
import { readFlags } from './args.js';
import { generateCorpus, readSourceText } from './corpus.js';

const flags = readFlags(process.argv.slice(2));
const mb = Number(flags.get('mb') ?? 8);
const seed = Number(flags.get('seed') ?? 42);
const source = readSourceText(flags.get('shared') ?? '../shared');
// About 470 bytes of article text per placed quote in the generated corpus.
const { articles, bytes } = generateCorpus(source, { quotes: Math.round((mb * 1e6) / 470), seed });

// CPU seconds of the whole process (all its threads) beside the wall clock: on a shared machine the wall
// clock says more about the other processes than about this one
const cpuSince = (from: NodeJS.CpuUsage): number => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1e6;
};
let t = performance.now();
let cpu = process.cpuUsage();
// one extractor: its name splitter kept across the articles, as a build's thread keeps it
const names = nameSplitter();
const single = articles.map((a) => extractQuotes(a, { names }));
const oneSeconds = (performance.now() - t) / 1000;
const oneCpu = cpuSince(cpu);
// The same articles again in the same thread: steady state, once the JIT has compiled the extractor (a server
// or a long build runs warm; the first pass above includes compiling it)
t = performance.now();
cpu = process.cpuUsage();
for (const a of articles) extractQuotes(a, { names });
const warmSeconds = (performance.now() - t) / 1000;
const warmCpu = cpuSince(cpu);

const threads = availableParallelism();
t = performance.now();
cpu = process.cpuUsage();
const parallel = await extractInWorkers(articles, threads);
const allSeconds = (performance.now() - t) / 1000;
const allCpu = cpuSince(cpu);
if (parallel === null) throw new Error('bench: extraction workers could not start');

const identical = JSON.stringify(single) === JSON.stringify(parallel);
const quotes = single.reduce((n, q) => n + q.length, 0);
process.stdout.write(
  `${JSON.stringify({
    mb: bytes / 1e6,
    articles: articles.length,
    quotes,
    oneCore: { seconds: oneSeconds, mbPerSecond: bytes / 1e6 / oneSeconds, cpuSeconds: oneCpu },
    oneCoreWarm: { seconds: warmSeconds, mbPerSecond: bytes / 1e6 / warmSeconds, cpuSeconds: warmCpu },
    allCores: { threads, seconds: allSeconds, mbPerSecond: bytes / 1e6 / allSeconds, cpuSeconds: allCpu, identical },
    loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
  })}\n`,
);
