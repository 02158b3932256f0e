/**
 * Measures how conservative furniture marking is: loads an annotated corpus and counts gold
 * quotes that fall (even partly) inside furniture ranges. The target is ~0: furniture is skipped
 * by extraction, so every overlap is a quote we can never find.
 *
 *   npx tsx scripts/check-furniture.ts [articles.jsonl] [gold.jsonl] [more.jsonl …]
 *
 * Further files are only loaded, to report counts (e.g. an unannotated corpus).
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { loadInputs } from '../src/corpus/index.js';

const goldSchema = z.object({ article: z.string(), start: z.number().int(), end: z.number().int() });

const [
  articlesPath = '/work/shared/polnear/train/articles.jsonl',
  goldPath = '/work/shared/polnear/train/gold.jsonl',
  ...others
] = process.argv.slice(2);

const load = await loadInputs([articlesPath]);
const byRecordId = new Map(load.articles.map((a) => [a.recordId ?? a.id, a]));
let gold = 0;
let inside = 0;
let missingArticle = 0;
const examples: string[] = [];
for (const [i, line] of (await readFile(goldPath, 'utf8')).split('\n').entries()) {
  if (line.trim() === '') continue;
  const parsed = goldSchema.safeParse(JSON.parse(line));
  if (!parsed.success)
    throw new Error(`check-furniture: '${goldPath}' line ${i + 1}: ${parsed.error.issues[0]?.message}`);
  const q = parsed.data;
  gold++;
  const article = byRecordId.get(q.article);
  if (!article) {
    missingArticle++;
    continue;
  }
  const hit = article.furniture.find((f) => q.start < f.end && f.start < q.end);
  if (hit) {
    inside++;
    if (examples.length < 100)
      examples.push(
        `${q.article} [${q.start},${q.end}) in furniture ${JSON.stringify(article.text.slice(hit.start, hit.end).slice(0, 160))}`,
      );
  }
}
const furnitureChars = load.articles.reduce((n, a) => n + a.furniture.reduce((m, f) => m + f.end - f.start, 0), 0);
const textChars = load.articles.reduce((n, a) => n + a.text.length, 0);
console.log(
  `${articlesPath}: ${load.articles.length} articles, ${load.problems.length} problems, furniture ${furnitureChars} of ${textChars} chars (${((100 * furnitureChars) / textChars).toFixed(2)}%)`,
);
console.log(`gold quotes: ${gold}; inside furniture: ${inside}; gold article not loaded: ${missingArticle}`);
for (const e of examples) console.log('  ' + e);

for (const other of others) {
  const o = await loadInputs([other]);
  const withFurniture = o.articles.filter((a) => a.furniture.length > 0).length;
  const count = (f: (a: (typeof o.articles)[number]) => unknown) => o.articles.filter((a) => f(a) != null).length;
  console.log(
    `${other}: ${o.articles.length} articles, ${o.problems.length} problems, ${withFurniture} with furniture; ` +
      `title ${count((a) => a.title)}, publishedAt ${count((a) => a.publishedAt)}, dateline ${count((a) => a.dateline)}, author ${count((a) => a.author)}`,
  );
  for (const p of o.problems.slice(0, 5)) console.log('  ' + p.message);
}
process.exitCode = inside > 0 ? 1 : 0;
