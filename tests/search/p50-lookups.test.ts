import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { prefixExpansions } from '../../src/search/tables.js';
import { fuzzyTerms, oneEditTerms, reversedVocabulary } from '../../src/search/term-index.js';

/** The definition: every term starting with the prefix (not the prefix itself), most frequent first, then by term. */
function reference(vocabulary: string[], frequency: number[], prefix: string, limit: number, maxLength: number) {
  return vocabulary
    .map((t, i) => [t, frequency[i]!] as const)
    .filter(([t]) => t.startsWith(prefix) && t !== prefix && t.length <= maxLength)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([t]) => t);
}

describe('prefix expansions', () => {
  it('are the most frequent terms under the prefix, ties by term, whatever the limit and length', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'é'), minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 120 }),
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 120, maxLength: 120 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 3 }),
        fc.constantFrom(0, 1, 2, 3, 5, 20, 2.5, Infinity),
        fc.constantFrom(Infinity, 2, 3, 4),
        (terms, counts, prefix, limit, maxLength) => {
          const vocabulary = [...terms].sort();
          const frequency = vocabulary.map((_, i) => counts[i]!);
          const tables = { vocabulary, termFrequency: Uint32Array.from(frequency) };
          expect(prefixExpansions(tables, prefix, limit, maxLength)).toEqual(
            reference(vocabulary, frequency, prefix, limit, maxLength),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('budget with a limit of two: the two most frequent longer terms, the tie to the earlier term', () => {
    const vocabulary = ['budget', 'budgetary', 'budgeted', 'budgets', 'bun'];
    const tables = { vocabulary, termFrequency: Uint32Array.from([9, 3, 5, 5, 7]) };
    expect(prefixExpansions(tables, 'budget', 2)).toEqual(['budgeted', 'budgets']);
  });
});

describe('typo variants of long words', () => {
  it('within one edit, terms of 250 letters and more are found as the walk finds them', () => {
    const base = 'a'.repeat(250);
    const length = fc.integer({ min: 0, max: 9 });
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.tuple(length, fc.constantFrom('', 'b', 'c', 'bb')).map(([n, end]) => base + 'a'.repeat(n) + end),
          { minLength: 1, maxLength: 20 },
        ),
        length,
        fc.constantFrom('', 'b', 'c'),
        (terms, n, end) => {
          const vocabulary = [...terms].sort();
          const query = base + 'a'.repeat(n) + end;
          expect(oneEditTerms(vocabulary, query, reversedVocabulary(vocabulary))).toEqual(
            fuzzyTerms(vocabulary, query, 1),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
