/**
 * Lists the speakers the pipeline finds over any corpus (no annotations needed), by number of quotes,
 * with a flag on the suspect ones — what a reader checks first when the extractor meets news it was
 * not tuned on:
 *
 *   npx tsx scripts/speaker-audit.ts <corpus path...> [--top 40] [--all] [--json]
 *
 * Flags: `one-word` (a bare word: a surname is fine, `Officials` is not), `type:<place|time|other>`
 * (the entity layer's gazetteers say the name is no person or organisation), `digit`, `lower` (opens
 * lower-case), `punct` (ends in `.`, `-`, `&`), `letter` (one letter). A speaker is suspect when it has
 * any flag but `one-word`; one-word speakers are counted apart for a hand check.
 *
 * Prints counts (speakers, suspect speakers and their quotes, one-word speakers and their quotes) and
 * the top speakers; `--all` lists every flagged speaker. Exit status 1 when a corpus file could not be
 * read or an article failed, so a skipped input never passes silently.
 */
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadInputs } from '../src/corpus/index.js';
import { typeByName } from '../src/extract/entities.js';
import { processArticles } from '../src/build/pipeline.js';

const optionsSchema = z.object({ top: z.coerce.number().int().min(0), all: z.boolean(), json: z.boolean() });

/** The flags of one speaker name (empty: nothing suspect). */
export function speakerFlags(name: string): string[] {
  const flags: string[] = [];
  if (!/\s/u.test(name.trim())) flags.push('one-word');
  const type = typeByName(name);
  if (type !== null && type !== 'person' && type !== 'organisation') flags.push(`type:${type}`);
  if (/\p{N}/u.test(name)) flags.push('digit');
  if (/^\p{Ll}/u.test(name)) flags.push('lower');
  if (/[.\-&]$/u.test(name) && !/(?:\p{Lu}\.){2,}$|(?:Jr|Sr|Inc|Corp|Co|Ltd)\.$/u.test(name)) flags.push('punct');
  if (/^\p{L}\.?$/u.test(name)) flags.push('letter');
  return flags;
}

const suspect = (flags: readonly string[]): boolean => flags.some((f) => f !== 'one-word');

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      top: { type: 'string', default: '40' },
      all: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const parsed = optionsSchema.safeParse(values);
  if (!parsed.success || positionals.length === 0) {
    const why = parsed.success
      ? ''
      : ` (${parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')})`;
    console.error(
      `speaker-audit: usage: npx tsx scripts/speaker-audit.ts <corpus path...> [--top N] [--all] [--json]${why}`,
    );
    return 2;
  }
  const options = parsed.data;
  const load = await loadInputs(positionals);
  const result = processArticles(load.articles);
  const problems = [...load.problems, ...result.problems];
  // the name each quote's article gives its speaker (before corpus-wide merging: that is what the rules found)
  const counts = new Map<string, { quotes: number; kinds: Map<string, number> }>();
  for (const q of result.quotes) {
    const name = q.attribution.name;
    if (name === null) continue;
    const entry = counts.get(name) ?? { quotes: 0, kinds: new Map<string, number>() };
    entry.quotes++;
    const kind = q.attribution.kind ?? 'none';
    entry.kinds.set(kind, (entry.kinds.get(kind) ?? 0) + 1);
    counts.set(name, entry);
  }
  const rows = [...counts.entries()]
    .map(([name, e]) => ({
      name,
      quotes: e.quotes,
      kind: [...e.kinds.entries()].sort((a, b) => b[1] - a[1])[0]![0],
      flags: speakerFlags(name),
    }))
    .sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
  const flagged = rows.filter((r) => suspect(r.flags));
  const oneWord = rows.filter((r) => r.flags.includes('one-word'));
  const summary = {
    input: positionals,
    articles: result.articles.length,
    quotes: result.quotes.length,
    withName: result.quotes.filter((q) => q.attribution.name !== null).length,
    speakers: rows.length,
    suspectSpeakers: flagged.length,
    suspectQuotes: flagged.reduce((n, r) => n + r.quotes, 0),
    oneWordSpeakers: oneWord.length,
    oneWordQuotes: oneWord.reduce((n, r) => n + r.quotes, 0),
    problems: problems.length,
  };
  if (options.json) {
    console.log(JSON.stringify({ summary, top: rows.slice(0, options.top), flagged, oneWord }, null, 2));
  } else {
    for (const p of problems)
      console.error(`speaker-audit: ${p.file}${p.line === null ? '' : ` line ${p.line}`}: ${p.message}`);
    console.log(
      Object.entries(summary)
        .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(' ') : v}`)
        .join('\n'),
    );
    const show = (r: (typeof rows)[number]): string =>
      `${String(r.quotes).padStart(5)}  ${r.name}  [${r.kind}]${r.flags.length ? `  ${r.flags.join(',')}` : ''}`;
    console.log(`\ntop ${options.top} speakers:`);
    for (const r of rows.slice(0, options.top)) console.log(show(r));
    console.log(`\nsuspect speakers (${flagged.length}):`);
    for (const r of options.all ? flagged : flagged.slice(0, options.top)) console.log(show(r));
    console.log(`\none-word speakers (${oneWord.length}):`);
    for (const r of options.all ? oneWord : oneWord.slice(0, options.top)) console.log(show(r));
  }
  return problems.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`speaker-audit: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
