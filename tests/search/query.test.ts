import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_QUERY_TERMS, parseQuery } from '../../src/search/index.js';

describe('parseQuery', () => {
  it.each([
    [
      'inflation wages',
      { words: ['inflation', 'wages'], phrases: [], excludedWords: [], excludedPhrases: [], prefixWord: 'wages' },
    ],
    ['"broken promises" schools', { words: ['schools'], phrases: [['broken', 'promises']], prefixWord: 'schools' }],
    ['schools "broken promises"', { words: ['schools'], phrases: [['broken', 'promises']], prefixWord: null }],
    ['heating -school', { words: ['heating'], excludedWords: ['school'], prefixWord: null }],
    ['flood -"flood plan"', { words: ['flood'], excludedPhrases: [['flood', 'plan']], prefixWord: null }],
    ['“don’t believe”', { words: [], phrases: [['don', 't', 'believe']] }],
    ['Zürich CAFÉ', { words: ['zurich', 'cafe'] }],
    ['e-mail', { words: ['e', 'mail'] }],
    ['-e-mail', { words: [], excludedPhrases: [['e', 'mail']] }],
    ['"budget', { words: ['budget'], phrases: [] }],
    ['"single"', { words: ['single'], phrases: [] }],
    ['- -- "" -""', { words: [], phrases: [], excludedWords: [], excludedPhrases: [] }],
    ['foo.*bar [a-z]+ ^$ ?', { words: ['foo', 'bar', 'a', 'z'] }],
    ['tab\u0000\u0007bed', { words: ['tab', 'bed'] }],
  ])('%s', (q, expected) => {
    expect(parseQuery(q)).toMatchObject(expected);
  });

  it('keeps at most MAX_QUERY_TERMS terms from a query of thousands and says it cut', () => {
    const parsed = parseQuery(Array.from({ length: 5000 }, (_, i) => `w${i}`).join(' '));
    expect(parsed.words).toHaveLength(MAX_QUERY_TERMS);
    expect(parsed.truncated).toBe(true);
  });

  it('never throws and never returns more than MAX_QUERY_TERMS terms, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 300 }),
          fc.string({ unit: fc.constantFrom('"', '-', ' ', '“', '”', 'a', 'é', '\u0000', '*'), maxLength: 60 }),
        ),
        (q) => {
          const p = parseQuery(q);
          const count = p.clauses.reduce((n, c) => n + c.terms.length, 0);
          expect(count).toBeLessThanOrEqual(MAX_QUERY_TERMS);
          for (const c of p.clauses) expect(c.terms.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 500 },
    );
  });
});
