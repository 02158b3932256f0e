import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignQuoteIds, normalizeQuoteText, processArticles, quoteId } from '../../src/build/pipeline.js';
import type { ExtractedQuote } from '../../src/model/types.js';
import { fakeStages } from './fakes.js';

function extracted(articleId: string, text: string, start: number): ExtractedQuote {
  return {
    articleId,
    start,
    end: start + text.length,
    text,
    pieces: [{ start, end: start + text.length }],
    kind: 'full',
    attribution: { name: null, role: null, kind: null, mention: null, cue: null, reason: 'none', confidence: 0 },
    saidAt: null,
  };
}

describe('normalizeQuoteText: typographic variants of the same words normalise alike', () => {
  it.each([
    ['“Don’t  panic,” ', '"don\'t panic,"', 'dont panic,'],
    ['Café  au\nlait', 'cafe au lait', 'cafe au lait'],
    ['« Nous  sommes prêts »', 'nous sommes prets', 'nous sommes prets'],
    ['  Tabs\tand   spaces ', 'tabs and spaces', 'tabs and spaces'],
  ])('%s', (a, b, normal) => {
    expect(normalizeQuoteText(a)).toBe(normal);
    expect(normalizeQuoteText(b)).toBe(normal);
    expect(quoteId('art-1', a)).toBe(quoteId('art-1', b));
  });
});

describe('quote ids', () => {
  it('differ between articles for the same words', () => {
    expect(quoteId('art-1', 'We will rebuild the pier')).not.toBe(quoteId('art-2', 'We will rebuild the pier'));
  });

  it('number a repeated quotation within one article by occurrence, whatever order the quotes come in', () => {
    const first = extracted('a', 'No comment', 10);
    const second = extracted('a', 'No comment', 90);
    const forward = assignQuoteIds([first, second]);
    const backward = assignQuoteIds([second, first]);
    expect(new Set(forward).size).toBe(2);
    expect(forward[0]).toBe(quoteId('a', 'No comment'));
    expect(backward).toEqual([forward[1], forward[0]]);
  });

  it('are 10 base32 characters, deterministic, and unique within an article (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.string(), { maxLength: 8 }), (articleId, texts) => {
        const quotes = texts.map((t, i) => extracted(articleId, t, i * 100));
        const ids = assignQuoteIds(quotes);
        expect(ids).toEqual(assignQuoteIds(quotes));
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of ids) expect(id).toMatch(/^[a-z2-7]{10}$/);
      }),
    );
  });
});

describe('processArticles', () => {
  it('carries each article’s publishedAt and canonical speaker onto its quotes', async () => {
    const stages = fakeStages();
    const { articles } = await stages.loadCorpus('tests/build/fixtures-corpus');
    const result = processArticles(articles, {
      extract: stages.extractQuotes,
      resolveSpeakers: stages.resolveSpeakers,
    });
    expect(result.problems).toEqual([]);
    expect(result.quotes.map((q) => [q.text, q.speakerId, q.publishedAt])).toEqual([
      ['The ferry leaves at dawn', 'ruth-okafor', '2024-03-01'],
      ['Bring a coat', 'ruth-okafor', '2024-03-01'],
    ]);
  });
});
