/** What the corpus folder holds, file by file: the basis for deciding whether an index is stale. */
import { walkCorpus, type WalkedFile, type WalkOptions } from '../corpus/walk.js';
import { hashFile, sha256 } from '../store/files.js';
import type { CorpusFile } from '../store/manifest.js';

/**
 * Lists the files below `dir` that matter to a build, sorted by POSIX path, without hashes: the corpus
 * loader's own walk (src/corpus/walk.ts), so both agree on links, hidden entries, extensions and sizes.
 * Problems are not returned here: the loader reports them.
 */
export async function listCorpusFiles(
  dir: string,
  options: WalkOptions = {},
): Promise<Array<{ path: string; size: number; absolute: string; tooLarge: boolean }>> {
  const { files } = await walkCorpus(dir, options);
  return files.map((f) => ({ path: f.rel, size: f.size, absolute: f.abs, tooLarge: f.tooLarge }));
}

/** Stands for the content of a file that cannot be read (permissions): once it can be, its hash differs. */
const UNREADABLE = sha256('verbatim: unreadable file');

/** Stands for a file over its size limit, which is never read: a change of its size is what tells it changed. */
const NOT_READ = sha256('verbatim: over the size limit, not read');

/** A corpus file's sha256; an unreadable file (reported and skipped by the loader) must not end the build. */
function corpusFileHash(file: { absolute: string; tooLarge: boolean }): Promise<string> {
  if (file.tooLarge) return Promise.resolve(NOT_READ);
  return hashFile(file.absolute).catch(() => UNREADABLE);
}

/** The corpus listing with each file's sha256, as recorded in the manifest. */
export async function describeCorpus(dir: string, options: WalkOptions = {}): Promise<CorpusFile[]> {
  const files = await listCorpusFiles(dir, options);
  const described: CorpusFile[] = [];
  for (const file of files) described.push({ path: file.path, size: file.size, sha256: await corpusFileHash(file) });
  return described;
}

/**
 * The listing of a walk already made (the corpus load's): each file's sha256 is the one of the bytes the load
 * read (`read`, by corpus-relative path), so a file is read once per build; the rest (the speakers file, a
 * sidecar no article uses, an unreadable file) are hashed here.
 */
export async function describeWalked(
  walked: WalkedFile[],
  read: Array<{ path: string; size: number; hash: string }>,
): Promise<CorpusFile[]> {
  const hashes = new Map(read.map((f) => [f.path, f]));
  const described: CorpusFile[] = [];
  for (const file of [...walked].sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))) {
    const known = file.tooLarge ? undefined : hashes.get(file.rel);
    if (known) described.push({ path: file.rel, size: known.size, sha256: known.hash });
    else
      described.push({
        path: file.rel,
        size: file.size,
        sha256: await corpusFileHash({ absolute: file.abs, tooLarge: file.tooLarge }),
      });
  }
  return described;
}

/**
 * Why the corpus folder no longer matches `recorded`, or null when it still does.
 * Cheap first: names and sizes; only when those all agree are the files hashed.
 */
export async function corpusChange(
  dir: string,
  recorded: CorpusFile[],
  options: WalkOptions = {},
): Promise<string | null> {
  const current = await listCorpusFiles(dir, options);
  const before = new Map(recorded.map((f) => [f.path, f]));
  const now = new Set(current.map((f) => f.path));
  const added = current.find((f) => !before.has(f.path));
  if (added) return `corpus file '${added.path}' was added`;
  const removed = recorded.find((f) => !now.has(f.path));
  if (removed) return `corpus file '${removed.path}' was removed`;
  const resized = current.find((f) => before.get(f.path)?.size !== f.size);
  if (resized) return `corpus file '${resized.path}' changed`;
  for (const file of current) {
    if ((await corpusFileHash(file)) !== before.get(file.path)?.sha256) return `corpus file '${file.path}' changed`;
  }
  return null;
}
