import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textsToDisk, TextsWriter } from '../../src/build/article-texts.js';
import { articleTexts } from '../../src/store/records.js';
import type { Article } from '../../src/model/types.js';

const article = (id: string, text: string): Article => ({
  id,
  recordId: null,
  path: `${id}.txt`,
  line: null,
  title: `Title ${id}`,
  publisher: 'Harbour Gazette',
  url: null,
  author: null,
  publishedAt: '2024-01-02',
  dateline: null,
  text,
  furniture: [{ start: 0, end: 1 }],
  metaOrigin: { title: 'record' },
});

describe('article texts kept on disk during a build', () => {
  it('read back as the same strings, with the same other fields, and the file is article-texts.bin (property)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-texts-'));
    try {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(
            fc.oneof(
              fc.string({ unit: 'binary', maxLength: 40 }),
              fc.string({ unit: 'binary-ascii' }).map((t) => `${t}\uD800x`),
            ),
            { maxLength: 12 },
          ),
          async (texts) => {
            const articles = texts.map((t, i) => article(`a${i}`, t));
            const file = path.join(dir, `texts-${run++}.bin`);
            // chunks of a few bytes: texts across chunk ends, and texts longer than a chunk
            const onDisk = await textsToDisk(file, articles, 1 + (run % 24));
            try {
              const bytes = await readFile(file);
              expect(bytes.equals(Buffer.concat([...articleTexts(articles)]))).toBe(true);
              expect(onDisk.written.bytes).toBe(bytes.length);
              expect(onDisk.byteLengths).toEqual(texts.map((t) => Buffer.byteLength(t, 'utf8')));
              // read in another order than written, and twice
              for (const i of [...articles.keys()].reverse().concat([...articles.keys()])) {
                expect(onDisk.articles[i]!.text).toBe(texts[i]);
              }
              onDisk.articles.forEach((a, i) => {
                const { text, ...rest } = articles[i]!;
                expect(text).toBe(a.text);
                // kept on disk: serialised with the article's fields but its text (a lone surrogate's stays in memory)
                if (a !== articles[i]) expect(JSON.parse(JSON.stringify(a))).toEqual(rest);
                else expect(/[\uD800-\uDFFF]/.test(text)).toBe(true);
              });
            } finally {
              onDisk.close();
            }
          },
        ),
        { numRuns: 100 },
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('appended a batch at a time make the same file and read back the same (property)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-texts-'));
    try {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.array(fc.string({ unit: 'binary', maxLength: 30 }), { maxLength: 5 }), { maxLength: 6 }),
          async (batches) => {
            const all = batches.flat().map((t, i) => article(`a${i}`, t));
            const file = path.join(dir, `batched-${run++}.bin`);
            const writer = await TextsWriter.create(file, 1 + (run % 16));
            const read: Article[] = [];
            let from = 0;
            for (const batch of batches) {
              const onDisk = await writer.append(all.slice(from, from + batch.length));
              from += batch.length;
              // texts of earlier batches read back while later ones are still being written
              for (const a of onDisk) read.push(a);
              for (const [i, a] of read.entries()) expect(a.text).toBe(all[i]!.text);
            }
            const done = await writer.finish();
            try {
              const bytes = await readFile(file);
              expect(bytes.equals(Buffer.concat([...articleTexts(all)]))).toBe(true);
              expect(done.written.bytes).toBe(bytes.length);
              expect(done.byteLengths).toEqual(all.map((a) => Buffer.byteLength(a.text, 'utf8')));
              for (const [i, a] of read.entries()) expect(a.text).toBe(all[i]!.text);
            } finally {
              done.close();
            }
            await expect(writer.append([article('late', 'x')])).rejects.toThrow(/after their file was finished/);
          },
        ),
        { numRuns: 60 },
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('are not readable once the build closed the file', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-texts-'));
    try {
      const onDisk = await textsToDisk(path.join(dir, 't.bin'), [article('a', 'Some words')]);
      onDisk.close();
      expect(() => onDisk.articles[0]!.text).toThrow(/after the build closed its file/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
