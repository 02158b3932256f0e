#!/usr/bin/env node
// Installed entry point: runs the compiled CLI (dist/, built by `npm install` through the `prepare` script or by
// `npm run build`), with stack traces mapped back to the TypeScript sources.
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { distStaleReason, repo } from './dist-freshness.js';

process.setSourceMapsEnabled(true);
const stale = distStaleReason();
if (stale === 'dist/ has not been built') {
  process.stderr.write("verbatim: dist/ has not been built; run 'npm run build' (or 'npm install') first\n");
  process.exit(3);
}
if (stale !== null) process.stderr.write(`verbatim: warning: ${stale}; run 'npm run build' to use the changes\n`);
await import(pathToFileURL(path.join(repo, 'dist', 'cli', 'main.js')).href);
