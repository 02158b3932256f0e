/**
 * Pieces for looking at `/api/search` on PostgreSQL apart (scripts/bench/postgres.ts measures it whole):
 *
 *   npx tsx scripts/bench/pg-serve.ts paths --database NAME --out FILE [--queries 200] [--seed 42] [--kinds a,b]
 *       the request paths postgres.ts would write for this database (plain, prefix, speaker, faceted in turn; or
 *       those of --kinds)
 *   node --cpu-prof --import tsx scripts/bench/pg-serve.ts serve --database NAME [--port 8123]
 *       one server process over the database, no answer cache, until SIGINT / SIGTERM (the profile is written then)
 *   npx tsx scripts/bench/pg-serve.ts drive --port 8123 --paths FILE [--seconds 10] [--connections 10] [--database NAME]
 *       autocannon over the paths, printing req/s and latency (with --database, the CPU time the database's server
 *       processes spent meanwhile, per request)
 *
 * `--url` (default postgres://postgres@127.0.0.1:5432/test) names the server; `--database` the database on it.
 */
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import autocannon from 'autocannon';
import pg from 'pg';
import { PostgresBackend } from '../../src/backend/postgres/index.js';
import { createApp } from '../../src/web/app.js';
import { readFlags } from './args.js';
import { benchRequests, databaseUrl as urlOf, kindsOf, processCpuSeconds } from './pg-common.js';
import { toSearchPath } from './queries.js';

const [mode, ...rest] = process.argv.slice(2);
const flags = readFlags(rest);

const databaseUrl = (): string => urlOf(flags, `pg-serve ${mode}`);

if (mode === 'paths') {
  const out = flags.get('out');
  if (!out) throw new Error('pg-serve paths: --out FILE is required');
  const count = Number(flags.get('queries') ?? 200);
  const kinds = kindsOf(flags, 'pg-serve paths', ['plain', 'prefix', 'speaker', 'faceted']);
  const backend = new PostgresBackend(databaseUrl(), { statementTimeoutMs: 30_000 });
  // The queries postgres.ts draws (the same sample of stored quotes), so the paths are the ones it would write.
  const { requests } = await benchRequests(backend, count, Number(flags.get('seed') ?? 42));
  const paths: string[] = [];
  for (let i = 0; i < count; i++) for (const k of kinds) paths.push(toSearchPath(requests[k][i]!));
  await writeFile(out, JSON.stringify(paths));
  console.log(`${paths.length} paths written to ${out}`);
  await backend.close();
} else if (mode === 'serve') {
  const backend = new PostgresBackend(databaseUrl());
  const server = createServer({ keepAliveTimeout: 10_000 }, createApp(backend, { log: () => {}, searchCacheBytes: 0 }));
  const port = Number(flags.get('port') ?? 8123);
  server.listen(port, '127.0.0.1', () => console.log(`serving ${databaseUrl()} on 127.0.0.1:${port}`));
  const stop = (): void => {
    const u = process.cpuUsage();
    console.log(`server CPU ${((u.user + u.system) / 1e6).toFixed(2)} s`);
    server.closeAllConnections();
    server.close(() => void backend.close().then(() => process.exit(0)));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} else if (mode === 'drive') {
  const paths = JSON.parse(await readFile(flags.get('paths') ?? '', 'utf8')) as string[];
  let next = Math.floor(paths.length / 2);
  // With --database: the CPU of the database's server processes serving the server's pools meanwhile.
  const admin = flags.has('database') ? new pg.Client({ connectionString: databaseUrl() }) : null;
  await admin?.connect();
  const serverCpu = async (): Promise<Map<number, number>> => {
    const out = new Map<number, number>();
    if (!admin) return out;
    const { rows } = await admin.query<{ pid: number }>(
      // The server's pools only (application_name 'verbatim'): not autovacuum, not another session's work.
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
         AND backend_type = 'client backend' AND application_name = 'verbatim'`,
    );
    for (const { pid } of rows) {
      const seconds = await processCpuSeconds(pid);
      if (seconds !== null) out.set(pid, seconds * 1000);
    }
    return out;
  };
  const cpuBefore = await serverCpu();
  const result = await autocannon({
    url: `http://127.0.0.1:${Number(flags.get('port') ?? 8123)}`,
    connections: Number(flags.get('connections') ?? 10),
    duration: Number(flags.get('seconds') ?? 10),
    requests: [{ setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }) }],
  });
  console.log(
    `${result.requests.average} req/s (${result.requests.total} requests), p50/p90/p99 ${result.latency.p50}/${result.latency.p90}/${result.latency.p99} ms, ` +
      `non-2xx ${result.non2xx}, errors ${result.errors}; load ${(await readFile('/proc/loadavg', 'utf8')).trim()}`,
  );
  if (admin) {
    const after = await serverCpu();
    let ms = 0;
    for (const [pid, t] of after) ms += t - (cpuBefore.get(pid) ?? 0);
    console.log(
      `database server processes: ${(ms / 1000).toFixed(1)} s CPU, ${(ms / Math.max(1, result.requests.total)).toFixed(2)} ms a request (${after.size} connections)`,
    );
    await admin.end();
  }
} else throw new Error(`pg-serve: the first argument is paths, serve or drive (got '${mode ?? ''}')`);
