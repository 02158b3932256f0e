/** The build in batches: how the work is cut (budget, batch sizes, a corpus read a file at a time) never changes the index. */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/build/index.js';
import { budgetSizes, MAX_BATCH_CHARS, MIN_MEMORY_MB } from '../../src/build/budget.js';
import { processArticleBatches, processArticles } from '../../src/build/pipeline.js';
import { streamCorpus } from '../../src/corpus/index.js';
import { MANIFEST_FILE } from '../../src/store/manifest.js';
import { fakeStages, writeCorpus } from './fakes.js';
import type { Article } from '../../src/model/types.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

const NAMES = ['Mara Quillon', 'Tobias Fenwick', 'Ines Marlowe', 'Odile Varga'];

/** Invented articles, each with a few quotes of its own. */
function corpusFiles(count: number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) {
    const name = NAMES[i % NAMES.length]!;
    const other = NAMES[(i * 3 + 1) % NAMES.length]!;
    files[`a${String(i).padStart(3, '0')}.txt`] =
      `Council notes ${i}\n\n“The ferry timetable ${i} will change in spring,” said ${name} at the hall. ` +
      `“We asked for ${i % 7} more crossings a day,” said ${other}.\n` +
      (i % 5 === 0 ? `“The timetable ${i} will change in spring,” said ${name} again.\n` : '');
  }
  return files;
}

/** The index files of a folder, manifest aside (it records when and how long). */
async function indexFiles(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const name of (await readdir(dir)).sort())
    if (name !== MANIFEST_FILE) files.set(name, await readFile(path.join(dir, name)));
  return files;
}

describe('a build cut into batches', () => {
  it('writes the same index files whatever the batch sizes, and whether the articles come whole or in batches', async () => {
    const c = await writeCorpus({ ...corpusFiles(40), 'broken.bad': 'x' });
    cleanups.push(c.cleanup);
    const whole = fakeStages();
    const base = path.join(c.root, 'base');
    await buildIndex({ corpusDir: c.corpus, outDir: base, stages: whole, sizes: { batchChars: 1e9 } });
    const expected = await indexFiles(base);
    expect(expected.size).toBeGreaterThan(5);

    for (const [k, batchChars] of [1, 150, 700].entries()) {
      // the same articles handed over in batches of 3, cut again by the build at `batchChars`
      const stages = fakeStages({
        async loadCorpus(dir) {
          const { articles, problems } = await whole.loadCorpus(dir);
          const batches: Article[][] = [];
          for (let i = 0; i < articles.length; i += 3) batches.push(articles.slice(i, i + 3));
          return { articles: [], problems, batches };
        },
      });
      const out = path.join(c.root, `batched-${k}`);
      const summary = await buildIndex({
        corpusDir: c.corpus,
        outDir: out,
        stages,
        sizes: { batchChars, pieceQuotes: 7 },
      });
      expect(summary.articles).toBe(40);
      expect(summary.problems.map((p) => p.file)).toEqual(['broken.bad']);
      expect(await indexFiles(out)).toEqual(expected);
    }
  });

  it('with the real stages, gives the same index under the smallest and a large budget', async () => {
    const c = await writeCorpus(corpusFiles(12));
    cleanups.push(c.cleanup);
    const small = path.join(c.root, 'small');
    const large = path.join(c.root, 'large');
    await buildIndex({ corpusDir: c.corpus, outDir: small, memoryMb: MIN_MEMORY_MB, sizes: { batchChars: 200 } });
    await buildIndex({ corpusDir: c.corpus, outDir: large, memoryMb: 16_384 });
    const a = await indexFiles(small);
    expect(a.size).toBeGreaterThan(5);
    expect(await indexFiles(large)).toEqual(a);
  });

  it('sizes its batches by the budget: a larger budget never cuts smaller, and a bad budget is refused', () => {
    let last = budgetSizes(MIN_MEMORY_MB);
    for (const mb of [512, 1024, 2048, 4096, 8192, 65_536]) {
      const sizes = budgetSizes(mb);
      expect(sizes.batchChars).toBeGreaterThanOrEqual(last.batchChars);
      expect(sizes.pieceQuotes).toBeGreaterThanOrEqual(last.pieceQuotes);
      expect(sizes.workerHeapMb).toBeGreaterThanOrEqual(last.workerHeapMb);
      last = sizes;
    }
    expect(budgetSizes(MIN_MEMORY_MB).batchChars).toBeLessThan(budgetSizes(4096).batchChars);
    // the batch stops growing at 2 M characters: larger ones only grew the build thread's heap
    expect(budgetSizes(65_536).batchChars).toBe(2 * 2 ** 20);
    expect(budgetSizes(65_536).batchChars).toBe(MAX_BATCH_CHARS);
    expect(() => budgetSizes(0)).toThrow(/positive number of MB/);
    expect(() => budgetSizes(Number.NaN)).toThrow(/positive number of MB/);
  });
});

describe('articles processed in batches', () => {
  it('give what processing them all at once gives, a bad article reported and the rest kept', async () => {
    const c = await writeCorpus(corpusFiles(9));
    cleanups.push(c.cleanup);
    const stages = fakeStages({
      extractQuotes(article) {
        if (article.id === 'a004') throw new Error('a stone in the gears');
        return fakeStages().extractQuotes(article);
      },
    });
    const { articles } = await stages.loadCorpus(c.corpus);
    const options = { extract: stages.extractQuotes, resolveSpeakers: stages.resolveSpeakers };
    const once = processArticles(articles, options);
    const afterBatch: string[][] = [];
    const batched = await processArticleBatches([articles.slice(0, 4), articles.slice(4, 5), articles.slice(5)], {
      ...options,
      afterBatch: (kept) => {
        afterBatch.push(kept.map((a) => a.id));
        return kept;
      },
    });
    expect(batched.quotes).toEqual(once.quotes);
    expect(batched.speakers).toEqual(once.speakers);
    expect(batched.articles.map((a) => a.id)).toEqual(once.articles.map((a) => a.id));
    expect(batched.problems).toEqual(once.problems);
    expect(batched.problems[0]!.message).toMatch(/a004.*a stone in the gears/);
    expect(afterBatch).toEqual([['a000', 'a001', 'a002', 'a003'], [], ['a005', 'a006', 'a007', 'a008']]);
  });
});

describe('a corpus read a file at a time', () => {
  it('gives the articles, problems and files a whole load gives', async () => {
    const c = await writeCorpus({ ...corpusFiles(5), 'empty.txt': '' });
    cleanups.push(c.cleanup);
    await writeFile(path.join(c.corpus, 'two.jsonl'), '{"id":"j1","text":"One line of text."}\nnot json\n');
    const { loadCorpus } = await import('../../src/corpus/index.js');
    const whole = await loadCorpus(c.corpus);
    const stream = streamCorpus(c.corpus);
    const articles: Article[] = [];
    let batches = 0;
    for await (const batch of stream.batches) {
      batches++;
      for (const a of batch) articles.push(a);
    }
    expect(batches).toBeGreaterThan(1);
    expect(articles).toEqual(whole.articles);
    expect(stream.problems).toEqual(whole.problems);
    expect(stream.problems.length).toBeGreaterThan(0);
    expect(stream.files).toEqual(whole.files);
    expect(stream.walked).toEqual(whole.walked);
  });
});

describe('verbatim index --memory-mb', () => {
  it('builds the same index under a budget, and refuses a budget that is not a whole number of MB ≥ the least', async () => {
    const { inProcess } = await import('../cli/helpers.js');
    const c = await writeCorpus(corpusFiles(6));
    cleanups.push(c.cleanup);
    const plain = path.join(c.root, 'plain');
    const budget = path.join(c.root, 'budget');
    expect((await inProcess(['index', '--corpus', c.corpus, '--out', plain])).code).toBe(0);
    const run = await inProcess(['index', '--corpus', c.corpus, '--out', budget, '--memory-mb', String(MIN_MEMORY_MB)]);
    expect(run.code).toBe(0);
    expect(await indexFiles(budget)).toEqual(await indexFiles(plain));
    for (const bad of ['0', '12.5', 'lots', String(MIN_MEMORY_MB - 1)]) {
      const refused = await inProcess(['index', '--corpus', c.corpus, '--out', budget, '--memory-mb', bad]);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain(`--memory-mb '${bad}' must be a whole number of MB`);
    }
    // run on a worker thread with its heap limit: a refused output is still a usage error, in one line
    const inside = await inProcess(['index', '--corpus', c.corpus, '--out', c.corpus, '--memory-mb', '512']);
    expect(inside.code).toBe(2);
    expect(inside.stderr.trim().split('\n')).toHaveLength(1);
    expect(inside.stderr).toMatch(/is the corpus folder/);
    const help = await inProcess(['index', '--help']);
    expect(help.stdout).toContain('--memory-mb N');
  });
});
