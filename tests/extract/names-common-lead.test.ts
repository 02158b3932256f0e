/**
 * Words before a given name and a surname that the article writes in lower case, a headline's capitals, or (opening a
 * sentence) a word of an adjective's or a role noun's shape are no part of the person's name (src/extract/mentions.ts
 * `findMentions`, `dropCommonLead`); a role noun among them is kept as the role. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/mentions.js';

const first = (text: string): { name: string; role: string | null } => {
  const m = findMentions(text, []).mentions[0]!;
  return { name: m.name, role: m.role };
};

describe('common words before a name', () => {
  it.each<[string, string, string, string | null]>([
    [
      'an adjective opening a sentence',
      'Jubilant Peter Tellwick says he will stay on at the club.',
      'Peter Tellwick',
      null,
    ],
    [
      'a role noun the article writes in lower case',
      'Courier Mary Tellwick said the parcel was late. The courier left.',
      'Mary Tellwick',
      'Courier',
    ],
    [
      'a place and a role the article writes in lower case',
      'Ostrava Deputy Chef Mary Tellwick said so, the deputy chef added.',
      'Mary Tellwick',
      'Ostrava Deputy Chef',
    ],
    ['a headline’s capitals and a verb', 'SHOCK Was Mary Tellwick right? It was.', 'Mary Tellwick', null],
    [
      'a role noun before a given name no list holds',
      'The vote went on. Biologist Ivrel Tellwick said so, the biologist added.',
      'Ivrel Tellwick',
      'Biologist',
    ],
  ])('%s', (_case, text, name, role) => {
    expect(first(text)).toEqual({ name, role });
  });

  it.each<[string, string, string]>([
    ['a first word no list holds, opening a sentence', 'Ivrel Mary Tellwick said so.', 'Ivrel Mary Tellwick'],
    [
      'a body whose words the article writes in lower case',
      'Harbour Rights Watch said human rights matter.',
      'Harbour Rights Watch',
    ],
    ['given names before a surname', 'Mary Anne Tellwick said so.', 'Mary Anne Tellwick'],
    [
      'an adjective’s shape not opening a sentence',
      'On Monday, Radiant Mary Tellwick said so.',
      'Radiant Mary Tellwick',
    ],
  ])('kept whole: %s', (_case, text, name) => {
    expect(first(text).name).toBe(name);
  });
});

describe('a possessor before one common word', () => {
  it.each<[string, string, string]>([
    [
      'a word the article writes in lower case',
      'Tellwick’s Register said the ship was sound, and the register was checked.',
      'Tellwick’s Register',
    ],
    ['a word of the list of bodies’ nouns', 'Tellwick’s Regulator said so.', 'Tellwick’s Regulator'],
    ['a name the article never writes in lower case', 'Acme’s Harbourton said so.', 'Harbourton'],
  ])('%s', (_case, text, name) => {
    expect(first(text).name).toBe(name);
  });
});
