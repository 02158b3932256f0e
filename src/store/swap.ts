/**
 * Replacing an index folder atomically: the new index is written into a temp folder beside it and renamed
 * into place; the old one is renamed aside first and deleted only once the new one is in.
 * A build killed between the two renames leaves the old folder aside, and `recoverInterruptedSwap` puts it back.
 */
import { randomBytes } from 'node:crypto';
import { link, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BuildRefusedError, displayPath, IndexError, systemFailure } from './errors.js';
import { FORMAT_VERSION, GENERATOR, INDEX_FILES, MANIFEST_FILE } from './manifest.js';
import { syncDir } from './files.js';

const TEMP_PREFIX = '.verbatim-tmp-';

function tempName(outDir: string, kind: 'new' | 'old'): string {
  return path.join(
    path.dirname(outDir),
    `${TEMP_PREFIX}${path.basename(outDir)}-${kind}-${process.pid}-${randomBytes(4).toString('hex')}`,
  );
}

interface TempSibling {
  path: string;
  kind: 'new' | 'old';
  pid: number;
}

async function tempSiblings(outDir: string): Promise<TempSibling[]> {
  const prefix = `${TEMP_PREFIX}${path.basename(outDir)}-`;
  let names: string[];
  try {
    names = await readdir(path.dirname(outDir));
  } catch {
    return [];
  }
  const out: TempSibling[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const match = /^(new|old)-(\d+)-[0-9a-f]+$/.exec(name.slice(prefix.length));
    if (match)
      out.push({ path: path.join(path.dirname(outDir), name), kind: match[1] as 'new' | 'old', pid: Number(match[2]) });
  }
  return out;
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function exists(dir: string): Promise<boolean> {
  try {
    await readdir(dir);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
}

/** If a build died between its two renames (`outDir` gone, the old index aside), puts the old index back. */
export async function recoverInterruptedSwap(outDir: string): Promise<void> {
  if (await exists(outDir)) return;
  const aside = (await tempSiblings(outDir)).filter((s) => s.kind === 'old' && !isAlive(s.pid));
  const last = aside.at(-1);
  if (last) await rename(last.path, outDir);
}

/** Removes temp folders left by builds that are no longer running. */
export async function removeStaleTemps(outDir: string): Promise<void> {
  for (const sibling of await tempSiblings(outDir)) {
    if (!isAlive(sibling.pid)) await rm(sibling.path, { recursive: true, force: true });
  }
}

const INDEX_NAMES = new Set<string>([MANIFEST_FILE, ...Object.values(INDEX_FILES)]);
const KEEP_FILE = '.gitkeep';
const REFUSE_HINT = 'give --out a new or empty folder (a build replaces only a folder holding an index Verbatim built)';

/**
 * The files a manifest of ours lists, or null when `raw` is not a manifest Verbatim wrote: one with our mark,
 * or (built before the mark) one of the shape every format so far has had.
 */
function ourListedFiles(raw: unknown): string[] | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const m = raw as Record<string, unknown>;
  const files = m.files;
  if (typeof files !== 'object' || files === null || Array.isArray(files)) return null;
  if (m.generator === GENERATOR) return Object.keys(files);
  const legacy =
    Number.isInteger(m.formatVersion) &&
    (m.formatVersion as number) >= 1 &&
    (m.formatVersion as number) <= FORMAT_VERSION &&
    typeof m.builtAt === 'string' &&
    typeof m.corpusDir === 'string' &&
    typeof m.extractorVersion === 'string' &&
    Array.isArray(m.corpusFiles) &&
    Object.keys(files).every((name) => /^[a-z-]+\.(jsonl|json|bin)$/.test(name));
  return legacy ? Object.keys(files) : null;
}

async function readOurManifest(dir: string): Promise<string[] | null> {
  try {
    return ourListedFiles(JSON.parse(await readFile(path.join(dir, MANIFEST_FILE), 'utf8')));
  } catch (error) {
    if (error instanceof SyntaxError || (error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function refuse(outDir: string, why: string): never {
  throw new BuildRefusedError(`refusing to replace '${displayPath(outDir)}': ${why}`, REFUSE_HINT);
}

/**
 * Refuses, before any work, an output folder a build must not replace: anything but a new or empty folder
 * (a lone `.gitkeep` counts as empty) or an index Verbatim built. An index of ours is a folder whose manifest
 * bears our mark (or is an older manifest of ours) and which holds nothing but the files it lists; or, its
 * manifest damaged, exactly the files of a current index. Dot-files count: `--out .` in a repository holds `.git`.
 * Returns whether the folder exists.
 */
export async function assertReplaceable(outDir: string): Promise<boolean> {
  let info;
  try {
    info = await stat(outDir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return false;
    if (code === 'ENOTDIR') refuse(outDir, 'a folder above it is a file');
    throw error;
  }
  if (!info.isDirectory()) refuse(outDir, 'it is a file, not a folder');
  const entries = await readdir(outDir, { withFileTypes: true });
  const notFile = entries.find((e) => !e.isFile());
  if (notFile) refuse(outDir, `it holds '${notFile.name}', which Verbatim did not write`);
  const names = entries.map((e) => e.name).filter((n) => n !== KEEP_FILE);
  if (names.length === 0) return true;

  const listed = names.includes(MANIFEST_FILE) ? await readOurManifest(outDir) : null;
  if (listed) {
    const ours = new Set([MANIFEST_FILE, ...listed]);
    const foreign = names.find((n) => !ours.has(n));
    if (foreign) refuse(outDir, `it holds '${foreign}', which its index manifest does not list`);
    return true;
  }
  // No usable manifest: only a damaged index of this version (every one of its files, nothing else) is ours.
  const foreign = names.find((n) => !INDEX_NAMES.has(n));
  if (foreign) refuse(outDir, `it holds '${foreign}', which Verbatim did not write`);
  const missing = Object.values(INDEX_FILES).find((n) => !names.includes(n));
  if (missing) {
    const why = names.includes(MANIFEST_FILE)
      ? `its '${MANIFEST_FILE}' is not one Verbatim wrote`
      : `it holds '${names[0]}' but no index manifest`;
    refuse(outDir, why);
  }
  return true;
}

/**
 * Makes a fresh temp folder beside `outDir` for a new index and writes a probe file in it, so a read-only,
 * full or missing output place is found before any work rather than after it.
 */
export async function makeTempDir(outDir: string): Promise<string> {
  const parent = path.dirname(outDir);
  try {
    await mkdir(parent, { recursive: true });
  } catch (error) {
    throw new IndexError(
      `cannot create the folder '${displayPath(parent)}': ${systemFailure(error) ?? String(error)}`,
      'choose another --out',
    );
  }
  const dir = tempName(outDir, 'new');
  try {
    await mkdir(dir);
  } catch (error) {
    throw new IndexError(
      `cannot write in '${displayPath(parent)}': ${systemFailure(error) ?? String(error)}`,
      'choose a writable --out',
    );
  }
  try {
    const probe = path.join(dir, '.probe');
    await writeFile(probe, 'verbatim\n');
    await rm(probe);
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw new IndexError(
      `cannot write in '${displayPath(parent)}': ${systemFailure(error) ?? String(error)}`,
      'choose a writable --out',
    );
  }
  return dir;
}

function lockPath(outDir: string): string {
  return path.join(path.dirname(outDir), `${TEMP_PREFIX}${path.basename(outDir)}.lock`);
}

interface LockOwner {
  pid: number;
  startedAt: string;
}

async function readLock(file: string): Promise<LockOwner | null> {
  try {
    const raw = JSON.parse(await readFile(file, 'utf8')) as Partial<LockOwner>;
    return typeof raw.pid === 'number' ? { pid: raw.pid, startedAt: String(raw.startedAt) } : { pid: 0, startedAt: '' };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    // A lock cut short (its writer killed while writing it) has no live owner.
    if (error instanceof SyntaxError) return { pid: 0, startedAt: '' };
    throw error;
  }
}

/**
 * Takes the lock of builds into `outDir`: a file beside it, created exclusively, holding this process's pid and
 * start time. A lock whose process is gone (a killed build) is taken over; one held by a running build is a
 * failure. Returns the release function.
 */
export async function lockOutput(outDir: string): Promise<() => Promise<void>> {
  const file = lockPath(outDir);
  try {
    await mkdir(path.dirname(outDir), { recursive: true });
  } catch (error) {
    throw new IndexError(
      `cannot create the folder '${displayPath(path.dirname(outDir))}': ${systemFailure(error) ?? String(error)}`,
      'choose another --out',
    );
  }
  const mine = `${JSON.stringify({ pid: process.pid, startedAt: new Date().toISOString() })}\n`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await writeFile(file, mine, { flag: 'wx' });
      return async () => {
        await rm(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw new IndexError(
          `cannot write the lock '${displayPath(file)}': ${systemFailure(error) ?? String(error)}`,
          'choose a writable --out',
        );
      }
    }
    const owner = await readLock(file);
    if (owner === null) continue;
    if (owner.pid > 0 && isAlive(owner.pid)) {
      throw new IndexError(
        `another build (pid ${owner.pid}, started ${owner.startedAt}) is writing '${displayPath(outDir)}'`,
        `wait for it to finish, or remove '${displayPath(file)}' if no build is running`,
      );
    }
    // Stale: moved aside under a name of our own first, so that of two builds taking it over, only one removes it.
    const aside = `${file}.stale-${process.pid}-${randomBytes(4).toString('hex')}`;
    try {
      await rename(file, aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    const moved = await readLock(aside);
    if (moved && moved.pid > 0 && moved.pid !== owner.pid && isAlive(moved.pid)) {
      // Another build took the stale lock over between our read and our move: its lock goes back.
      await link(aside, file).catch(() => {});
      await rm(aside, { force: true });
      throw new IndexError(
        `another build (pid ${moved.pid}) is writing '${displayPath(outDir)}'`,
        'wait for it to finish',
      );
    }
    await rm(aside, { force: true });
  }
  throw new IndexError(`cannot take the lock '${displayPath(file)}'`, `remove it if no build is running`);
}

/** Swaps the completed index in `tempDir` into `outDir`, keeping a `.gitkeep` the old folder had. */
export async function swapIn(tempDir: string, outDir: string): Promise<void> {
  const hadOld = await assertReplaceable(outDir);
  if (hadOld && (await readdir(outDir)).includes(KEEP_FILE)) {
    await writeFile(path.join(tempDir, KEEP_FILE), '');
  }
  await syncDir(tempDir);
  const aside = tempName(outDir, 'old');
  if (hadOld) await rename(outDir, aside);
  try {
    await rename(tempDir, outDir);
  } catch (error) {
    if (hadOld) await rename(aside, outDir);
    throw error;
  }
  await syncDir(path.dirname(outDir));
  if (hadOld) await rm(aside, { recursive: true, force: true });
}
