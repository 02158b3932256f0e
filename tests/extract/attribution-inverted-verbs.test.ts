import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const speakers = (text: string) => extractQuotes(underHeadline(text)).map((q) => q.attribution.name);

describe('a verb outside the cue list, then a name, after a quotation: `"…," echoes Jo Lee`', () => {
  it.each<[string, Array<string | null>]>([
    ['Prices rose. "It is a farce," echoes Jo Lee, a trader.', ['Jo Lee']],
    ['Prices rose. "It is a farce," reckons Ann Roe.', ['Ann Roe']],
    // the name does not close its clause: no attribution
    ['Prices rose. "It is a farce," remains Jo Lee\'s view.', [null]],
    ['Prices rose. "It is a farce," seems Jo Lee to think.', [null]],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});

describe('speech verbs of the list inverted before their subject: `"…," snapped Jo Lee`', () => {
  it.each<[string]>([
    ['snapped'],
    ['elaborated'],
    ['proclaimed'],
    ['affirmed'],
    ['maintained'],
    ['maintains'],
    ['contended'],
    ['contends'],
    ['speculated'],
    ['commented'],
    ['interjected'],
  ])('%s', (verb) => {
    expect(speakers(`"The harbour will be fine by spring," ${verb} Jo Lee.`)).toEqual(['Jo Lee']);
  });
});
