/**
 * Probe (issue #11): prints each quotation's speaker, kind and mention for a text given on stdin, or for the
 * articles named by id in an articles.jsonl.
 *
 *   echo 'Text …' | npx tsx scripts/nominal19-probe.ts
 *   npx tsx scripts/nominal19-probe.ts <articles.jsonl> <id>[,<id>…]
 */
import fs from 'node:fs';
import type { Article } from '../src/model/types.js';
import { extractQuotes, nameSplitter } from '../src/extract/index.js';

const [file, ids] = process.argv.slice(2);
const names = nameSplitter();
const articles: Article[] = [];
if (file === undefined) {
  const text = fs.readFileSync(0, 'utf8');
  articles.push({ id: 'stdin', title: 'Probe headline', text } as unknown as Article);
} else {
  if (ids === undefined) throw new Error('nominal19-probe: give ids after the articles file');
  const want = new Set(ids.split(','));
  for (const line of fs.readFileSync(file, 'utf8').split('\n'))
    if (line.trim() !== '') {
      const a = JSON.parse(line) as Article;
      if (want.has(a.id)) articles.push(a);
    }
}
for (const a of articles)
  for (const q of extractQuotes(a, { names })) {
    const at = q.attribution;
    console.log(
      `${a.id}\t${JSON.stringify(q.text.slice(0, 50))}\t${at.mention?.text ?? '-'}\t→ ${at.name ?? '∅'} [${at.kind}] ${at.role ?? ''}`,
    );
  }
