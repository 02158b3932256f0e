#!/usr/bin/env node
// Compiles src/ into dist/ (tsc -p tsconfig.build.json, incremental) and marks the time of the build, which is
// what dist-freshness.js compares the sources with. `--if-stale` (what `npm start` runs first) compiles only
// when dist/ is missing or older than its sources, so that what is served is what the sources say; when
// nothing changed it returns at once.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { buildStamp, distStaleReason, repo } from './dist-freshness.js';

const ifStale = process.argv.includes('--if-stale');
const reason = distStaleReason();
if (!ifStale || reason !== null) {
  if (ifStale) process.stderr.write(`verbatim: ${reason}; compiling…\n`);
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const run = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: repo, stdio: 'inherit' });
  // tsc leaves its build info untouched when no output changed: the mark is set here.
  if (run.status === 0) {
    const now = new Date();
    utimesSync(buildStamp, now, now);
  }
  process.exitCode = run.status ?? 1;
}
// Files the compiled code reads beside itself that tsc does not emit: the PostgreSQL migrations (`verbatim db
// migrate` from dist/ read an empty path without them). Copied on every run, so a dist/ built before is completed too.
const migrations = path.join('backend', 'postgres', 'migrations');
if (process.exitCode === undefined || process.exitCode === 0) {
  if (existsSync(path.join(repo, 'dist', 'backend', 'postgres'))) {
    rmSync(path.join(repo, 'dist', migrations), { recursive: true, force: true });
    cpSync(path.join(repo, 'src', migrations), path.join(repo, 'dist', migrations), { recursive: true });
  }
}
