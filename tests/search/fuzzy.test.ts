import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import SearchableMap from 'minisearch/SearchableMap';
import { fuzzyTerms, oneEditTerms, reversedVocabulary } from '../../src/search/term-index.js';

describe('typo variants over the sorted vocabulary', () => {
  it('are exactly the terms minisearch finds within the distance, with the same distances', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'é'), minLength: 1, maxLength: 9 });
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 80 }),
        word,
        fc.integer({ min: 0, max: 3 }),
        (terms, query, distance) => {
          const vocabulary = [...terms].sort();
          const map = new SearchableMap<number>();
          for (const t of vocabulary) map.set(t, 1);
          const expected = [...map.fuzzyGet(query, distance)]
            .map(([t, [, d]]) => [t, d] as const)
            .sort((a, b) => (a[0] < b[0] ? -1 : 1));
          expect(fuzzyTerms(vocabulary, query, distance)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('within one edit, two ranges of the vocabulary find what the walk finds', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'é'), minLength: 1, maxLength: 9 });
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 120 }), word, (terms, query) => {
        const vocabulary = [...terms].sort();
        expect(oneEditTerms(vocabulary, query, reversedVocabulary(vocabulary))).toEqual(
          fuzzyTerms(vocabulary, query, 1),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['pensoin', 2, ['pension']],
    ['harbor', 1, ['harbour']],
    ['harbour', 0, ['harbour']],
  ])('%s within %i edits finds %j', (query, distance, expected) => {
    const vocabulary = ['harbour', 'harbours', 'pension', 'pensions', 'pensive', 'tension'].sort();
    expect(fuzzyTerms(vocabulary, query, distance).map(([t]) => t)).toEqual(expected);
  });
});
