import { mkdir, readdir, readFile, rename, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FORMAT_VERSION, INDEX_FILES, loadIndex, MANIFEST_FILE, IndexError } from '../../src/store/index.js';
import type { Manifest } from '../../src/store/manifest.js';
import { buildIndex, ensureIndex, isIndexStale } from '../../src/build/index.js';
import { fakeStages, writeCorpus } from './fakes.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function corpus(files?: Record<string, string>) {
  const c = await writeCorpus(files);
  cleanups.push(c.cleanup);
  return c;
}

function sortedIds(map: { keys(): Iterable<string> }): string[] {
  return [...map.keys()].sort();
}

describe('buildIndex + loadIndex', () => {
  it('writes every index file with its checksum in the manifest and loads the records back', async () => {
    const { corpus: corpusDir, out } = await corpus();
    const summary = await buildIndex({ corpusDir, outDir: out, stages: fakeStages() });
    expect(summary).toMatchObject({ articles: 3, quotes: 4, speakers: 3, skipped: 0, reusedArticles: 0 });

    const names = (await readdir(out)).sort();
    expect(names).toEqual([...Object.values(INDEX_FILES), MANIFEST_FILE].sort());
    const manifest = JSON.parse(await readFile(path.join(out, MANIFEST_FILE), 'utf8')) as Manifest;
    expect(Object.keys(manifest.files).sort()).toEqual(Object.values(INDEX_FILES).sort());
    expect(manifest.counts).toEqual({ articles: 3, quotes: 4, speakers: 3, skipped: 0 });
    expect(manifest.corpusFiles.map((f) => f.path)).toEqual(['bridge.txt', 'harbour.txt', 'orchard.txt']);

    const index = await loadIndex(out);
    expect(index.formatVersion).toBe(FORMAT_VERSION);
    expect(index.quotes.size).toBe(4);
    expect(index.quotesBySpeaker.get('mara-quillon')).toHaveLength(2);
    const hit = index.search.search({
      q: 'lighthouse',
      speakers: [],
      publishers: [],
      from: null,
      to: null,
      sort: 'relevance',
      page: 1,
      limit: 5,
    });
    expect(hit.results[0]?.quote.text).toBe('The new toll keeps the lighthouse lit');
  });

  it('gives every quote a 10-character id that survives a rebuild and the arrival of another article', async () => {
    const { corpus: corpusDir, out } = await corpus();
    await buildIndex({ corpusDir, outDir: out, stages: fakeStages() });
    const first = sortedIds((await loadIndex(out)).quotes);
    expect(first.every((id) => /^[a-z2-7]{10}$/.test(id))).toBe(true);

    await buildIndex({ corpusDir, outDir: out, stages: fakeStages() });
    expect(sortedIds((await loadIndex(out)).quotes)).toEqual(first);

    await writeFile(
      path.join(corpusDir, 'aaa-market.txt'),
      'Market day\n\n“Turnips are cheap this week,” said Odile Brannock.',
    );
    await buildIndex({ corpusDir, outDir: out, stages: fakeStages() });
    const after = sortedIds((await loadIndex(out)).quotes);
    expect(after).toHaveLength(first.length + 1);
    expect(after).toEqual(expect.arrayContaining(first));
  });

  it('reuses the extraction of unchanged articles and re-extracts changed ones', async () => {
    const { corpus: corpusDir, out } = await corpus();
    await buildIndex({ corpusDir, outDir: out, stages: fakeStages() });

    const again = fakeStages();
    const second = await buildIndex({ corpusDir, outDir: out, stages: again });
    expect(second.reusedArticles).toBe(3);
    expect(again.extracted).toEqual([]);
    expect(second.quotes).toBe(4);

    await writeFile(
      path.join(corpusDir, 'orchard.txt'),
      'Orchard festival returns\n\n“Plums did well too,” said Ines Marlowe.',
    );
    const third = fakeStages();
    const summary = await buildIndex({ corpusDir, outDir: out, stages: third });
    expect(third.extracted).toEqual(['orchard']);
    expect(summary.reusedArticles).toBe(2);
    expect([...(await loadIndex(out)).quotes.values()].map((q) => q.text)).toContain('Plums did well too');
  });

  it('does not reuse cached extractions made by another extractor version', async () => {
    const { corpus: corpusDir, out } = await corpus();
    await buildIndex({ corpusDir, outDir: out, stages: fakeStages() });
    const next = fakeStages({ extractorVersion: 'fake-2' });
    const summary = await buildIndex({ corpusDir, outDir: out, stages: next });
    expect(summary.reusedArticles).toBe(0);
    expect(next.extracted).toHaveLength(3);
  });

  it('reports skipped inputs and extractor failures with their file, and indexes the rest', async () => {
    const { corpus: corpusDir, out } = await corpus();
    await writeFile(path.join(corpusDir, 'notes.bad'), 'x');
    const stages = fakeStages();
    const extract = stages.extractQuotes;
    stages.extractQuotes = (article) => {
      if (article.id === 'bridge') throw new Error('rule table exploded');
      return extract(article);
    };
    const summary = await buildIndex({ corpusDir, outDir: out, stages });
    expect(summary.articles).toBe(2);
    expect(summary.skipped).toBe(2);
    expect(summary.problems).toEqual([
      { file: 'notes.bad', line: 1, message: 'corpus: not an article' },
      {
        file: 'bridge.txt',
        line: null,
        message: "extract: 'bridge.txt': article 'bridge' failed: rule table exploded",
      },
    ]);
  });
});

describe('a damaged index is refused with a message naming the file', () => {
  it.each([
    [
      'a manifest that is not JSON',
      async (out: string) => writeFile(path.join(out, MANIFEST_FILE), '{"formatVersion": 1,'),
      /manifest\.json' is not valid JSON — rebuild with 'verbatim index'/,
    ],
    [
      'a manifest of an unknown format version',
      async (out: string) => {
        const file = path.join(out, MANIFEST_FILE);
        const m = JSON.parse(await readFile(file, 'utf8')) as Manifest;
        await writeFile(file, JSON.stringify({ ...m, formatVersion: 99 }));
      },
      new RegExp(`unknown format version 99 \\(this Verbatim reads ${FORMAT_VERSION}\\)`),
    ],
    [
      'a manifest missing its counts',
      async (out: string) => {
        const file = path.join(out, MANIFEST_FILE);
        const { counts: _, ...m } = JSON.parse(await readFile(file, 'utf8')) as Manifest;
        await writeFile(file, JSON.stringify(m));
      },
      /manifest\.json' is invalid \(counts: /,
    ],
    [
      'a truncated quotes file',
      async (out: string) => truncate(path.join(out, INDEX_FILES.quotes), 40),
      /quotes\.jsonl' checksum mismatch — rebuild with 'verbatim index'/,
    ],
    [
      'an edited articles file of the same size',
      async (out: string) => {
        const file = path.join(out, INDEX_FILES.articles);
        await writeFile(file, (await readFile(file, 'utf8')).replace('Gazette', 'Gazetta'));
      },
      /articles\.jsonl' checksum mismatch/,
    ],
    [
      'a deleted search file',
      async (out: string) => rm(path.join(out, INDEX_FILES.search)),
      /search\.bin' is missing — rebuild with 'verbatim index'/,
    ],
    [
      'a deleted manifest',
      async (out: string) => rm(path.join(out, MANIFEST_FILE)),
      /manifest\.json' is missing — build the index with 'verbatim index'/,
    ],
  ])('%s', async (_name, damage, message) => {
    const { corpus: corpusDir, out } = await corpus();
    await buildIndex({ corpusDir, outDir: out, stages: fakeStages() });
    await damage(out);
    const error = await loadIndex(out).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IndexError);
    expect((error as Error).message).toMatch(/^index: '/);
    expect((error as Error).message).toMatch(message);
    expect(await isIndexStale(corpusDir, out)).toBe(true);
  });
});

describe('atomic replacement', () => {
  it('a build that fails leaves the previous index in place and loadable, with no temp folder behind', async () => {
    const { root, corpus: corpusDir, out } = await corpus();
    await buildIndex({ corpusDir, outDir: out, stages: fakeStages() });
    const before = await loadIndex(out);

    await writeFile(path.join(corpusDir, 'extra.txt'), 'Extra\n\n“One more thing,” said Mara Quillon.');
    const failing = fakeStages({
      createSearchEngine: () => {
        throw new Error('disk on fire');
      },
    });
    await expect(buildIndex({ corpusDir, outDir: out, stages: failing })).rejects.toThrow('disk on fire');

    const after = await loadIndex(out);
    expect(after.builtAt).toBe(before.builtAt);
    expect(sortedIds(after.quotes)).toEqual(sortedIds(before.quotes));
    expect((await readdir(root)).sort()).toEqual(['corpus', 'index']);
  });

  it('a build killed between its two renames is recovered: the old index is put back', async () => {
    const { root, corpus: corpusDir, out } = await corpus();
    await buildIndex({ corpusDir, outDir: out, stages: fakeStages() });
    // pid 2147483646 is not running: the folder is what a killed build leaves aside.
    await rename(out, path.join(root, '.verbatim-tmp-index-old-2147483646-0abc'));
    await mkdir(path.join(root, '.verbatim-tmp-index-new-2147483646-0abd'));

    expect((await loadIndex(out)).quotes.size).toBe(4);
    await buildIndex({ corpusDir, outDir: out, stages: fakeStages() });
    expect((await readdir(root)).sort()).toEqual(['corpus', 'index']);
  });

  it('keeps a .gitkeep the index folder had', async () => {
    const { corpus: corpusDir, out } = await corpus();
    await mkdir(out);
    await writeFile(path.join(out, '.gitkeep'), '');
    await buildIndex({ corpusDir, outDir: out, stages: fakeStages() });
    expect(await readdir(out)).toContain('.gitkeep');
  });

  it('refuses to replace a folder that is not an index', async () => {
    const { corpus: corpusDir, out } = await corpus();
    await mkdir(out);
    await writeFile(path.join(out, 'thesis.md'), 'precious');
    await expect(buildIndex({ corpusDir, outDir: out, stages: fakeStages() })).rejects.toThrow(
      /refusing to replace .* 'thesis\.md'/,
    );
    expect(await readFile(path.join(out, 'thesis.md'), 'utf8')).toBe('precious');
  });
});

describe('staleness', () => {
  it('an index is fresh after a build and stale once a corpus file is added, changed or removed', async () => {
    const { corpus: corpusDir, out } = await corpus();
    expect(await isIndexStale(corpusDir, out)).toBe(true);
    await buildIndex({ corpusDir, outDir: out, stages: fakeStages() });
    expect(await isIndexStale(corpusDir, out)).toBe(false);

    await writeFile(path.join(corpusDir, 'new.txt'), 'New\n\n“Hello,” said Ada Pike.');
    expect(await isIndexStale(corpusDir, out)).toBe(true);
    await rm(path.join(corpusDir, 'new.txt'));
    expect(await isIndexStale(corpusDir, out)).toBe(false);

    const file = path.join(corpusDir, 'bridge.txt');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace('carts', 'wagon'));
    expect(await isIndexStale(corpusDir, out)).toBe(true);
    await writeFile(file, text);
    await rm(path.join(corpusDir, 'orchard.txt'));
    expect(await isIndexStale(corpusDir, out)).toBe(true);
  });

  it('does not follow a symbolic link out of the corpus: changing the file it points to leaves the index fresh', async () => {
    const { root, corpus: corpusDir, out } = await corpus();
    const outside = path.join(root, 'shared-article.txt');
    await writeFile(outside, 'Shared\n\n“Linked words,” said Ada Pike.');
    await symlink(outside, path.join(corpusDir, 'linked.txt'));
    await buildIndex({ corpusDir, outDir: out, stages: fakeStages() });
    expect(await isIndexStale(corpusDir, out)).toBe(false);
    await writeFile(outside, 'Shared\n\n“Other words,” said Ada Pike.');
    expect(await isIndexStale(corpusDir, out)).toBe(false);
  });

  it('ensureIndex builds when stale (saying why), then only loads', async () => {
    const { corpus: corpusDir, out } = await corpus();
    const log: string[] = [];
    const first = await ensureIndex({ corpusDir, indexDir: out, log: (m) => log.push(m), stages: fakeStages() });
    expect(first.built?.quotes).toBe(4);
    expect(first.index.quotes.size).toBe(4);
    expect(log[0]).toMatch(/^index: rebuilding '.*' — '.*manifest\.json' is missing$/);

    log.length = 0;
    const second = await ensureIndex({ corpusDir, indexDir: out, log: (m) => log.push(m), stages: fakeStages() });
    expect(second.built).toBeNull();
    expect(log).toEqual([]);

    await truncate(path.join(out, INDEX_FILES.speakers), 3);
    const third = await ensureIndex({ corpusDir, indexDir: out, log: (m) => log.push(m), stages: fakeStages() });
    expect(third.built).not.toBeNull();
    expect(log[0]).toMatch(/speakers\.jsonl' is missing or truncated$/);
  });
});
