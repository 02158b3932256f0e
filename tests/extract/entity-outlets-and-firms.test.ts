/**
 * The entity layer types firms, outlets, agencies and clubs from the article's own wording (`told Acme`,
 * `according to Acme`, `Acme Motor Company`, `London-based Acme`, `Acme started its …`, `Acme boss`), keeps a
 * stage name that opens with a number a person when the article says so, and a body typed so is no `he` later
 * on (src/extract/entities.ts `speakerEntity`, src/extract/index.ts). Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { bodyShape, outletEvidence, typeByName } from '../../src/extract/entities.js';
import { underHeadline } from './article.js';

const spoken = (body: string): Array<{ name: string | null; entity: string | null | undefined }> =>
  extractQuotes(underHeadline(body)).map((q) => ({ name: q.attribution.name, entity: q.attribution.entity }));

describe('evidence that a name is a firm, an outlet or a club', () => {
  it.each<[string, string, string, 'person' | 'organization']>([
    [
      'the opening of a firm’s longer name',
      'On Friday Harlow Motor Company disclosed an inquiry.\n\n"We are cooperating fully," Harlow said.',
      'Harlow',
      'organization',
    ],
    [
      'a verb agreeing with `its`',
      'Wexmoor started its own review in March.\n\n"We found no fault," Wexmoor said.',
      'Wexmoor',
      'organization',
    ],
    [
      'an outlet someone talks to',
      'The mayor resigned on Monday, she told Corvane.\n\n"The vote is next week," Corvane reported.',
      'Corvane',
      'organization',
    ],
    [
      'an outlet that is cited',
      'The plan was delayed, according to Tellwick.\n\n"Talks have stalled," Tellwick said.',
      'Tellwick',
      'organization',
    ],
    [
      'a firm based somewhere',
      'Shares fell at the Leeds-based Ostrava on Tuesday.\n\n"It is a blip," Ostrava said.',
      'Ostrava',
      'organization',
    ],
    [
      'a club with a boss',
      'Pellham boss Jo Lee was sacked.\n\n"We wish him well," Pellham said.',
      'Pellham',
      'organization',
    ],
    [
      'a news agency named after the name',
      'The Brenvik news agency carried the report.\n\n"Nine were hurt," Brenvik said.',
      'Brenvik',
      'organization',
    ],
    [
      'an outlet quoting a person',
      'The Harbour Courier quoted Mr Lee as saying he would go.\n\n"We will not stop," the Harbour Courier said.',
      'Harbour Courier',
      'organization',
    ],
    [
      'a firm with a spokeswoman',
      'But a Quillon spokeswoman confirmed the delay.\n\n"We are sorry," Quillon said.',
      'Quillon',
      'organization',
    ],
    [
      'a firm with a division',
      'He heads Quillon\'s server division.\n\n"Sales grew," Quillon said.',
      'Quillon',
      'organization',
    ],
    [
      'a stage name opening with a number, with a real name',
      'Rapper 70 Vance, real name Tom Hale, gave money.\n\n"We must help," 70 Vance said.',
      '70 Vance',
      'person',
    ],
    [
      'a stage name opening with a number, who announced he',
      '70 Vance announced he would tour.\n\n"It will be big," 70 Vance said.',
      '70 Vance',
      'person',
    ],
  ])('%s', (_case, body, name, entity) => {
    const found = spoken(body).filter((q) => q.name === name);
    expect(found.length, JSON.stringify(spoken(body))).toBeGreaterThan(0);
    expect(found[0]!.entity).toBe(entity);
  });

  it('a person with a given name who is told something stays a person', () => {
    const body = 'The board told Mary Tellwick on Monday.\n\n"I will go," Mary Tellwick said.';
    expect(spoken(body)).toContainEqual({ name: 'Mary Tellwick', entity: 'person' });
  });

  it.each<[string, string, string]>([
    [
      'a person quoting a plan',
      'Harbour minister Tom Brevik quoted its five-year plan.\n\n"We will act," Tom Brevik said.',
      'Tom Brevik',
    ],
    [
      'a two-word name after `according to`',
      'The shoe, according to Oskarine Veldhuis from the company, can "adapt to your running".',
      'Oskarine Veldhuis',
    ],
  ])('not a body: %s', (_case, body, name) => {
    const found = spoken(body).filter((q) => q.name === name);
    expect(found.length, JSON.stringify(spoken(body))).toBeGreaterThan(0);
    expect(found[0]!.entity).not.toBe('organization');
  });

  it.each<[string, string]>([
    ['a name nothing marks', 'Tellwick arrived on Monday.'],
    ['reported on, not reporting', 'The reports on Tellwick were late.'],
    ['told by, not told', 'Tellwick told the board.'],
  ])('no outlet evidence: %s', (_case, text) => {
    expect(outletEvidence(text)('Tellwick')).toBe(false);
  });
});

describe('names with digits or `&`', () => {
  it.each<[string, boolean]>([
    ['AT&T', true],
    ['4Cast', true],
    ['G4S', true],
    ['Channel 4', true],
    ['BBC', true],
    ['50 Cent', false],
    ['Jo Lee', false],
  ])('%s is a body by its shape: %s', (name, body) => {
    expect(bodyShape(name)).toBe(body);
  });
});

describe('a club written with `who are` is no person', () => {
  it('a plural `who` after a name does not make it a person', () => {
    const body =
      'Pellham, who are third in the league, want a new coach.\n\nPellham boss Jo Lee left.\n\n"We will move fast," Pellham said.';
    expect(spoken(body)).toContainEqual({ name: 'Pellham', entity: 'organization' });
  });
});

describe('a body that spoke is no `he` later on', () => {
  it('a pronoun after a firm typed by the article goes to the person named before it', () => {
    const body =
      'Wexmoor started its own review in March, and chief engineer Tom Hale led it.\n\n' +
      '"We found no fault," Wexmoor said.\n\n"I am relieved," he said.';
    const found = spoken(body);
    expect(found[0]).toEqual({ name: 'Wexmoor', entity: 'organization' });
    expect(found[1]?.name).not.toBe('Wexmoor');
  });
});

describe('the last word of a name', () => {
  it.each<[string, string | null]>([
    ['Harbour Capital', 'organisation'],
    ['Kestrel Broadcasting', 'organisation'],
    ['Orbix International', 'organisation'],
    ['Harbour Aid', 'organisation'],
    ['Kestrel Technologies', 'organisation'],
    ['Harbour Inquiry', 'organisation'],
    ['Kestrel Bowl', 'other'],
    ['Harbour War', 'other'],
    ['Kestrel Dam', 'other'],
    ['Mary Trustwell', 'person'],
  ])('%s: %s', (name, type) => {
    expect(typeByName(name)).toBe(type);
  });
});
