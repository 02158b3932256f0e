#!/usr/bin/env node
// Compiles src/ into dist/ (tsc -p tsconfig.build.json, incremental) and marks the time of the build, which is
// what dist-freshness.js compares the sources with. `--if-stale` (what `npm start` runs first) compiles only
// when dist/ is missing or older than its sources, so that what is served is what the sources say; when
// nothing changed it returns at once.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
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
// The version of the extractor's sources (src/extract, src/lexicon) the compiled code was made from: the compiled
// code reads it instead of hashing its own .js files, so the extraction cache and the PostgreSQL ingest's article
// hashes are the same whether a command runs compiled or through tsx (src/build/stages.ts).
const versionFile = path.join(repo, 'dist', 'source-version.json');
if (
  (process.exitCode === undefined || process.exitCode === 0) &&
  (!ifStale || reason !== null || !existsSync(versionFile))
) {
  const stages = await import(pathToFileURL(path.join(repo, 'dist', 'build', 'stages.js')).href);
  const extractor = await stages.sourceVersionOf(stages.extractorSourceDirs(path.join(repo, 'src')));
  writeFileSync(versionFile, `${JSON.stringify({ extractor })}\n`);
}
