/**
 * Where extraction's time goes, by stage: the whole-text stages of the compiled extractor (dist/, `npm run
 * build` first) each run alone over the bench's generated articles, warm, against the whole of `extractQuotes`
 * over the same articles. CPU time per pass, the median of `--passes`; the share is of the whole extraction.
 * What the whole-text stages leave is the per-quotation work (the attribution rules, coreference, the entity
 * layer, confidence, time inference of each quotation).
 *
 *   npx tsx scripts/bench/extract-stages.ts [--tree DIR] [--shared ../shared] [--mb 2] [--passes 7] [--seed 42]
 */
import { loadavg } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article } from '../../src/model/types.js';
import { readFlags } from './args.js';
import { generateCorpus, readSourceText } from './corpus.js';

type Fn = (...args: never[]) => unknown;
const flags = readFlags(process.argv.slice(2));
const tree = path.resolve(flags.get('tree') ?? path.join(import.meta.dirname, '../..'));
const load = async (module: string): Promise<Record<string, Fn>> =>
  (await import(pathToFileURL(path.join(tree, 'dist', 'extract', module)).href)) as Record<string, Fn>;
const [spans, document, cues, mentions, matching, time, extract] = await Promise.all(
  ['quote-spans.js', 'document.js', 'cues.js', 'mentions.js', 'time/matching.js', 'time/index.js', 'index.js'].map(
    load,
  ),
);
const mb = Number(flags.get('mb') ?? 2);
const passes = Number(flags.get('passes') ?? 7);
const { articles, bytes } = generateCorpus(readSourceText(flags.get('shared') ?? '../shared'), {
  quotes: Math.round((mb * 1e6) / 470),
  seed: Number(flags.get('seed') ?? 42),
});

interface Range {
  start: number;
  end: number;
}
const findQuoteSpans = spans!.findQuoteSpans as (
  text: string,
  furniture?: Article['furniture'],
) => Array<{
  openAt: number;
  closeAt: number;
}>;
const quotes: Range[][] = articles.map((a) =>
  findQuoteSpans(a.text, a.furniture).map((s) => ({ start: s.openAt, end: s.closeAt })),
);
const sentenceLayout = document!.sentenceLayout as (text: string) => unknown;
const layouts = articles.map((a) => sentenceLayout(a.text));
const splitter = (mentions!.nameSplitter as () => unknown)();
const findMentions = mentions!.findMentions as (text: string, q: Range[], bodyStart: number, split: unknown) => unknown;
const allCues = cues!.allCues as (text: string) => unknown;
const ruleOpenings = matching!.ruleOpenings as (text: string) => unknown;
const articleTime = time!.articleTime as (a: Article, layout: unknown) => unknown;
const extractQuotes = extract!.extractQuotes as (a: Article, options: { names: unknown }) => unknown;

const stages: Array<[string, () => void]> = [
  ['findQuoteSpans', () => articles.forEach((a) => findQuoteSpans(a.text, a.furniture))],
  ['sentenceLayout', () => articles.forEach((a) => sentenceLayout(a.text))],
  ['allCues', () => articles.forEach((a) => allCues(a.text))],
  ['findMentions', () => articles.forEach((a, i) => findMentions(a.text, quotes[i]!, 0, splitter))],
  ['ruleOpenings (time)', () => articles.forEach((a) => ruleOpenings(a.text))],
  ['articleTime (its ruleOpenings too)', () => articles.forEach((a, i) => articleTime(a, layouts[i]))],
  ['extractQuotes: the whole extraction', () => articles.forEach((a) => extractQuotes(a, { names: splitter }))],
];
const cpuMs = (f: () => void): number => {
  const from = process.cpuUsage();
  f();
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
};
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
const ms = new Map<string, number>();
for (const [name, run] of stages) {
  cpuMs(run);
  cpuMs(run);
  ms.set(name, median(Array.from({ length: passes }, () => cpuMs(run))));
}
const whole = ms.get(stages[stages.length - 1]![0])!;
const quoted = quotes.reduce((n, q) => n + q.length, 0);
console.log(
  `${tree}: ${articles.length} generated articles, ${(bytes / 1e6).toFixed(2)} MB, ${quoted} quotation spans; ` +
    `CPU ms a warm pass (median of ${passes})`,
);
for (const [name, v] of ms)
  console.log(
    `${name.padEnd(38)} ${v.toFixed(1).padStart(8)} ms ${((100 * v) / whole).toFixed(1).padStart(6)} % ${(bytes / 1e3 / v).toFixed(1).padStart(8)} MB/s`,
  );
console.log(
  `load ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
