/**
 * Prints the quotations resolved through a pronoun (`"…," he said`) in a JSON Lines article file, each with the text
 * before its pronoun, for reading the pronoun resolver's choices on unannotated news. With an id prefix, only those
 * articles (and every quotation of them, not only the pronoun ones). With `--unquoted`, only the pronoun quotations
 * given to someone with no quotation of their own earlier in the article (a person only mentioned before: where the
 * resolver's errors gather, issue #11).
 *
 *   npx tsx scripts/pronoun-show.ts <articles.jsonl> [<id-prefix>] [--before 400] [--unquoted]
 */
import { readFileSync } from 'node:fs';
import { extractQuotes } from '../src/extract/index.js';

const args = process.argv.slice(2);
const beforeAt = args.indexOf('--before');
const before = beforeAt >= 0 ? Number(args.splice(beforeAt, 2)[1]) : 400;
const unquotedAt = args.indexOf('--unquoted');
const onlyUnquoted = unquotedAt >= 0;
if (onlyUnquoted) args.splice(unquotedAt, 1);
const [file, prefix] = args;
if (file === undefined) throw new Error('pronoun-show: usage <articles.jsonl> [<id-prefix>] [--before N] [--unquoted]');

/** A name's last word, lower case: `Lee` for `Jo Lee` and `Mr Lee`. */
const surname = (name: string): string => (name.split(' ').pop() ?? '').toLowerCase();

for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (line.trim() === '') continue;
  const a = JSON.parse(line) as { id: string; text: string };
  if (prefix !== undefined && !a.id.startsWith(prefix)) continue;
  // the speakers of the article's quotations so far (their surnames)
  const quoted = new Set<string>();
  for (const q of extractQuotes(a as Parameters<typeof extractQuotes>[0])) {
    const at = q.attribution;
    const spokeBefore = at.name !== null && quoted.has(surname(at.name));
    if (at.name !== null) quoted.add(surname(at.name));
    if (prefix === undefined && at.kind !== 'pronoun') continue;
    if (onlyUnquoted && (at.kind !== 'pronoun' || spokeBefore)) continue;
    const m = at.mention;
    process.stdout.write(`## ${a.id} ${q.start} → ${at.name ?? at.role ?? '-'} (${at.kind ?? '-'}, ${at.reason})\n`);
    if (m !== null && m !== undefined && at.kind === 'pronoun') {
      const ctx = a.text.slice(Math.max(0, m.start - before), m.end + 20).replace(/\s+/gu, ' ');
      process.stdout.write(`   …${ctx}\n`);
    } else process.stdout.write(`   ${q.text.slice(0, 80)}\n`);
  }
}
