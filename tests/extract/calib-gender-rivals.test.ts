import { describe, expect, it } from 'vitest';
import { quoteSaidAfter } from './article.js';
import type { ExtractedQuote } from '../../src/model/types.js';
import { featureScanners, quoteFeatures } from '../../src/extract/confidence.js';

/** A quote `words` in `text` given to `name` by the pronoun `pronoun` after it (`"…," he said`). */
function pronounQuote(text: string, words: string, name: string, pronoun: string): ExtractedQuote {
  return quoteSaidAfter(text, words, name, pronoun, 'pronoun');
}

describe('rivals of a pronoun: other people of its gender named before it', () => {
  it.each<[string, string, string, 'none' | number]>([
    ['Peter Hallam met Helen Vosk on Monday. "We agreed," he said.', 'Peter Hallam', 'he', 'none'],
    ['Peter Hallam met Jack Orrin on Monday. "We agreed," he said.', 'Peter Hallam', 'he', 1],
    ['Helen Vosk met Mrs. Orrin and Sarah Dunn. "We agreed," she said.', 'Helen Vosk', 'she', 2],
    ['Helen Vosk spoke first. "We agreed," she said. Jack Orrin left.', 'Helen Vosk', 'she', 'none'],
    ['Mr. Hallam met Mr. Orrin. "We agreed," he said.', 'Peter Hallam', 'he', 1],
  ])('%s', (text, name, pronoun, rivals) => {
    const f = quoteFeatures(text, [pronounQuote(text, 'We agreed,', name, pronoun)])[0]!;
    if (rivals === 'none') {
      expect(f.get('pronoun:no-gender-rival')).toBe(1);
      expect(f.has('pronoun:gender-rivals')).toBe(false);
    } else {
      expect(f.has('pronoun:no-gender-rival')).toBe(false);
      expect(f.get('pronoun:gender-rivals')).toBeCloseTo(Math.log1p(rivals) / Math.log1p(6), 10);
    }
    expect(f.get('pronoun|pronoun:no-gender-rival')).toBe(f.get('pronoun:no-gender-rival'));
  });

  it('gives no rival feature to a pronoun without a gender', () => {
    const text = 'Acme Corp met Bolt Ltd. "We agreed," they said.';
    const f = quoteFeatures(text, [pronounQuote(text, 'We agreed,', 'Acme Corp', 'they')])[0]!;
    expect([...f.keys()].some((k) => k.includes('gender-rival'))).toBe(false);
  });

  it.each<[string, Array<[string, string]>]>([
    ['Said Peter Hallam, smiling.', [['Hallam', 'm']]],
    [
      'Mrs. Vosk and Ms Dunn met Helen A. Orrin.',
      [
        ['Vosk', 'f'],
        ['Dunn', 'f'],
        ['Orrin', 'f'],
      ],
    ],
    ['The Harbour Board met Dr. Orrin.', []],
  ])('reads the gendered names of %s', (text, names) => {
    expect(featureScanners.genderedNames(text).map((n) => [n.surname, n.gender])).toEqual(names);
  });
});
