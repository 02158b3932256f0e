/**
 * Finding the files of a corpus folder: the one set of rules, shared by the loader and by the index's
 * change detection, for which files count (article extensions, sidecars, `speakers.json`), which are
 * skipped (hidden entries, files over a size limit, index folders) and which symbolic links are followed
 * (those that stay inside the corpus, unless `followLinks`; loops are detected).
 */
import { open, readdir, readlink, realpath, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { InputProblem } from '../model/types.js';
import { corpusProblem } from './problems.js';

export type ArticleFormat = 'text' | 'markdown' | 'json' | 'jsonl' | 'html';

const FORMATS: Readonly<Record<string, ArticleFormat>> = {
  '.txt': 'text',
  '.md': 'markdown',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.html': 'html',
  '.htm': 'html',
};

/** Speaker configuration for another stage lives at the corpus root; it is not an article file. */
const ROOT_CONFIG_FILES = new Set(['speakers.json']);
export const SIDECAR_SUFFIX = '.meta.json';

const MB = 1024 * 1024;

/**
 * The largest file of each kind that is read. Every format is read whole into memory, so each limit is a
 * memory bound: a `.txt`/`.md`/`.html` file is one article (at most a million characters, see
 * `maxArticleChars`), and 16 MB is far past any news page, even with inline scripts and styles; `.json`
 * and `.jsonl` hold many articles. A sidecar holds a few metadata fields.
 */
export const FORMAT_MAX_BYTES: Readonly<Record<ArticleFormat | 'sidecar', number>> = {
  text: 16 * MB,
  markdown: 16 * MB,
  html: 16 * MB,
  json: 256 * MB,
  jsonl: 256 * MB,
  sidecar: 1 * MB,
};

/** The file an index folder is recognised by (see src/index/manifest.ts); such a folder is never corpus input. */
const INDEX_MANIFEST = 'manifest.json';

export interface WalkOptions {
  /** Follow symbolic links whose real path leaves the corpus folder (default false: they are reported). */
  followLinks?: boolean;
  /** Folders (absolute or relative to the working directory) that are never read, e.g. the index folder. */
  exclude?: string[];
  /** No file larger than this is read, whatever its format. */
  maxFileBytes?: number;
}

export interface SidecarFile {
  abs: string;
  rel: string;
}

export interface CorpusEntry {
  /** Path on disk. */
  abs: string;
  /** Corpus-relative POSIX path (or the path as given on the command line). */
  rel: string;
  format: ArticleFormat;
  /** Size in bytes when the walk saw it (files named on a command line: unknown). */
  size?: number;
  /**
   * The metadata sidecar the walk found beside the file, or null when there is none (or it was skipped);
   * undefined for a file named on a command line, whose sidecar is looked for when it is read.
   */
  sidecar?: SidecarFile | null;
}

/** A file that matters to a build (article, sidecar or root config), as the change detection lists it. */
export interface WalkedFile {
  abs: string;
  rel: string;
  size: number;
  /** Over its size limit: reported and not read, so not hashed either. */
  tooLarge: boolean;
}

export interface CorpusWalk {
  /** Article files to read, sorted by path. */
  entries: CorpusEntry[];
  /** Every file that matters to a build (articles, sidecars, `speakers.json`), sorted by path. */
  files: WalkedFile[];
  problems: InputProblem[];
}

/** The article format of a file name, or null for sidecars and files the loader does not read. */
export function formatOf(name: string): ArticleFormat | null {
  const lower = name.toLowerCase();
  if (lower.startsWith('.') || lower.endsWith(SIDECAR_SUFFIX)) return null;
  const dot = lower.lastIndexOf('.');
  return dot < 0 ? null : (FORMATS[lower.slice(dot)] ?? null);
}

function isSidecar(name: string): boolean {
  return !name.startsWith('.') && name.toLowerCase().endsWith(SIDECAR_SUFFIX);
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'cannot read it: permission denied';
    case 'ENOENT':
      return 'no such file or folder';
    case 'ELOOP':
      return 'symbolic link loop';
    default:
      return `cannot read it (${code ?? (err as Error).message})`;
  }
}

export function tooLargeReason(size: number, limit: number): string {
  return `file is ${size} bytes, over the ${limit}-byte limit for its kind; skipped without reading it`;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A file name's bytes as text: valid UTF-8 as it is, each byte of an invalid sequence as `\xNN`. */
function escapeName(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 ? 2 : 0;
    if (length > 0) {
      try {
        out += strictUtf8.decode(bytes.subarray(i, i + length));
        i += length;
        continue;
      } catch {
        // Not a whole UTF-8 sequence: the lead byte is escaped below and the scan goes on after it.
      }
    }
    out += `\\x${b.toString(16).padStart(2, '0')}`;
    i += 1;
  }
  return out;
}

/** The name as text, or null when its bytes are not UTF-8 (Node would hand back a mangled, unopenable name). */
function decodeName(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

function inside(real: string, rootReal: string): boolean {
  return real === rootReal || real.startsWith(rootReal.endsWith(sep) ? rootReal : rootReal + sep);
}

/** True when `dir/manifest.json` is a Verbatim index manifest (a cheap look at its first fields, no schema). */
async function holdsIndex(dir: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(join(dir, INDEX_MANIFEST), 'r');
    const head = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const text = head.subarray(0, bytesRead).toString('utf8');
    return /^\s*\{/.test(text) && ['"formatVersion"', '"corpusDir"', '"corpusFiles"'].every((field) => text.includes(field));
  } catch {
    // No readable manifest: an ordinary folder (an unreadable manifest.json is reported when it is loaded).
    return false;
  } finally {
    await handle?.close();
  }
}

const byPath = (a: { rel: string }, b: { rel: string }) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);

/**
 * Every file of the corpus folder `root` that matters to a build, sorted by path so loads are
 * deterministic. Hidden entries and unknown extensions are skipped silently; unreadable folders, broken
 * links, symlink loops, links out of the corpus, file names that are not UTF-8, files over their size
 * limit and index folders are reported.
 */
export async function walkCorpus(root: string, options: WalkOptions = {}): Promise<CorpusWalk> {
  const entries: CorpusEntry[] = [];
  const files: WalkedFile[] = [];
  const problems: InputProblem[] = [];
  const maxFileBytes = options.maxFileBytes ?? Infinity;
  let rootReal: string;
  try {
    rootReal = await realpath(root);
  } catch (err) {
    problems.push(corpusProblem(root, null, describeFsError(err)));
    return { entries, files, problems };
  }
  const excluded = new Set<string>();
  for (const dir of options.exclude ?? []) excluded.add(await realpath(resolve(dir)).catch(() => resolve(dir)));
  /** Real path of each folder read → where it was read, so a folder reached twice is read once. */
  const visited = new Map<string, string>([[rootReal, '.']]);
  const sidecarLimit = Math.min(maxFileBytes, FORMAT_MAX_BYTES.sidecar);

  async function visit(dir: string, relDir: string): Promise<void> {
    const where = relDir || '.';
    if (excluded.has(await realpath(dir).catch(() => dir))) return;
    let raw;
    try {
      // Names as bytes: a name that is not UTF-8 comes back mangled as a string and could not be opened.
      raw = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
    } catch (err) {
      problems.push(corpusProblem(where, null, describeFsError(err)));
      return;
    }
    const children: Array<{ name: string; dirent: (typeof raw)[number] }> = [];
    for (const dirent of raw) {
      const name = decodeName(dirent.name);
      if (name === null) {
        const escaped = escapeName(dirent.name);
        problems.push(corpusProblem(relDir ? `${relDir}/${escaped}` : escaped, null, 'file name is not valid UTF-8 (shown with \\x escapes); rename it to read it'));
        continue;
      }
      if (!name.startsWith('.')) children.push({ name, dirent });
    }
    if (children.some((c) => c.name === INDEX_MANIFEST) && (await holdsIndex(dir))) {
      problems.push(corpusProblem(`${where}/`, null, `holds a Verbatim index (${INDEX_MANIFEST}); not read as corpus input`));
      return;
    }
    children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

    // What each child is, links resolved (and refused when they leave the corpus).
    const kept: Array<{ name: string; abs: string; rel: string; isDir: boolean; isLink: boolean }> = [];
    for (const { name, dirent } of children) {
      const abs = join(dir, name);
      const rel = relDir ? `${relDir}/${name}` : name;
      let isDir = dirent.isDirectory();
      let isFile = dirent.isFile();
      if (dirent.isSymbolicLink()) {
        let real: string;
        try {
          real = await realpath(abs);
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          problems.push(corpusProblem(rel, null, code === 'ENOENT' ? 'broken symbolic link' : describeFsError(err)));
          continue;
        }
        if (!options.followLinks && !inside(real, rootReal)) {
          const target = await readlink(abs).catch(() => real);
          problems.push(corpusProblem(rel, null, `symbolic link to '${target}', outside the corpus folder; not followed (the followLinks option, --follow-links, follows it)`));
          continue;
        }
        try {
          const target = await stat(abs);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch (err) {
          problems.push(corpusProblem(rel, null, describeFsError(err)));
          continue;
        }
      }
      if (isDir) kept.push({ name, abs, rel, isDir: true, isLink: dirent.isSymbolicLink() });
      else if (isFile && ((relDir === '' && ROOT_CONFIG_FILES.has(name)) || isSidecar(name) || formatOf(name))) kept.push({ name, abs, rel, isDir: false, isLink: false });
    }

    // File sizes are asked for in parallel: a folder of a hundred thousand files is listed in one pass.
    const sizes = new Map<string, unknown>();
    const fileChildren = kept.filter((c) => !c.isDir);
    const results = await Promise.all(fileChildren.map((c) => stat(c.abs).then((s) => s.size, (err: unknown) => err)));
    fileChildren.forEach((c, i) => sizes.set(c.name, results[i]));
    const sidecars = new Map<string, SidecarFile | null>();
    for (const c of fileChildren) {
      const size = sizes.get(c.name);
      if (isSidecar(c.name) && typeof size === 'number') sidecars.set(c.name, size > sidecarLimit ? null : { abs: c.abs, rel: c.rel });
    }

    // In name order, folders walked where they come, as articles always loaded.
    for (const child of kept) {
      if (child.isDir) {
        let real: string;
        try {
          real = await realpath(child.abs);
        } catch (err) {
          problems.push(corpusProblem(child.rel, null, describeFsError(err)));
          continue;
        }
        const first = visited.get(real);
        if (first !== undefined) {
          const what = child.isLink
            ? 'symbolic link loop (leads to a folder already read); skipped'
            : `folder already read as '${first}' (through a symbolic link); skipped`;
          problems.push(corpusProblem(child.rel, null, what));
          continue;
        }
        visited.set(real, child.rel);
        await visit(child.abs, child.rel);
        continue;
      }
      const size = sizes.get(child.name);
      if (typeof size !== 'number') {
        problems.push(corpusProblem(child.rel, null, describeFsError(size)));
        continue;
      }
      const config = relDir === '' && ROOT_CONFIG_FILES.has(child.name);
      const format = config ? null : formatOf(child.name);
      const limit = isSidecar(child.name) ? sidecarLimit : format ? Math.min(maxFileBytes, FORMAT_MAX_BYTES[format]) : Infinity;
      const tooLarge = size > limit;
      if (tooLarge) problems.push(corpusProblem(child.rel, null, tooLargeReason(size, limit)));
      files.push({ abs: child.abs, rel: child.rel, size, tooLarge });
      if (!format || tooLarge) continue;
      // `x.txt.meta.json`, else `x.meta.json`, beside the article file.
      const stem = child.name.replace(/\.[^.]*$/, '');
      const found = [child.name + SIDECAR_SUFFIX, stem + SIDECAR_SUFFIX].find((n) => sidecars.has(n));
      entries.push({ abs: child.abs, rel: child.rel, format, size, sidecar: found === undefined ? null : (sidecars.get(found) ?? null) });
    }
  }

  await visit(root, '');
  // Entries stay in walk order (folder by folder, names sorted), the order articles always loaded in.
  files.sort(byPath);
  return { entries, files, problems };
}
