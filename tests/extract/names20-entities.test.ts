/**
 * Issue #11: a speaker is a person or a body, named whole. `Lib` (of `Lib Dems`) is no given name; a possessive after
 * a person's name closes it (`Ann Quell's Budget` is no person); a word glued to a participle closes the words before
 * it; a title listed after a work's title (`films include …`, `the star of … and …`) is a work too, and no mention a
 * description stands for; an abstract noun or a plural of people opening a sentence names nobody; a body's last word
 * after a hyphen (`Agence Harbour-Presse`) makes a body. Names and sentences invented.
 */
import { describe, expect, it } from 'vitest';
import { typeByName, workEvidence } from '../../src/extract/entities.js';
import type { EntityType } from '../../src/extract/entities.js';
import { splitName } from '../../src/extract/mentions.js';
import { isGivenName } from '../../src/lexicon/given-names.js';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const speakers = (text: string): Array<string | null> =>
  extractQuotes(underHeadline(text)).map((q) => q.attribution.name);

describe('`Lib` is no given name', () => {
  it('`Lib` is none, `Liam` is', () => {
    expect(isGivenName('Lib')).toBe(false);
    expect(isGivenName('Liam')).toBe(true);
  });

  it('`Lib Dems said` is no person speaking', () => {
    const quotes = extractQuotes(underHeadline('Lib Dems said the plan was "a mess".'));
    expect(quotes.map((q) => [q.attribution.name, q.attribution.entity === 'person'])).toEqual([['Lib Dems', false]]);
  });
});

describe('a possessive after a given name and a surname closes the name', () => {
  it.each<[string, string, string | null]>([
    ["Ann Quell's Budget", 'Budget', null],
    ["Liam Quell's Harbour Fund", 'Harbour Fund', null],
    // a possessor before a person's name is still the person's body (unchanged)
    ["Kestrel's William Quell", 'William Quell', 'm'],
  ])('%s → %s', (raw, name, gender) => {
    const parts = splitName(raw);
    expect(parts?.name).toBe(name);
    expect(parts?.gender ?? null).toBe(gender);
  });

  it("a pronoun after `Jim Quell's Budget` is not given to the Budget", () => {
    const text =
      'The row over Jim Quell\'s Budget turned into a battle. The chancellor insisted his plans were "affordable". In Wednesday\'s Budget, Mr Quell doubled the tax. Defending the plans, he told Radio Five: "I will take no risks with the economy."';
    expect(speakers(text)).toEqual([null, 'Quell']);
  });
});

describe('a word glued to a participle closes the words before it', () => {
  it.each<[string, string | null]>([
    ['South Harbour-born Liam Quell', 'Liam Quell'],
    ['Ann Quell-inspired Rovers', 'Rovers'],
    ['Harbour Street-style', null],
    // a romanised given name is no participle
    ['Man-kei Quon', 'Man-kei Quon'],
  ])('%s → %s', (raw, name) => {
    expect(splitName(raw)?.name ?? null).toBe(name);
  });
});

describe("a title listed after a work's title is a work's", () => {
  it.each<[string, string, boolean]>([
    ['The actor, whose films include Harbour Nights, Onyx Bay and Kestrel Sky, spoke.', 'Harbour Nights', true],
    ['The actor, whose films include Harbour Nights, Onyx Bay and Kestrel Sky, spoke.', 'Onyx Bay', true],
    ['The actor, whose films include Harbour Nights, Onyx Bay and Kestrel Sky, spoke.', 'Kestrel Sky', true],
    ['The star of Harbour Nights and Kestrel Sky spoke.', 'Kestrel Sky', true],
    ['The author of Harbour Nights spoke.', 'Harbour Nights', true],
    // a list of people after no work's noun is none (unchanged)
    ['The guests include Liam Quell, Ann Roe and Ivo Pell.', 'Ann Roe', false],
    ['Liam Quell and Ann Roe spoke.', 'Ann Roe', false],
  ])('%s: %s → %s', (text, name, expected) => {
    expect(workEvidence(text)(name)).toBe(expected);
  });

  it.each<[string]>([
    [
      'Veteran actor Liam Quell has criticised the plan. The star of Harbour Nights and Kestrel Sky said the plan was "a mess from start to finish".',
    ],
    [
      'Veteran actor Liam Quell has criticised the plan. The actor, whose films include Ann Roe\'s Pier, Onyx Bay and Kestrel Sky, said: "The plan is a mess from start to finish."',
    ],
  ])('no title is the speaker: %s', (text) => {
    expect(speakers(text)).toEqual([expect.not.stringMatching(/Kestrel|Pier|Onyx|Harbour/u)]);
  });
});

describe('an abstract noun or a plural of people opening a sentence names nobody', () => {
  it.each<[string]>([['Anger'], ['Frustration'], ['Ecologists'], ['Archaeologists'], ['Pensioners']])('%s', (name) => {
    expect(typeByName(name)).toBe('other');
  });

  it.each<[string]>([
    ['Anger over the plan has grown, with many saying it was "unjustified".'],
    ['Ecologists are warning that the plan may cause "significant harm".'],
  ])('%s', (text) => {
    expect(speakers(text)).toEqual([null]);
  });
});

describe("a description does not stand for a work's title", () => {
  it('`The 67-year-old` after `The star of Harbour Nights and Kestrel Sky` is the star', () => {
    const text =
      'Screen legend Liam Quell has hit out at the quality of films. The star of Harbour Nights and Kestrel Sky said the film culture was "in a mess" at a press conference on Tuesday. The 67-year-old also said he stopped working because he lost his "spark" for acting.';
    expect(speakers(text)).toEqual([null, 'Liam Quell']);
  });
});

describe("a body's last word closing a hyphenated last word", () => {
  it.each<[string, EntityType | null]>([
    ['Agence Harbour-Presse', 'organisation'],
    ['Kestrel Bay-International', 'organisation'],
    // a hyphenated surname is no body's (unchanged)
    ['Ann Quell-Roe', 'person'],
  ])('%s → %s', (name, type) => {
    expect(typeByName(name)).toBe(type);
  });
});

describe("a paper's or a channel's name is a body's", () => {
  it.each<[string, EntityType | null]>([
    ['Rose Bay Gazette', 'organisation'],
    ['Marine Harbour Bulletin', 'organisation'],
    ['Kestrel Chronicle', 'organisation'],
    // a given name and a surname stay a person's (unchanged)
    ['Rose Quell', 'person'],
  ])('%s → %s', (name, type) => {
    expect(typeByName(name)).toBe(type);
  });

  it('`X television channel` makes X a body', () => {
    const quotes = extractQuotes(
      underHeadline('Kestrel Swim television channel has cut its shows. Kestrel Swim said the plan was "a mess".'),
    );
    expect(quotes.map((q) => [q.attribution.name, q.attribution.entity])).toEqual([['Kestrel Swim', 'organization']]);
  });
});
