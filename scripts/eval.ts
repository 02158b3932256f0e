/**
 * Runs the extractor over annotated articles and scores it against gold.
 *
 *   npm run eval -- <articles.jsonl> <gold.jsonl> [--errors N] [--scorer PATH] [--out pred.jsonl] [--split A|B]
 *                   [--calibration] [--ranker FILE|table] [--null-gold unresolved|unnamed]
 *
 * `--ranker FILE` ranks the speaker candidates with another ranking model (one trained on another set
 * alone: cross-source figures); `--ranker table` lets the first rule in the table win (the rules alone).
 * `--split A` keeps the articles whose id hashes (sha1, first hex digit) below 8, `--split B` the rest,
 * and filters the gold to match: develop on one half, check on the other.
 *
 * Writes one prediction line per quotation piece `{article, start, end, text, speaker}`, runs the
 * scorer (default: the nearest `eval/score.mjs` in a folder above the gold file's) and prints its summary and the throughput.
 * Then prints how far the attribution confidence can be trusted: the share of gold quotes matched
 * with confidence ≥ 0.9 and how often their speaker is right; `--calibration` prints the whole
 * table (per confidence band: matched gold, speaker precision among those with a known gold
 * speaker, coverage of all gold at that confidence or above, and the part of it whose speaker is judged).
 * `--null-gold unnamed` says a null gold speaker means an unnamed one (BBC dev's convention): a name
 * given there is counted wrong in the precision (by default, as the scorer does, it is not judged).
 * Run it once per set for per-set figures.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { z } from 'zod';
import type { Article } from '../src/model/types.js';
import { extractQuotes, nameSplitter } from '../src/extract/index.js';
import { RANKING_MODEL, TABLE_FIRST, parseRankingModel } from '../src/extract/ranking.js';
import type { RankingModel } from '../src/extract/ranking.js';
import { calibrationTable, formatCalibrationTable, matchGold, nullGoldNote, readJsonl } from './gold-match.js';
import type { GoldPiece, PredPiece } from './gold-match.js';

const RecordSchema = z.object({
  id: z.string(),
  text: z.string(),
  title: z.string().nullish(),
  publisher: z.string().nullish(),
  author: z.string().nullish(),
  publishedAt: z.string().nullish(),
});

interface Args {
  articles: string;
  gold: string;
  errors: number;
  scorer: string;
  out: string;
  split: 'A' | 'B' | null;
  calibration: boolean;
  ranker: RankingModel;
  nullGold: 'unresolved' | 'unnamed';
}

/** Which half of a split an article id falls in: sha1(id) first hex digit < 8 → A. */
export function splitOf(id: string): 'A' | 'B' {
  const first = crypto.createHash('sha1').update(id).digest('hex')[0]!;
  return parseInt(first, 16) < 8 ? 'A' : 'B';
}

/**
 * The scorer beside the annotated sets: the nearest `eval/score.mjs` in a folder above the gold file's
 * (`shared/bbc-dev/gold.jsonl` and `shared/polnear/train/gold.jsonl` both find `shared/eval/score.mjs`).
 */
function defaultScorer(gold: string): string {
  for (let dir = path.dirname(path.resolve(gold)); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'eval', 'score.mjs');
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir)
      throw new Error(`eval: no eval/score.mjs in any folder above '${gold}'; give the scorer with --scorer PATH`);
  }
}

function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  let errors = 0;
  let scorer: string | null = null;
  let out: string | null = null;
  let split: 'A' | 'B' | null = null;
  let calibration = false;
  let ranker = RANKING_MODEL;
  let nullGold: Args['nullGold'] = 'unresolved';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--errors') errors = Number(argv[++i] ?? '0') || 0;
    else if (a === '--scorer') scorer = argv[++i] ?? null;
    else if (a === '--out') out = argv[++i] ?? null;
    else if (a === '--split') {
      const v = argv[++i];
      if (v !== 'A' && v !== 'B') throw new Error(`eval: --split takes A or B, got '${v ?? ''}'`);
      split = v;
    } else if (a === '--calibration') calibration = true;
    else if (a === '--ranker') {
      const v = argv[++i];
      if (v === undefined) throw new Error("eval: --ranker takes a ranking model file or 'table'");
      ranker = v === 'table' ? TABLE_FIRST : parseRankingModel(JSON.parse(fs.readFileSync(v, 'utf8')), v);
    } else if (a === '--null-gold') {
      const v = argv[++i];
      if (v !== 'unresolved' && v !== 'unnamed')
        throw new Error(`eval: --null-gold takes unresolved or unnamed, got '${v ?? ''}'`);
      nullGold = v;
    } else if (a.startsWith('--')) throw new Error(`eval: unknown option '${a}'`);
    else positional.push(a);
  }
  const [articles, gold] = positional;
  if (!articles || !gold)
    throw new Error(
      'eval: usage: npm run eval -- <articles.jsonl> <gold.jsonl> [--errors N] [--scorer PATH] [--out pred.jsonl] [--split A|B] [--calibration] [--ranker FILE|table] [--null-gold unresolved|unnamed]',
    );
  return {
    articles,
    gold,
    errors,
    scorer: scorer ?? defaultScorer(gold),
    out: out ?? path.join(os.tmpdir(), `verbatim-pred-${process.pid}.jsonl`),
    split,
    calibration,
    ranker,
    nullGold,
  };
}

function readArticles(file: string): { articles: Article[]; skipped: number } {
  const articles: Article[] = [];
  let skipped = 0;
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        console.error(`eval: '${file}' line ${i + 1}: invalid JSON, skipped`);
        skipped++;
        return;
      }
      const r = RecordSchema.safeParse(parsed);
      if (!r.success) {
        console.error(`eval: '${file}' line ${i + 1}: ${r.error.issues[0]?.message ?? 'bad record'}, skipped`);
        skipped++;
        return;
      }
      const rec = r.data;
      articles.push({
        id: rec.id,
        recordId: rec.id,
        path: path.basename(file),
        line: i + 1,
        title: rec.title ?? null,
        publisher: rec.publisher ?? null,
        url: null,
        author: rec.author ?? null,
        publishedAt: rec.publishedAt ?? null,
        dateline: null,
        text: rec.text,
        furniture: [],
        metaOrigin: {},
      });
    });
  return { articles, skipped };
}

/** Writes the lines of a JSON Lines file whose `field` falls in `split` to a temporary file; returns its path. */
function filterSplit(file: string, field: string, split: 'A' | 'B', tag: string): string {
  const kept = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => {
      if (!line.trim()) return false;
      try {
        const id = (JSON.parse(line) as Record<string, unknown>)[field];
        return typeof id === 'string' && splitOf(id) === split;
      } catch {
        return true; // a broken line is passed on and reported by the reader
      }
    });
  const out = path.join(os.tmpdir(), `verbatim-${tag}-${split}-${process.pid}.jsonl`);
  fs.writeFileSync(out, kept.join('\n') + '\n');
  return out;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (args.split !== null) {
    args.articles = filterSplit(args.articles, 'id', args.split, 'articles');
    args.gold = filterSplit(args.gold, 'article', args.split, 'gold');
  }
  const { articles, skipped } = readArticles(args.articles);
  const lines: string[] = [];
  const preds: PredPiece[] = [];
  const confidence: number[] = [];
  const names: Array<string | null> = [];
  let chars = 0;
  let quotes = 0;
  const t0 = process.hrtime.bigint();
  const splitter = nameSplitter();
  for (const article of articles) {
    chars += Buffer.byteLength(article.text, 'utf8');
    for (const q of extractQuotes(article, { ranker: args.ranker, names: splitter })) {
      quotes++;
      confidence.push(q.attribution.confidence);
      names.push(q.attribution.name);
      for (const p of q.pieces) {
        preds.push({
          article: article.id,
          start: p.start,
          end: p.end,
          speaker: q.attribution.name,
          quote: confidence.length - 1,
        });
        lines.push(
          JSON.stringify({
            article: article.id,
            start: p.start,
            end: p.end,
            text: article.text.slice(p.start, p.end),
            speaker: q.attribution.name,
          }),
        );
      }
    }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  fs.writeFileSync(args.out, lines.join('\n') + '\n');
  const scorerArgs = [args.scorer, '--gold', args.gold, '--pred', args.out, '--articles', args.articles];
  if (args.errors > 0) scorerArgs.push('--errors', String(args.errors));
  const res = spawnSync(process.execPath, scorerArgs, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(res.stdout);
  process.stderr.write(res.stderr);
  const mb = chars / 1e6;
  console.log(
    `throughput: ${(mb / seconds).toFixed(2)} MB/s (${mb.toFixed(2)} MB, ${articles.length} articles, ${quotes} quotes, ${seconds.toFixed(2)} s) predictions: ${args.out}`,
  );
  const gold = readJsonl(args.gold) as GoldPiece[];
  const matches = matchGold(gold, preds, new Map(articles.map((a) => [a.id, a.text])));
  const rows = calibrationTable(
    matches,
    (q) => confidence[q]!,
    undefined,
    args.nullGold === 'unnamed' ? (q) => names[q]! : null,
  );
  const top = rows[0]!;
  console.log(
    `confidence >= ${top.lo}: speaker precision ${top.precision === null ? '-' : top.precision.toFixed(3)} (${top.correct}/${top.judged}${args.nullGold === 'unnamed' ? ', a name for an unnamed gold speaker counted wrong' : ''}), coverage ${top.coverage.toFixed(3)} of ${gold.length} gold quotes (judged ${top.judgedCoverage.toFixed(3)})`,
  );
  const note = nullGoldNote(matches, names, confidence, args.nullGold);
  if (note !== null) console.log(note);
  if (args.calibration)
    console.log(
      formatCalibrationTable(rows, 'calibration (gold quotes by the confidence of their matched prediction)'),
    );
  if (res.status !== 0 || skipped > 0) process.exitCode = 1;
}

main();
