/**
 * Issue #11: a speaker is a person or an organisation. A body's name run into its officer's (`the union Harbourside
 * Dave Quillon`, `Kestrel International Ivo-ka Roe`) names the officer, the body as the role; a nickname in straight
 * single marks is no part of the name (`Brian 'Rook' Quillon`); a work's title (`the film Harbour Nights`) speaks for
 * no one; a firm named after its founder (`housebuilder George Quillam … shares in Quillam`) is a body.
 * src/extract/mentions.ts, src/extract/entities.ts. Names invented.
 */
import { describe, expect, it } from 'vitest';
import { entityType, organisationEvidence, speakerEntity, workEvidence } from '../../src/extract/entities.js';
import { extractQuotes } from '../../src/extract/index.js';
import { findMentions, splitName } from '../../src/extract/mentions.js';
import { underHeadline } from './article.js';

const speakers = (text: string): Array<[string | null, string | null]> =>
  extractQuotes(underHeadline(text)).map((q) => [q.attribution.name, q.attribution.role]);

describe('a body glued before a person whose given name no list holds', () => {
  it.each<[string, string, string | null]>([
    ['Kestrel International Ivo-ka Roe', 'Ivo-ka Roe', 'Kestrel International'],
    ['Harbour Foundation Tavi Quell', 'Tavi Quell', 'Harbour Foundation'],
    ['Quillam Society Ivo Roe', 'Ivo Roe', 'Quillam Society'],
    // a place's two words after the body stay the body's (its branch)
    ['Kestrel International Hong Kong', 'Kestrel International Hong Kong', null],
    // a title after the body is no name
    ['Kestrel Institute Chief Executive', 'Kestrel Institute Chief Executive', null],
  ])('%s', (run, name, role) => {
    const parts = splitName(run);
    expect(parts?.name).toBe(name);
    expect(parts?.role ?? null).toBe(role);
  });
});

describe("a body's one-word name after its common noun, run into a person's name", () => {
  it.each<[string, string, string | null]>([
    ['The public services union Harbourside Dave Quillon criticised the plans.', 'Dave Quillon', 'Harbourside'],
    ['The charity Kestrelaid Mary Quell welcomed it.', 'Mary Quell', 'Kestrelaid'],
    // no body's noun before the run: the words are left as they are
    ['Yesterday Harbourside Dave Quillon criticised the plans.', 'Harbourside Dave Quillon', null],
    // a given name opening the run: a person's three names
    ['The union leader Mary Anne Quillon spoke.', 'Mary Anne Quillon', null],
  ])('%s', (text, name, role) => {
    const m = findMentions(text, []).mentions.find((x) => x.name.endsWith('Quillon') || x.name.endsWith('Quell'));
    expect(m?.name).toBe(name);
    if (role !== null) expect(m?.role).toBe(role);
  });

  it('gives the quote to the officer, the body as the role', () => {
    expect(
      speakers(
        'General secretary of the public services union Harbourside Dave Quillon criticised the plans. "It is wrong."',
      ),
    ).toEqual([['Dave Quillon', 'Harbourside']]);
  });
});

describe('a nickname in straight single marks', () => {
  it.each<[string, string]>([
    ["Brian 'Rook' Quillon told a radio station he was leaving.", 'Brian Quillon'],
    ["Mary 'Big Mo' Quell said she would stay.", 'Mary Quell'],
    // (double and curly marks, as before)
    ['Brian "Rook" Quillon told a radio station he was leaving.', 'Brian Quillon'],
  ])('%s', (text, name) => {
    const names = findMentions(text, []).mentions.map((m) => m.name);
    expect(names).toContain(name);
  });

  it('names the whole person as the speaker of the later quote', () => {
    expect(
      speakers(
        'Brian \'Rook\' Quillon told a radio station he was leaving the band. "I have found peace," Quillon added.',
      ).at(-1),
    ).toEqual(['Brian Quillon', null]);
  });
});

describe("a work's title", () => {
  it.each<[string, string, boolean]>([
    ['The French film A Harbour Engagement has won 12 nominations.', 'Harbour Engagement', true],
    ['She starred in films including Kestrel Fever and Harbour Nights.', 'Kestrel Fever', true],
    ['One of his songs, Quill Up, contains the lyrics.', 'Quill Up', false],
    ['Harbour Nights, the film, opens in May.', 'Harbour Nights', true],
    ['Harbour Nights, the hit show about sailors, returns.', 'Harbour Nights', true],
    // a person after a work's noun that is also a verb, or no work's noun
    ['The ball hit Jo Quillon on the head.', 'Jo Quillon', false],
    ['Polls show Jo Quillon ahead.', 'Jo Quillon', false],
    ["Jo Quillon, the film's director, spoke.", 'Jo Quillon', false],
  ])('%s', (text, name, work) => {
    expect(workEvidence(text)(name)).toBe(work);
  });

  it('types a name the article writes as a work no speaker', () => {
    expect(entityType('Harbour Engagement', { workElsewhere: () => true })).toBe('other');
    expect(entityType('Harbour Engagement', {})).toBe('person');
  });

  it('gives the quote of a sentence about a film to no one', () => {
    expect(
      speakers('The French film A Harbour Engagement was ruled "not French enough" by a court in Paris.').map(
        ([name]) => name,
      ),
    ).toEqual([null]);
  });

  it('keeps a person written after a work’s noun who has a gender', () => {
    const text = 'The film Jo Quillon made won. Mr Quillon said it was "a dream" to make.';
    expect(speakers(text).map(([name]) => name)).toEqual(['Jo Quillon']);
  });
});

describe('a firm named after its founder', () => {
  const judge = (text: string, name: string) =>
    speakerEntity(text, findMentions(text, []))({ phrase: name, kind: 'named', name });

  it.each<[string, string, 'person' | 'organization']>([
    [
      'Profits rose at housebuilder George Quillam. Shares in Quillam were up 6%. George Quillam said sales were good.',
      'George Quillam',
      'organization',
    ],
    [
      "The bookmaker William Quell cut its odds. Quell's profits rose. William Quell said so.",
      'William Quell',
      'organization',
    ],
    // a person's evidence for the surname wins
    [
      'Profits rose at housebuilder George Quillam. Shares in Quillam were up. Mr Quillam said sales were good.',
      'George Quillam',
      'person',
    ],
    // no body's evidence for the surname alone: a person
    ['Profits rose at housebuilder George Quillam. George Quillam said sales were good.', 'George Quillam', 'person'],
    // no body's noun before the whole name: a person
    ['Shares in Quillam were up. George Quillam said sales were good.', 'George Quillam', 'person'],
  ])('%s', (text, name, kind) => {
    expect(judge(text, name)).toBe(kind);
  });
});

describe('a title of a place before a person whose given name no list holds', () => {
  it.each<[string, string, string]>([
    ['Mayor of London Tavi Quell', 'Tavi Quell', 'Mayor of London'],
    ['Governor of Texas Ivo Roe', 'Ivo Roe', 'Governor of Texas'],
  ])('%s', (run, name, role) => {
    const parts = splitName(run);
    expect(parts?.name).toBe(name);
    expect(parts?.role).toBe(role);
  });

  it('names the speaker after a cue', () => {
    const text =
      'The attack shocked the city. "We will rebuild," tweeted Mayor of London Tavi Quell. "The city is strong."';
    expect(speakers(text)).toEqual([['Tavi Quell', 'Mayor of London']]);
  });
});

describe('a name ending in a letter, then a period that ends the sentence', () => {
  const names = (text: string): string[] => findMentions(text, []).mentions.map((m) => m.name);

  it('splits the run where the article writes the name without the period elsewhere', () => {
    const text = 'He starred in films such as Harbour X. Ann Quell, the daughter of activist Harbour X, spoke.';
    expect(names(text)).toEqual(expect.arrayContaining(['Harbour X', 'Ann Quell']));
    expect(names(text)).not.toContain('Harbour X. Ann Quell');
  });

  it.each<[string, string]>([
    // a middle initial: the name is never written without its period
    ['Jo A. Lee Quell said it. Later Jo A. Lee Quell left.', 'Jo A. Lee Quell'],
    // the name alone elsewhere only with its period
    ['They met Harbour X. Ann Quell, then left Harbour X. at noon.', 'Harbour X. Ann Quell'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  it('gives the daughter her words', () => {
    const text =
      'He starred in films including Kestrel Fever and Harbour X. Ann Quell, the daughter of activist Harbour X, recalled the eulogy. "He was our finest hope," she said.';
    expect(speakers(text).map(([n]) => n)).toEqual(['Ann Quell']);
  });
});

describe("a body's evidence in the words around its name", () => {
  it.each<[string, string, boolean]>([
    // a body's people after the name
    ['Quillam Boerse bosses have held talks with the exchange.', 'Quillam Boerse', true],
    ['Quillam executives met on Monday.', 'Quillam', true],
    // a person's job, the person's name and `of`/`at` before it
    ['Aviation analyst Ivo van den Roe of QNB Quillam called it modest.', 'QNB Quillam', true],
    ['The economist Ann Roe at the Quillam Institute disagreed.', 'Quillam Institute', true],
    // a person's own: supporters and aides, an office's `of` with no job before the name, a definite body before
    ['Quillam supporters cheered.', 'Quillam', false],
    ['The son of Quillam spoke.', 'Quillam', false],
    ['He was sacked by the bank. Quillam said he was shocked.', 'Quillam', false],
    // a sentence ending in a body's noun before the name is no evidence (people are named so too)
    ['It was sold to a unit of Kestrel bank.\n\nTavi Quillam, the chief executive, said so.', 'Tavi Quillam', false],
  ])('%j: %s', (text, name, body) => {
    expect(organisationEvidence(text)(name)).toBe(body);
  });

  it("gives a quote after the body's analyst to the analyst", () => {
    const text =
      'Aviation analyst Nick Van den Quell of Kestrel Paribas described the results as "modest". "It is quite good on the revenue side," he said.';
    expect(speakers(text).at(-1)?.[0]).toBe('Nick Van den Quell');
  });
});
