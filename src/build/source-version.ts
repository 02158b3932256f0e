/**
 * The extractor's version: what keys the extraction cache and the PostgreSQL ingest's per-article hashes. Kept apart
 * from the build's stages (stages.ts re-exports it) so that reading it loads no extractor and no search engine.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { sha256 } from '../store/files.js';

/**
 * Hash of the extraction source files, its trained models and the word tables it reads (src/lexicon), so editing
 * a rule or a table or retraining a model invalidates the extraction cache and the PostgreSQL ingest's per-article
 * hashes. A folder that cannot be read fails the build: a constant version would keep stale extractions.
 */
export async function extractorSourceVersion(): Promise<string> {
  // Compiled (dist/): the version of the sources it was compiled from, written by bin/build-dist.js, so that a
  // run of the compiled code and one through tsx share an extraction cache and the ingest's article hashes.
  // A checkout run from src/ has no such file and hashes its own sources.
  let stamped: string;
  try {
    stamped = await readFile(new URL('../source-version.json', import.meta.url), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return sourceVersionOf(extractorSourceDirs(fileURLToPath(new URL('../', import.meta.url))));
  }
  const version = (JSON.parse(stamped) as { extractor?: unknown }).extractor;
  if (typeof version !== 'string' || !/^[0-9a-f]{16}$/.test(version))
    throw new Error(`source-version.json beside the compiled code has no extractor version; run 'npm run build'`);
  return version;
}

/** The folders whose files make the extractor's version, under a source root (`src/`). */
export function extractorSourceDirs(root: string): Array<[string, string]> {
  return ['extract', 'lexicon'].map((folder) => [folder, path.join(root, folder)]);
}

/** Code and data files: the trained models (`*.json`) decide attributions as much as the code does. */
const SOURCE_FILE = /\.(?:[cm]?[jt]s|json)$/;

/** Hash of the source and data files under each `[label, dir]`, read recursively in name order. */
export async function sourceVersionOf(dirs: ReadonlyArray<readonly [string, string]>): Promise<string> {
  const parts: string[] = [];
  for (const [label, dir] of dirs) {
    const names = (await readdir(dir, { recursive: true })).filter((n) => SOURCE_FILE.test(n)).sort();
    for (const name of names) parts.push(`${label}/${name}`, await readFile(path.join(dir, name), 'utf8'));
  }
  return sha256(parts.join('\0')).slice(0, 16);
}
