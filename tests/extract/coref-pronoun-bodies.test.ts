import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

/**
 * `he` and `she` stand for a person: a name the entity layer reads as a body's (`Harbour Foods said it would`,
 * `shares in Harbour Foods`) is passed over, however close, for the person before it.
 */
describe('a pronoun never stands for a name the article shows to be a body', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Mr Jo Lee, an analyst at Kestrel Bank, spoke to reporters. The chief executive of Harbour Foods resigned on Monday. Harbour Foods is "trying to buy them off", he said.',
      ['Jo Lee'],
    ],
    [
      'Ann Roe, a trader, was not impressed. Shares in Harbour Foods fell 5%. Harbour Foods was "too slow to react", she said.',
      ['Ann Roe'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});
