/**
 * Configuration from the environment, read once through one schema. Nothing else reads `process.env`.
 *
 *   PORT        port to listen on (default 3000; 0 picks a free one)
 *   HOST        interface to bind (default localhost: reachable from this machine only)
 *   CORPUS_DIR  folder of articles (default ./corpus)
 *   INDEX_DIR   folder of the built index (default ./index)
 *   BASE_URL    public origin for canonical links and permalinks (default: taken from each request's Host)
 *   SEARCH_CACHE_MB  memory for repeated /api/search answers, in MiB (default 128; 0 turns the cache off)
 *   DATABASE_URL       PostgreSQL to serve and index into instead of the index folder (postgres://…)
 *   DATABASE_READ_URL  a read replica for searches and lookups (default: DATABASE_URL)
 */
import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, 'must be a port number (0-65535)')
    .transform(Number)
    .pipe(z.number().max(65535, 'must be a port number (0-65535)'))
    .default(3000),
  HOST: z.string().min(1, 'must not be empty').default('localhost'),
  CORPUS_DIR: z.string().min(1, 'must not be empty').default('corpus'),
  INDEX_DIR: z.string().min(1, 'must not be empty').default('index'),
  BASE_URL: z
    .url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL such as https://verbatim.example' })
    .transform((u) => u.replace(/\/+$/, ''))
    .optional(),
  SEARCH_CACHE_MB: z
    .string()
    .regex(/^\d{1,6}$/, 'must be a whole number of MiB (0 turns the cache off)')
    .transform(Number)
    .default(128),
});

export interface Config {
  port: number;
  host: string;
  corpusDir: string;
  indexDir: string;
  baseUrl: string | null;
  /** Bytes of `/api/search` answers kept for repeated requests; 0: none. */
  searchCacheBytes: number;
}

/** Parses an environment; on failure the message names each bad variable. */
export function parseConfig(
  env: Record<string, string | undefined>,
  cwd = process.cwd(),
): { ok: true; config: Readonly<Config> } | { ok: false; message: string } {
  // An empty variable (`PORT=`) means "not set", as in most shells' intent.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}=${JSON.stringify(present[String(i.path[0])] ?? '')}: ${i.message}`);
    return { ok: false, message: `config: invalid environment:\n${lines.join('\n')}` };
  }
  const v = result.data;
  return {
    ok: true,
    config: Object.freeze({
      port: v.PORT,
      host: v.HOST,
      corpusDir: path.resolve(cwd, v.CORPUS_DIR),
      indexDir: path.resolve(cwd, v.INDEX_DIR),
      baseUrl: v.BASE_URL ?? null,
      searchCacheBytes: v.SEARCH_CACHE_MB * 2 ** 20,
    }),
  };
}

let loaded: Readonly<Config> | null = null;

/**
 * The process's configuration, read from `process.env` on first call and the same frozen object after.
 * Invalid environment: the message on stderr and exit status 2.
 * (Read on first use rather than at import so that importing this module for `parseConfig` — as the tests
 * do, under a runner that sets BASE_URL=/ for its own purposes — does not end the process.)
 */
export function loadConfig(): Readonly<Config> {
  if (loaded) return loaded;
  const parsed = parseConfig(process.env);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    process.exit(2);
  }
  loaded = parsed.config;
  return loaded;
}

const databaseUrl = z.string().regex(/^postgres(?:ql)?:\/\//, 'must be a postgres:// URL');
const databaseSchema = z.object({ DATABASE_URL: databaseUrl.optional(), DATABASE_READ_URL: databaseUrl.optional() });

/** The PostgreSQL backend's URLs (both null: the embedded index folder is used), or why they are invalid. */
export function parseDatabaseConfig(
  env: Record<string, string | undefined>,
): { ok: true; url: string | null; readUrl: string | null } | { ok: false; message: string } {
  const present = Object.fromEntries(Object.entries(env).filter(([k, v]) => k.startsWith('DATABASE_') && v !== undefined && v !== ''));
  const result = databaseSchema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    return { ok: false, message: `config: invalid environment:\n${lines.join('\n')}` };
  }
  return { ok: true, url: result.data.DATABASE_URL ?? null, readUrl: result.data.DATABASE_READ_URL ?? null };
}

/** `parseDatabaseConfig` of `process.env`. */
export function databaseConfig(): ReturnType<typeof parseDatabaseConfig> {
  return parseDatabaseConfig(process.env);
}

/** Whether `VERBATIM_DEBUG=1` asks for stack traces with failures (read by the CLI at its entry point). */
export function debugEnabled(): boolean {
  return process.env.VERBATIM_DEBUG === '1';
}
