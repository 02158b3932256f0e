import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const speakers = (text: string) => extractQuotes(underHeadline(text)).map((q) => q.attribution.name);

describe('`the paper says`, `the magazine reported`: the publication the article names as one', () => {
  it.each<[string, Array<string | null>]>([
    // the noun before the name
    [
      'The Quayco Q5 was chosen as the best phone by US magazine Harbour Mobile. "We wanted the phone that changed phones," said the magazine.',
      ['Harbour Mobile'],
    ],
    // a newspaper's name, over the body a sentence is about
    [
      'The Harbour Times said Quayco was planning a bid. Quayco is expected to hold talks this week. The newspaper claimed Quayco was "increasingly frustrated" with the talks.',
      ['Harbour Times'],
    ],
    // … written with `the` and a day's word read apart from it
    [
      'The Sunday Herald said Quayco was planning a bid. Quayco is expected to hold talks this week. The newspaper claimed Quayco was "increasingly frustrated" with the talks.',
      ['Sunday Herald'],
    ],
    // the name in the phrase itself
    ['The game won praise. "It is the best launch game ever," wrote the influential Kestrel magazine.', ['Kestrel']],
    // a place before the noun after `a` names no paper: the paper spoken of before stands
    [
      'The Quayco Courier had criticised the mayor. A Harbourton newspaper later asked the governor to visit. "The mayor should come," the newspaper said.',
      ['Quayco Courier'],
    ],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});
