/**
 * Comparing aid for one whole-text stage of extraction: a function exported by a compiled extractor module (this
 * checkout's dist/ and another checkout's, `npm run build` in both first), run over the texts of the bench's
 * generated articles, alternating between the two, CPU time per pass. Checks that both give the same result
 * (as JSON) for every text first.
 *
 *   npx tsx scripts/bench/extract-stage-ab.ts --tree /work/main --module extract/cues.js --fn allCues [--mb 2] [--passes 10] [--shared ../shared]
 */
import { loadavg } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { readFlags } from './args.js';
import { generateCorpus, readSourceText } from './corpus.js';

const flags = readFlags(process.argv.slice(2));
const treeFlag = flags.get('tree');
const modulePath = flags.get('module');
const fnName = flags.get('fn');
if (treeFlag === undefined || modulePath === undefined || fnName === undefined)
  throw new Error('extract-stage-ab: --tree DIR, --module PATH (under dist/) and --fn NAME are required');
type Stage = (text: string) => unknown;
const load = async (dir: string): Promise<Stage> => {
  const mod = (await import(pathToFileURL(path.join(dir, 'dist', modulePath)).href)) as Record<string, unknown>;
  const fn = mod[fnName];
  if (typeof fn !== 'function') throw new Error(`extract-stage-ab: ${dir}: dist/${modulePath} exports no ${fnName}`);
  return fn as Stage;
};
const other = await load(path.resolve(treeFlag));
const here = await load(path.resolve(import.meta.dirname, '../..'));
const mb = Number(flags.get('mb') ?? 2);
const passes = Number(flags.get('passes') ?? 10);
const { articles, bytes } = generateCorpus(readSourceText(flags.get('shared') ?? '../shared'), {
  quotes: Math.round((mb * 1e6) / 470),
  seed: Number(flags.get('seed') ?? 42),
});
const texts = articles.map((a) => a.text);
let differ = 0;
for (const t of texts) if (JSON.stringify(here(t)) !== JSON.stringify(other(t))) differ++;
const pass = (fn: Stage): number => {
  const from = process.cpuUsage();
  for (const t of texts) fn(t);
  const d = process.cpuUsage(from);
  return bytes / 1e6 / ((d.user + d.system) / 1e6);
};
const a: number[] = [];
const b: number[] = [];
for (let i = 0; i < passes; i++) {
  if (i % 2 === 0) {
    a.push(pass(here));
    b.push(pass(other));
  } else {
    b.push(pass(other));
    a.push(pass(here));
  }
}
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const ratios = a.map((x, i) => x / b[i]!);
console.log(
  `${fnName}: ${texts.length} texts, ${(bytes / 1e6).toFixed(2)} MB, ${differ} differ; this ${median(a).toFixed(1)} MB/s, other ${median(b).toFixed(1)} MB/s, paired ratio median ${median(ratios).toFixed(3)}; load ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
