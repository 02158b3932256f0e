/**
 * Versioned migrations: the ordered SQL files of migrations/ (`NNN_name.sql`), each applied once, in one
 * transaction under an advisory lock (two processes migrating at once: the second waits, then finds nothing to do).
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type pg from 'pg';

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const FILE = /^(\d{3,})_([a-z0-9_-]+)\.sql$/;
/** Advisory lock key of migrations and finalize ('verbatim' as a number). */
export const LOCK_MIGRATE = 0x76657262;
export const LOCK_FINALIZE = 0x76657263;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The migrations shipped with this Verbatim, by version. Throws on a misnamed file or a repeated version. */
export async function listMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const out: Migration[] = [];
  for (const file of (await readdir(dir)).sort()) {
    const m = FILE.exec(file);
    if (!m) throw new Error(`postgres: '${path.join(dir, file)}' is not named NNN_name.sql`);
    const version = Number(m[1]);
    if (out.some((x) => x.version === version))
      throw new Error(`postgres: migration version ${version} is given twice in '${dir}'`);
    out.push({ version, name: m[2]!, sql: await readFile(path.join(dir, file), 'utf8') });
  }
  return out;
}

/** Applies the migrations not applied yet; returns those it applied. */
export async function migrate(pool: pg.Pool, migrations?: Migration[]): Promise<Migration[]> {
  const all = migrations ?? (await listMigrations());
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_MIGRATE]);
    await client.query(
      `CREATE TABLE IF NOT EXISTS verbatim_migrations (
         version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const done = new Set(
      (await client.query<{ version: number }>('SELECT version FROM verbatim_migrations')).rows.map((r) => r.version),
    );
    const applied: Migration[] = [];
    for (const m of all) {
      if (done.has(m.version)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO verbatim_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      applied.push(m);
    }
    await client.query('COMMIT');
    return applied;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** The last migration applied, or 0 on a database never migrated. */
export async function schemaVersion(pool: pg.Pool): Promise<number> {
  const exists = await pool.query<{ t: string | null }>("SELECT to_regclass('verbatim_migrations')::text AS t");
  if (!exists.rows[0]?.t) return 0;
  const r = await pool.query<{ v: number | null }>('SELECT max(version) AS v FROM verbatim_migrations');
  return r.rows[0]?.v ?? 0;
}
