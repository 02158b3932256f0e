/**
 * Size must not break the loader: a corpus of 130,000 files (each list once spread into `push(...)`, which
 * overflows the call stack past ~120,000 arguments) and one `.json` of a million records without text
 * (a million problems, now the first hundred and one summary line). Inputs are generated here.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.js';
import { inventedArticle, tempDir } from './helpers.js';

let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('huge'));
});

afterAll(async () => {
  await cleanup();
});

describe('huge corpora', () => {
  it('130,000 files in one folder load without overflowing the stack', async () => {
    const corpus = path.join(dir, 'many');
    await mkdir(corpus);
    const count = 130_000;
    // Empty files: cheap to make and to read, each one reported ("empty file"), which is what a list of
    // 130,000 entries and 130,000 problems needs.
    for (let i = 0; i < count; i += 1000) {
      await Promise.all(
        Array.from({ length: Math.min(1000, count - i) }, (_, k) =>
          writeFile(path.join(corpus, `f${String(i + k).padStart(6, '0')}.txt`), ''),
        ),
      );
    }
    await writeFile(path.join(corpus, 'real.txt'), inventedArticle(0));
    const load = await loadCorpus(corpus);
    expect(load.articles.map((a) => a.path)).toEqual(['real.txt']);
    expect(load.problems).toHaveLength(count);
    expect(load.problems[0]?.message).toBe(`corpus: 'f000000.txt': empty file`);
  }, 180_000);

  it('a .json of a million records without text gives a hundred problems and one summary line', async () => {
    const file = path.join(dir, 'records', 'million.json');
    await mkdir(path.dirname(file), { recursive: true });
    const out = createWriteStream(file);
    const records = 1_000_000;
    out.write('[');
    for (let i = 0; i < records; i++) {
      const line = `${i === 0 ? '' : ','}{"id":"r${i}","title":"No text"}`;
      if (!out.write(line)) await once(out, 'drain');
    }
    out.write(`,${JSON.stringify({ id: 'with-text', text: inventedArticle(1) })}]`);
    out.end();
    await once(out, 'finish');
    const load = await loadCorpus(path.dirname(file));
    expect(load.articles.map((a) => a.id)).toEqual(['with-text']);
    expect(load.problems).toHaveLength(101);
    expect(load.problems[0]?.message).toBe(`corpus: 'million.json': record 1: missing "text" field`);
    expect(load.problems[100]?.message).toBe(
      `corpus: 'million.json': … and 999,900 more problems in this file, not listed one by one (999,900 × missing "text" field)`,
    );
  }, 180_000);
});
