import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const speakers = (text: string) => extractQuotes(underHeadline(text)).map((q) => q.attribution.name);

describe('a body and a role before a name set in commas: the name speaks', () => {
  it.each<[string, Array<string | null>]>([
    ['Prices rose. Harbour chief executive, Jo Crane, added: "The relationship is good."', ['Jo Crane']],
    ['The firm grew. But Quayco finance director, Ann Roe, said: "Margins are thin."', ['Ann Roe']],
    ['Sales fell. Its director general, Ida Marr, said: "Nobody is buying."', ['Ida Marr']],
    // no person noun before the name: the comma run is a list, not a role
    ['Sales fell at Harbour, Quayco, Ann Roe said: "Nobody is buying."', ['Ann Roe']],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});

describe('a title, `from` or `of` a place, then a name: the name speaks, not the title', () => {
  it.each<[string, Array<string | null>]>([
    ['United States Senator from Vermont Jo Lee said: "We will win."', ['Jo Lee']],
    ['Former Prime Minister of Britain Ann Roe said: "We will win."', ['Ann Roe']],
    // the place closes the phrase: the person stands before `of`
    ['Senator Jo Lee of Vermont said: "We will win."', ['Jo Lee']],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});
