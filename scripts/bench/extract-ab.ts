/**
 * Comparing aid for extraction speed: this checkout's extractor and another checkout's (another commit in a
 * `git worktree`, e.g. /work/main) in one process, warm passes over the same generated articles alternating
 * between the two, CPU time per pass. On a shared machine both suffer the same load at the same moments, which
 * separate runs do not. Also checks that both give the same quotes (the confidences may differ when the two
 * commit different confidence models).
 *
 * `--dist` compares the compiled extractors (each checkout's dist/, `npm run build` in both first): what a build
 * runs. Through tsx every function created at run time also calls esbuild's `__name` (about 5 % of a profile of
 * extraction), which the compiled files do not.
 *
 *   npx tsx scripts/bench/extract-ab.ts --tree /work/main [--shared ../shared] [--mb 4] [--passes 10] [--seed 42] [--dist]
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article, ExtractedQuote } from '../../src/model/types.js';
import * as thisCheckout from '../../src/extract/index.js';
import { readFlags } from './args.js';
import { generateCorpus, readSourceText } from './corpus.js';
import { extractorOf } from './extract-module.js';
import type { ExtractModule } from './extract-module.js';

const flags = readFlags(process.argv.slice(2));
const treeFlag = flags.get('tree');
if (treeFlag === undefined) throw new Error('extract-ab: --tree DIR (another checkout) is required');
const tree = path.resolve(treeFlag);
const dist = flags.has('dist');
const load = async (dir: string): Promise<ExtractModule> => {
  const file = path.join(dir, dist ? 'dist/extract/index.js' : 'src/extract/index.ts');
  if (!existsSync(file)) throw new Error(`extract-ab: no ${file} (npm run build there first)`);
  return (await import(pathToFileURL(file).href)) as ExtractModule;
};
const other = { extractQuotes: extractorOf(await load(tree)) };
const extractQuotes = extractorOf(dist ? await load(path.resolve(import.meta.dirname, '../..')) : thisCheckout);
const mb = Number(flags.get('mb') ?? 4);
const passes = Number(flags.get('passes') ?? 10);
const source = readSourceText(flags.get('shared') ?? '../shared');
const { articles, bytes } = generateCorpus(source, {
  quotes: Math.round((mb * 1e6) / 470),
  seed: Number(flags.get('seed') ?? 42),
});

const withoutConfidence = (qs: ExtractedQuote[]): string =>
  JSON.stringify(qs.map((q) => ({ ...q, attribution: { ...q.attribution, confidence: 0 } })));
let differ = 0;
for (const a of articles)
  if (withoutConfidence(extractQuotes(a)) !== withoutConfidence(other.extractQuotes(a))) differ++;

const pass = (extract: (a: Article) => unknown): number => {
  const from = process.cpuUsage();
  for (const a of articles) extract(a);
  const d = process.cpuUsage(from);
  return bytes / 1e6 / ((d.user + d.system) / 1e6);
};
const here: number[] = [];
const there: number[] = [];
for (let i = 0; i < passes; i++) {
  // alternate which goes first, so neither always runs after the other's garbage
  if (i % 2 === 0) {
    there.push(pass(other.extractQuotes));
    here.push(pass(extractQuotes));
  } else {
    here.push(pass(extractQuotes));
    there.push(pass(other.extractQuotes));
  }
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const f2 = (xs: number[]): string => xs.map((x) => x.toFixed(2)).join(', ');
console.log(
  `${dist ? 'dist, ' : ''}${(bytes / 1e6).toFixed(2)} MB, ${articles.length} articles, ${passes} warm passes each (MB/s of CPU time): ` +
    `${tree} median ${median(there).toFixed(2)} [${f2(there)}]; this checkout median ${median(here).toFixed(2)} [${f2(here)}]; ` +
    `ratio ${(median(here) / median(there)).toFixed(3)}; median of the ${passes} paired ratios ` +
    `${median(here.map((h, i) => h / there[i]!)).toFixed(3)}, pairs where this checkout is faster ` +
    `${here.filter((h, i) => h > there[i]!).length} of ${passes}; articles whose quotes differ (confidence aside): ${differ}; ` +
    `load ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
);
if (differ > 0) process.exitCode = 1;
