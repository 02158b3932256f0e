/**
 * Replacing an index folder atomically: the new index is written into a temp folder beside it and renamed
 * into place; the old one is renamed aside first and deleted only once the new one is in.
 * A build killed between the two renames leaves the old folder aside, and `recoverInterruptedSwap` puts it back.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { displayPath, IndexError } from './errors.js';
import { INDEX_FILES, MANIFEST_FILE } from './manifest.js';
import { syncDir } from './files.js';

const TEMP_PREFIX = '.verbatim-tmp-';

function tempName(outDir: string, kind: 'new' | 'old'): string {
  return path.join(path.dirname(outDir), `${TEMP_PREFIX}${path.basename(outDir)}-${kind}-${process.pid}-${randomBytes(4).toString('hex')}`);
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
    if (match) out.push({ path: path.join(path.dirname(outDir), name), kind: match[1] as 'new' | 'old', pid: Number(match[2]) });
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

/**
 * Refuses to replace a folder that is neither empty nor an index: `--out src` must not delete src.
 * Returns whether the folder exists.
 */
export async function assertReplaceable(outDir: string): Promise<boolean> {
  let names: string[];
  try {
    names = await readdir(outDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  const foreign = names.filter((n) => !n.startsWith('.') && !INDEX_NAMES.has(n));
  if (foreign.length > 0) {
    throw new IndexError(
      `refusing to replace '${displayPath(outDir)}': it holds '${foreign[0]}', which is not part of an index`,
      'choose another --out folder',
    );
  }
  return true;
}

/** Makes a fresh temp folder beside `outDir` for a new index. */
export async function makeTempDir(outDir: string): Promise<string> {
  await mkdir(path.dirname(outDir), { recursive: true });
  const dir = tempName(outDir, 'new');
  await mkdir(dir);
  return dir;
}

/** Swaps the completed index in `tempDir` into `outDir`, keeping a `.gitkeep` the old folder had. */
export async function swapIn(tempDir: string, outDir: string): Promise<void> {
  const hadOld = await assertReplaceable(outDir);
  if (hadOld && (await readdir(outDir)).includes('.gitkeep')) {
    await writeFile(path.join(tempDir, '.gitkeep'), '');
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
