/**
 * `verbatim`: the command line.
 *
 *   verbatim index     corpus folder ─▶ index folder
 *   verbatim search    query the index
 *   verbatim speakers  list who is quoted
 *   verbatim extract   files ─▶ quotes (no index)
 *   verbatim serve     the search site
 *
 * Exit status: 0 all went well, 1 some inputs were skipped, 2 usage error (nothing done), 3 failed.
 */
import { once } from 'node:events';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { IndexError, loadIndex, quoteDate, type LoadedIndex } from '../store/index.js';
import { buildIndex, type BuildProgress } from '../build/index.js';
import { BuildRefusedError, systemFailure } from '../store/errors.js';
import { processArticles } from '../build/pipeline.js';
import type { SearchRequest } from '../search/types.js';
import type { Article, InputProblem, Quote, Speaker } from '../model/types.js';
import { databaseConfig, debugEnabled } from '../config.js';
import { dbCommand, ingestCommand } from './db.js';

const USAGE = `Usage: verbatim <command> [options]

Commands:
  index [--corpus DIR] [--out DIR]            build the index (default: corpus → index)
  search <query> [--speaker ID|NAME] [--from DATE] [--to DATE] [--limit N] [--json] [--index DIR]
                                              search quotes (DATE: YYYY, YYYY-MM or YYYY-MM-DD)
  speakers [--json] [--index DIR]             list speakers, most quoted first
  extract <file|folder|articles.jsonl>... [--format jsonl|json|text]
                                              extract quotes without indexing (default format: jsonl)
  serve [--port N] [--watch] [--corpus DIR] [--index DIR]
                                              run the search site (SIGHUP rebuilds the index)
  db migrate|finalize|status                  PostgreSQL (DATABASE_URL): schema, corpus-wide step, state;
                                              with DATABASE_URL set, index ingests: [--shard i/n] [--prune]
  help                                        show this text

Exit status:
  0  all went well
  1  done, but some inputs were skipped (each one named on stderr)
  2  usage: the command line cannot be run as given, nothing was done (a bad flag or value;
     --out is not a new, empty or Verbatim-built folder; --out and --corpus overlap)
  3  failed: the index is missing or unusable, the output is not writable or the disk is full,
     another build is writing the same --out, or an internal error (VERBATIM_DEBUG=1 shows its stack);
     a failed build leaves the previous index as it was
`;

/** A command line that cannot be run as given: reported with the usage text, exit status 2. */
class UsageError extends Error {}

export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Print the stack of an internal error (VERBATIM_DEBUG=1). */
  debug?: boolean;
}

/** Exit statuses, as `verbatim help` lists them. */
export const EXIT = { ok: 0, skipped: 1, usage: 2, failed: 3 } as const;

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses one command's arguments strictly; unknown flags and bad shapes become usage errors. */
function parse<T extends Options>(command: string, args: string[], options: T, positionals: boolean) {
  try {
    return parseArgs({ args, options, allowPositionals: positionals, strict: true });
  } catch (error) {
    throw new UsageError(`${command}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Writes to a stream, waiting when its buffer is full so long outputs stream at the reader's pace. */
async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** Collects output lines into moderate chunks before writing them. */
function lineWriter(stream: NodeJS.WritableStream) {
  let pending: string[] = [];
  let size = 0;
  return {
    async line(text: string): Promise<void> {
      pending.push(text, '\n');
      size += text.length + 1;
      if (size >= 1 << 16) await this.flush();
    },
    async flush(): Promise<void> {
      if (pending.length === 0) return;
      const chunk = pending.join('');
      pending = [];
      size = 0;
      await write(stream, chunk);
    },
  };
}

/** A problem as one stderr line that names its file and line (most messages already do). */
function problemLine(problem: InputProblem): string {
  if (problem.message.includes(`'${problem.file}'`)) return problem.message;
  return `'${problem.file}'${problem.line !== null ? ` line ${problem.line}` : ''}: ${problem.message}`;
}

async function reportProblems(io: CliIO, problems: InputProblem[]): Promise<void> {
  for (const problem of problems) await write(io.stderr, `${problemLine(problem)}\n`);
}

function progressText(p: BuildProgress): string {
  const quotes = p.quotes !== undefined ? `, ${p.quotes} quotes so far` : '';
  return p.phase === 'extract' ? `extract ${p.done}/${p.total} articles${quotes}` : `${p.phase} ${p.done}/${p.total}`;
}

/** A one-line progress bar on a terminal, redrawn at most ten times a second. */
function progressBar(stream: CliIO['stderr']) {
  let last = 0;
  let drawn = false;
  return {
    update(p: BuildProgress): void {
      const now = Date.now();
      if (now - last < 100 && p.done !== p.total) return;
      last = now;
      const width = 30;
      const filled = p.total > 0 ? Math.round((p.done / p.total) * width) : 0;
      const quotes = p.quotes !== undefined ? `, ${p.quotes} quotes` : '';
      stream.write(`\r${p.phase.padEnd(8)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done}/${p.total}${quotes}\x1b[K`);
      drawn = true;
    },
    clear(): void {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}

/**
 * Progress for a log or a pipe (no terminal): a plain line at most every `everyMs`, the first one `everyMs`
 * after the start, so a short build prints nothing and a long one shows it is alive.
 */
export function progressLines(stream: NodeJS.WritableStream, everyMs = 5000, now: () => number = Date.now) {
  let last = now();
  return {
    update(p: BuildProgress): void {
      const t = now();
      if (t - last < everyMs) return;
      last = t;
      stream.write(`index: ${progressText(p)}\n`);
    },
    clear(): void {},
  };
}

async function indexCommand(args: string[], io: CliIO): Promise<number> {
  const database = databaseConfig();
  if (!database.ok || database.url) return ingestCommand(args, io);
  const { values } = parse('index', args, { corpus: { type: 'string', default: 'corpus' }, out: { type: 'string', default: 'index' } }, false);
  const bar = io.stderr.isTTY ? progressBar(io.stderr) : progressLines(io.stderr);
  let summary;
  try {
    summary = await buildIndex({ corpusDir: values.corpus, outDir: values.out, onProgress: (p) => bar.update(p) });
  } finally {
    bar.clear();
  }
  await reportProblems(io, summary.problems);
  const reused = summary.reusedArticles > 0 ? ` (${summary.reusedArticles} articles reused)` : '';
  await write(
    io.stdout,
    `indexed ${summary.articles} articles, ${summary.quotes} quotes, ${summary.speakers} speakers, ` +
      `${summary.skipped} skipped, in ${summary.seconds.toFixed(1)} s${reused} → ${values.out}\n`,
  );
  return summary.skipped > 0 ? EXIT.skipped : EXIT.ok;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` → a full date at the start (`from`) or end (`to`) of the period. */
function parseDateBound(flag: 'from' | 'to', value: string | undefined): string | null {
  if (value === undefined) return null;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  const year = Number(match?.[1]);
  const month = match?.[2] ? Number(match[2]) : flag === 'from' ? 1 : 12;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = match?.[3] ? Number(match[3]) : flag === 'from' ? 1 : lastDay;
  if (!match || month < 1 || month > 12 || day < 1 || day > lastDay) {
    throw new UsageError(`search: --${flag} '${value}' is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A speaker given by id, name or alias (case-insensitive); among several, the most quoted. */
function findSpeaker(index: LoadedIndex, given: string): Speaker {
  const exact = index.speakers.get(given);
  if (exact) return exact;
  const wanted = given.trim().toLowerCase();
  const matches = [...index.speakers.values()]
    .filter((s) => s.id === wanted || s.name.toLowerCase() === wanted || s.aliases.some((a) => a.toLowerCase() === wanted))
    .sort((a, b) => b.quoteCount - a.quoteCount || a.id.localeCompare(b.id));
  const found = matches[0];
  if (!found) throw new UsageError(`search: no speaker matches '${given}' (see 'verbatim speakers')`);
  return found;
}

async function openIndex(dir: string, io: CliIO): Promise<LoadedIndex | null> {
  try {
    return await loadIndex(dir);
  } catch (error) {
    if (!(error instanceof IndexError)) throw error;
    await write(io.stderr, `${error.message}\n`);
    return null;
  }
}

async function searchCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(
    'search',
    args,
    {
      speaker: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      limit: { type: 'string', default: '10' },
      json: { type: 'boolean', default: false },
      index: { type: 'string', default: 'index' },
    },
    true,
  );
  if (positionals.length === 0) throw new UsageError('search: missing <query>');
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError(`search: --limit '${values.limit}' must be a whole number from 1 to 1000`);
  const from = parseDateBound('from', values.from);
  const to = parseDateBound('to', values.to);
  const index = await openIndex(values.index, io);
  if (!index) return EXIT.failed;
  const speaker = values.speaker !== undefined ? findSpeaker(index, values.speaker) : null;
  const request: SearchRequest = {
    q: positionals.join(' '),
    speakers: speaker ? [speaker.id] : [],
    publishers: [],
    from,
    to,
    sort: 'relevance',
    page: 1,
    limit,
  };
  const response = index.search.search(request);
  if (values.json) {
    await write(io.stdout, `${JSON.stringify(response, null, 2)}\n`);
    return 0;
  }
  const out = lineWriter(io.stdout);
  await out.line(`${response.total} ${response.total === 1 ? 'quote' : 'quotes'} for ${JSON.stringify(request.q)}${speaker ? ` by ${speaker.name}` : ''}`);
  for (const suggestion of response.suggestions) await out.line(`  did you mean: ${suggestion}`);
  for (const [i, hit] of response.results.entries()) {
    const q = hit.quote;
    await out.line('');
    await out.line(`${i + 1}. “${q.text}”`);
    await out.line(`   — ${whoSaid(q, index.speakers)}, ${quoteDate(q) || 'undated'} · ${articleLabel(index.articles.get(q.articleId))} [${q.id}]`);
  }
  await out.flush();
  return 0;
}

function whoSaid(quote: Quote, speakers: Map<string, Speaker>): string {
  const name = (quote.speakerId ? speakers.get(quote.speakerId)?.name : null) ?? quote.attribution.name ?? 'unattributed';
  return quote.attribution.role ? `${name} (${quote.attribution.role})` : name;
}

function articleLabel(article: Article | undefined): string {
  if (!article) return 'unknown article';
  return [article.title ?? article.path, article.publisher].filter(Boolean).join(' · ');
}

async function speakersCommand(args: string[], io: CliIO): Promise<number> {
  const { values } = parse('speakers', args, { json: { type: 'boolean', default: false }, index: { type: 'string', default: 'index' } }, false);
  const index = await openIndex(values.index, io);
  if (!index) return EXIT.failed;
  const speakers = [...index.speakers.values()].sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name));
  if (values.json) {
    await write(io.stdout, `${JSON.stringify(speakers, null, 2)}\n`);
    return 0;
  }
  const out = lineWriter(io.stdout);
  const idWidth = Math.min(40, Math.max(2, ...speakers.map((s) => s.id.length)));
  await out.line(`${'quotes'.padStart(6)}  ${'id'.padEnd(idWidth)}  name (role)`);
  for (const s of speakers) {
    await out.line(`${String(s.quoteCount).padStart(6)}  ${s.id.padEnd(idWidth)}  ${s.name}${s.roles[0] ? ` (${s.roles[0]})` : ''}`);
  }
  await out.flush();
  return 0;
}

const EXTRACT_FORMATS = ['jsonl', 'json', 'text'] as const;
type ExtractFormat = (typeof EXTRACT_FORMATS)[number];

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
    article: article && article.line !== null && article.recordId !== null ? article.recordId : quote.articleId,
    start: piece?.start ?? quote.start,
    end: piece?.end ?? quote.end,
    text: piece && article ? article.text.slice(piece.start, piece.end) : quote.text,
    ...(piece ? { piece: piece.index, pieces: quote.pieces.length } : { pieces: quote.pieces }),
    speaker: (quote.speakerId ? speakers.get(quote.speakerId)?.name : null) ?? a.name,
    speakerId: quote.speakerId,
    role: a.role,
    kind: quote.kind,
    saidAt: quote.saidAt?.value ?? null,
    saidAtPrecision: quote.saidAt?.precision ?? null,
    publishedAt: quote.publishedAt,
    cue: a.cue?.text ?? null,
    reason: a.reason,
    confidence: a.confidence,
  };
}

async function extractCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse('extract', args, { format: { type: 'string', default: 'jsonl' } }, true);
  if (positionals.length === 0) throw new UsageError('extract: missing <file|folder|articles.jsonl>');
  const format = values.format as ExtractFormat;
  if (!EXTRACT_FORMATS.includes(format)) throw new UsageError(`extract: --format '${values.format}' must be one of ${EXTRACT_FORMATS.join(', ')}`);

  const { loadInputs } = await import('../corpus/index.js');
  const inputs = await loadInputs(positionals);
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
      await out.line(`${record.article} ${record.start}-${record.end}  ${record.speaker ?? 'unattributed'}${role}${when}${record.cue ? ` [${record.cue}]` : ''}: “${record.text}”`);
    }
  }
  if (format === 'json') await out.line(']');
  await out.flush();
  return problems.length > 0 ? EXIT.skipped : EXIT.ok;
}

async function serveCommand(args: string[]): Promise<number> {
  const { values } = parse(
    'serve',
    args,
    {
      port: { type: 'string' },
      watch: { type: 'boolean', default: false },
      corpus: { type: 'string' },
      index: { type: 'string' },
    },
    false,
  );
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535)) {
    throw new UsageError(`serve: --port '${values.port}' must be a port number (0-65535)`);
  }
  const { startServer } = await import('../server.js');
  // Unset options fall back to the server's configuration (environment), so they are passed through as given.
  await startServer({ port, watch: values.watch, corpusDir: values.corpus, indexDir: values.index });
  return 0;
}

const COMMANDS: Record<string, (args: string[], io: CliIO) => Promise<number>> = {
  index: indexCommand,
  search: searchCommand,
  speakers: speakersCommand,
  extract: extractCommand,
  serve: serveCommand,
  db: dbCommand,
};

/** Runs one command line (without `node` and the script) and returns the exit status. */
export async function main(argv: string[], io: CliIO = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'help' || command === '--help' || command === '-h') {
    await write(io.stdout, USAGE);
    return 0;
  }
  try {
    if (command === undefined) throw new UsageError('missing command');
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`unknown command '${command}'`);
    return await run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      await write(io.stderr, `verbatim: ${error.message}\n\n${USAGE}`);
      return EXIT.usage;
    }
    await write(io.stderr, `${failureLine(error, io.debug === true)}\n`);
    return error instanceof BuildRefusedError ? EXIT.usage : EXIT.failed;
  }
}

/**
 * A failure in one line: an index or file-system failure as it is (no stack: it is the machine's state, not a
 * bug); anything else is an internal error, with its stack only when asked for.
 */
export function failureLine(error: unknown, debug: boolean): string {
  if (error instanceof IndexError) return error.message;
  const failure = systemFailure(error);
  const file = (error as NodeJS.ErrnoException | null)?.path;
  if (failure !== null) return `verbatim: ${file ? `'${file}': ` : ''}${failure}`;
  const message = error instanceof Error ? error.message : String(error);
  if (debug && error instanceof Error && error.stack) return `verbatim: internal error: ${error.stack}`;
  return `verbatim: internal error: ${message.split('\n')[0]} (VERBATIM_DEBUG=1 shows where)`;
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    const real = realpathSync(script);
    const here = fileURLToPath(import.meta.url);
    return real === here || real === path.resolve(path.dirname(here), '..', '..', 'bin', 'verbatim.js');
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  // A reader that stops early (`verbatim extract … | head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const debug = debugEnabled();
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, debug }).then(
    (status) => {
      process.exitCode = status;
    },
    (error: unknown) => {
      process.stderr.write(`${failureLine(error, debug)}\n`);
      process.exitCode = EXIT.failed;
    },
  );
}
