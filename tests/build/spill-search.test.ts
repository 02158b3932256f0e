import { mkdir, mkdtemp, readdir, rm, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildSearchFile, buildShardTermData } from '../../src/search/build-terms.js';
import { buildSearchEngine } from '../../src/search/index.js';
import { mergedPostings, planMerge, postingFileReads, spillPostings } from '../../src/search/merge-terms.js';
import { blobFileSizes, blobTexts, buildPackedTables } from '../../src/search/tables.js';
import type { Article, CorpusData, Quote, Speaker } from '../../src/model/types.js';
import { corpus as fixtureCorpus } from '../search/fixtures.js';

const bytesOf = async (parts: Iterable<Uint8Array> | Promise<Iterable<Uint8Array>>): Promise<Buffer> =>
  Buffer.concat([...(await parts)]);

/** Invented quotes from a few words (stop words, accents and a character outside the BMP among them). */
const corpusArb = fc
  .array(
    fc.record({
      words: fc.array(
        fc.constantFrom('the', 'of', 'a', 'quay', 'lantern', 'Pear', 'café', 'ferry', '𝔹oat', 'toll', 'is', 'was'),
        { maxLength: 14 },
      ),
      article: fc.nat(3),
      speaker: fc.option(fc.nat(2), { nil: null }),
      said: fc.option(fc.constantFrom('2022-03-04', '2021-11', '2023-07-19T08:30'), { nil: null }),
    }),
    { minLength: 1, maxLength: 50 },
  )
  .map((quotes): CorpusData => {
    const articles: Article[] = Array.from({ length: 4 }, (_, i) => ({
      id: `art${i}`,
      recordId: null,
      path: `art${i}.txt`,
      line: null,
      title: null,
      publisher: i % 2 === 0 ? 'Quayside Courier' : null,
      url: null,
      author: null,
      publishedAt: i === 3 ? null : `2022-0${i + 1}-15`,
      dateline: null,
      text: '',
      furniture: [],
      metaOrigin: {},
    }));
    const speakers: Speaker[] = ['Oda Brannock', 'Lio Vasquez'].map((name, i) => ({
      id: `sp${i}`,
      name,
      roles: [],
      aliases: i === 1 ? ['Vasquez'] : [],
      kind: 'person',
      quoteCount: 0,
      firstQuoteAt: null,
      lastQuoteAt: null,
    }));
    const rows: Quote[] = quotes.map((q, i) => {
      const text = q.words.join(' ');
      return {
        id: `quote${String(i).padStart(3, '0')}`,
        articleId: `art${q.article}`,
        start: i * 20,
        end: i * 20 + text.length,
        text,
        pieces: [{ start: i * 20, end: i * 20 + text.length }],
        kind: i % 3 === 0 ? 'partial' : 'full',
        // speaker 2 is not among the speakers' records
        speakerId: q.speaker === null ? null : `sp${q.speaker}`,
        attribution: {
          name: q.speaker === null ? null : (speakers[q.speaker]?.name ?? 'Wren Talbot'),
          role: null,
          kind: 'named',
          mention: null,
          cue: null,
          reason: 'test',
          confidence: 0.25 + (i % 4) / 8,
        },
        saidAt: q.said === null ? null : { value: q.said, precision: 'day', basis: 'stated', expression: null },
        publishedAt: articles[q.article]!.publishedAt,
      };
    });
    return { articles, quotes: rows, speakers };
  });

let scratch: string;
const saved = { ...blobFileSizes, entries: postingFileReads.entries };

beforeAll(() => {
  // Reads and writes of a few bytes: every window's and buffer's edge is crossed by a handful of quotes.
  blobFileSizes.readBytes = 7;
  blobFileSizes.writeBytes = 5;
  postingFileReads.entries = 3;
});
afterAll(() => {
  blobFileSizes.readBytes = saved.readBytes;
  blobFileSizes.writeBytes = saved.writeBytes;
  postingFileReads.entries = saved.entries;
});
beforeEach(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'verbatim-spill-'));
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** A folder of its own under the test's scratch folder. */
let folders = 0;
const freshFolder = async (): Promise<string> => {
  const dir = path.join(scratch, `run-${folders++}`);
  await mkdir(dir);
  return dir;
};

describe('the search file with its texts and postings in scratch files', () => {
  it('is byte for byte the one built in memory, whatever the pieces (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        corpusArb,
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 60 }),
        async (data, shards, shardQuotes) => {
          const held = await bytesOf(buildSearchFile(data, { shards, shardQuotes, threads: 1 }));
          const spillDir = await freshFolder();
          const spilled = await bytesOf(buildSearchFile(data, { shards, shardQuotes, threads: 1, spillDir }));
          expect(spilled.equals(held)).toBe(true);
          // the texts and each piece's postings went to the folder
          const names = await readdir(spillDir);
          expect(names).toContain('folded.bin');
          expect(names).toContain('texts.bin');
          expect(names.filter((name) => name.endsWith('.docs'))).toHaveLength(
            Math.ceil(data.quotes.length / shardQuotes),
          );
        },
      ),
      { numRuns: 120 },
    );
  });

  it('on worker threads, in pieces of a few quotes, gives the engine’s bytes', async () => {
    for (const shards of [1, 2, 3]) {
      const reference = (await buildSearchEngine(fixtureCorpus, { shards })).serialize();
      const spillDir = await freshFolder();
      const spilled = await bytesOf(buildSearchFile(fixtureCorpus, { shards, shardQuotes: 5, threads: 3, spillDir }));
      expect(spilled.equals(reference)).toBe(true);
    }
  });

  it('reads the folded texts back in slot order, each the one written', async () => {
    const spillDir = await freshFolder();
    const tables = buildPackedTables(fixtureCorpus, { spillDir });
    const inMemory = buildPackedTables(fixtureCorpus);
    expect('bytes' in tables.folded).toBe(false);
    const texts = [...blobTexts(tables.folded)];
    expect(texts).toHaveLength(fixtureCorpus.quotes.length);
    texts.forEach((text, slot) => expect(text).toBe(inMemory.foldedTextOf(slot)));
    expect([...blobTexts(tables.ownTexts, 2)]).toEqual(fixtureCorpus.quotes.slice(2).map((q) => q.text));
  });

  it('says so when a postings file was cut short', async () => {
    const part = buildShardTermData({ text: [' quay toll quay ', ' lantern ferry '], speaker: [' oda ', ' lio '] });
    const spilled = spillPostings(part, path.join(scratch, 'piece'));
    expect(Array.from(spilled.termFrequency)).toEqual([1, 1, 1, 1, 2, 1]);
    await truncate(spilled.docsFile, 4);
    const plan = planMerge([spilled, spilled]);
    expect(() => [...mergedPostings(plan, [spilled, spilled], 'docs')]).toThrow(/cut short/);
  });
});
