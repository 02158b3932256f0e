/**
 * `verbatim db migrate | finalize | status`, and what `verbatim index` runs when DATABASE_URL is set (ingest into
 * PostgreSQL). (The command's file, not the folder's public surface.)
 */
import { parseDatabaseConfig, readEnv } from '../config.js';
import { finalizeCorpus, ingestCorpus, migrate, parseShard, PostgresBackend } from '../backend/postgres/index.js';
import { EXIT, parseCommand, UsageError, type Command } from './args.js';
import { reportProblems, write, type CliIO } from './output.js';

export const dbCommand: Command = {
  name: 'db',
  summary: 'PostgreSQL: apply migrations, run the corpus-wide step, show the state',
  synopsis: '<migrate|finalize|status>',
  description:
    'migrate: applies the schema migrations not applied yet (in one transaction, under a lock).\n' +
    'finalize: resolves speakers and groups statements over the whole stored corpus: run it once every\n' +
    '  `verbatim index --shard i/n` is done (an unsharded ingest runs it itself).\n' +
    'status: counts, schema version, and whether articles were ingested since the last finalize.',
  options: [],
  environment: ['DATABASE_URL'],
  run: runDb,
};

/** The database URL of the environment; a usage error naming `command` when none is set. */
function databaseUrl(command: string, io: CliIO): string {
  const config = parseDatabaseConfig(io.env);
  if (!config.ok) throw new UsageError(command, config.message);
  if (!config.url) throw new UsageError(command, `${command}: DATABASE_URL is not set (postgres://…)`);
  return config.url;
}

/**
 * Ingest and finalize run without a statement timeout: one batch's COPY may take long on a large corpus. A connection
 * may wait up to a minute: an ingest's extraction holds the event loop for seconds at a time, and a connection opened
 * meanwhile timed out at the default 3 s though the server had answered (1M, load 12: "Connection terminated due to
 * connection timeout" mid-ingest).
 */
function openBackend(url: string): PostgresBackend {
  return new PostgresBackend(url, {
    statementTimeoutMs: 0,
    connectTimeoutMs: 60_000,
    max: 4,
    applicationName: 'verbatim-ingest',
    metadataTtlMs: 0,
  });
}

async function runDb(args: string[], io: CliIO): Promise<number> {
  const { positionals } = parseCommand('db', args, {}, true);
  const [sub, extra] = positionals;
  if (extra !== undefined) throw new UsageError('db', `db: unexpected argument '${extra}'`);
  if (sub !== 'migrate' && sub !== 'finalize' && sub !== 'status')
    throw new UsageError('db', `db: unknown subcommand '${sub ?? ''}' (migrate, finalize or status)`);
  const backend = openBackend(databaseUrl('db', io));
  try {
    if (sub === 'migrate') {
      const applied = await migrate(backend.pool);
      await write(
        io.stdout,
        applied.length === 0
          ? 'migrate: up to date\n'
          : applied.map((m) => `migrate: applied ${m.version} ${m.name}\n`).join(''),
      );
    } else if (sub === 'finalize') {
      const s = await finalizeCorpus(backend.pool);
      await write(
        io.stdout,
        `finalized ${s.articles} articles, ${s.quotes} quotes: ${s.speakers} speakers, ${s.statements} statements of several reports, in ${s.seconds.toFixed(1)} s (${phaseText(s.phases)})\n`,
      );
    } else {
      const d = await backend.describe();
      await write(
        io.stdout,
        `schema ${d.version}; ${d.counts.articles} articles, ${d.counts.quotes} quotes, ${d.counts.speakers} speakers; ` +
          `finalized ${d.builtAt ?? 'never'}${d.pendingFinalize ? '; articles ingested since: run verbatim db finalize' : ''}\n`,
      );
    }
    return EXIT.ok;
  } finally {
    await backend.close();
  }
}

/** `read 1.2 s, resolve 3.4 s, …`: where a finalize's time went. */
function phaseText(phases: Record<string, number>): string {
  return Object.entries(phases)
    .map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`)
    .join(', ');
}

/** Options `verbatim index` takes when DATABASE_URL is set, for its help. */
export const ingestOptions = [
  {
    flag: '--shard i/n',
    text: 'with DATABASE_URL: ingest only part i of n (run n processes at once, then `verbatim db finalize`)',
  },
  { flag: '--prune', text: 'with DATABASE_URL: delete stored articles whose files are gone' },
  { flag: '--batch N', text: 'with DATABASE_URL: articles loaded per transaction (default 4,000)' },
  {
    flag: '--extract-cache FILE',
    text: 'with DATABASE_URL: reuse the extractions kept in FILE, append the new ones (load a corpus again without extracting it)',
  },
];

/** `verbatim index` with DATABASE_URL set: migrate, ingest (one shard or all), finalize when unsharded and changed. */
export async function ingestCommand(args: string[], io: CliIO, url: string): Promise<number> {
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
  const backend = openBackend(url);
  try {
    await migrate(backend.pool);
    const s = await ingestCorpus(backend.pool, {
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
    else if (s.loaded + s.pruned > 0 || (await backend.describe()).pendingFinalize) {
      const f = await finalizeCorpus(backend.pool);
      await write(
        io.stdout,
        `finalized ${f.quotes} quotes: ${f.speakers} speakers, ${f.statements} statements of several reports, in ${f.seconds.toFixed(1)} s (${phaseText(f.phases)})\n`,
      );
    }
    return s.problems.length > 0 ? EXIT.skipped : EXIT.ok;
  } finally {
    await backend.close();
  }
}
