/**
 * Quote records of a built index are read from disk on each call and not kept (record-store.ts): a caller that
 * changes the quote it was given changes no later reader's. Invented articles.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/build/build.js';
import { loadIndex } from '../../src/store/load.js';
import type { LoadedIndex } from '../../src/store/types.js';

let dir: string;
let index: LoadedIndex;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-quote-reads-'));
  await mkdir(path.join(dir, 'corpus'));
  await writeFile(
    path.join(dir, 'corpus', 'tribune.txt'),
    'Orchard fair opens\n\nPublished: 4 May 2025\n\nThe fair opened on Saturday.\n\n"The apple harvest was the best in a decade," said Mira Castellan, who runs the orchard.\n',
  );
  await buildIndex({ corpusDir: path.join(dir, 'corpus'), outDir: path.join(dir, 'index') });
  index = await loadIndex(path.join(dir, 'index'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('quote reads', () => {
  it('each read gives a new quote: changing one does not change the next read', () => {
    const [id] = [...index.quotes.keys()];
    const first = index.quotes.get(id!)!;
    const text = first.text;
    expect(text).toContain('apple harvest');
    first.text = 'changed by a caller';
    first.attribution.confidence = -1;
    const again = index.quotes.get(id!)!;
    expect(again).not.toBe(first);
    expect(again.text).toBe(text);
    expect(again.attribution.confidence).toBeGreaterThanOrEqual(0);
  });
});
