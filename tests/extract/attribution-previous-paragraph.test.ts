import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const attributions = (text: string) =>
  extractQuotes(underHeadline(text)).map((q) => [q.attribution.name, q.attribution.reason]);

describe('a paragraph that is only a quotation, under reported speech bringing in a new person: that person speaks', () => {
  it.each<[string, Array<[string | null, string]>]>([
    [
      '"We will rebuild the quay," Ida Marr said.\n\nThe plan is too costly, says Tom Baker, who runs the ferry.\n\n"Nobody asked us."',
      [
        ['Ida Marr', 'after-quote-adjacent'],
        ['Tom Baker', 'cue-in-previous-paragraph'],
      ],
    ],
    [
      '"We will rebuild the quay," Ida Marr said.\n\nFerry owner Tom Baker said the plan was too costly.\n\n"Nobody asked us. It is a waste."',
      [
        ['Ida Marr', 'after-quote-adjacent'],
        ['Tom Baker', 'cue-in-previous-paragraph'],
      ],
    ],
    // reported speech with no name (a pronoun) brings in nobody new: the previous speaker continues
    [
      '"We will rebuild the quay," Ida Marr said.\n\nShe said the work would take a year.\n\n"It is worth it."',
      [
        ['Ida Marr', 'after-quote-adjacent'],
        ['Ida Marr', 'continuation-paragraph'],
      ],
    ],
    // a paragraph with no speech cue but a new person as its subject: the quotation may be either's, so it
    // is given to neither (src/extract/continuation.ts, someoneElseBetween)
    [
      '"We will rebuild the quay," Ida Marr said.\n\nTom Baker runs the ferry.\n\n"It is worth it."',
      [
        ['Ida Marr', 'after-quote-adjacent'],
        [null, 'none'],
      ],
    ],
    // a paragraph with no speech cue and no new person: the previous speaker continues
    [
      '"We will rebuild the quay," Ida Marr said.\n\nThe ferry runs twice a day.\n\n"It is worth it."',
      [
        ['Ida Marr', 'after-quote-adjacent'],
        ['Ida Marr', 'continuation-paragraph'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(attributions(text)).toEqual(expected);
  });
});
