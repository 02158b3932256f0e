/** Connections: a pg Pool per database URL, with a statement timeout on every query and errors said plainly. */
import pg from 'pg';
import { SearchBudgetExceeded } from '../../search/budget.js';
import { BackendUnavailable } from '../contract.js';

export interface PoolOptions {
  /** Connections at most (default 10). */
  max?: number;
  /** Every statement is cancelled past this many milliseconds (default 5,000; 0: no limit, for ingest). */
  statementTimeoutMs?: number;
  /** Giving up on connecting after this many milliseconds (default 3,000). */
  connectTimeoutMs?: number;
  /** Name shown in pg_stat_activity. */
  applicationName?: string;
  /**
   * Planner settings for searches (PostgresBackend's read pool): no parallel scans (a window is the first matches
   * in the table's order; workers return rows in any order and read the whole table), no sequential scan where an
   * index answers (a window reads its candidates only as far as it goes, which the planner does not know: at 1M it
   * chose to scan the table for a word in a tenth of the quotes), and work_mem for exact bitmaps of a frequent word
   * (at 4 MB, a word in 100,000 of a million quotes made a lossy bitmap, every row of its pages rechecked); see
   * {@link connectionOptions}.
   */
  forSearch?: boolean;
}

/**
 * The settings every connection of a pool is opened with (`options` of the connection). No JIT: the planner's cost
 * estimates for tsvector matches reach its threshold, and compiling took ~0.6 s of a 0.9 s query. Scans start at the
 * table's first page: a search reads a bounded window of the first matches in the search table's (newest-first) order
 * and estimates past it, and a synchronized scan (a table over a quarter of shared_buffers) would start wherever
 * another scan is. (No trigram setting: typo tolerance expands words in this process, see vocabulary.ts.)
 *
 * `forSearch` adds the planner settings of PoolOptions.forSearch, and no read-ahead advice in bitmap heap scans
 * (`effective_io_concurrency=0`): a search's window reads ~4,700 pages of the search table at 1M, one a row, and with
 * the server default (1) each page not in shared_buffers was announced to the kernel first (a posix_fadvise call a
 * page) although it was in the page cache. Measured at 1M (pg-ab --set effective_io_concurrency=0, two rounds, load
 * 8-12): database CPU a search plain 19.05 -> 17.95 ms, speaker 26.02 -> 24.63, phrase 16.15 -> 14.98, faceted 36.92 ->
 * 35.30, answers identical. A database much larger than memory, on disks that gain from read-ahead, may want the
 * default back: not measured here.
 */
export function connectionOptions(forSearch: boolean): string {
  return `-c jit=off -c synchronize_seqscans=off${
    forSearch
      ? ' -c max_parallel_workers_per_gather=0 -c enable_seqscan=off -c work_mem=16MB -c effective_io_concurrency=0'
      : ''
  }`;
}

export const defaultPoolOptions: Required<PoolOptions> = {
  forSearch: false,
  max: 10,
  statementTimeoutMs: 5_000,
  connectTimeoutMs: 3_000,
  applicationName: 'verbatim',
};

/** Opens a pool on `url`. An idle connection that fails (the server restarted) is dropped, never thrown. */
export function openPool(url: string, options: PoolOptions = {}): pg.Pool {
  const o = { ...defaultPoolOptions, ...options };
  const pool = new pg.Pool({
    connectionString: url,
    max: o.max,
    statement_timeout: o.statementTimeoutMs > 0 ? o.statementTimeoutMs : undefined,
    connectionTimeoutMillis: o.connectTimeoutMs,
    idleTimeoutMillis: 10_000,
    application_name: o.applicationName,
    options: connectionOptions(o.forSearch),
  });
  // A pooled idle client whose server went away emits 'error'; the pool removes it. Left unheard it would crash.
  pool.on('error', () => {});
  return pool;
}

/** SQLSTATE classes and codes that mean "the database is not there right now", not "the query is wrong". */
const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006']);
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
  'EAI_AGAIN',
]);

/** True when `error` says the database cannot be reached (down, restarting, refusing, too many connections). */
export function isUnavailable(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === 'string' ? e.code : '';
  if (UNAVAILABLE_CODES.has(code) || NETWORK_CODES.has(code)) return true;
  const message = typeof e?.message === 'string' ? e.message : '';
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
    message,
  );
}

/** Turns a driver error into what the layers above understand: unavailable, over budget, or the error itself. */
export function translateError(error: unknown, budgetMs?: number): unknown {
  if (error instanceof BackendUnavailable || error instanceof SearchBudgetExceeded) return error;
  if (isUnavailable(error)) {
    const reason = error instanceof Error ? error.message : String(error);
    return new BackendUnavailable(`postgres: database unreachable (${reason.split('\n')[0]})`);
  }
  // 57014: query_canceled, what statement_timeout raises.
  if ((error as { code?: unknown } | null)?.code === '57014') return new SearchBudgetExceeded(budgetMs ?? 0);
  return error;
}

/** Runs `work` with one client in a transaction (committed, or rolled back when it throws). */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
