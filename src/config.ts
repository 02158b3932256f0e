/**
 * Configuration from the environment, read once through one schema. Nothing else reads `process.env`.
 *
 *   PORT        port to listen on (default 3000; 0 picks a free one)
 *   HOST        interface to bind (default localhost: reachable from this machine only)
 *   CORPUS_DIR  folder of articles (default ./corpus)
 *   INDEX_DIR   folder of the built index (default ./index)
 *   BASE_URL    public origin for canonical links and permalinks (default: taken from each request's Host)
 *   SEARCH_CACHE_MB  memory for repeated /api/search answers, in MiB (default 128; 0 turns the cache off)
 *   WEB_CONCURRENCY  server processes sharing the port and the index (default: the cores; 1: one process)
 *   CORS_ORIGINS origins allowed to call the read-only API, feeds and exports from a browser: `*` (default) or
 *               a comma-separated list such as `https://a.example,https://b.example`
 *   DATABASE_URL     PostgreSQL connection (postgres://…) for the database backend (default: none, files only);
 *                    validated with the rest, read with `readEnv(['DATABASE_URL'])`
 *   VERBATIM_DEBUG   1: failures print their stack
 *
 * The server validates the whole environment at start (`loadConfig`); a command of the CLI validates only the
 * variables it uses (`readEnv`), so that a bad PORT does not stop `verbatim extract`.
 */
import { availableParallelism } from 'node:os';
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
  DATABASE_URL: z
    .url({ protocol: /^postgres(?:ql)?$/, error: 'must be a postgres:// (or postgresql://) connection URL' })
    .optional(),
  DATABASE_READ_URL: z
    .url({ protocol: /^postgres(?:ql)?$/, error: 'must be a postgres:// (or postgresql://) connection URL' })
    .optional(),
  CORS_ORIGINS: z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((o) => o.trim().replace(/\/+$/, ''))
        .filter((o) => o !== ''),
    )
    .refine((list) => list.length > 0 && list.every((o) => o === '*' || /^https?:\/\/[^/\s]+$/.test(o)), {
      message: "must be '*' or comma-separated origins such as https://a.example,https://b.example",
    })
    .transform((list): '*' | string[] => (list.includes('*') ? '*' : list))
    .default('*'),
  WEB_CONCURRENCY: z
    .string()
    .regex(/^[1-9]\d{0,2}$/, 'must be a whole number of processes, 1 or more')
    .transform(Number)
    .optional(),
});

type EnvName = keyof typeof envSchema.shape;

/** Every variable Verbatim reads, with what it does (`verbatim --help` lists them). */
export const ENVIRONMENT_VARIABLES: Readonly<Record<EnvName | 'VERBATIM_DEBUG', string>> = {
  PORT: 'port the server listens on (default 3000; 0 picks a free one)',
  HOST: 'interface the server binds (default localhost: this machine only)',
  BASE_URL: 'public origin for canonical links and permalinks (default: the address listened on)',
  CORPUS_DIR: 'folder of articles (default ./corpus)',
  INDEX_DIR: 'folder of the built index (default ./index)',
  SEARCH_CACHE_MB: 'memory for repeated /api/search answers, in MiB (default 128; 0: off)',
  DATABASE_URL: 'PostgreSQL connection (postgres://…) for the database backend (default: files only)',
  DATABASE_READ_URL: 'a read replica of DATABASE_URL for searches and lookups (default: DATABASE_URL)',
  WEB_CONCURRENCY: 'server processes sharing the port and the index (default: the cores; 1: one process)',
  CORS_ORIGINS:
    "origins allowed to call the read-only API, feeds and exports from a browser ('*' default, or a comma-separated list)",
  VERBATIM_DEBUG: '1: an internal error prints its stack',
};
type EnvValues = z.output<typeof envSchema>;

/** An environment variable a command uses is invalid: one line naming it. */
export class ConfigError extends Error {}

/** Only the variables that matter to the caller (set ones removed when empty, as `parseConfig` does). */
function presentVariables(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''),
  );
}

/**
 * The variables `names` of `env`, validated (defaults filled in); the others are not looked at. Throws a
 * `ConfigError` naming each bad one. Folders are returned as given (relative to the working directory).
 */
export function readEnv<K extends EnvName>(
  names: readonly K[],
  env: Record<string, string | undefined> = process.env,
): Pick<EnvValues, K> {
  const schema = z.object(Object.fromEntries(names.map((name) => [name, envSchema.shape[name]])));
  const present = presentVariables(env);
  const result = schema.safeParse(present);
  if (!result.success) {
    const issues = result.error.issues.map(
      (i) => `${i.path.join('.')}=${JSON.stringify(present[String(i.path[0])] ?? '')}: ${i.message}`,
    );
    throw new ConfigError(`config: invalid environment: ${issues.join('; ')}`);
  }
  return result.data as unknown as Pick<EnvValues, K>;
}

export interface Config {
  port: number;
  host: string;
  corpusDir: string;
  indexDir: string;
  baseUrl: string | null;
  /** Bytes of `/api/search` answers kept for repeated requests; 0: none. */
  searchCacheBytes: number;
  /** Origins allowed to call the read-only endpoints from a browser: `*` or a list of origins. */
  corsOrigins: '*' | string[];
  /** Server processes (node:cluster workers) sharing the port and the index files; 1: one process. */
  webConcurrency: number;
}

/** Parses an environment; on failure the message names each bad variable. */
export function parseConfig(
  env: Record<string, string | undefined>,
  cwd = process.cwd(),
): { ok: true; config: Readonly<Config> } | { ok: false; message: string } {
  // An empty variable (`PORT=`) means "not set", as in most shells' intent.
  const present = presentVariables(env);
  const result = envSchema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map(
      (i) => `  ${i.path.join('.')}=${JSON.stringify(present[String(i.path[0])] ?? '')}: ${i.message}`,
    );
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
      corsOrigins: v.CORS_ORIGINS,
      webConcurrency: v.WEB_CONCURRENCY ?? availableParallelism(),
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

/** The PostgreSQL backend's URLs (both null: the embedded index folder is used), or why they are invalid. */
export function parseDatabaseConfig(
  env: Record<string, string | undefined> = process.env,
): { ok: true; url: string | null; readUrl: string | null } | { ok: false; message: string } {
  try {
    const v = readEnv(['DATABASE_URL', 'DATABASE_READ_URL'], env);
    return { ok: true, url: v.DATABASE_URL ?? null, readUrl: v.DATABASE_READ_URL ?? null };
  } catch (error) {
    if (error instanceof ConfigError) return { ok: false, message: error.message };
    throw error;
  }
}

/** `parseDatabaseConfig` of `process.env`. */
export function databaseConfig(): ReturnType<typeof parseDatabaseConfig> {
  return parseDatabaseConfig(process.env);
}

/** Whether `VERBATIM_DEBUG=1` asks for stack traces with failures (read by the CLI at its entry point). */
export function debugEnabled(env: Record<string, string | undefined> = process.env): boolean {
  return env.VERBATIM_DEBUG === '1';
}
