import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

// A plain honorific and a surname two people of the article bear (twenty-third session, from a hand-judged wild
// sample; sentences invented): a knight, a dame or a peer is never `Mr`/`Mrs`, so the other bearer is meant.

const speakers = (body: string) => extractQuotes(underHeadline(body)).map((q) => q.attribution.name);

describe('`Mr <Surname>` is not the bearer the article titles `Sir`, `Dame`, `Lord` or `Lady`', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Sir Jon Lee said the threat was real. Sir Jon told a meeting it was wise to wait. The comments come after Tom Lee defended his plans in a paper. But Mr Lee insisted: "There is no greater liberty than to live free."',
      ['Tom Lee'],
    ],
    [
      'Dame Ann Roe said the plan was sound. Dame Ann spoke in London. Her cousin Kate Roe, a nurse, disagreed. Ms Roe said: "It will not work."',
      ['Kate Roe'],
    ],
    // no title sets the bearers apart: as before, the fullest name (here the first)
    [
      'Jon Lee said the threat was real. Tom Lee defended his plans. But Mr Lee insisted: "There is no greater liberty than to live free."',
      ['Jon Lee'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});
