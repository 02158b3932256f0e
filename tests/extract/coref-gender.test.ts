import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { findMentions, splitName } from '../../src/extract/mentions.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

describe('he/she never goes to a full name of the other gender when the article names two people of one surname', () => {
  it.each<[string, string[]]>([
    [
      'Mrs. Vandermeer spoke in Ohio. Her husband, Bill Vandermeer, stayed home.\n\n"We are in this together," she said.',
      ['Vandermeer'],
    ],
    [
      'Susan Vandermeer met voters. Her husband, Bill Vandermeer, stayed home.\n\nMrs. Vandermeer said the race was close. "We are in this together," she said.',
      ['Susan Vandermeer'],
    ],
    [
      'Susan Vandermeer met voters. Her husband, Bill Vandermeer, stayed home.\n\nMr. Vandermeer said the race was close. "We are in this together," he said.',
      ['Bill Vandermeer'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });

  it('"Mrs. Vandermeer said" (a named cue) is the woman, not her husband named first', () => {
    const body =
      'Bill Vandermeer stayed home. His wife, Susan Vandermeer, met voters.\n\n"We are close," Mrs. Vandermeer said.';
    expect(speakers(body)).toEqual(['Susan Vandermeer']);
  });

  it('a full name of the other gender is no antecedent: "she" after "Bill Okafor said" is not Bill Okafor', () => {
    const body =
      'Bill Okafor said the plant would close. Ann Reyes, who runs the union, was angry.\n\n"We were lied to," she said.';
    expect(speakers(body)).toEqual(['Ann Reyes']);
  });
});

describe('British honorifics without a period tell the gender', () => {
  it.each([
    ['Ms Quayle', 'f'],
    ['But Mrs Quayle', 'f'],
    ['Mr Quayle', 'm'],
  ])('%s', (run, gender) => {
    expect(splitName(run)).toMatchObject({ name: 'Quayle', gender });
  });

  it('"Culture Minister Tom Baker said…  But Ms Quayle said … She added" is Ms Quayle', () => {
    const body =
      'The painter Delyth Ann Quayle is worried. Culture Minister Tom Baker said the idea was "crass".\n\nBut Ms Quayle said artists needed freedom.\n\nShe added: "It would be devastating."';
    expect(speakers(body)).toEqual(['Tom Baker', 'Delyth Ann Quayle']);
  });
});

describe('the fullest name of a surname', () => {
  it('a one-word mention that is also a given name (`James`) does not beat the full name it ends', () => {
    const index = findMentions('Shani Rhys James spoke. Later Ms James left.', []);
    expect(index.fullest.get('James')).toBe('Shani Rhys James');
  });
});
