/**
 * Runs the real pipeline (corpus loading → extraction → corpus-wide speakers) over a corpus without
 * annotations — the BBC News set — and reports what a reader can check by hand:
 *
 *   npx tsx scripts/bbc-report.ts <articles.jsonl> [--sample 50] [--seed 42] [--top 30] [--context 150] [--overrides speakers.json] [--json]
 *
 * - articles processed, and every problem (load problems, extraction crashes, broken spans): target 0;
 * - quotes, the share with a speaker, the share whose speaker is an unresolved pronoun: target 0;
 * - a seeded random sample of quotes with context either side, the predicted speaker and the rule (for a hand check);
 * - the most quoted speakers with their aliases and roles (to spot merged or split people).
 *
 * The corpus is read at run time only; nothing of it is written anywhere. Exit status 1 when any
 * problem was found, so a crash or a skipped article never passes silently.
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadInputs } from '../src/corpus/index.js';
import { processArticles } from '../src/build/pipeline.js';
import { loadSpeakerOverrides, type SpeakerOverrides } from '../src/speakers/index.js';
import type { Article, InputProblem, Quote, Speaker } from '../src/model/types.js';

const optionsSchema = z.object({
  sample: z.coerce.number().int().min(0),
  seed: z.coerce.number().int(),
  top: z.coerce.number().int().min(0),
  context: z.coerce.number().int().min(0),
  overrides: z.string().optional(),
  json: z.boolean(),
});

type ReportOptions = z.infer<typeof optionsSchema>;

/** Words that stand for a person but name nobody: a speaker called this is an unresolved pronoun. */
const PRONOUNS = new Set([
  'he',
  'she',
  'they',
  'it',
  'we',
  'i',
  'you',
  'him',
  'her',
  'them',
  'us',
  'me',
  'his',
  'hers',
  'their',
  'its',
  'who',
  'this',
  'that',
]);

function isPronoun(name: string): boolean {
  const word = name.trim().replace(/[^A-Za-z]/g, '');
  // "US", "WHO" in capitals are acronyms, not pronouns; "I" is both.
  return PRONOUNS.has(word.toLowerCase()) && (word === 'I' || !/^[A-Z]{2,}$/.test(word));
}

/**
 * A seeded sample that stays put when the extractor changes elsewhere: each quote gets a rank from
 * sha256(seed, article id, quote text) and the lowest ranks are taken. A quote found in both runs keeps its rank,
 * so a re-run after an extractor change mostly shows the same quotes.
 */
function seededSample<T>(items: readonly T[], n: number, seed: number, key: (item: T) => string): T[] {
  const rank = (item: T): string =>
    createHash('sha256')
      .update(`${seed}\n${key(item)}`)
      .digest('hex');
  return items
    .map((item) => ({ item, r: rank(item) }))
    .sort((a, b) => a.r.localeCompare(b.r))
    .slice(0, n)
    .map((x) => x.item);
}

/** Spans that do not lie inside their article, or whose text is not the article's text there. */
function spanProblems(quotes: readonly Quote[], articles: ReadonlyMap<string, Article>): InputProblem[] {
  const problems: InputProblem[] = [];
  for (const q of quotes) {
    const article = articles.get(q.articleId);
    const where = (what: string): InputProblem => ({
      file: article?.path ?? q.articleId,
      line: article?.line ?? null,
      message: `bbc-report: quote ${q.id} in '${q.articleId}': ${what}`,
    });
    if (!article) {
      problems.push(where('its article is missing'));
      continue;
    }
    const n = article.text.length;
    const inside = (s: number, e: number): boolean => 0 <= s && s <= e && e <= n;
    if (!inside(q.start, q.end) || q.pieces.some((p) => !inside(p.start, p.end)))
      problems.push(where(`span [${q.start},${q.end}) outside the text (${n} chars)`));
    const { mention, cue } = q.attribution;
    for (const [label, s] of [
      ['mention', mention],
      ['cue', cue],
    ] as const) {
      if (s && (!inside(s.start, s.end) || article.text.slice(s.start, s.end) !== s.text))
        problems.push(where(`${label} span [${s.start},${s.end}) does not match the text`));
    }
  }
  return problems;
}

interface SampleEntry {
  quoteId: string;
  articleId: string;
  /** The text around the quote, with the quote marked ⟦…⟧ (whitespace collapsed). */
  context: string;
  quote: string;
  speaker: string | null;
  speakerId: string | null;
  name: string | null;
  role: string | null;
  kind: string | null;
  mention: string | null;
  cue: string | null;
  reason: string;
  confidence: number;
}

function sampleEntry(q: Quote, article: Article, speakers: ReadonlyMap<string, Speaker>, reach: number): SampleEntry {
  const text = article.text;
  const from = Math.max(0, q.start - reach);
  const to = Math.min(text.length, q.end + reach);
  const squash = (s: string): string => s.replace(/\s+/g, ' ');
  const context = `${from > 0 ? '…' : ''}${squash(text.slice(from, q.start))}⟦${squash(text.slice(q.start, q.end))}⟧${squash(text.slice(q.end, to))}${to < text.length ? '…' : ''}`;
  const a = q.attribution;
  return {
    quoteId: q.id,
    articleId: q.articleId,
    context,
    quote: q.text,
    speaker: q.speakerId ? (speakers.get(q.speakerId)?.name ?? null) : null,
    speakerId: q.speakerId,
    name: a.name,
    role: a.role,
    kind: a.kind,
    mention: a.mention?.text ?? null,
    cue: a.cue?.text ?? null,
    reason: a.reason,
    confidence: a.confidence,
  };
}

function share(part: number, whole: number): string {
  return whole === 0 ? '0.0%' : `${((100 * part) / whole).toFixed(1)}%`;
}

function countBy<T>(items: readonly T[], key: (item: T) => string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      sample: { type: 'string', default: '50' },
      seed: { type: 'string', default: '42' },
      top: { type: 'string', default: '30' },
      context: { type: 'string', default: '150' },
      overrides: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const parsedOptions = optionsSchema.safeParse(values);
  const [file, ...extra] = positionals;
  if (!parsedOptions.success || !file || extra.length > 0) {
    const why = parsedOptions.success
      ? ''
      : ` (${parsedOptions.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; ')})`;
    console.error(
      `bbc-report: usage: npx tsx scripts/bbc-report.ts <articles.jsonl> [--sample N] [--seed N] [--top K] [--context CHARS] [--overrides FILE] [--json]${why}`,
    );
    return 2;
  }
  const options: ReportOptions = parsedOptions.data;

  const problems: InputProblem[] = [];
  let overrides: SpeakerOverrides | null = null;
  if (options.overrides) {
    const loaded = await loadSpeakerOverrides(options.overrides);
    overrides = loaded.overrides;
    problems.push(...loaded.problems);
  }
  const load = await loadInputs([file]);
  problems.push(...load.problems);
  const started = performance.now();
  const result = processArticles(load.articles, { overrides });
  const seconds = (performance.now() - started) / 1000;
  problems.push(...result.problems);
  const articles = new Map(result.articles.map((a) => [a.id, a]));
  problems.push(...spanProblems(result.quotes, articles));
  const speakers = new Map(result.speakers.map((s) => [s.id, s]));

  const quotes = result.quotes;
  const withSpeaker = quotes.filter((q) => q.speakerId !== null);
  const unresolvedPronoun = quotes.filter(
    (q) =>
      (q.attribution.kind === 'pronoun' && q.attribution.name === null) ||
      (q.attribution.name !== null && isPronoun(q.attribution.name)),
  );
  const pronounSpeakers = result.speakers.filter((s) => isPronoun(s.name));
  const articlesWithQuotes = new Set(quotes.map((q) => q.articleId)).size;

  const sample = seededSample(quotes, options.sample, options.seed, (q) => `${q.articleId}\n${q.text}`)
    .sort((a, b) => a.articleId.localeCompare(b.articleId) || a.start - b.start)
    .map((q) => sampleEntry(q, articles.get(q.articleId)!, speakers, options.context));
  const top = [...result.speakers]
    .sort((a, b) => b.quoteCount - a.quoteCount || a.id.localeCompare(b.id))
    .slice(0, options.top)
    .map((s) => ({ id: s.id, name: s.name, kind: s.kind, quotes: s.quoteCount, aliases: s.aliases, roles: s.roles }));

  const report = {
    input: file,
    options: {
      sample: options.sample,
      seed: options.seed,
      top: options.top,
      context: options.context,
      overrides: options.overrides ?? null,
    },
    articlesLoaded: load.articles.length,
    articlesProcessed: result.articles.length,
    articlesWithQuotes,
    seconds: Number(seconds.toFixed(1)),
    problems,
    quotes: quotes.length,
    withSpeaker: withSpeaker.length,
    unresolvedPronoun: unresolvedPronoun.length,
    pronounSpeakers: pronounSpeakers.map((s) => s.id),
    speakers: result.speakers.length,
    byKind: countBy(quotes, (q) => q.attribution.kind ?? 'none'),
    byReason: countBy(quotes, (q) => q.attribution.reason),
    sample,
    top,
  };

  if (options.json) {
    console.log(JSON.stringify(report, null, 2));
    return problems.length > 0 ? 1 : 0;
  }

  const out: string[] = [];
  out.push(`# bbc-report: ${file}`);
  out.push(
    `articles: ${report.articlesProcessed} processed of ${report.articlesLoaded} loaded; ${articlesWithQuotes} with quotes; ${report.seconds}s`,
  );
  out.push(`problems: ${problems.length}`);
  for (const p of problems.slice(0, 20)) out.push(`  - ${p.file}${p.line !== null ? `:${p.line}` : ''}: ${p.message}`);
  out.push(`quotes: ${quotes.length}`);
  out.push(`with a speaker: ${withSpeaker.length} (${share(withSpeaker.length, quotes.length)})`);
  out.push(
    `unresolved pronoun speaker: ${unresolvedPronoun.length} (${share(unresolvedPronoun.length, quotes.length)}); speakers named by a pronoun: ${pronounSpeakers.length}`,
  );
  out.push(`speakers: ${result.speakers.length}`);
  out.push(`by attribution kind: ${report.byKind.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  out.push(`by rule: ${report.byReason.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  out.push('');
  out.push(`## sample: ${sample.length} quotes, seed ${options.seed}`);
  sample.forEach((s, i) => {
    out.push('');
    out.push(`[${i + 1}] ${s.articleId} ${s.quoteId}`);
    out.push(`    ${s.context}`);
    out.push(
      `    speaker: ${s.speaker ?? '—'}${s.speakerId ? ` (${s.speakerId})` : ''} | name ${JSON.stringify(s.name)} role ${JSON.stringify(s.role)} kind ${s.kind ?? '—'}`,
    );
    out.push(
      `    mention ${JSON.stringify(s.mention)} cue ${JSON.stringify(s.cue)} rule ${s.reason} (${s.confidence})`,
    );
  });
  out.push('');
  out.push(`## top ${top.length} speakers`);
  out.push('| # | speaker | id | quotes | aliases | roles |');
  out.push('|---|---|---|---|---|---|');
  top.forEach((s, i) =>
    out.push(
      `| ${i + 1} | ${s.name} | ${s.id} | ${s.quotes} | ${s.aliases.join('; ')} | ${s.roles.slice(0, 4).join('; ')} |`,
    ),
  );
  console.log(out.join('\n'));
  return problems.length > 0 ? 1 : 0;
}

process.exitCode = await main();
