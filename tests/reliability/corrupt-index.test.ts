/**
 * A corrupt or truncated index file is detected on load (the manifest's checksums), reported naming the file,
 * and rebuilt by ensureIndex into an index equal to the original. Every index file, two kinds of damage each:
 * cut short (a crash mid-copy) and one byte flipped in place (same size, so only the checksum can tell).
 */
import { readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndexError, INDEX_FILES, loadIndex, MANIFEST_FILE, type LoadedIndex } from '../../src/store/index.js';
import { buildIndex, ensureIndex } from '../../src/build/index.js';
import { inventedArticle, tempDir, writeFiles } from './helpers.js';

let root: string;
let cleanup: () => Promise<void>;
let corpusDir: string;
let indexDir: string;
let original: ReturnType<typeof contents>;

function contents(index: LoadedIndex) {
  return {
    articles: [...index.articles.keys()].sort(),
    quotes: [...index.quotes.values()].map((q) => [q.id, q.text, q.speakerId]).sort(),
    speakers: [...index.speakers.keys()].sort(),
  };
}

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir('corrupt'));
  corpusDir = path.join(root, 'corpus');
  indexDir = path.join(root, 'index');
  await writeFiles(corpusDir, Object.fromEntries([0, 1, 2, 3].map((n) => [`a${n}.txt`, inventedArticle(n)])));
  await buildIndex({ corpusDir, outDir: indexDir });
  original = contents(await loadIndex(indexDir));
}, 60_000);

afterAll(() => cleanup());

async function flipByte(file: string): Promise<void> {
  const bytes = await readFile(file);
  const at = Math.floor(bytes.length / 2);
  bytes[at] = bytes[at]! ^ 0x01;
  await writeFile(file, bytes);
}

const damages: Array<[string, (file: string) => Promise<void>]> = [
  ['cut short', async (file) => truncate(file, Math.floor((await readFile(file)).length / 3))],
  ['one byte flipped (same size)', flipByte],
];
const served = Object.values(INDEX_FILES).filter((n) => n !== INDEX_FILES.extractCache);
const cases = served.flatMap((name) => damages.map(([how, damage]) => [name, how, damage] as const));

describe('a damaged index file is detected, reported and rebuilt', () => {
  it.each(cases)(
    '%s %s',
    async (name, _how, damage) => {
      await damage(path.join(indexDir, name));

      const error = await loadIndex(indexDir).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(IndexError);
      expect((error as IndexError).problem).toMatch(
        new RegExp(`${name.replace('.', '\\.')}' (checksum mismatch|is missing or truncated)$`),
      );

      const log: string[] = [];
      const { index, built } = await ensureIndex({ corpusDir, indexDir, log: (m) => log.push(m) });
      expect(built).not.toBeNull();
      expect(log[0]).toMatch(
        new RegExp(
          `^index: rebuilding '.*' — '.*${name.replace('.', '\\.')}' (checksum mismatch|is missing or truncated)$`,
        ),
      );
      expect(contents(index)).toEqual(original);
      expect(contents(await loadIndex(indexDir))).toEqual(original);
    },
    30_000,
  );

  it.each(damages)(
    'the extraction cache %s is not trusted: the next build extracts afresh, the served index is unaffected',
    async (_how, damage) => {
      await damage(path.join(indexDir, INDEX_FILES.extractCache));
      expect(contents(await loadIndex(indexDir))).toEqual(original);
      const summary = await buildIndex({ corpusDir, outDir: indexDir });
      expect(summary.reusedArticles).toBe(0);
      expect(contents(await loadIndex(indexDir))).toEqual(original);
      expect((await buildIndex({ corpusDir, outDir: indexDir })).reusedArticles).toBe(4);
    },
    30_000,
  );

  it('a truncated manifest is reported and rebuilt', async () => {
    await truncate(path.join(indexDir, MANIFEST_FILE), 20);
    const log: string[] = [];
    const { index } = await ensureIndex({ corpusDir, indexDir, log: (m) => log.push(m) });
    expect(log[0]).toMatch(/manifest\.json' is not valid JSON$/);
    expect(contents(index)).toEqual(original);
  }, 30_000);
});
