/**
 * Twenty-first session, names: a club that takes a plural verb after a relative clause is no person a pronoun stands
 * for (src/extract/entities.ts); a person's possessive before a body's name the title list reads closes the person's name
 * (src/extract/mentions.ts), and so does a country's short name before a common word (`US Immigration`: a body).
 * Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { organisationEvidence, personEvidence } from '../../src/extract/entities.js';
import { splitName } from '../../src/extract/mentions.js';
import { underHeadline } from './article.js';

const speakers = (body: string): Array<string | null> =>
  extractQuotes(underHeadline(body)).map((q) => q.attribution.name);

describe('a name with a relative clause, then a plural verb', () => {
  it.each<[string, string, boolean, boolean]>([
    // [text, name, organisation evidence, person evidence]
    ['Thornbury, who signed Jo Wade from Ashdown in 2003, have also been helped by him.', 'Thornbury', true, false],
    ['Kestrel, which bought the site last May, are now selling it.', 'Kestrel', true, false],
    ['Thornbury, who signed Jo Wade from Ashdown in 2003, has also been helped by him.', 'Thornbury', false, true],
    ['Ann Thornbury, who coached Jo Wade, has retired.', 'Ann Thornbury', false, true],
    // several subjects with a plural verb: no club, and the clause tells nothing of one of them alone
    ['Ann Roe and Thornbury, who met in May, are now partners.', 'Thornbury', false, false],
  ])('%s', (text, name, body, person) => {
    expect(organisationEvidence(text)(name)).toBe(body);
    expect(personEvidence(text)(name)).toBe(person);
  });

  it('`he` passes over the club for the player', () => {
    const body =
      'The Thornbury prop is in the form of his life. Thornbury, who signed Jo Wade from Ashdown in 2003, have ' +
      'also been aided by Wade\u2019s presence this season. The club sits top of the table. "I am pleased with my ' +
      'form," he said.';
    expect(speakers(body)).toEqual(['Jo Wade']);
  });
});

describe('a country’s short name before a common word', () => {
  it('`he` passes over the body for the spokesman named after it', () => {
    const body =
      'A spokesman for US Immigration, Customs and Excise, Dan Hollis, said the gang was careful. Its aim was fame. ' +
      'He told reporters: "They only cared how fast they could crack the code."';
    expect(speakers(body)).toEqual(['Dan Hollis']);
  });
});

describe('a person’s possessive before a body’s name', () => {
  it.each<[string, string | null]>([
    ['Jo Lee\u2019s Harbour Party', 'Harbour Party'],
    ["Ann Roe's White House", 'White House'],
    ["Jo Lee's Harbour Council", 'Harbour Council'],
    // no given name: one body's name, whole (as before)
    ["Kestrel's Harbour Party", 'Kestrel Harbour Party'],
    // a country's short name before one word that is no given name: a body's name
    ['US Immigration', 'US Immigration'],
    ['UK Athletics', 'UK Athletics'],
    // … before a given name or a role and a name: a person
    ['US Senator Lee', 'Lee'],
    ['US Jo', 'Jo'],
  ])('%s → %s', (raw, name) => {
    expect(splitName(raw)?.name ?? null).toBe(name);
  });
});
