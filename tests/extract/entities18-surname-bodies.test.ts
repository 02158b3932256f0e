/**
 * Issue #11: a given name with a gender and a body's word that is also a surname (`Jim Quillpress` → `Tom Bank`) is a
 * person's name when the article takes it up with a pronoun of that gender in the next sentence; with nothing saying
 * a person bears it (`said Victoria Press.`) it stays a body's (tests/extract/coref-late-person-names).
 * src/extract/coref/index.ts `personalNameTail`. Names invented.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const speakers = (text: string): Array<readonly [string | null, string | null]> =>
  extractQuotes(underHeadline(text)).map((q) => [q.attribution.name, q.attribution.kind] as const);

describe('a given name and a surname that is a body word, taken up by a pronoun', () => {
  it.each<[string, Array<readonly [string | null, string | null]>]>([
    [
      'Tom Bank told the meeting: "Sales are up."\n\nHe added that "we are hiring".',
      [
        ['Tom Bank', 'named'],
        ['Tom Bank', 'pronoun'],
      ],
    ],
    [
      'Mary Church told the hearing: "Costs are down."\n\nShe added that "the plan is working".',
      [
        ['Mary Church', 'named'],
        ['Mary Church', 'pronoun'],
      ],
    ],
    // a pronoun of the other gender is no evidence; nothing after the name is none (unchanged)
    [
      'Tom Bank told the meeting: "Sales are up."\n\nShe added that "we are hiring".',
      [
        ['Tom Bank', 'organization'],
        [null, null],
      ],
    ],
    ['"It is over," said Victoria Press.', [['Victoria Press', 'organization']]],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
