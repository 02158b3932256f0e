/**
 * A possessor written inside a run of capitalised words is another's name, not the name's part: `Acme's Jo Lee` is
 * Jo Lee, `Kestrel's Harbourton counterpart Ann Roe … He said` is no speech of `Harbourton`; a body's name that
 * holds a possessive stays whole (`Harbour Bankers' Association`) and so does an apostrophe that is no possessive
 * (`Rory O' Neill`) (src/extract/mentions.ts `splitName`). Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { splitName } from '../../src/extract/mentions.js';
import { underHeadline } from './article.js';

const names = (body: string): Array<string | null> => extractQuotes(underHeadline(body)).map((q) => q.attribution.name);

describe('a possessor inside a run of names', () => {
  it.each<[string, string, 'm' | 'f' | null]>([
    ["Acme's Jo Lee", 'Jo Lee', null],
    ["Ladbrooke Networks' Sophie Lane", 'Sophie Lane', 'f'],
    ["Kestrel's Harbourton", 'Harbourton', null],
    // (an honorific before the possessor is the possessor's, not the name's)
    ["Lord Kestrel's Ann Roe", 'Ann Roe', 'f'],
    // a body's name that holds a possessive, and an apostrophe that is no possessive, stay whole
    ["Harbour Bankers' Association", "Harbour Bankers' Association", null],
    ["Women's Harbour Institute", "Women's Harbour Institute", null],
    ["Rory O' Neill", "Rory O' Neill", null],
  ])('%s → %s', (run, name, gender) => {
    expect(splitName(run)).toMatchObject({ name, gender });
  });

  it('a pronoun after it stands for the person, not the possessor’s club', () => {
    expect(
      names(
        'But Kestrel’s Harbourton counterpart Ann Roe was in no mood to celebrate. She said: "I am far from happy."',
      ),
    ).toEqual(['Ann Roe']);
  });

  it('the person is named without the possessor', () => {
    expect(names('"We will win," said Acme’s Jo Lee.')).toEqual(['Jo Lee']);
  });
});
