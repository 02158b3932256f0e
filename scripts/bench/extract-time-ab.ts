/**
 * Comparing aid for the time stage of extraction alone: this checkout's `articleTime` and `inferSaidAt` and
 * another checkout's, in one process, warm passes alternating between the two (CPU time per pass, paired
 * ratios), over the profile's articles (PolNeAR train, bbc-news and `--mb` of generated ones). Each article's
 * time is read once and asked about each of its quotations (found by this checkout's `findQuoteSpans`, no cue,
 * 1,000 characters either side as bounds). Checks first that both answer every quotation alike. The whole
 * extractor spends about a tenth of its time here, too little for `extract-ab.ts` to see a change of it.
 *
 *   npx tsx scripts/bench/extract-time-ab.ts --tree /work/main [--shared ../shared] [--mb 2] [--passes 20]
 */
import { loadavg } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { loadInputs } from '../../src/corpus/index.js';
import { findQuoteSpans } from '../../src/extract/quote-spans.js';
import * as thisDocument from '../../src/extract/document.js';
import * as thisTime from '../../src/extract/time/index.js';
import type { Article } from '../../src/model/types.js';
import { readFlags } from './args.js';
import { generateCorpus, readSourceText } from './corpus.js';

interface TimeStage {
  time: typeof thisTime;
  document: typeof thisDocument;
}

const flags = readFlags(process.argv.slice(2));
const treeFlag = flags.get('tree');
if (treeFlag === undefined) throw new Error('extract-time-ab: --tree DIR (another checkout) is required');
const tree = path.resolve(treeFlag);
const importFrom = async <T>(file: string): Promise<T> =>
  (await import(pathToFileURL(path.join(tree, file)).href)) as T;
const other: TimeStage = {
  time: await importFrom<typeof thisTime>('src/extract/time/index.ts'),
  document: await importFrom<typeof thisDocument>('src/extract/document.ts'),
};
const here: TimeStage = { time: thisTime, document: thisDocument };

const shared = path.resolve(flags.get('shared') ?? '../shared');
const articles: Article[] = (
  await loadInputs([
    path.join(shared, 'polnear', 'train', 'articles.jsonl'),
    path.join(shared, 'corpora', 'bbc-news', 'articles.jsonl'),
  ])
).articles;
const mb = Number(flags.get('mb') ?? 2);
if (mb > 0)
  articles.push(...generateCorpus(readSourceText(shared), { quotes: Math.round((mb * 1e6) / 470), seed: 42 }).articles);
const work = articles
  .map((article) => ({
    article,
    quotes: findQuoteSpans(article.text, article.furniture).map((s) => ({ start: s.openAt, end: s.closeAt })),
  }))
  .filter((w) => w.quotes.length > 0);

/** One pass over every article: CPU ms, and the answers when `answers` is given. */
function pass(stage: TimeStage, answers?: string[]): number {
  const from = process.cpuUsage();
  for (const { article, quotes } of work) {
    const time = stage.time.articleTime(article, stage.document.sentenceLayout(article.text));
    for (const q of quotes) {
      const bounds = { start: Math.max(0, q.start - 1000), end: Math.min(article.text.length, q.end + 1000) };
      const saidAt = stage.time.inferSaidAt(article, q, null, bounds, time);
      answers?.push(JSON.stringify(saidAt));
    }
  }
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1e3;
}

const theirs: string[] = [];
const ours: string[] = [];
pass(other, theirs);
pass(here, ours);
const differ = ours.filter((a, i) => a !== theirs[i]).length;
const passes = Number(flags.get('passes') ?? 20);
const there: number[] = [];
const mine: number[] = [];
for (let i = 0; i < passes; i++) {
  // alternate which goes first, so neither always runs after the other's garbage
  if (i % 2 === 0) {
    there.push(pass(other));
    mine.push(pass(here));
  } else {
    mine.push(pass(here));
    there.push(pass(other));
  }
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ratios = there.map((t, i) => t / mine[i]!);
console.log(
  `${work.length} articles, ${ours.length} quotations, ${passes} passes each (CPU ms): ${tree} median ` +
    `${median(there).toFixed(0)}; this checkout median ${median(mine).toFixed(0)}; median of the paired speed-ups ` +
    `(theirs / ours) ${median(ratios).toFixed(3)}, faster here in ${ratios.filter((r) => r > 1).length} of ${passes}; ` +
    `answers that differ: ${differ}; load ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
);
if (differ > 0) process.exitCode = 1;
