/**
 * A build killed with SIGKILL at any moment (while it loads and extracts, while it writes the new index, just
 * before the swap) leaves the previous index intact and servable. Done for real: `verbatim index` runs in a
 * child process and is killed at fixed delays and when the temp folder of the new index, and files in it, appear.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadIndex, type LoadedIndex } from '../../src/store/index.js';
import { buildIndex } from '../../src/build/index.js';
import { createApp } from '../../src/web/app.js';
import { finished, inventedArticle, spawnVerbatim, tempDir, waitFor, writeFiles } from './helpers.js';

let root: string;
let cleanup: () => Promise<void>;
let out: string;
let corpusA: string;
let corpusB: string;
let before: { builtAt: string; ids: string[] };

const snapshot = (index: LoadedIndex) => ({ builtAt: index.builtAt, ids: [...index.quotes.keys()].sort() });

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir('kill'));
  corpusA = path.join(root, 'corpus-a');
  corpusB = path.join(root, 'corpus-b');
  out = path.join(root, 'index');
  const a: Record<string, string> = {};
  for (let n = 0; n < 40; n++) a[`a${n}.txt`] = inventedArticle(n);
  // A corpus the previous index's extraction cache does not cover, so every killed build extracts afresh.
  const b: Record<string, string> = {};
  for (let n = 1000; n < 1250; n++) b[`b${n}.txt`] = inventedArticle(n, 4);
  await writeFiles(corpusA, a);
  await writeFiles(corpusB, b);
  await buildIndex({ corpusDir: corpusA, outDir: out });
  before = snapshot(await loadIndex(out));
}, 60_000);

afterAll(() => cleanup());

/** The temp folder a running build writes its new index into (a sibling of `out`), if there is one yet. */
async function newIndexTemp(): Promise<string | undefined> {
  const name = (await readdir(root)).find((n) => n.startsWith('.verbatim-tmp-index-new-'));
  return name ? path.join(root, name) : undefined;
}

async function tempHolds(file: string): Promise<true | undefined> {
  const dir = await newIndexTemp();
  if (!dir) return undefined;
  return (await readdir(dir).catch(() => [] as string[])).includes(file) ? true : undefined;
}

type Moment = [name: string, until: () => Promise<unknown>];
const after = (ms: number) => () => new Promise((r) => setTimeout(r, ms));
const moments: Moment[] = [
  ['500 ms after start (starting up)', after(500)],
  ['1200 ms after start (loading, extracting)', after(1200)],
  ['1800 ms after start (extracting / resolving speakers)', after(1800)],
  ['when the temp folder of the new index appears', () => waitFor(newIndexTemp, 'the temp folder', 30_000, 2)],
  ['when quotes.jsonl is being written', () => waitFor(() => tempHolds('quotes.jsonl'), 'quotes.jsonl', 30_000, 2)],
  ['when search.bin is being written', () => waitFor(() => tempHolds('search.bin'), 'search.bin', 30_000, 2)],
  [
    'when the manifest is being written (just before the swap)',
    () => waitFor(() => tempHolds('manifest.json'), 'manifest.json', 30_000, 1),
  ],
];

describe('a build killed with SIGKILL leaves the previous index intact and servable', () => {
  let killedMidBuild = 0;

  it.each(moments)(
    'killed %s',
    async (_name, until) => {
      const child = spawnVerbatim(['index', '--corpus', corpusB, '--out', out]);
      const done = finished(child);
      const exited = await Promise.race([until().then(() => false), done.then(() => true)]);
      if (!exited) child.kill('SIGKILL');
      const run = await done;

      // The index served after the kill is the previous one whole, or (when the kill landed after the build's
      // swap, or the build finished first) the new one whole: loadIndex checks every file against the manifest.
      const index = await loadIndex(out);
      const previous = JSON.stringify(snapshot(index)) === JSON.stringify(before);
      if (run.signal === 'SIGKILL' && previous) killedMidBuild++;
      else {
        if (run.signal !== 'SIGKILL') expect(run.code).toBe(0);
        expect(index.quotes.size).toBe(1000);
        expect(index.builtAt > before.builtAt).toBe(true);
      }
      // Each case starts from the first corpus's index, with no extraction cache of the second: a build that got as
      // far as its swap is undone, so the next case's build extracts afresh and is killed against a known index.
      if (!previous) {
        await buildIndex({ corpusDir: corpusA, outDir: out });
        before = snapshot(await loadIndex(out));
      }
      const res = await request(createApp(index)).get('/api/search?q=spring');
      expect(res.status).toBe(200);
      expect((res.body as { total: number }).total).toBeGreaterThan(0);
    },
    40_000,
  );

  it('most builds were really killed mid-way, and the next build finishes and clears what they left', async () => {
    expect(killedMidBuild).toBeGreaterThanOrEqual(moments.length - 2);
    const summary = await buildIndex({ corpusDir: corpusB, outDir: out });
    expect(summary.quotes).toBe(1000);
    expect((await loadIndex(out)).quotes.size).toBe(1000);
    expect((await readdir(root)).sort()).toEqual(['corpus-a', 'corpus-b', 'index']);
  }, 60_000);
});
