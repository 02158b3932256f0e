import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NOT_WHEN_SAID_LAST_WORDS, notWhenSaid, wordBeforeBlanks } from '../../src/extract/time/guards.js';
import { NOT_WHEN_SAID } from '../../src/extract/time/words.js';

/** What the guards read by char codes, as the patterns they stand for read it. */
const wordByPattern = (before: string): string | null => /(\S+)([ \t\u00a0]+)$/u.exec(before)?.[1] ?? null;
const notWhenSaidByPatterns = (text: string, start: number, clock: boolean): boolean => {
  const before = text.slice(Math.max(0, start - 48), start);
  return NOT_WHEN_SAID.some((rule) => (rule.clocks || !clock) && rule.pattern.test(before));
};

const pieces = [
  ' ',
  '  ',
  '\t',
  '\u00A0',
  '\n',
  '.',
  ',',
  '5',
  '_',
  'é',
  '\u017F',
  '\u212A',
  '\uD835\uDC00',
  'x',
  'on',
  'ON',
  'the',
  'by',
  'until',
  'no later than',
  'deadline was',
  'due by',
  'expires on',
  'effective from',
  'as of',
  'since',
  'ſince',
  'through',
  'between',
  'and',
  'scheduled for',
  'set on',
  'said',
  'ago',
  'station',
  'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxon',
];
const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((p) => p.join(''));

describe('the word before trailing blanks, by char codes', () => {
  it.each([
    ['said on ', 'on'],
    ['said on\t\u00A0', 'on'],
    ['said on', null],
    ['said on\n', null],
    ['said on\n ', null],
    ['   ', null],
    [' ', null],
    ['', null],
    ['Lee’s ', 'Lee’s'],
    ['\uDC00x ', '\uDC00x'],
  ])('%j → %j', (before, word) => {
    expect(wordBeforeBlanks(before)).toBe(word);
  });

  it('agrees with the pattern on any text', () => {
    fc.assert(
      fc.property(texts, (before) => wordBeforeBlanks(before) === wordByPattern(before)),
      { numRuns: 3000 },
    );
  });
});

describe('not when said, the last word read first', () => {
  it.each([
    ['The offer runs until ', true],
    ['The offer runs until', false],
    ['It closed as of ', true],
    ['She spoke on ', false],
    ['between Monday and ', true],
    ['The vote is scheduled for ', true],
    ['The station ', false],
  ])('%j', (text, expected) => {
    expect(notWhenSaid(text + 'Tuesday', text.length, false)).toBe(expected);
  });

  it('agrees with the patterns on any text and offset, for dates and clocks', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.boolean(), (text, at, clock) => {
        const start = text.length === 0 ? 0 : at % (text.length + 1);
        return notWhenSaid(text, start, clock) === notWhenSaidByPatterns(text, start, clock);
      }),
      { numRuns: 5000 },
    );
  });

  it('lists the last word of every pattern', () => {
    // each word of the list stands right before the trailing space of some text a pattern matches
    for (const word of ['until', 'of', 'the', 'and', 'for', 'before'])
      expect(NOT_WHEN_SAID_LAST_WORDS.has(word)).toBe(true);
    expect(NOT_WHEN_SAID_LAST_WORDS.has('said')).toBe(false);
  });
});
