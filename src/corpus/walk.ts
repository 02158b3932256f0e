/** Finding the article files under a corpus folder, following symlinks without looping. */
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { InputProblem } from '../types.js';
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

export interface CorpusEntry {
  /** Path on disk. */
  abs: string;
  /** Corpus-relative POSIX path (or the path as given on the command line). */
  rel: string;
  format: ArticleFormat;
}

/** The article format of a file name, or null for sidecars and files the loader does not read. */
export function formatOf(name: string): ArticleFormat | null {
  const lower = name.toLowerCase();
  if (lower.startsWith('.') || lower.endsWith(SIDECAR_SUFFIX)) return null;
  const dot = lower.lastIndexOf('.');
  return dot < 0 ? null : (FORMATS[lower.slice(dot)] ?? null);
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

/**
 * Every article file under `root`, sorted by path so loads are deterministic. Hidden entries,
 * sidecars, root config files and unknown extensions are skipped silently; unreadable folders,
 * broken links and symlink loops are reported.
 */
export async function walkCorpus(root: string): Promise<{ entries: CorpusEntry[]; problems: InputProblem[] }> {
  const entries: CorpusEntry[] = [];
  const problems: InputProblem[] = [];
  const visited = new Set<string>([await realpath(root)]);

  async function visit(dir: string, relDir: string): Promise<void> {
    let children;
    try {
      children = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      problems.push(corpusProblem(relDir || '.', null, describeFsError(err)));
      return;
    }
    children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const child of children) {
      if (child.name.startsWith('.')) continue;
      const abs = join(dir, child.name);
      const rel = relDir ? `${relDir}/${child.name}` : child.name;
      let isDir = child.isDirectory();
      let isFile = child.isFile();
      if (child.isSymbolicLink()) {
        try {
          const target = await stat(abs);
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          problems.push(corpusProblem(rel, null, code === 'ENOENT' ? 'broken symbolic link' : describeFsError(err)));
          continue;
        }
      }
      if (isDir) {
        let real: string;
        try {
          real = await realpath(abs);
        } catch (err) {
          problems.push(corpusProblem(rel, null, describeFsError(err)));
          continue;
        }
        if (visited.has(real)) {
          problems.push(corpusProblem(rel, null, 'symbolic link loop (leads to a folder already read); skipped'));
          continue;
        }
        visited.add(real);
        await visit(abs, rel);
      } else if (isFile) {
        if (relDir === '' && ROOT_CONFIG_FILES.has(child.name)) continue;
        const format = formatOf(child.name);
        if (format) entries.push({ abs, rel, format });
      }
    }
  }

  await visit(root, '');
  return { entries, problems };
}
