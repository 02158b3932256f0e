/**
 * `verbatim index` with DATABASE_URL set: the corpus (or one shard of it) into PostgreSQL. Loaded only then, so a
 * shard's process starts with the driver, the corpus reader and the ingest, not the embedded index's builder.
 */
import { ingestCorpus, parseShard } from '../backend/postgres/ingest.js';
import { migrate } from '../backend/postgres/migrate.js';
import { readEnv } from '../config.js';
import { EXIT, parseCommand, UsageError } from './args.js';
import { openWritePool, phaseText } from './db.js';
import { reportProblems, write, type CliIO } from './output.js';

/** `verbatim index` with DATABASE_URL set: migrate, ingest (one shard or all), finalize when unsharded and changed. */
export async function ingest(args: string[], io: CliIO, url: string): Promise<number> {
  const { values } = parseCommand(
    'index',
    args,
    {
      corpus: { type: 'string' },
      shard: { type: 'string' },
      prune: { type: 'boolean', default: false },
      out: { type: 'string' },
      batch: { type: 'string' },
      'extract-cache': { type: 'string' },
    },
    false,
  );
  if (values.out !== undefined)
    throw new UsageError(
      'index',
      'index: --out names an index folder; with DATABASE_URL set the corpus is indexed into the database',
    );
  const shard = values.shard !== undefined ? parseShard(values.shard) : undefined;
  if (shard === null)
    throw new UsageError('index', `index: --shard '${values.shard}' must be i/n with 1 ≤ i ≤ n (e.g. 2/4)`);
  const batch = values.batch !== undefined ? Number(values.batch) : undefined;
  if (batch !== undefined && (!Number.isInteger(batch) || batch < 1))
    throw new UsageError('index', `index: --batch '${values.batch}' must be a whole number of articles ≥ 1`);
  const corpusDir = values.corpus ?? readEnv(['CORPUS_DIR'], io.env).CORPUS_DIR;
  const pool = openWritePool(url);
  try {
    await migrate(pool);
    const s = await ingestCorpus(pool, {
      corpusDir,
      shard,
      prune: values.prune,
      batchArticles: batch,
      extractCache: values['extract-cache'],
    });
    await reportProblems(io, s.problems);
    const part = shard ? ` (shard ${shard.index + 1}/${shard.count})` : '';
    await write(
      io.stdout,
      `ingested${part} ${s.loaded} articles (${s.unchanged} unchanged, ${s.pruned} pruned), ${s.quotes} quotes, ` +
        `${s.problems.length} skipped, in ${s.seconds.toFixed(1)} s (${s.extractSeconds.toFixed(1)} s extracting, ${s.writeSeconds.toFixed(1)} s writing; ` +
        `${s.readSeconds.toFixed(1)} s reading the corpus` +
        `${values['extract-cache'] !== undefined ? `, ${s.cacheSeconds.toFixed(1)} s reading the extraction cache; ${s.cachedArticles} articles from the extraction cache` : ''})\n`,
    );
    if (shard) await write(io.stdout, 'run verbatim db finalize once every shard is done\n');
    else {
      const { finalizeCorpus, finalizePending } = await import('../backend/postgres/finalize.js');
      if (s.loaded + s.pruned > 0 || (await finalizePending(pool))) {
        const f = await finalizeCorpus(pool);
        await write(
          io.stdout,
          `finalized ${f.quotes} quotes: ${f.speakers} speakers, ${f.statements} statements of several reports, in ${f.seconds.toFixed(1)} s (${phaseText(f.phases)})\n`,
        );
      }
    }
    return s.problems.length > 0 ? EXIT.skipped : EXIT.ok;
  } finally {
    await pool.end();
  }
}
