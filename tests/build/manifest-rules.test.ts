/**
 * What the manifest records so that a rebuild decision uses the same rules as the build: the corpus listing (made
 * from the load's own walk), the link rule (--follow-links) and the confidence model's version.
 */
import { mkdtemp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIndex, ensureIndex, indexStaleReason } from '../../src/build/index.js';
import { defaultStages } from '../../src/build/stages.js';
import { describeCorpus } from '../../src/build/corpus-listing.js';
import { CONFIDENCE_MODEL_VERSION } from '../../src/extract/confidence.js';
import { MANIFEST_FILE } from '../../src/store/index.js';
import { fakeStages, writeCorpus } from './fakes.js';

/** The real corpus loader (walk, formats, sidecars) with the fake extractor. */
const realLoad = { loadCorpus: defaultStages.loadCorpus };

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function corpus() {
  const c = await writeCorpus();
  cleanups.push(c.cleanup);
  return c;
}

async function manifestOf(out: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path.join(out, MANIFEST_FILE), 'utf8')) as Record<string, unknown>;
}

describe('the confidence model version', () => {
  it('is part of the extraction cache key: another model re-extracts every article', async () => {
    const { corpus: corpusDir, out } = await corpus();
    await buildIndex({ corpusDir, outDir: out, stages: fakeStages({ confidenceModelVersion: 'model-a' }) });
    const same = await buildIndex({
      corpusDir,
      outDir: out,
      stages: fakeStages({ confidenceModelVersion: 'model-a' }),
    });
    expect(same.reusedArticles).toBe(3);
    const stages = fakeStages({ confidenceModelVersion: 'model-b' });
    const other = await buildIndex({ corpusDir, outDir: out, stages });
    expect(other.reusedArticles).toBe(0);
    expect(stages.extracted).toHaveLength(3);
    expect((await manifestOf(out)).confidenceModelVersion).toBe('model-b');
  });

  it('makes an index scored by another model stale', async () => {
    const { corpus: corpusDir, out } = await corpus();
    await buildIndex({ corpusDir, outDir: out, stages: fakeStages() });
    expect((await manifestOf(out)).confidenceModelVersion).toBe(CONFIDENCE_MODEL_VERSION);
    expect(await indexStaleReason(corpusDir, out)).toBeNull();
    const manifest = await manifestOf(out);
    await writeFile(
      path.join(out, MANIFEST_FILE),
      JSON.stringify({ ...manifest, confidenceModelVersion: 'older-model' }),
    );
    expect(await indexStaleReason(corpusDir, out)).toMatch(/confidence model changed \(older-model → /);
  });
});

describe('--follow-links', () => {
  async function linkedCorpus() {
    const root = await mkdtemp(path.join(os.tmpdir(), 'verbatim-links-'));
    cleanups.push(() => rm(root, { recursive: true, force: true }));
    const corpusDir = path.join(root, 'corpus');
    const elsewhere = path.join(root, 'elsewhere');
    await mkdir(corpusDir);
    await mkdir(elsewhere);
    await writeFile(path.join(corpusDir, 'harbour.txt'), 'Harbour\n\n“The tide is late,” said Mara Quillon.');
    await writeFile(path.join(elsewhere, 'bridge.txt'), 'Bridge\n\n“The bridge holds,” said Tobin Arkwright.');
    await symlink(elsewhere, path.join(corpusDir, 'linked'));
    return { corpusDir, out: path.join(root, 'index') };
  }
  it('is passed to the load and the listing, and recorded in the manifest', async () => {
    const { corpusDir, out } = await linkedCorpus();
    const summary = await buildIndex({ corpusDir, outDir: out, followLinks: true, stages: fakeStages(realLoad) });
    expect(summary).toMatchObject({ articles: 2, skipped: 0 });
    const manifest = await manifestOf(out);
    expect(manifest.followLinks).toBe(true);
    expect((manifest.corpusFiles as Array<{ path: string }>).map((f) => f.path)).toEqual([
      'harbour.txt',
      'linked/bridge.txt',
    ]);
  });

  it('ensureIndex decides staleness under the same rule: no rebuild when nothing changed', async () => {
    const { corpusDir, out } = await linkedCorpus();
    const first = await ensureIndex({ corpusDir, indexDir: out, followLinks: true, stages: fakeStages(realLoad) });
    expect(first.built).not.toBeNull();
    const second = await ensureIndex({ corpusDir, indexDir: out, followLinks: true, stages: fakeStages(realLoad) });
    expect(second.built).toBeNull();
    expect(second.index.articles.size).toBe(2);
    // The other rule: the index no longer says what a build would read.
    expect(await indexStaleReason(corpusDir, out)).toBe('the index was built with --follow-links');
  });
});

describe('the corpus listing', () => {
  it('made from the load walk, equals a listing of its own (paths, sizes, hashes), unread files included', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'verbatim-listing-'));
    cleanups.push(() => rm(root, { recursive: true, force: true }));
    const corpusDir = path.join(root, 'corpus');
    await mkdir(path.join(corpusDir, 'sub'), { recursive: true });
    await writeFile(path.join(corpusDir, 'a.txt'), 'A\n\n“One,” said Mara Quillon.');
    await writeFile(path.join(corpusDir, 'a.txt.meta.json'), '{"publisher": "Gazette"}');
    await writeFile(path.join(corpusDir, 'orphan.meta.json'), '{"publisher": "Nobody"}');
    await writeFile(path.join(corpusDir, 'speakers.json'), '{}');
    await writeFile(path.join(corpusDir, 'sub', 'b.jsonl'), '{"id": "b1", "text": "“Two,” said Tobin Arkwright."}\n');
    await writeFile(path.join(corpusDir, 'sub', 'bad.json'), '{not json');
    const out = path.join(root, 'index');
    await buildIndex({ corpusDir, outDir: out, stages: fakeStages(realLoad) });
    const manifest = await manifestOf(out);
    expect(manifest.corpusFiles).toEqual(await describeCorpus(corpusDir));
    expect((manifest.corpusFiles as Array<{ path: string }>).map((f) => f.path)).toEqual([
      'a.txt',
      'a.txt.meta.json',
      'orphan.meta.json',
      'speakers.json',
      'sub/b.jsonl',
      'sub/bad.json',
    ]);
  });
});
