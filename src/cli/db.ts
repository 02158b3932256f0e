/**
 * `verbatim db migrate | finalize | status`. (The command's file, not the folder's public surface.) What `verbatim
 * index` runs when DATABASE_URL is set is ingest.ts. Each subcommand imports the part of the backend it runs: a
 * migration needs the driver only, `status` the backend that the site reads through.
 */
import type pg from 'pg';
import { parseDatabaseConfig } from '../config.js';
import { migrate } from '../backend/postgres/migrate.js';
import { openPool, type PoolOptions } from '../backend/postgres/pool.js';
import { EXIT, parseCommand, UsageError } from './args.js';
import { write, type CliIO } from './output.js';

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
export const WRITE_POOL: PoolOptions = {
  statementTimeoutMs: 0,
  connectTimeoutMs: 60_000,
  max: 4,
  applicationName: 'verbatim-ingest',
};

/** The connections an ingest or a finalize writes through. */
export function openWritePool(url: string): pg.Pool {
  return openPool(url, WRITE_POOL);
}

/** Runs `verbatim db` (see commands.ts for what it takes). */
export async function run(args: string[], io: CliIO): Promise<number> {
  const { positionals } = parseCommand('db', args, {}, true);
  const [sub, extra] = positionals;
  if (extra !== undefined) throw new UsageError('db', `db: unexpected argument '${extra}'`);
  if (sub !== 'migrate' && sub !== 'finalize' && sub !== 'status')
    throw new UsageError('db', `db: unknown subcommand '${sub ?? ''}' (migrate, finalize or status)`);
  const url = databaseUrl('db', io);
  if (sub === 'status') {
    const { PostgresBackend } = await import('../backend/postgres/backend.js');
    const backend = new PostgresBackend(url, { ...WRITE_POOL, metadataTtlMs: 0 });
    try {
      const d = await backend.describe();
      await write(
        io.stdout,
        `schema ${d.version}; ${d.counts.articles} articles, ${d.counts.quotes} quotes, ${d.counts.speakers} speakers; ` +
          `finalized ${d.builtAt ?? 'never'}${d.pendingFinalize ? '; articles ingested since: run verbatim db finalize' : ''}\n`,
      );
      return EXIT.ok;
    } finally {
      await backend.close();
    }
  }
  const pool = openWritePool(url);
  try {
    if (sub === 'migrate') {
      const applied = await migrate(pool);
      await write(
        io.stdout,
        applied.length === 0
          ? 'migrate: up to date\n'
          : applied.map((m) => `migrate: applied ${m.version} ${m.name}\n`).join(''),
      );
    } else {
      const { finalizeCorpus } = await import('../backend/postgres/finalize.js');
      const s = await finalizeCorpus(pool);
      await write(
        io.stdout,
        `finalized ${s.articles} articles, ${s.quotes} quotes: ${s.speakers} speakers, ${s.statements} statements of several reports, in ${s.seconds.toFixed(1)} s (${phaseText(s.phases)})\n`,
      );
    }
    return EXIT.ok;
  } finally {
    await pool.end();
  }
}

/** `read 1.2 s, resolve 3.4 s, …`: where a finalize's time went. */
export function phaseText(phases: Record<string, number>): string {
  return Object.entries(phases)
    .map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`)
    .join(', ');
}
