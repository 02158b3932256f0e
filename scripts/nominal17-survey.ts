/**
 * Survey of description speakers (issue #11): for each quotation whose speaker mention is a description (`the
 * company`, `a spokesman`, `her statement`), prints the mention, the name it resolved to, the kind and the cue.
 *
 *   npx tsx scripts/nominal17-survey.ts <articles.jsonl> [--limit N]
 */
import fs from 'node:fs';
import type { Article } from '../src/model/types.js';
import { extractQuotes, nameSplitter } from '../src/extract/index.js';

const [file, ...rest] = process.argv.slice(2);
if (file === undefined) throw new Error('nominal17-survey: give an articles.jsonl');
const limit = rest[0] === '--limit' ? Number(rest[1]) : Infinity;
const names = nameSplitter();
let n = 0;
for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
  if (line.trim() === '' || n >= limit) continue;
  const a = JSON.parse(line) as Article;
  for (const q of extractQuotes(a, { names })) {
    const m = q.attribution.mention;
    if (m === null) continue;
    const t = m.text;
    if (/^(?:he|she|they|He|She|They|it|It|I|we|We)$/u.test(t)) continue;
    if (!/^[\p{Ll}]|^(?:The|A|An|His|Her|Their|Its|One|Another)\s/u.test(t) && q.attribution.kind !== 'nominal')
      continue;
    n++;
    const cue = q.attribution.cue?.text ?? '';
    const ctx = a.text.slice(Math.max(0, m.start - 60), m.end + 30).replace(/\s+/gu, ' ');
    console.log(
      `${a.id}\t${JSON.stringify(t)}\t${cue}\t→ ${q.attribution.name ?? '∅'} [${q.attribution.kind}]\t| ${ctx}`,
    );
  }
}
