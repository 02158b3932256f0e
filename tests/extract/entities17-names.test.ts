/**
 * Issue #11: a speaker is a person or an organisation. A given name before a body's word that is also a surname
 * (`Jim Press`, `Tom Bank`) names a person; a newspaper named after `daily` is a body; a nationality before an
 * acronym is a country's body; bodies' last words no person's name ends with. Names invented.
 */
import { describe, expect, it } from 'vitest';
import { typeByName } from '../../src/extract/entities.js';
import type { EntityType } from '../../src/extract/entities.js';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const typed = (text: string): Array<[string | null, string | null]> =>
  extractQuotes(underHeadline(text)).map((q) => [q.attribution.name, q.attribution.entity ?? null]);

describe('the type of a name from its words', () => {
  it.each<[string, EntityType | null]>([
    // a given name with a gender, then a body's word that is a surname: a person
    // (unchanged: a given name with a gender before a word that is no body's)
    ['Jim Quillpress', 'person'],
    ['Jim Press', 'person'],
    ['Sarah Press', 'person'],
    ['Tom Bank', 'person'],
    ['Mary Church', 'person'],
    ['Ann Post', 'person'],
    // a given name without a gender, or a place, before the word: the body's word decides (unchanged)
    ['Kestrel Press', 'organisation'],
    ['Harbour Bank', 'organisation'],
    ['Sky News', 'organisation'],
    ['West Bank', 'organisation'],
    // a body's word that is no surname after a given name (unchanged)
    ['Mary Ministry', 'organisation'],
    // three words: the body's word decides (unchanged)
    ['Jim Kestrel Press', 'organisation'],
    // bodies' last words no person's name ends with
    ['Agence Harbour Presse', 'organisation'],
    ['Harbour Concern', 'organisation'],
    ['Harbour Rights Watch', 'organisation'],
    ['Harbour Mail', 'organisation'],
    // a nationality before an acronym: a country's body (a role's acronym stays no one's name)
    ['Belarusian KGB', 'organisation'],
    ['Russian FSB', 'organisation'],
    ['British MP', null],
    // a sentence's opening adverb or connective: no one's name
    ['Late', 'other'],
    ['Nor', 'other'],
    ['Whilst', 'other'],
    // plural common nouns leading a sentence, and a hyphenated noun with one capital: no one's name
    ['Neighbours', 'other'],
    ['T-shirts', 'other'],
    ['U-turn', 'other'],
    ['T-Quill', null],
    // an office, then a given name, a middle initial and a surname: a person, though a body's word opens it
    ['Harbour General Counsel Jo A. Quillon', 'person'],
    ['Harbour General Counsel Jo Quillon', 'person'],
  ])('%s → %s', (name, type) => {
    expect(typeByName(name)).toBe(type);
  });
});

describe('the entity a quotation speaker is typed', () => {
  it.each<[string, Array<[string | null, string | null]>]>([
    ['"Prices will rise this spring," said Jim Press, the firm\'s head of sales.', [['Jim Press', 'person']]],
    ['"We are ready for it," Sarah Press said. She added that the plan was sound.', [['Sarah Press', 'person']]],
    // `the Spanish daily Acme`: a newspaper named after its noun, though nothing else types it
    [
      'The claim appeared in the Spanish daily Quillon on Monday.\n\n"He will stay at the club," Quillon said.',
      [['Quillon', 'organization']],
    ],
    [
      '"The records will be kept," Harbour General Counsel Jo A. Quillon wrote in a letter.',
      [['Jo A. Quillon', 'person']],
    ],
    // (a one-word name nothing types stays untyped: unchanged)
    ['"He will stay at the club," Quillon said.', [['Quillon', null]]],
  ])('%s', (text, expected) => {
    expect(typed(text)).toEqual(expected);
  });
});
