/**
 * Issue #11: a given name before a body's word that is also a surname (`Tom Bank`) is a person's mention, not a
 * body's, so a later `He` finds him and the quote is given to a person. Names invented.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { givenNameThenSurnameWord } from '../../src/extract/mentions.js';
import { underHeadline } from './article.js';

const names = (text: string): Array<string | null> => extractQuotes(underHeadline(text)).map((q) => q.attribution.name);

describe('a given name and a surname that is a body word', () => {
  it.each<[string[], boolean]>([
    [['Tom', 'Bank'], true],
    [['Mary', 'Church'], true],
    [['Kestrel', 'Press'], false],
    [['West', 'Bank'], false],
    [['Tom', 'Bank', 'Holdings'], false],
  ])('%j → %s', (tokens, expected) => {
    expect(givenNameThenSurnameWord(tokens)).toBe(expected);
  });

  // the `He` of the next paragraph finds the person (a body's mention was passed over by it: no speaker)
  it.each<[string, Array<string | null>]>([
    ['Jim Press told the meeting: "Sales are up."\n\nHe added that "we are hiring".', ['Jim Press', 'Jim Press']],
    [
      'Mary Church told the hearing: "Costs are down."\n\nShe added that "the plan is working".',
      ['Mary Church', 'Mary Church'],
    ],
  ])('%s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});
