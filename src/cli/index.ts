/** `verbatim index`: corpus folder ─▶ index folder. (The command's file, not the folder's public surface.) */
import { MIN_MEMORY_MB } from '../build/budget.js';
import { parseDatabaseConfig, readEnv } from '../config.js';
import { EXIT, parseCommand, UsageError } from './args.js';
import { progressBar, progressLines, reportProblems, write, type CliIO } from './output.js';

/** Runs `verbatim index` (see commands.ts for what it takes). */
export async function run(args: string[], io: CliIO): Promise<number> {
  // With DATABASE_URL set the corpus goes into PostgreSQL (cli/ingest.ts); only then is the ingest loaded, and
  // only otherwise the index builder.
  const database = parseDatabaseConfig(io.env);
  if (!database.ok) throw new UsageError('index', database.message);
  if (database.url) return (await import('./ingest.js')).ingest(args, io, database.url);
  const { values } = parseCommand(
    'index',
    args,
    {
      corpus: { type: 'string' },
      out: { type: 'string' },
      'follow-links': { type: 'boolean', default: false },
      'memory-mb': { type: 'string' },
    },
    false,
  );
  const memoryMb = values['memory-mb'] !== undefined ? Number(values['memory-mb']) : undefined;
  if (memoryMb !== undefined && (!Number.isInteger(memoryMb) || memoryMb < MIN_MEMORY_MB))
    throw new UsageError(
      'index',
      `index: --memory-mb '${values['memory-mb']}' must be a whole number of MB ≥ ${MIN_MEMORY_MB}`,
    );
  const env =
    values.corpus === undefined || values.out === undefined ? readEnv(['CORPUS_DIR', 'INDEX_DIR'], io.env) : null;
  const corpusDir = values.corpus ?? env!.CORPUS_DIR;
  const outDir = values.out ?? env!.INDEX_DIR;
  const { buildIndex, buildInWorker } = await import('../build/index.js');
  const bar = io.stderr.isTTY ? progressBar(io.stderr) : progressLines(io.stderr);
  let summary;
  try {
    // With a budget the build runs on a worker thread whose heap is given its share of it (see BuildRequest).
    summary =
      memoryMb === undefined
        ? await buildIndex({
            corpusDir,
            outDir,
            followLinks: values['follow-links'],
            onProgress: (p) => bar.update(p),
          })
        : (await buildInWorker(
            { mode: 'force', corpusDir, indexDir: outDir, followLinks: values['follow-links'], memoryMb, quiet: true },
            (line) => void write(io.stderr, `${line}\n`),
            (p) => bar.update(p),
          ).result)!;
  } finally {
    bar.clear();
  }
  await reportProblems(io, summary.problems);
  const reused = summary.reusedArticles > 0 ? ` (${summary.reusedArticles} articles reused)` : '';
  await write(
    io.stdout,
    `indexed ${summary.articles} articles, ${summary.quotes} quotes, ${summary.speakers} speakers, ` +
      `${summary.skipped} skipped, in ${summary.seconds.toFixed(1)} s${reused} → ${outDir}\n`,
  );
  return summary.skipped > 0 ? EXIT.skipped : EXIT.ok;
}
