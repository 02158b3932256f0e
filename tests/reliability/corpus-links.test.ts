/**
 * What the corpus walk reads and what it refuses: symbolic links out of the corpus folder are reported and
 * not followed (a link to a secret file must not become an article the API serves), links inside still work,
 * names that are not UTF-8 are named as such, an index folder inside the corpus is never read as input,
 * and only files that matter to a build are listed and hashed (the listing uses the loader's own walk).
 */
import { mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.js';
import { corpusChange, describeCorpus } from '../../src/build/corpus-listing.js';
import { inventedArticle, tempDir, writeFiles } from './helpers.js';

const ARTICLE = inventedArticle(0);
const SECRET = 'SECRET-LINE-ONE\nsecret text that must never be indexed, said nobody, on Monday.\n';

let root: string;
let cleanup: () => Promise<void>;
let corpus: string;
let outside: string;

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir('links'));
  corpus = path.join(root, 'corpus');
  outside = path.join(root, 'outside');
  await writeFiles(outside, { 'passwd.txt': SECRET, 'etc/a.txt': SECRET, 'etc/b.txt': SECRET });
  await writeFiles(corpus, { 'news/good.txt': ARTICLE, 'real/inner.txt': inventedArticle(1) });
  await symlink(path.join(outside, 'passwd.txt'), path.join(corpus, 'passwd.txt'));
  await symlink(path.join(outside, 'etc'), path.join(corpus, 'etc'));
  // Links that stay inside the corpus: a file, a folder, and a loop back to the root.
  await symlink(path.join(corpus, 'real', 'inner.txt'), path.join(corpus, 'news', 'alias.txt'));
  await symlink('../real', path.join(corpus, 'news', 'real-again'));
  await symlink('..', path.join(corpus, 'news', 'loop'));
});

afterAll(async () => {
  await cleanup();
});

describe('symbolic links', () => {
  it('a link to a file outside the corpus is reported with its target and not read', async () => {
    const load = await loadCorpus(corpus);
    expect(load.articles.map((a) => a.text).join('\n')).not.toContain('SECRET-LINE-ONE');
    expect(load.articles.map((a) => a.path)).not.toContain('passwd.txt');
    const problem = load.problems.find((p) => p.file === 'passwd.txt');
    expect(problem?.message).toBe(
      `corpus: 'passwd.txt': symbolic link to '${path.join(outside, 'passwd.txt')}', outside the corpus folder; not followed (the followLinks option, --follow-links, follows it)`,
    );
  });

  it('a link to a folder outside the corpus is reported once and not walked', async () => {
    const load = await loadCorpus(corpus);
    expect(load.articles.some((a) => a.path.startsWith('etc/'))).toBe(false);
    const reported = load.problems.filter((p) => p.file.startsWith('etc'));
    expect(reported.map((p) => p.file)).toEqual(['etc']);
    expect(reported[0]!.message).toContain(
      `symbolic link to '${path.join(outside, 'etc')}', outside the corpus folder`,
    );
  });

  it('links inside the corpus are followed; a loop is reported, not walked forever', async () => {
    const load = await loadCorpus(corpus);
    expect(load.articles.map((a) => a.path)).toEqual(['news/alias.txt', 'news/good.txt', 'news/real-again/inner.txt']);
    expect(load.problems.map((p) => p.message).slice(2)).toEqual([
      `corpus: 'news/loop': symbolic link loop (leads to a folder already read); skipped`,
      `corpus: 'real': folder already read as 'news/real-again' (through a symbolic link); skipped`,
    ]);
  });

  it('followLinks opts in to links out of the corpus', async () => {
    const load = await loadCorpus(corpus, { followLinks: true });
    expect(load.articles.map((a) => a.path)).toEqual(expect.arrayContaining(['passwd.txt', 'etc/a.txt']));
    expect(load.problems.some((p) => p.message.includes('outside the corpus folder'))).toBe(false);
  });

  it('the index listing follows the same rules: nothing outside the corpus is listed or hashed', async () => {
    const listed = (await describeCorpus(corpus)).map((f) => f.path);
    expect(listed).not.toContain('passwd.txt');
    expect(listed.some((p) => p.startsWith('etc/'))).toBe(false);
    expect(listed).toContain('news/good.txt');
  });
});

describe('names, index folders and files that are not articles', () => {
  it('a file name that is not valid UTF-8 is reported as such, not as a missing file', async () => {
    const { dir, cleanup: done } = await tempDir('names');
    try {
      await writeFiles(dir, { 'good.txt': ARTICLE });
      const bad = Buffer.concat([Buffer.from(`${dir}/caf\u00e9-`), Buffer.from([0xff, 0xfe]), Buffer.from('.txt')]);
      await writeFile(bad, inventedArticle(2));
      const load = await loadCorpus(dir);
      expect(load.articles.map((a) => a.path)).toEqual(['good.txt']);
      expect(load.problems.map((p) => p.message)).toEqual([
        `corpus: 'caf\u00e9-\\xff\\xfe.txt': file name is not valid UTF-8 (shown with \\x escapes); rename it to read it`,
      ]);
    } finally {
      await done();
    }
  });

  it('a folder holding a Verbatim index is skipped and reported once', async () => {
    const { dir, cleanup: done } = await tempDir('index-inside');
    try {
      const manifest = {
        formatVersion: 5,
        builtAt: '2024-01-01T00:00:00.000Z',
        corpusDir: dir,
        corpusFiles: [],
        files: {},
      };
      await writeFiles(dir, {
        'good.txt': ARTICLE,
        'index/manifest.json': JSON.stringify(manifest, null, 2),
        'index/articles.jsonl': `${JSON.stringify({ id: 'x', text: inventedArticle(3) })}\n`,
        // An ordinary manifest.json that is not an index's is an article file like any other.
        'other/manifest.json': JSON.stringify({ text: inventedArticle(4) }),
      });
      const load = await loadCorpus(dir);
      expect(load.articles.map((a) => a.path)).toEqual(['good.txt', 'other/manifest.json']);
      expect(load.problems.map((p) => p.message)).toEqual([
        `corpus: 'index/': holds a Verbatim index (manifest.json); not read as corpus input`,
      ]);
      expect((await describeCorpus(dir)).map((f) => f.path)).toEqual(['good.txt', 'other/manifest.json']);
      // exclude: a folder named by the caller is not read either.
      const excluded = await loadCorpus(dir, { exclude: [path.join(dir, 'other')] });
      expect(excluded.articles.map((a) => a.path)).toEqual(['good.txt']);
    } finally {
      await done();
    }
  });

  it('only article files, sidecars and speakers.json are listed and hashed; an oversized file is never read', async () => {
    const { dir, cleanup: done } = await tempDir('listing');
    try {
      await writeFiles(dir, {
        'a.txt': ARTICLE,
        'a.meta.json': JSON.stringify({ title: 'Invented title' }),
        'speakers.json': '{}',
        'photo.jpg': 'not an article',
        'notes/data.bin': 'not an article',
      });
      await mkdir(path.join(dir, 'big'));
      // Sparse: 40 MB on paper, nothing on disk. Over the 16 MB limit for a text article.
      await writeFile(path.join(dir, 'big', 'huge.txt'), '');
      await truncate(path.join(dir, 'big', 'huge.txt'), 40 * 1024 * 1024);
      const listed = await describeCorpus(dir);
      expect(listed.map((f) => f.path)).toEqual(['a.meta.json', 'a.txt', 'big/huge.txt', 'speakers.json']);
      const load = await loadCorpus(dir);
      expect(load.articles.map((a) => a.path)).toEqual(['a.txt']);
      expect(load.problems.map((p) => p.message)).toEqual([
        `corpus: 'big/huge.txt': file is ${40 * 1024 * 1024} bytes, over the ${16 * 1024 * 1024}-byte limit for its kind; skipped without reading it`,
      ]);
      // A new non-article file does not make the index stale; a new article file does.
      await writeFile(path.join(dir, 'more.png'), 'x');
      expect(await corpusChange(dir, listed)).toBeNull();
      await writeFile(path.join(dir, 'b.txt'), inventedArticle(5));
      expect(await corpusChange(dir, listed)).toBe(`corpus file 'b.txt' was added`);
    } finally {
      await done();
    }
  });
});
