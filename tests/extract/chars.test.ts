import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  asciiTable,
  isLetterUnit,
  isSpaceUnit,
  isUpperUnit,
  matchesAfterNonLetter,
  mayOpenCapital,
} from '../../src/extract/chars.js';

// The memoised code-unit classes of the char-code scanners must answer as the regexes they stand for,
// for every one of the 65,536 code units (lone surrogates included), asked twice (memo cold, then warm).
describe.each([
  ['isLetterUnit', isLetterUnit, /^\p{L}$/u],
  ['isUpperUnit', isUpperUnit, /^\p{Lu}$/u],
  ['isSpaceUnit', isSpaceUnit, /^\s$/u],
])('%s', (_name, test, pattern) => {
  it('agrees with its regex on every code unit', () => {
    for (let round = 0; round < 2; round++) {
      const wrong: number[] = [];
      for (let c = 0; c < 65536; c++) if (test(c) !== pattern.test(String.fromCharCode(c))) wrong.push(c);
      expect(wrong).toEqual([]);
    }
  });
});

describe('examples', () => {
  it.each([
    ['É', true, true],
    ['é', true, false],
    ['’', false, false],
    ['\u00A0', false, false],
  ])('%s: letter %s, capital %s', (ch, letter, upper) => {
    expect(isLetterUnit(ch.charCodeAt(0))).toBe(letter);
    expect(isUpperUnit(ch.charCodeAt(0))).toBe(upper);
  });
  it('reads a no-break space as a space', () => {
    expect(isSpaceUnit(0xa0)).toBe(true);
  });
});

describe('matchesAfterNonLetter', () => {
  // end-anchored lists as terms.ts writes them; the texts mix their words with letters, hyphens, astral letters
  // and emoji (surrogate pairs), and lone surrogates
  const patterns = [
    String.raw`(?:^|[^\p{L}-])(?:so-called|dubbed|known\s+as)(?:\s+(?:the|a))?[\s,]*$`,
    String.raw`(?:^|[^\p{L}-])(?:shouted|chanted)(?:\s+(?:back|out)){0,2}[\s,:]*$`,
    String.raw`(?:^|[^\p{L}-])(?:é|𝐀b)\s*[,:]?$`,
  ];
  const pieces = fc.constantFrom(
    'so-called ',
    'dubbed',
    ' known as ',
    'the ',
    'shouted',
    ' back',
    ' out',
    'chanted',
    ',',
    ':',
    ' ',
    '-',
    'x',
    'É',
    'é',
    '𝐀b',
    '𝐀',
    '😀',
    '\uD835',
    '\uDC00',
    'Also',
    '\n',
  );
  it.each(patterns)('answers as the unanchored pattern: /%s/', (source) => {
    const unanchored = new RegExp(source, 'iu');
    const sticky = new RegExp(source, 'iuy');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(matchesAfterNonLetter(sticky, text)).toBe(unanchored.test(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('asciiTable', () => {
  // eachMatch reads the ASCII code units' answers from this table: it must say what the test says of each
  it.each([
    ['mayOpenCapital', mayOpenCapital],
    ['isSpaceUnit', isSpaceUnit],
    ['one code unit', (c: number) => c === 115],
    ['none', () => false],
  ] as Array<[string, (c: number) => boolean]>)('answers as %s for each ASCII code unit', (_name, admits) => {
    const table = asciiTable(admits);
    expect(table).toHaveLength(128);
    const wrong: number[] = [];
    for (let c = 0; c < 128; c++) if ((table[c] === 1) !== admits(c)) wrong.push(c);
    expect(wrong).toEqual([]);
    expect(asciiTable(admits)).toBe(table);
  });
});
