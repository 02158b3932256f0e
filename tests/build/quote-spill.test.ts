import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QuoteSpill } from '../../src/build/quote-spill.js';
import { cacheLines, cacheRow, quoteOfCacheRow } from '../../src/store/records.js';
import { quoteDate } from '../../src/model/quote-date.js';
import type { Article, ExtractedQuote } from '../../src/model/types.js';
import { article as minimalArticle } from '../speakers/fixtures.js';

const article = (id: string, publishedAt: string | null): Article => minimalArticle(id, '', publishedAt);

const span = fc.option(fc.record({ start: fc.nat(500), end: fc.nat(500), text: fc.string({ maxLength: 12 }) }), {
  nil: null,
});

/** An extracted quote with every field a row keeps varied (texts with any code units, lone surrogates too). */
const quote = (articleId: string): fc.Arbitrary<ExtractedQuote> =>
  fc
    .record({
      start: fc.nat(10_000),
      end: fc.nat(10_000),
      text: fc.string({ maxLength: 40, unit: 'binary' }),
      pieces: fc.array(fc.record({ start: fc.nat(500), end: fc.nat(500) }), { minLength: 1, maxLength: 3 }),
      kind: fc.constantFrom('full' as const, 'partial' as const),
      name: fc.option(fc.string({ maxLength: 16 }), { nil: null }),
      role: fc.option(fc.string({ maxLength: 8 }), { nil: null }),
      mention: span,
      cue: span,
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
      entity: fc.constantFrom(undefined, null, 'person' as const, 'organization' as const),
      saidAt: fc.option(
        fc.record({
          value: fc.constantFrom('2024-05-01', '2024-05', '2024-05-01T10:00+01:00'),
          precision: fc.constantFrom('day' as const, 'month' as const, 'minute' as const),
          basis: fc.constantFrom('stated' as const, 'inferred' as const),
          expression: span,
        }),
        { nil: null },
      ),
    })
    .map((r) => ({
      articleId,
      start: r.start,
      end: r.end,
      text: r.text,
      pieces: r.pieces,
      kind: r.kind,
      attribution: {
        name: r.name,
        role: r.role,
        kind: r.name === null ? null : ('named' as const),
        mention: r.mention,
        cue: r.cue,
        reason: 'invented-rule',
        confidence: r.confidence,
        ...(r.entity === undefined ? {} : { entity: r.entity }),
      },
      saidAt: r.saidAt,
    }));

const corpus = fc
  .array(fc.tuple(fc.nat(4), fc.option(fc.constantFrom('2024-04-30', '2023-01-02'), { nil: null })), {
    maxLength: 8,
  })
  .chain((shape) =>
    fc.tuple(
      fc.constant(shape.map(([, published], i) => article(`a${i}`, published))),
      fc.tuple(...shape.map(([count], i) => fc.array(quote(`a${i}`), { maxLength: count }))),
    ),
  );

describe('quotes held on disk during a build', () => {
  it('are written as the extraction cache lines, and read back (in order or not) as the cache reads them (property)', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-spill-'));
    try {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(corpus, fc.nat(), async ([articles, perArticle], seed) => {
          const file = path.join(dir, `extract-cache-${run++}.jsonl`);
          const spill = await QuoteSpill.create(file);
          for (const [i, a] of articles.entries()) {
            spill.add(`key-${a.id}`, a.id, perArticle[i]!);
            if (i % 3 === 2) await spill.flush(true);
          }
          const { written, quotes } = await spill.finish(articles);
          try {
            const expected = Buffer.from(
              [
                ...cacheLines(
                  articles.map((a, i) => ({ key: `key-${a.id}`, articleId: a.id, quotes: perArticle[i]! })),
                ),
              ].join(''),
              'utf8',
            );
            const bytes = await readFile(file);
            expect(bytes.equals(expected)).toBe(true);
            expect(written).toEqual({
              bytes: expected.length,
              sha256: createHash('sha256').update(expected).digest('hex'),
            });

            const all = perArticle.flat();
            expect(quotes.length).toBe(all.length);
            const asCached = all.map((q) => quoteOfCacheRow(q.articleId, cacheRow(q)));
            expect([...quotes.extracted()]).toEqual(asCached);
            // Out of order, as a sort or a statement's reports ask for them.
            const order = all.map((_, i) => i).sort((a, b) => ((a * 7919 + seed) % 101) - ((b * 7919 + seed) % 101));
            for (const i of order) expect(quotes.extractedAt(i)).toEqual(asCached[i]);

            const ids = all.map((_, i) => `id${i}`);
            const speakerIds = all.map((q, i) => (q.attribution.name === null ? null : `s${i % 3}`));
            quotes.complete(ids, speakerIds);
            const published = new Map(articles.map((a) => [a.id, a.publishedAt]));
            const complete = asCached.map((q, i) => ({
              ...q,
              id: ids[i]!,
              speakerId: speakerIds[i]!,
              publishedAt: published.get(q.articleId) ?? null,
            }));
            expect([...quotes]).toEqual(complete);
            for (const i of order) {
              expect(quotes.at(i)).toEqual(complete[i]);
              expect(quotes.idAt(i)).toBe(ids[i]);
              expect(quotes.speakerIdAt(i)).toBe(speakerIds[i]);
              expect(quotes.articleIdAt(i)).toBe(all[i]!.articleId);
              expect(quotes.dateAt(i)).toBe(quoteDate(complete[i]!));
              expect(quotes.startAt(i)).toBe(all[i]!.start);
              expect(quotes.fullAt(i)).toBe(all[i]!.kind === 'full');
            }
          } finally {
            quotes.close();
          }
        }),
        { numRuns: 60 },
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('refuses to finish with another number of articles than it was given', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-spill-'));
    try {
      const spill = await QuoteSpill.create(path.join(dir, 'extract-cache.jsonl'));
      spill.add('k', 'a0', []);
      await expect(spill.finish([article('a0', null), article('a1', null)])).rejects.toThrow(
        /1 articles' quotes were written, 2 articles kept/,
      );
      await spill.abandon();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
