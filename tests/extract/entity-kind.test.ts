/**
 * The entity layer's verdict on who speaks: a person or an organisation, from the phrase, the name and the
 * article's evidence (src/extract/entities.ts `speakerEntity`). Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { organisationEvidence, personEvidence, speakerEntity } from '../../src/extract/entities.js';
import { findMentions } from '../../src/extract/mentions.js';
import { underHeadline } from './article.js';

const spoken = (body: string): Array<{ name: string | null; entity: string | null | undefined }> =>
  extractQuotes(underHeadline(body)).map((q) => ({ name: q.attribution.name, entity: q.attribution.entity }));

describe('the kind of the speaker an attribution names', () => {
  it.each<[string, string, string | null, 'person' | 'organization' | null]>([
    [
      'a firm the article says has profits',
      'Brightwater said its profits rose by a tenth.\n\n"We had a good year," Brightwater said.',
      'Brightwater',
      'organization',
    ],
    [
      'shares in a firm',
      'Shares in Kestrel fell sharply on Monday.\n\n"We will recover," Kestrel said.',
      'Kestrel',
      'organization',
    ],
    [
      'a one-word name the article knows as a person (`who`)',
      'Orrin, who runs the harbour scheme, was at the launch.\n\n"It will work," Orrin said.',
      'Orrin',
      'person',
    ],
    [
      'a full name with a given name',
      'The harbour scheme opened.\n\n"It will work," said Liam Orrin.',
      'Liam Orrin',
      'person',
    ],
    [
      'a title written with the name',
      'The harbour scheme opened.\n\n"It will work," said Dr Orrin.',
      'Orrin',
      'person',
    ],
    [
      'a pronoun for a named person',
      'Mary Orrin opened the harbour scheme.\n\n"It will work," she said.',
      'Mary Orrin',
      'person',
    ],
    [
      'a body that takes the definite article',
      'Interest rates were left alone.\n\n"Inflation is falling," the Harbour Board said.',
      'Harbour Board',
      'organization',
    ],
    [
      'the plural of a member: a group',
      'One Greenway member resigned.\n\n"We will fight on," the Greenways said.',
      'Greenways',
      'organization',
    ],
    ['nobody named', 'The scheme opened.\n\n"It will work," a spokesman said.', null, null],
  ])('%s', (_case, body, name, entity) => {
    const [first] = spoken(body).filter((q) => q.name === name);
    expect(first, JSON.stringify(spoken(body))).toBeDefined();
    expect(first!.entity).toBe(entity);
  });

  it('a statement of a person the article knows speaks for that person, not a body named after them', () => {
    const body =
      'Campaign chief Lynn Crowther spoke on Monday.\n\nCrowther\'s statement said: "The party has made an impact this week."';
    const found = spoken(body);
    expect(found).toContainEqual({ name: 'Lynn Crowther', entity: 'person' });
  });

  it("a clause opening with `The` is not a body's name: the name that ends it speaks", () => {
    const body = 'The move comes after telecom regulator Vantel said: "Prices must fall for every customer."';
    expect(spoken(body).map((q) => q.name)).toEqual(['Vantel']);
  });
});

describe('the verdict from the name when the article says nothing', () => {
  const verdict = (
    text: string,
    phrase: string,
    kind: 'named' | 'pronoun' | 'nominal' | 'organization',
    name: string,
  ) => speakerEntity(text, findMentions(text, [], 0))({ phrase, kind, name });
  it.each<[string, 'named' | 'pronoun' | 'nominal' | 'organization', string, 'person' | 'organization' | null]>([
    ['Tallow & Finch', 'named', 'Tallow & Finch', 'organization'],
    ['KTL', 'named', 'KTL', 'organization'],
    ['Fourcast4', 'named', 'Fourcast4', 'organization'],
    ['Liam Orrin', 'named', 'Liam Orrin', 'person'],
    ['Orrin', 'named', 'Orrin', null],
    ['it', 'pronoun', 'Kestrel', 'organization'],
    ['she', 'pronoun', 'Kestrel', 'person'],
    ['the company', 'nominal', 'Kestrel', 'organization'],
    ['the ministry', 'nominal', 'Kestrel', 'organization'],
    ['the minister', 'nominal', 'Orrin', 'person'],
    ['her statement', 'nominal', 'Orrin', 'person'],
    ['the Harbour Council', 'organization', 'Harbour Council', 'organization'],
    // read as a body for its `the`, a person all the same: a given name
    ['the harbour chief Liam Orrin', 'organization', 'Liam Orrin', 'person'],
  ])('%s (%s, %s) → %s', (phrase, kind, name, expected) => {
    expect(verdict('Nothing else is said here.', phrase, kind, name)).toBe(expected);
  });
});

describe("the article's evidence about a name", () => {
  it.each<[string, string, boolean]>([
    ['Acme said its results were strong.', 'Acme', true],
    ["Acme's chief executive resigned.", 'Acme', true],
    ['Shares in Acme fell.', 'Acme', true],
    ['Acme, the carmaker, said so.', 'Acme', true],
    ['Acme, which makes tyres, said so.', 'Acme', true],
    // a person's appositive that mentions a body is no evidence: `the firm's chief`
    ["Lee, the firm's chief risk officer, said so.", 'Lee', false],
    ['Lee, a former party leader, said so.', 'Lee', false],
    ["Lee's staff said so.", 'Lee', false],
    ['Lee said it was over.', 'Lee', false],
  ])('body evidence in %j for %s: %s', (text, name, expected) => {
    expect(organisationEvidence(text)(name)).toBe(expected);
  });

  it.each<[string, string, boolean]>([
    ['Lee, who runs the scheme, said so.', 'Lee', true],
    ['Lee, 45, said so.', 'Lee', true],
    ['Lee said he would stay.', 'Lee', true],
    ['Acme said its results were strong.', 'Acme', false],
  ])('person evidence in %j for %s: %s', (text, name, expected) => {
    expect(personEvidence(text)(name)).toBe(expected);
  });
});
