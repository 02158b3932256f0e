import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

/**
 * Issue #11 (twentieth session): `she said` given to a body or an event read as a name (`the Harbour Film Market`, `The
 * Commons Work and Pensions Committee`) when the sentence before names no person as its subject. A name right after a
 * determiner is no person's for the sentence's fallback. Each case: the article body, then the speakers of its
 * quotations in order.
 */
describe('a name after a determiner is no antecedent of he or she', () => {
  it.each<[string, Array<string | null>]>([
    [
      '"We asked our partners what to do," Mr Prater said. His view was echoed by Jo Lane, director of the festival\'s sister event, the Harbour Film Market. "We have been careful to be respectful," she said.',
      ['Prater', 'Jo Lane'],
    ],
    // (control: a person named as the subject of the sentence before is still taken)
    [
      'Ann Roe, chair of the Commons Work and Pensions Committee, published a critical report into the agency. "No date was ever given for his departure," she said.',
      ['Ann Roe'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});
