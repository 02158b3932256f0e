import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignQuoteIds, normalizeQuoteText, quoteId } from '../../src/build/pipeline.js';
import { buildPackedTermData, buildSearchFile, buildShardTermData } from '../../src/search/build-terms.js';
import { mergeTermData } from '../../src/search/merge-terms.js';
import { encodeSearchFile } from '../../src/search/saved-index.js';
import { buildPackedTables, buildTables } from '../../src/search/tables.js';
import { buildSearchEngine } from '../../src/search/index.js';
import type { Article, CorpusData, ExtractedQuote, Quote, Speaker } from '../../src/model/types.js';
import { corpus as fixtureCorpus } from '../search/fixtures.js';

const bytesOf = async (parts: Iterable<Uint8Array> | Promise<Iterable<Uint8Array>>): Promise<Buffer> =>
  Buffer.concat([...(await parts)]);

/** A small corpus made from a few words, speakers, publishers and dates (non-ASCII and stop words included). */
const corpusArb = fc
  .record({
    quotes: fc.array(
      fc.record({
        words: fc.array(
          fc.constantFrom('the', 'of', 'harbour', 'toll', 'Lamp', 'pear', 'été', 'x', '𝔸b', 'bridge', 'it', 'was'),
          { maxLength: 12 },
        ),
        article: fc.nat(5),
        speaker: fc.option(fc.nat(3), { nil: null }),
        said: fc.option(fc.constantFrom('2024-01-02', '2023-12', '2025-06-30T10:00'), { nil: null }),
      }),
      { minLength: 1, maxLength: 60 },
    ),
  })
  .map(({ quotes }): CorpusData => {
    const articles: Article[] = Array.from({ length: 6 }, (_, i) => ({
      id: `a${i}`,
      recordId: null,
      path: `a${i}.txt`,
      line: null,
      title: null,
      publisher: i % 3 === 0 ? null : i % 3 === 1 ? 'Harbour Gazette' : 'VALLEY post',
      url: null,
      author: null,
      publishedAt: i % 2 === 0 ? `2024-0${i + 1}-01` : null,
      dateline: null,
      text: '',
      furniture: [],
      metaOrigin: {},
    }));
    const speakers: Speaker[] = ['Ann Lee', 'Tomás Okafor', 'Riverside Council'].map((name, i) => ({
      id: `s${i}`,
      name,
      roles: [],
      aliases: i === 0 ? ['Lee'] : [],
      kind: i === 2 ? 'organization' : 'person',
      quoteCount: 0,
      firstQuoteAt: null,
      lastQuoteAt: null,
    }));
    const rows: Quote[] = quotes.map((q, i) => {
      const text = q.words.join(' ');
      return {
        id: `q${String(i).padStart(3, '0')}`,
        articleId: `a${q.article}`,
        start: i * 10,
        end: i * 10 + text.length,
        text,
        pieces: [{ start: i * 10, end: i * 10 + text.length }],
        kind: 'full',
        // speaker 3 is one the speakers file does not hold
        speakerId: q.speaker === null ? null : `s${q.speaker}`,
        attribution: {
          name: q.speaker === null ? null : (speakers[q.speaker]?.name ?? 'Unknown Person'),
          role: null,
          kind: 'named',
          mention: null,
          cue: null,
          reason: 'test',
          confidence: 0.5,
        },
        saidAt: q.said === null ? null : { value: q.said, precision: 'day', basis: 'stated', expression: null },
        publishedAt: articles[q.article]!.publishedAt,
      };
    });
    return { articles, quotes: rows, speakers };
  });

describe('the search file built in bounded pieces', () => {
  it('is byte for byte the engine-built one, whatever the piece size and threads (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        corpusArb,
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 70 }),
        async (data, shards, shardQuotes) => {
          // What the engine's build writes (buildSearchEngine over `shards` ranges), made here in one thread.
          const tables = buildTables(data);
          const n = data.quotes.length;
          const bounds = Array.from({ length: shards + 1 }, (_, k) => Math.round((k * n) / shards));
          const ranges = bounds.slice(0, -1).map((from, k) =>
            buildShardTermData({
              text: tables.foldedText.slice(from, bounds[k + 1]),
              speaker: tables.foldedSpeaker.slice(from, bounds[k + 1]),
            }),
          );
          const referenceTerms = mergeTermData(ranges);
          const reference = await bytesOf(encodeSearchFile(tables, referenceTerms));
          const packed = await bytesOf(buildSearchFile(data, { shards, shardQuotes, threads: 1 }));
          expect(packed.equals(reference)).toBe(true);
          // merged whole rather than as written: the same term index, averages to the bit
          const terms = await buildPackedTermData(buildPackedTables(data), { shards, shardQuotes, threads: 1 });
          expect(terms).toEqual(referenceTerms);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('on worker threads, in pieces of a few quotes, gives the same bytes', async () => {
    for (const shards of [1, 2, 3]) {
      const reference = (await buildSearchEngine(fixtureCorpus, { shards })).serialize();
      const packed = await bytesOf(buildSearchFile(fixtureCorpus, { shards, shardQuotes: 5, threads: 3 }));
      expect(packed.equals(reference)).toBe(true);
    }
  });
});

/** The ids as the one pass over the whole list gave them before (a corpus-wide map keyed by article and text). */
function referenceIds(quotes: ExtractedQuote[]): string[] {
  const seen = new Map<string, number>();
  const occurrence = new Array<number>(quotes.length);
  const inTextOrder = quotes.map((_, i) => i).sort((a, b) => quotes[a]!.start - quotes[b]!.start);
  for (const i of inTextOrder) {
    const key = `${quotes[i]!.articleId}\n${normalizeQuoteText(quotes[i]!.text)}`;
    occurrence[i] = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence[i]);
  }
  return quotes.map((q, i) => quoteId(q.articleId, q.text, occurrence[i]));
}

describe('quote ids given one article at a time', () => {
  it('are the same whether an article’s quotes come together or scattered (property)', () => {
    const quoteArb = fc.record({
      article: fc.constantFrom('a', 'b', 'c'),
      text: fc.constantFrom('No comment', 'no  comment', 'We will rebuild', 'Yes'),
      start: fc.nat(50),
    });
    fc.assert(
      fc.property(fc.array(quoteArb, { maxLength: 30 }), (rows) => {
        const quotes: ExtractedQuote[] = rows.map((r) => ({
          articleId: r.article,
          start: r.start,
          end: r.start + r.text.length,
          text: r.text,
          pieces: [{ start: r.start, end: r.start + r.text.length }],
          kind: 'full',
          attribution: { name: null, role: null, kind: null, mention: null, cue: null, reason: 'none', confidence: 0 },
          saidAt: null,
        }));
        const scattered = assignQuoteIds(quotes);
        const order = quotes.map((_, i) => i).sort((x, y) => (quotes[x]!.articleId < quotes[y]!.articleId ? -1 : 1));
        const together = assignQuoteIds(order.map((i) => quotes[i]!));
        order.forEach((i, k) => expect(together[k]).toBe(scattered[i]));
        expect(scattered).toEqual(referenceIds(quotes));
        // repeats within an article are told apart
        expect(new Set(scattered).size).toBe(scattered.length);
      }),
      { numRuns: 200 },
    );
  });
});
