import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

/**
 * A one-word name of capitalised parts joined by a hyphen, whose first part is no given name (`Larkfield-Browne`, a
 * publisher; `Harbour-Kestrel`, a firm), is no person a `he`/`she` stands for; a person's double surname comes
 * with a given name, and a compound given name (`Jean-Luc`) or a gender the article gives still makes a person.
 */
describe('he/she is not a hyphenated body name', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Larkfield-Browne added hundreds of words this year. Larkfield-Browne said the list was long.\n\n"It was a hard choice," he said.',
      [null],
    ],
    ['Harbour-Kestrel announced a merger on Monday.\n\n"It was a hard choice," she said.', [null]],
    [
      'Ann Smith-Jones runs the firm. Smith-Jones said the merger was done.\n\n"It was a hard choice," she said.',
      ['Ann Smith-Jones'],
    ],
    [
      'Jean-Luc said the plan was fair. Jean-Luc said the merger was done.\n\n"It was a hard choice," he said.',
      ['Jean-Luc'],
    ],
    [
      'Mr Kestrel-Browne spoke on Monday. Kestrel-Browne said the merger was done.\n\n"It was a hard choice," he said.',
      ['Kestrel-Browne'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});
