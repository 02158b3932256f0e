import { describe, expect, it } from 'vitest';
import { createSearchEngine } from '../../src/search/index.js';
import { phraseSignature } from '../../src/search/tables.js';
import type { Article, CorpusData, Quote } from '../../src/model/types.js';
import { request } from './fixtures.js';
import { article } from '../speakers/fixtures.js';

/**
 * A two-word phrase is first screened by the quote's pair signature (a bit per adjacent word pair) and then
 * checked on the text. The screen must never drop a quote that holds the phrase: in particular not when a
 * pair's bit is the top bit of its 32-bit word, where a signed `&` differs from the unsigned mask.
 */
const WORDS = [
  'harbour',
  'lantern',
  'meadow',
  'orchard',
  'copper',
  'thistle',
  'granite',
  'willow',
  'ferry',
  'beacon',
  'quarry',
  'saddle',
  'pepper',
  'walnut',
  'cobalt',
  'marble',
  'juniper',
  'tundra',
  'falcon',
  'canyon',
];

function corpusOf(texts: string[]): CorpusData {
  const articles: Article[] = texts.map((t, i) => article(`a${i}`, `"${t}"`, null));
  const quotes: Quote[] = texts.map((t, i) => ({
    id: `q${i}`,
    articleId: `a${i}`,
    start: 1,
    end: 1 + t.length,
    text: t,
    pieces: [{ start: 1, end: 1 + t.length }],
    kind: 'full',
    attribution: { name: 'Jo Lee', role: null, kind: 'named', mention: null, cue: null, reason: 'test', confidence: 1 },
    saidAt: null,
    speakerId: 's0',
    publishedAt: null,
  }));
  const speaker = {
    id: 's0',
    name: 'Jo Lee',
    aliases: [],
    kind: 'person' as const,
    roles: [],
    quoteCount: texts.length,
    firstQuoteAt: null,
    lastQuoteAt: null,
  };
  return { articles, quotes, speakers: [speaker] };
}

/** Does the pair's bit sit at the top of its word (the value that reads negative as a signed 32-bit number)? */
const topBit = (a: string, b: string): boolean => phraseSignature([[a, b]])!.some((w) => w >= 2 ** 31);

describe('phrases screened by pair signatures', () => {
  const pairs: [string, string][] = [];
  for (const a of WORDS) for (const b of WORDS) if (a !== b) pairs.push([a, b]);
  const engine = createSearchEngine(corpusOf(pairs.map(([a, b]) => `${a} ${b}`)));

  it('the vocabulary has pairs whose bit is the top bit of a word', () => {
    expect(pairs.filter(([a, b]) => topBit(a, b)).length).toBeGreaterThan(0);
  });

  it('every quote is found by the phrase of its two words, whichever bit the pair sets', () => {
    const missed = pairs.filter(([a, b], i) => {
      const r = engine.search(request({ q: `"${a} ${b}"` }));
      return !r.results.some((h) => h.quote.id === `q${i}`);
    });
    expect(missed).toEqual([]);
  });

  it('an excluded phrase removes exactly the quote that holds it', () => {
    const top = pairs.findIndex(([a, b]) => topBit(a, b));
    const [a, b] = pairs[top]!;
    const r = engine.search(request({ q: `${a} -"${a} ${b}"`, limit: 1000 }));
    const ids = r.results.map((h) => h.quote.id);
    expect(ids).not.toContain(`q${top}`);
    expect(ids.length).toBe(pairs.filter(([x, y]) => x === a || y === a).length - 1);
  });
});
