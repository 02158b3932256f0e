import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

/**
 * `A spokesman for the Harbour Trust said …. "…," he said`: the `he` stands for the spokesman, so the quotation is
 * the spokesman's, unnamed (as `a spokesman for the Harbour Trust said "…"` is: issue #11, the body in the role,
 * tests/extract/spokes17-*.test.ts), not a person or body named before.
 */
describe('he/she after a sentence a spokesperson for someone reports', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Jo Lee said the list was long. The Kestrel Dictionary lists it too. A spokesman for the Harbour University Press said that the word was in other books. "It was the word of last year," he said.',
      [null],
    ],
    [
      'Jo Lee said the list was long. A spokeswoman for Kestrel Council said the road would shut. "We are sorry," she said.',
      [null],
    ],
    [
      'Ann Roe said the list was short. A spokeswoman for Mr Tom Hale said that the word was new. "It is a fad," she said.',
      [null],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});
