/**
 * Probe (issue #11): for the gold pieces of one speaker kind (default nominal) on a PolNeAR split, prints the
 * gold source and speaker beside the extractor's mention, rule and name, with the source's context.
 *
 *   npx tsx scripts/nominal20-show.ts <articles.jsonl> <gold.jsonl> A|B [kind] [--null|--known]
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Article } from '../src/model/types.js';
import { extractQuotes, nameSplitter } from '../src/extract/index.js';

interface Gold {
  article: string;
  start: number;
  end: number;
  speaker: string | null;
  speakerKind: string;
  source: { start: number; end: number; text: string } | null;
}
const [artFile, goldFile, split, kindArg, filter] = process.argv.slice(2);
if (artFile === undefined || goldFile === undefined || (split !== 'A' && split !== 'B'))
  throw new Error('usage: nominal20-show.ts <articles.jsonl> <gold.jsonl> A|B [kind] [--null|--known]');
const kind = kindArg ?? 'nominal';
const inSplit = (id: string): boolean =>
  parseInt(crypto.createHash('sha1').update(id).digest('hex')[0]!, 16) < 8 === (split === 'A');
const golds = new Map<string, Gold[]>();
for (const line of fs.readFileSync(goldFile, 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const g = JSON.parse(line) as Gold;
  if (g.speakerKind !== kind || !inSplit(g.article)) continue;
  if (filter === '--null' && g.speaker !== null) continue;
  if (filter === '--known' && g.speaker === null) continue;
  const list = golds.get(g.article) ?? [];
  list.push(g);
  golds.set(g.article, list);
}
const names = nameSplitter();
const flat = (s: string): string => s.replace(/\s+/g, ' ');
for (const line of fs.readFileSync(artFile, 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const a = JSON.parse(line) as Article;
  const gs = golds.get(a.id);
  if (gs === undefined) continue;
  const quotes = extractQuotes(a, { names });
  for (const g of gs) {
    const q = quotes.find((x) => Math.min(x.end, g.end) - Math.max(x.start, g.start) >= (g.end - g.start) / 2);
    if (q === undefined) continue;
    const at = q.attribution;
    const s = g.source ?? { start: g.start, end: g.end, text: '' };
    const ctx = flat(a.text.slice(Math.max(0, s.start - 160), s.end + 100));
    console.log(
      `${a.id.slice(0, 45)} @${g.start} src=${JSON.stringify(s.text)} gold=${JSON.stringify(g.speaker)} | pred=${JSON.stringify(at.name)} [${at.kind}/${at.reason}] mention=${JSON.stringify(at.mention?.text ?? null)}\n    ${ctx}`,
    );
  }
}
