/**
 * The ingest's extraction cache read through its key index (src/backend/postgres/extract-cache.ts): what a reader
 * finds is what a scan of the whole file finds, whether the index is missing, behind the file (entries appended
 * since), doubled (two readers appended the same keys) or wrong (the file rewritten under it).
 */
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readExtractCache } from '../../src/backend/postgres/extract-cache.js';

const dir = mkdtempSync(path.join(tmpdir(), 'verbatim-extract-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const key = (i: number) => createHash('sha256').update(`article ${i}`).digest('hex');
const entry = (i: number) => `${JSON.stringify([key(i), `a-${i}`, [{ text: `quote ${i} ${'é'.repeat(i % 5)}` }]])}\n`;
const wanted = (ids: number[]) => new Map(ids.map((i) => [key(i), `a-${i}`]));
const found = async (file: string, ids: number[]) =>
  [...(await readExtractCache(file, wanted(ids))).entries()]
    .map(([k, v]) => [k, JSON.parse(v.line) as unknown, v.at] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
const expected = (ids: number[], lineOf: (i: number) => number) =>
  ids.map((i) => [key(i), JSON.parse(entry(i)) as unknown, lineOf(i)] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));

describe('extraction cache key index', () => {
  it('finds by seeking what a whole scan finds, as the file grows and the index goes wrong', async () => {
    const file = path.join(dir, 'cache.jsonl');
    writeFileSync(file, Array.from({ length: 50 }, (_, i) => entry(i)).join(''));
    const some = [0, 3, 17, 49, 60];
    // No index: a whole scan, which writes it.
    expect(await found(file, some)).toEqual(expected([0, 3, 17, 49], (i) => i + 1));
    expect(readFileSync(`${file}.keys`, 'utf8').trim().split('\n')).toHaveLength(50);
    // Entries appended since: the index is read, then only the new part scanned and indexed.
    appendFileSync(file, Array.from({ length: 20 }, (_, i) => entry(50 + i)).join(''));
    expect(await found(file, some)).toEqual(expected([0, 3, 17, 49, 60], (i) => i + 1));
    expect(readFileSync(`${file}.keys`, 'utf8').trim().split('\n')).toHaveLength(70);
    // Keys indexed twice (two readers at once): read once.
    appendFileSync(`${file}.keys`, readFileSync(`${file}.keys`, 'utf8'));
    expect(await found(file, [5, 69])).toEqual(expected([5, 69], (i) => i + 1));
    // The file rewritten under the index (a line put before the entries): the index is made again.
    writeFileSync(file, `${entry(99)}${Array.from({ length: 70 }, (_, i) => entry(i)).join('')}`);
    expect(await found(file, [99, 5, 69])).toEqual(expected([99, 5, 69], (i) => (i === 99 ? 1 : i + 2)));
    expect(readFileSync(`${file}.keys`, 'utf8').trim().split('\n')).toHaveLength(71);
    // Cut shorter than the index says: made again too.
    writeFileSync(file, entry(7));
    expect(await found(file, [7, 8])).toEqual(expected([7], () => 1));
  });

  it('a missing file is an empty cache; a line that is not an entry is an error naming it', async () => {
    expect((await readExtractCache(path.join(dir, 'none.jsonl'), wanted([1]))).size).toBe(0);
    expect(existsSync(path.join(dir, 'none.jsonl.keys'))).toBe(false);
    const file = path.join(dir, 'bad.jsonl');
    writeFileSync(file, `${entry(1)}not an entry\n${entry(2)}`);
    await expect(readExtractCache(file, wanted([1]))).rejects.toThrow(`${file}:2: not an extraction cache entry`);
  });
});
