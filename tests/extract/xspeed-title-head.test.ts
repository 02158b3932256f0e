import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { titleHeadChecks } from '../../src/extract/index.js';

const { bare, bareHead } = titleHeadChecks;

/**
 * Whether a text opens with its title compares the first 30 letters and digits, lower-cased, of both: read by
 * char codes while the text is ASCII (the rest of a long first line is never lower-cased), they must be the first
 * 30 of `bare` whatever follows (a final sigma, a dotted capital I, an astral letter, a combining mark).
 */
describe('bareHead is the head of bare', () => {
  it.each([
    ['Lee to retire, says agent', 30],
    ['BREAKING: Lee (45) to retire — says agent', 10],
    ['', 30],
    ['-- * --', 30],
    ['ΟΔΥΣΣΕΥΣ returns', 5],
    ['İstanbul votes', 3],
    ['Abc \u{10400}\u{10401} def', 5],
    ['Cafe\u0301 ΣΑΣ', 30],
  ])('%s (%i)', (s, n) => {
    expect(bareHead(s, n)).toBe(bare(s).slice(0, n));
  });

  const pieces = [
    'a',
    'Z',
    '7',
    ' ',
    '-',
    '.',
    "'",
    ':',
    'é',
    'Σ',
    'σ',
    'İ',
    'ß',
    '\u0301',
    '\u02B0',
    '\u{10400}',
    '٣',
    'Lee',
    'ΟΔΟΣ',
  ];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 50 }).map((xs) => xs.join(''));

  it('for texts of ASCII and of characters whose lower case or class is not plain', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 40 }), (s, n) => {
        expect(bareHead(s, n)).toBe(bare(s).slice(0, n));
      }),
      { numRuns: 20000 },
    );
  });
});
