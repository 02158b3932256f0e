import { describe, expect, it } from 'vitest';
import { wordTest } from '../../src/extract/word-test.js';

/** The patterns the two copies of `wordTest` compiled before they became one. */
const reference = (word: string, ignoreCase: boolean): RegExp =>
  new RegExp(`(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`, ignoreCase ? 'iu' : 'u');

const WORDS = ['firm', 'Lee', 'campaign', 'hosts', 'Zoë', 'sun', 'kit', 'a.b', 'Acme Corp'];
const TEXTS = [
  '',
  'the firm said',
  'The Firm said',
  'FIRMS and firm-wide',
  'Jo Lee, a host, said',
  'Jo Leeds said',
  'the LEE campaign',
  'campaigner',
  'hosts hosts',
  'Zoë Lee',
  'ZOË',
  'the ſun rose',
  'a \u212Ait bag',
  'a.b and axb',
  'Acme Corp\u00A0and Acme  Corp',
  'Éfirm',
  'firmé',
];

describe('wordTest', () => {
  for (const ignoreCase of [false, true])
    for (const word of WORDS)
      it(`${word} (${ignoreCase ? 'any case' : 'as written'}) agrees with the pattern`, () => {
        const test = wordTest(word, ignoreCase);
        const re = reference(word, ignoreCase);
        for (const text of TEXTS) expect([text, test(text)]).toEqual([text, re.test(text)]);
      });

  it('leaves a text with other than ASCII characters to the pattern (`iu` reads `ſ` as `s`)', () => {
    expect(wordTest('sun', true)('the ſun rose')).toBe(true);
    expect(wordTest('kit', true)('a \u212Ait bag')).toBe(true);
    expect(wordTest('sun')('the ſun rose')).toBe(false);
  });

  it('gives the same test for the same word and case mode', () => {
    expect(wordTest('firm', true)).toBe(wordTest('firm', true));
    expect(wordTest('firm', true)).not.toBe(wordTest('firm'));
  });
});
