/**
 * `verbatim db migrate | finalize | status`, and `verbatim index` when DATABASE_URL is set (ingest into PostgreSQL).
 *
 *   verbatim db migrate                  apply the schema migrations not applied yet
 *   verbatim db finalize                 corpus-wide speakers and statements, after sharded ingests
 *   verbatim db status                   counts, schema version, whether a finalize is pending
 *   verbatim index --corpus DIR [--shard i/n] [--prune] [--batch N]   (N articles per transaction, default 1,000)
 */
import { parseArgs } from 'node:util';
import { databaseConfig } from '../config.js';
import { finalizeCorpus, ingestCorpus, migrate, parseShard, PostgresBackend } from '../backend/postgres/index.js';

interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const USAGE = `Usage: verbatim db <migrate|finalize|status>   (DATABASE_URL=postgres://… set)
       DATABASE_URL=postgres://… verbatim index [--corpus DIR] [--shard i/n] [--prune] [--batch N]
`;

/** A command line that cannot be run: its message and the usage, exit status 2. */
function usage(io: Io, message: string): number {
  io.stderr.write(`verbatim: ${message}\n\n${USAGE}`);
  return 2;
}

/** The database URL, or a usage error when none is configured. */
function databaseUrl(io: Io, command: string): string | number {
  const config = databaseConfig();
  if (!config.ok) return usage(io, config.message);
  if (!config.url) return usage(io, `${command}: DATABASE_URL is not set`);
  return config.url;
}

/** Ingest runs without a statement timeout: one batch's COPY may take long on a large corpus. */
function openBackend(url: string): PostgresBackend {
  return new PostgresBackend(url, { statementTimeoutMs: 0, max: 4, applicationName: 'verbatim-ingest' });
}

export async function dbCommand(args: string[], io: Io): Promise<number> {
  const [sub, ...rest] = args;
  if (rest.length > 0) return usage(io, `db ${sub ?? ''}: unexpected argument '${rest[0]}'`);
  if (sub !== 'migrate' && sub !== 'finalize' && sub !== 'status') return usage(io, `db: unknown subcommand '${sub ?? ''}'`);
  const url = databaseUrl(io, `db ${sub}`);
  if (typeof url === 'number') return url;
  const backend = openBackend(url);
  try {
    if (sub === 'migrate') {
      const applied = await migrate(backend.pool);
      io.stdout.write(applied.length === 0 ? 'migrate: up to date\n' : applied.map((m) => `migrate: applied ${m.version} ${m.name}\n`).join(''));
    } else if (sub === 'finalize') {
      const s = await finalizeCorpus(backend.pool);
      io.stdout.write(
        `finalized ${s.articles} articles, ${s.quotes} quotes: ${s.speakers} speakers, ${s.statements} statements of several reports, in ${s.seconds.toFixed(1)} s\n`,
      );
    } else {
      const d = await backend.describe();
      io.stdout.write(
        `schema ${d.version}; ${d.counts.articles} articles, ${d.counts.quotes} quotes, ${d.counts.speakers} speakers; ` +
          `finalized ${d.builtAt ?? 'never'}${d.pendingFinalize ? '; articles ingested since: run verbatim db finalize' : ''}\n`,
      );
    }
    return 0;
  } finally {
    await backend.close();
  }
}

/** `verbatim index` with DATABASE_URL set: migrate, ingest (one shard or all), finalize when unsharded. */
export async function ingestCommand(args: string[], io: Io): Promise<number> {
  let values: { corpus: string; shard?: string; prune: boolean; out?: string; batch?: string };
  try {
    ({ values } = parseArgs({
      args,
      options: { corpus: { type: 'string', default: 'corpus' }, shard: { type: 'string' }, prune: { type: 'boolean', default: false }, out: { type: 'string' }, batch: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    return usage(io, `index: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (values.out !== undefined) return usage(io, 'index: --out names an index folder; with DATABASE_URL set the corpus is indexed into the database');
  const shard = values.shard !== undefined ? parseShard(values.shard) : undefined;
  if (shard === null) return usage(io, `index: --shard '${values.shard}' must be i/n with 1 ≤ i ≤ n (e.g. 2/4)`);
  const batch = values.batch !== undefined ? Number(values.batch) : undefined;
  if (batch !== undefined && (!Number.isInteger(batch) || batch < 1)) return usage(io, `index: --batch '${values.batch}' must be a whole number of articles ≥ 1`);
  const url = databaseUrl(io, 'index');
  if (typeof url === 'number') return url;
  const backend = openBackend(url);
  try {
    await migrate(backend.pool);
    const s = await ingestCorpus(backend.pool, { corpusDir: values.corpus, shard, prune: values.prune, batchArticles: batch });
    for (const p of s.problems) io.stderr.write(`${p.message.includes(`'${p.file}'`) ? p.message : `'${p.file}'${p.line !== null ? ` line ${p.line}` : ''}: ${p.message}`}\n`);
    const part = shard ? ` (shard ${shard.index + 1}/${shard.count})` : '';
    io.stdout.write(
      `ingested${part} ${s.loaded} articles (${s.unchanged} unchanged, ${s.pruned} pruned), ${s.quotes} quotes, ` +
        `${s.problems.length} skipped, in ${s.seconds.toFixed(1)} s (${s.writeSeconds.toFixed(1)} s writing)\n`,
    );
    if (!shard && (s.loaded + s.pruned > 0 || (await backend.describe()).pendingFinalize)) {
      const f = await finalizeCorpus(backend.pool);
      io.stdout.write(`finalized ${f.quotes} quotes: ${f.speakers} speakers, ${f.statements} statements of several reports, in ${f.seconds.toFixed(1)} s\n`);
    } else if (shard) io.stdout.write('run verbatim db finalize once every shard is done\n');
    return s.problems.length > 0 ? 1 : 0;
  } finally {
    await backend.close();
  }
}
