/**
 * `verbatim extract`: files ─▶ quotes, without an index. Article and quote ids are the ones an index of the
 * same folder gives (paths relative to the folder given, or to the file's folder), so the output joins with
 * the API's records.
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { processArticles } from '../build/pipeline.js';
import { confidenceBand } from '../extract/confidence.js';
import type { Article, InputProblem, Quote, Speaker } from '../model/types.js';
import { EXIT, parseCommand, UsageError } from './args.js';
import { lineWriter, reportProblems, type CliIO } from './output.js';

const FORMATS = ['jsonl', 'json', 'text'] as const;
type ExtractFormat = (typeof FORMATS)[number];

/**
 * One quote as `verbatim extract` prints it: flat, with offsets into the article text as given.
 * `piece` picks one stretch of a quotation interrupted by its attribution or running over paragraphs
 * (`"A," he said, "B."`): JSON Lines output gives a line per piece, as annotated gold does, all sharing the
 * quote's `id`; without `piece` the record spans the whole quotation and `text` joins the pieces.
 */
function extractRecord(
  quote: Quote,
  article: Article | undefined,
  speakers: Map<string, Speaker>,
  piece?: { index: number; start: number; end: number },
) {
  const a = quote.attribution;
  return {
    id: quote.id,
    article: quote.articleId,
    recordId: article?.recordId ?? null,
    start: piece?.start ?? quote.start,
    end: piece?.end ?? quote.end,
    text: piece && article ? article.text.slice(piece.start, piece.end) : quote.text,
    ...(piece ? { piece: piece.index, pieces: quote.pieces.length } : { pieces: quote.pieces }),
    speaker: (quote.speakerId ? speakers.get(quote.speakerId)?.name : null) ?? a.name,
    speakerId: quote.speakerId,
    // person or organisation: the canonical speaker's kind, else what the entity layer typed the speaker as
    speakerKind: (quote.speakerId ? speakers.get(quote.speakerId)?.kind : null) ?? a.entity ?? null,
    role: a.role,
    kind: quote.kind,
    saidAt: quote.saidAt?.value ?? null,
    saidAtPrecision: quote.saidAt?.precision ?? null,
    saidAtBasis: quote.saidAt?.basis ?? null,
    saidAtRule: quote.saidAt?.rule ?? null,
    publishedAt: quote.publishedAt,
    cue: a.cue?.text ?? null,
    reason: a.reason,
    confidence: a.confidence,
    band: confidenceBand(a.confidence),
  };
}

/** The format of text given on standard input: a JSON array or object, JSON Lines, else plain text. */
export function detectFormat(text: string): 'json' | 'jsonl' | 'text' {
  const start = text.trimStart();
  if (!start.startsWith('[') && !start.startsWith('{')) return 'text';
  try {
    JSON.parse(text);
    return 'json';
  } catch {
    // Not one JSON value: records one per line when it starts as an object, else a broken array (reported).
    return start.startsWith('{') ? 'jsonl' : 'json';
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/**
 * Loads what a command line names: a folder as a build of it does, a file with its path relative to its own
 * folder, standard input as a file `stdin.<format>` (through a temp folder, so it is read by the same code,
 * limits and all).
 */
async function loadNamed(given: string[], io: CliIO): Promise<{ articles: Article[]; problems: InputProblem[] }> {
  const { loadInputs } = await import('../corpus/index.js');
  const articles: Article[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  for (const name of given) {
    let load;
    if (name === '-') {
      const bytes = await readAll(io.stdin ?? process.stdin);
      const dir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-stdin-'));
      try {
        const extension = { json: 'json', jsonl: 'jsonl', text: 'txt' }[detectFormat(bytes.toString('utf8'))];
        const file = path.join(dir, `stdin.${extension}`);
        await writeFile(file, bytes);
        load = await loadInputs([file], { relativeTo: dir });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    } else {
      const isFile = await stat(name).then(
        (s) => !s.isDirectory(),
        () => false,
      );
      load = await loadInputs([name], isFile ? { relativeTo: path.dirname(name) } : {});
    }
    for (const problem of load.problems) problems.push(problem);
    for (const article of load.articles) {
      if (seen.has(article.id)) {
        problems.push({
          file: article.path,
          line: article.line,
          message: `'${article.path}': article '${article.id}' was given twice; skipped`,
        });
        continue;
      }
      seen.add(article.id);
      articles.push(article);
    }
  }
  return { articles, problems };
}

/** Runs `verbatim extract` (see commands.ts for what it takes). */
export async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand('extract', args, { format: { type: 'string', default: 'jsonl' } }, true);
  if (positionals.length === 0)
    throw new UsageError('extract', "extract: missing <file|folder|-> (give '-' to read standard input)");
  const format = values.format as ExtractFormat;
  if (!FORMATS.includes(format))
    throw new UsageError('extract', `extract: --format '${values.format}' must be one of ${FORMATS.join(', ')}`);
  if (positionals.filter((p) => p === '-').length > 1)
    throw new UsageError('extract', "extract: '-' (standard input) can be given once");

  const inputs = await loadNamed(positionals, io);
  const result = processArticles(inputs.articles);
  const problems = [...inputs.problems, ...result.problems];
  await reportProblems(io, problems);

  const articles = new Map(result.articles.map((a) => [a.id, a]));
  const speakers = new Map(result.speakers.map((s) => [s.id, s]));
  const out = lineWriter(io.stdout);
  if (format === 'json') await out.line('[');
  for (const [i, quote] of result.quotes.entries()) {
    const article = articles.get(quote.articleId);
    if (format === 'jsonl') {
      const pieces = quote.pieces.length > 0 ? quote.pieces : [{ start: quote.start, end: quote.end }];
      for (const [index, p] of pieces.entries()) {
        await out.line(JSON.stringify(extractRecord(quote, article, speakers, { index, start: p.start, end: p.end })));
      }
      continue;
    }
    const record = extractRecord(quote, article, speakers);
    if (format === 'json') await out.line(`  ${JSON.stringify(record)}${i < result.quotes.length - 1 ? ',' : ''}`);
    else {
      const when = record.saidAt ? ` on ${record.saidAt}` : '';
      const role = record.role ? ` (${record.role})` : '';
      const cue = record.cue ? ` [${record.cue}]` : '';
      await out.line(
        `${record.article} ${record.start}-${record.end}  ${record.speaker ?? 'unattributed'}${role}${when}${cue} (${record.band}): “${record.text}”`,
      );
    }
  }
  if (format === 'json') await out.line(']');
  await out.flush();
  return problems.length > 0 ? EXIT.skipped : EXIT.ok;
}
