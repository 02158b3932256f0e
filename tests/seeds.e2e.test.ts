/**
 * The five seed articles in corpus/ (committed unchanged) through the real pipeline: loading, extraction,
 * speakers and timestamps together. Each quotation a reader finds in the seeds must come out with its
 * speaker and time, and no term or scare quote may come out as someone's words.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus/index.js';
import { processArticles } from '../src/build/pipeline.js';
import type { CorpusData, Quote } from '../src/model/types.js';

const corpusDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'corpus');

let data: CorpusData;

beforeAll(async () => {
  const loaded = await loadCorpus(corpusDir);
  expect(loaded.problems).toEqual([]);
  expect(loaded.articles).toHaveLength(5);
  data = processArticles(loaded.articles);
});

function quoteStarting(words: string): Quote {
  const found = data.quotes.filter((q) => q.text.startsWith(words));
  expect(found, `one quote starting "${words}"`).toHaveLength(1);
  return found[0]!;
}

function speakerName(quote: Quote): string | null {
  return data.speakers.find((s) => s.id === quote.speakerId)?.name ?? null;
}

describe('seed quotations: found, with speaker and time', () => {
  it.each([
    ['After months of technical preparation', 'Emmanuel Macron'],
    ['We have finalized a plan', 'Emmanuel Macron'],
    ['Our key task is to ensure Russia', 'Volodymyr Zelensky'],
    ['strong and legally binding', 'Volodymyr Zelensky'],
    ['We must not be naive about Russia', 'Mark Rutte'],
    ['Thanks to the input prepared', 'Emmanuel Macron'],
    ['We have come a long way', 'Emmanuel Macron'],
    ['legitimate targets', 'Vladimir Putin'],
    ['an important meeting', 'Mark Rutte'],
    ['on what collectively we can deliver', 'Mark Rutte'],
    ['what the American side wants to deliver', 'Mark Rutte'],
    ['very disappointed', 'Donald Trump'],
    ['We are ready to provide political support', 'Emmanuel Macron'],
    ['not showing any signals', 'Volodymyr Zelensky'],
    ['But I am confident that our alliance', 'Volodymyr Zelensky'],
    ['I believe that our work will bring', 'Volodymyr Zelensky'],
    ['set out on paper next week', 'Volodymyr Zelensky'],
  ])('“%s…” is %s’s', (words, speaker) => {
    const quote = quoteStarting(words);
    expect(speakerName(quote)).toBe(speaker);
    expect(quote.saidAt).not.toBeNull();
  });

  it('“We are ready,” according to an Élysée Palace statement: the organisation speaks', () => {
    const quote = data.quotes.find((q) => q.text === 'We are ready');
    expect(quote).toBeDefined();
    expect(speakerName(quote!)).toBe('Élysée Palace');
  });

  it("'…,' Macron stated at 16:25 local time, under a Paris dateline: 2025-09-04T16:25+02:00, stated", () => {
    const quote = quoteStarting('We have finalized a plan');
    expect(quote.saidAt).toMatchObject({ value: '2025-09-04T16:25+02:00', precision: 'minute', basis: 'stated' });
  });

  it('“very disappointed” on Tuesday, in an article of Thursday 2025-09-04: said 2025-09-02, relative to the publication date', () => {
    expect(quoteStarting('very disappointed').saidAt).toMatchObject({
      value: '2025-09-02',
      precision: 'day',
      basis: 'relative',
    });
  });

  it('Zelensky said on Aug. 28 that they’ll be “set out on paper next week”: said 2025-08-28', () => {
    expect(quoteStarting('set out on paper next week').saidAt).toMatchObject({ value: '2025-08-28', basis: 'stated' });
  });

  it('every Zelensky and Zelenskyy quote shares one speaker id, across the articles that quote him', () => {
    const zelensky = data.speakers.filter((s) => /zelensk/i.test(s.name));
    expect(zelensky).toHaveLength(1);
    expect(zelensky[0]!.aliases).toEqual(expect.arrayContaining(['Zelenskyy', 'Zelensky']));
    const articles = new Set(data.quotes.filter((q) => q.speakerId === zelensky[0]!.id).map((q) => q.articleId));
    expect(articles.size).toBeGreaterThanOrEqual(2);
  });

  it('a quote of an address at a dated summit takes the summit’s stated day, carried from its report', () => {
    expect(quoteStarting('After months of technical preparation').saidAt).toMatchObject({
      value: '2025-09-04',
      basis: 'stated',
      expression: { text: 'On September 4, 2025' },
    });
  });

  it('a quote with no time of its own and no dated report it continues falls back to its article date, marked inferred', () => {
    const found = data.quotes.filter((q) => q.text === 'We are ready');
    expect(found).toHaveLength(1);
    expect(found[0]!.saidAt).toMatchObject({ value: '2025-09-04', basis: 'inferred' });
  });
});

describe('seed terms and scare quotes: never someone’s words', () => {
  it.each([
    'Coalition of the Willing',
    'reassurance force',
    'NATO-style guarantees',
    'back-stop',
    'never again',
    'security guarantees',
  ])('“%s”', (term) => {
    const asQuote = data.quotes.filter((q) => q.text.replace(/[,.]$/, '').toLowerCase() === term.toLowerCase());
    expect(asQuote).toEqual([]);
  });
});
