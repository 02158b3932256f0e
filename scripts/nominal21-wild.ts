/**
 * Probe (issue #11): every quotation whose speaker phrase is a description (kind nominal, or an organisation read
 * from a description), with the phrase, the name it resolved to and the phrase's context, for an articles.jsonl.
 *
 *   npx tsx scripts/nominal21-wild.ts <articles.jsonl> [--all]
 */
import fs from 'node:fs';
import type { Article } from '../src/model/types.js';
import { extractQuotes, nameSplitter } from '../src/extract/index.js';

const [file, flag] = process.argv.slice(2);
if (file === undefined) throw new Error('usage: nominal21-wild.ts <articles.jsonl> [--all]');
const names = nameSplitter();
const flat = (s: string): string => s.replace(/\s+/g, ' ');
for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const a = JSON.parse(line) as Article;
  const seen = new Set<number>();
  for (const q of extractQuotes(a, { names })) {
    const at = q.attribution;
    const m = at.mention;
    if (m === undefined || m === null) continue;
    const described = at.kind === 'nominal' || /^(?:the|a|an)\s/iu.test(m.text);
    if (!described && flag !== '--all') continue;
    if (seen.has(m.start)) continue;
    seen.add(m.start);
    const ctx = flat(a.text.slice(Math.max(0, m.start - 200), m.end + 60));
    console.log(
      `${a.id} @${m.start} ${JSON.stringify(m.text)} -> ${JSON.stringify(at.name)} [${at.kind}/${at.reason}] role=${JSON.stringify(at.role ?? null)}\n    ${ctx}`,
    );
  }
}
