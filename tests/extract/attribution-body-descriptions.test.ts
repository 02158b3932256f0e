import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const speakers = (text: string) => extractQuotes(underHeadline(text)).map((q) => q.attribution.name);

describe('`the airline said`, `the company said`: the body named before, when the article says which', () => {
  it.each<[string, Array<string | null>]>([
    // the noun in the plural inside the body's name
    [
      'Shares in Harbour Airlines fell after the firm warned on costs. In a filing the airline warned of "inadequate cash" if costs rise.',
      ['Harbour Airlines'],
    ],
    // the one body named before, though not a sentence's subject
    ['Jo Lee, the Quayco Ltd chief executive, resigned. "Trading was hard," the company said.', ['Quayco Ltd']],
    // two bodies named as often: no telling which
    ['Jo Lee left Quayco Ltd for Harbour Ltd. "Trading was hard," the company said.', [null]],
    // a nationality before the noun names another body than the one named before
    ['The Lund Union broke up in 1991. The German government said there was "unequivocal" proof of poisoning.', [null]],
    // … a compound modifier does not
    ['Quayco makes games. The Canada-based company says it is looking for "a wide variety of people".', ['Quayco']],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});
