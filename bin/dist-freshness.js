// Whether dist/ (the compiled JavaScript that `npm start` and the `verbatim` bin run) is older than what it is
// compiled from: the sources under src/, the tsconfig files and package.json. A cheap check (file times only,
// a few milliseconds), so that a stale build is never served.
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Written by every `tsc -p tsconfig.build.json` (incremental), so its time is the build's. */
export const buildStamp = path.join(repo, 'dist', '.tsbuildinfo');

function newestUnder(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    newest = Math.max(newest, statSync(path.join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

/** Null when dist/ is current, else why it is not (missing, or the newest input that changed since). */
export function distStaleReason() {
  let built;
  try {
    built = statSync(buildStamp).mtimeMs;
  } catch {
    return 'dist/ has not been built';
  }
  const inputs = ['tsconfig.json', 'tsconfig.build.json', 'package.json'].map(
    (name) => statSync(path.join(repo, name)).mtimeMs,
  );
  const newest = Math.max(newestUnder(path.join(repo, 'src')), ...inputs);
  return newest > built ? 'src/ changed since dist/ was built' : null;
}
