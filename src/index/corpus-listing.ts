/** What the corpus folder holds, file by file: the basis for deciding whether an index is stale. */
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { hashFile, sha256 } from './files.js';
import type { CorpusFile } from './manifest.js';

/**
 * Lists every file below `dir` (hidden entries skipped, symbolic links followed once), sorted by POSIX path,
 * without hashes.
 */
export async function listCorpusFiles(dir: string): Promise<Array<{ path: string; size: number; absolute: string }>> {
  const out: Array<{ path: string; size: number; absolute: string }> = [];
  const seenDirs = new Set<string>();
  const walk = async (current: string): Promise<void> => {
    // An unreadable folder holds no files we can list: the corpus loader reports it, the build goes on.
    const real = await realpath(current).catch(() => null);
    if (real === null || seenDirs.has(real)) return;
    seenDirs.add(real);
    const entries = await readdir(current, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const absolute = path.join(current, entry.name);
      // A dangling link is no file: the corpus loader reports it; here it is simply not listed.
      const info = await stat(absolute).catch(() => null);
      if (info?.isDirectory()) await walk(absolute);
      else if (info?.isFile()) out.push({ path: path.relative(dir, absolute).split(path.sep).join('/'), size: info.size, absolute });
    }
  };
  await walk(dir);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Stands for the content of a file that cannot be read (permissions): once it can be, its hash differs. */
const UNREADABLE = sha256('verbatim: unreadable file');

/** A corpus file's sha256; an unreadable file (reported and skipped by the loader) must not end the build. */
function corpusFileHash(file: string): Promise<string> {
  return hashFile(file).catch(() => UNREADABLE);
}

/** The corpus listing with each file's sha256, as recorded in the manifest. */
export async function describeCorpus(dir: string): Promise<CorpusFile[]> {
  const files = await listCorpusFiles(dir);
  const described: CorpusFile[] = [];
  for (const file of files) described.push({ path: file.path, size: file.size, sha256: await corpusFileHash(file.absolute) });
  return described;
}

/**
 * Why the corpus folder no longer matches `recorded`, or null when it still does.
 * Cheap first: names and sizes; only when those all agree are the files hashed.
 */
export async function corpusChange(dir: string, recorded: CorpusFile[]): Promise<string | null> {
  const current = await listCorpusFiles(dir);
  const before = new Map(recorded.map((f) => [f.path, f]));
  const now = new Set(current.map((f) => f.path));
  const added = current.find((f) => !before.has(f.path));
  if (added) return `corpus file '${added.path}' was added`;
  const removed = recorded.find((f) => !now.has(f.path));
  if (removed) return `corpus file '${removed.path}' was removed`;
  const resized = current.find((f) => before.get(f.path)?.size !== f.size);
  if (resized) return `corpus file '${resized.path}' changed`;
  for (const file of current) {
    if ((await corpusFileHash(file.absolute)) !== before.get(file.path)?.sha256) return `corpus file '${file.path}' changed`;
  }
  return null;
}
