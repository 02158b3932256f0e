/**
 * Issue #11: a speaker is a person or an organisation, typed from evidence. A one-word body's name that has no given
 * name is typed by what the article writes around it (`civil rights group Quillam`, `Quillam's Ann Roe`, `Quillam,
 * whose products`, `helped Quillam boost its profits`, `Quillam chairman Ivo Dunmore`, `a spokesperson from
 * Quillam`), or by its shape (`HarbourLink`, `TfL`-like coined names); a station's call sign before a name is no
 * fuller form of that name (`KQRB-TV Harbourvision`). src/extract/entities.ts, src/extract/mentions.ts. Names invented.
 */
import { describe, expect, it } from 'vitest';
import { bodyShape, organisationEvidence, typeByName } from '../../src/extract/entities.js';
import type { EntityType } from '../../src/extract/entities.js';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const typed = (text: string): Array<[string | null, string | null]> =>
  extractQuotes(underHeadline(text)).map((q) => [q.attribution.name, q.attribution.entity ?? null]);

describe('article evidence of a one-word body', () => {
  it.each<[string, string, boolean]>([
    // a body's noun right before the name
    ['Civil rights group Quillam welcomed the ruling.', 'Quillam', true],
    ['The rock band Quillam won the award.', 'Quillam', true],
    ['The trade body Quillam wrote to ministers.', 'Quillam', true],
    ['It was named by US publication Quillam as the firm of the year.', 'Quillam', true],
    // an apposition with four words before its noun
    ["Quillam, the city's premium rate services watchdog, said so.", 'Quillam', true],
    // a possessive before a person named in full
    ["Quillam's Ann Roe led the campaign.", 'Quillam', true],
    // what only a body owns, after `whose`
    ['Quillam, whose products are sold worldwide, grew fast.', 'Quillam', true],
    // a body's business done by the name
    ['Strong sales helped Quillam boost its profits.', 'Quillam', true],
    ['The deal cut Quillam’s stake in the network.', 'Quillam', true],
    ["Quillam's coverage will start in May.", 'Quillam', true],
    // an office of the body before a person's name
    ['Quillam chairman Ivo Dunmore was re-elected.', 'Quillam', true],
    ['Quillam singer Jo Roe left the stage.', 'Quillam', true],
    // who speaks from it, who heads it
    ['The plan was welcomed by a spokesperson from Quillam.', 'Quillam', true],
    ['Jo Lee will become head of Quillam next year.', 'Quillam', true],
    // a person's own: a relative, a first name alone, a lower-case office after the name, `it` as a dummy subject
    ["Quillam's wife Ann was there.", 'Quillam', false],
    ['Quillam said it was a great day.', 'Quillam', false],
    ['Quillam chairman of the board?', 'Quillam', false],
    ["The newspaper's Ann Roe spoke to Quillam's Ann.", 'Quillam', false],
    // a body's noun before a body's name and its officer's, run together: the run holds a person
    ['The public services union Harbourside Dave Quillon criticised the plans.', 'Harbourside Dave Quillon', false],
    // a person's noun before a person's name (unchanged)
    ['Its alleged operator Jo Woo Lee was held.', 'Jo Woo Lee', false],
  ])('%j: %s', (text, name, body) => {
    expect(organisationEvidence(text)(name)).toBe(body);
  });
});

describe('a coined one-word name with a capital inside', () => {
  it.each<[string, boolean]>([
    ['HarbourLink', true],
    ['QuilTV', true],
    ['KestrelOnline', true],
    ['TfQ', true],
    // surnames' prefixes before the inner capital are people's names
    ['McQuillan', false],
    ['MacQuillan', false],
    ['DeQuill', false],
    ['LeQuill', false],
    ['FitzQuillan', false],
    ['DiQuillo', false],
    // no inner capital, or a name of two words (unchanged)
    ['Quillam', false],
    ['Jo Quillam', false],
  ])('%s → %s', (name, body) => {
    expect(bodyShape(name)).toBe(body);
  });
});

describe('the entity a one-word body speaker is typed', () => {
  it.each<[string, Array<[string | null, string | null]>]>([
    [
      'Civil rights group Quillam welcomed the ruling.\n\n"It is long overdue," Quillam said.',
      [['Quillam', 'organization']],
    ],
    ['"The line will close in May," HarbourLink said.', [['HarbourLink', 'organization']]],
    // a one-word name nothing types stays untyped (unchanged)
    ['"The line will close in May," McQuillan said.', [['McQuillan', null]]],
  ])('%s', (text, expected) => {
    expect(typed(text)).toEqual(expected);
  });
});

describe("a station's call sign before a name", () => {
  it.each<[string, Array<[string | null, string | null]>]>([
    [
      'The KQRB-TV Harbourvision affiliate refused to show it. Harbourvision producers defended the show, saying it was a "positive experience".\n\n"Any affiliate may pre-empt the schedule," said a Harbourvision spokesman.',
      [
        ['Harbourvision', 'organization'],
        [null, null],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(typed(text)).toEqual(expected);
  });
});

describe('the type of a name from its words', () => {
  it.each<[string, EntityType | null]>([
    // places and buildings by their last word, after no given name
    ['Kestrel Park', 'other'],
    ['Harbourside Prison', 'other'],
    ['Onyx Hotel', 'other'],
    ['Kestrel Boulevard', 'other'],
    ['Grace Park', 'person'],
    ['Ji-sung Park', null],
    // bodies by their last word: clubs, a reinsurer, a branch named by its country
    ['Harbour United', 'organisation'],
    ['Kestrel Rovers', 'organisation'],
    ['Harbour Re', 'organisation'],
    ['Kestrel Retail', 'organisation'],
    ['Harbour Phonographic Industry', 'organisation'],
    ['Kestrel International UK', 'organisation'],
    // a contest's name
    ['Harbour Slam', 'other'],
    // surnames stay people's names (unchanged)
    ['Jo Chambers', null],
    ['Rob Albion', null],
  ])('%s → %s', (name, type) => {
    expect(typeByName(name)).toBe(type);
  });
});
