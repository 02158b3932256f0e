import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

/**
 * A quotation after an unnamed speaker's own cue is that unnamed speaker's, not the named speaker quoted before:
 * the cue's subject may stand before a relative clause (`one trader, who asked not to be named, told …`) or right
 * after a quotation of its own (`"…," one trader told the agency.`).
 */
const CASES: ReadonlyArray<[string, string, Array<string | null>]> = [
  [
    'an unnamed subject before a relative clause, then a verb of saying',
    '"Sales were solid," said Ann Roe, an economist at Harbour Bank. However, one dealer, who asked not to be named, told the agency the figures were "far below what people had hoped for".',
    ['Ann Roe', null],
  ],
  [
    'an unnamed subject before a relative clause, then a colon cue',
    '"Sales were solid," said Ann Roe, an economist at Harbour Bank.\n\nOne dealer, who declined to give his name, told the agency: "Nobody is buying shares in this market."',
    ['Ann Roe', null],
  ],
  [
    'an unnamed speaker after a quotation of their own, then a paragraph that is only a quotation',
    '"Sales were solid," said Ann Roe, an economist at Harbour Bank.\n\n"It is the worst week in years," one dealer told the agency.\n\n"Nobody is buying shares in this market."',
    ['Ann Roe', null, null],
  ],
  [
    'the previous speaker in a relative clause of its own keeps the continuation',
    '"Sales were solid," said Ann Roe, an economist at Harbour Bank.\n\nMs Roe, who has followed the firm for years, said the shares were cheap.\n\n"Nobody is buying shares in this market."',
    ['Ann Roe', 'Ann Roe'],
  ],
  [
    'an indefinite speaker after the quotation’s own closing mark',
    '"Sales were solid," said Ann Roe, an economist at Harbour Bank. Trading was thin all day. "It is the worst week in years," a dealer told the agency.',
    ['Ann Roe', null],
  ],
];

describe('a quotation after an unnamed speaker’s cue does not continue the named speaker before', () => {
  it.each(CASES)('%s', (_what, body, want) => {
    expect(speakers(body)).toEqual(want);
  });
});
