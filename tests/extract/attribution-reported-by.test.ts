import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { article } from './article.js';

const speakersOf = (text: string) => extractQuotes(article(text)).map((q) => q.attribution.name);

describe('a sentence-final reporting clause names the outlet as the source', () => {
  it.each<[string, Array<string | null>]>([
    [
      'The council met late.\n\n"We will rebuild the pier," Mayor Ann Tolley said, according to the Harbour Gazette.',
      ['Harbour Gazette'],
    ],
    [
      'The council met late.\n\n"We will rebuild the pier," Tolley said, according to Radio Kessel. "It will take two years."',
      ['Radio Kessel'],
    ],
    [
      'The council met late.\n\n"We will rebuild the pier," said Ann Tolley, the mayor, reports the Coastal Herald.',
      ['Coastal Herald'],
    ],
    [
      'The council met late.\n\nTolley welcomed the vote, calling it "a fresh start" for the town, the Evening Ledger reported.',
      ['Evening Ledger'],
    ],
  ])('%s', (text, names) => {
    expect(speakersOf(text)).toEqual(names);
  });
  it.each<[string, Array<string | null>]>([
    // the reporting clause is not the sentence's end: the speaker stays
    [
      'The council met late.\n\n"We will rebuild the pier," Ann Tolley told aides, according to Tom Bray, her deputy, who was there.',
      ['Ann Tolley'],
    ],
    // a pronoun reporting clause names nobody new
    ['The council met late.\n\n"We will rebuild the pier," Ann Tolley said, it reported.', ['Ann Tolley']],
  ])('no outlet: %s', (text, names) => {
    expect(speakersOf(text)).toEqual(names);
  });
});
