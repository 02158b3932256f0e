import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadCorpus, type CorpusLoad } from '../../src/corpus/index.js';
import type { Article } from '../../src/model/types.js';

/** Writes `files` (corpus-relative path → content) into a fresh temp folder and returns it. */
export async function makeCorpus(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'verbatim-corpus-'));
  for (const [rel, content] of Object.entries(files)) {
    await mkdir(dirname(join(dir, rel)), { recursive: true });
    await writeFile(join(dir, rel), content);
  }
  return dir;
}

export async function loadFiles(files: Record<string, string | Uint8Array>): Promise<CorpusLoad> {
  return loadCorpus(await makeCorpus(files));
}

/** Loads one `.txt` article and returns it (fails the test when it did not load). */
export async function loadText(text: string, name = 'a.txt'): Promise<Article> {
  const load = await loadFiles({ [name]: text });
  const [article] = load.articles;
  if (!article) throw new Error(`no article loaded: ${load.problems.map((p) => p.message).join('; ')}`);
  return article;
}

/** The furniture ranges of an article as the text they cover. */
export function furnitureText(article: Article): string[] {
  return article.furniture.map((f) => article.text.slice(f.start, f.end));
}
