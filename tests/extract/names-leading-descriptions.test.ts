/**
 * A person's description written capitalised before the name (`Wing Jo Lee`, `Teenager Jo Lee`, `Agent Jo Lee
 * said:`), an outlet's possessive before it (`Harbour News Live’s Jo Lee`, `ABS' Jo Lee`) and a work's title with
 * capitalised small words inside (`Do The Harbour Thing`) name no one as written: the person is named without the
 * description or the possessive, and a title is no speaker nor a pronoun's antecedent (src/extract/mentions.ts
 * `leadingRoleOrBody`, `possessorBeforeName`, `articleSplitter`; src/extract/entities.ts `typeByName`). Every sentence
 * is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { findMentions } from '../../src/extract/mentions.js';
import { typeByName } from '../../src/extract/entities.js';
import { underHeadline } from './article.js';

const first = (text: string): { name: string; role: string | null } => {
  const m = findMentions(text, []).mentions[0]!;
  return { name: m.name, role: m.role };
};
const names = (body: string): Array<string | null> => extractQuotes(underHeadline(body)).map((q) => q.attribution.name);

describe('a description before a given name and a surname', () => {
  it.each<[string, string, string]>([
    ['Wing Peter Tellwick says the side can still win.', 'Peter Tellwick', 'Wing'],
    ['Teenager Ivrel Tellwick won her first title on Sunday.', 'Ivrel Tellwick', 'Teenager'],
    ['The title went to Golfer Mary Tellwick on Sunday.', 'Mary Tellwick', 'Golfer'],
    ['Drummer and Beatle Peter Tellwick played on.', 'Peter Tellwick', 'Beatle'],
  ])('%s', (text, name, role) => {
    expect(findMentions(text, []).mentions.find((m) => m.name.endsWith('Tellwick'))).toMatchObject({ name, role });
  });

  it.each<[string, string]>([
    // a surname the description's word can be, after the given name
    ['Mary Hooker said so.', 'Mary Hooker'],
    // no given name the lists hold after a word that may be a surname
    ['Wing Ivrel Tellwick said so.', 'Wing Ivrel Tellwick'],
  ])('kept whole: %s', (text, name) => {
    expect(first(text).name).toBe(name);
  });
});

describe('a speaker phrase read as its mention reads it', () => {
  it.each<[string, string]>([
    ['She starred in many films. Agent Peter Tellwick said: "She was a lovely client to work with."', 'Peter Tellwick'],
    [
      'Tempers rose in the party. Backbencher Peter Tellwick said some members had vowed to "stop this nonsense now".',
      'Peter Tellwick',
    ],
  ])('%s', (body, name) => {
    expect(names(body)).toEqual([name]);
  });
});

describe('an outlet’s possessive before a name', () => {
  it.each<[string, string]>([
    ['It was a long talk with Harbour News Live’s Ivrel Tellwick about the show.', 'Ivrel Tellwick'],
    ['The cut was needed, said ABS’ Ivrel Tellwick on Monday.', 'Ivrel Tellwick'],
  ])('%s', (text, name) => {
    expect(findMentions(text, []).mentions.some((m) => m.name === name)).toBe(true);
  });

  it('keeps a thing named after a one-word possessor whole', () => {
    expect(findMentions('Then Acme’s Harbour Bridge fell.', []).mentions.map((m) => m.name)).toContain(
      'Acme’s Harbour Bridge',
    );
  });
});

describe('a work’s title with capitalised small words inside', () => {
  it.each<[string, string | null]>([
    ['Do The Harbour Thing', 'other'],
    ['Stars In Their Eyes', 'other'],
    ['Back To The Harbour', 'other'],
    // an initial is no small word
    ['Peter A Tellwick', 'person'],
  ])('%s', (name, type) => {
    expect(typeByName(name)).toBe(type);
  });

  it('leaves a body’s name with a small word written in lower case alone', () => {
    expect(typeByName('Save the Harbour')).not.toBe('other');
  });

  it('is no pronoun’s antecedent', () => {
    expect(
      names(
        'He made films including Harbour Fever, Do The Harbour Thing and Kestrel Days. Ann Tellwick recalled the eulogy. "Harbour has come to bid farewell," she said.',
      ),
    ).toEqual(['Ann Tellwick']);
  });
});

describe('a seat’s holder before the cue', () => {
  it.each<[string, string]>([
    [
      'Peter Tellwick MP criticised the plan on Sunday. "What sort of model is that?" the Labour MP for Harbourton asked.',
      'Peter Tellwick',
    ],
    [
      'Mr Tellwick said the campaign had begun. The MP for Harbourton and Kestrel said the leader had been "trying very hard".',
      'Tellwick',
    ],
  ])('%s', (body, name) => {
    expect(names(body)).toEqual([name]);
  });
});

describe('a nickname in quotation marks between a given name and a surname', () => {
  it.each<[string, string]>([
    ['Peter "Kes" Tellwick of Harbourton carried a photo. "I cried the whole parade," he said.', 'Peter Tellwick'],
    ['Mary “Moll” Tellwick held a sign. "We came early," she said.', 'Mary Tellwick'],
  ])('%s', (body, name) => {
    expect(names(body)).toEqual([name]);
  });

  it('is one mention, from the given name to the surname', () => {
    const text = 'Peter "Kes" Tellwick spoke.';
    expect(findMentions(text, []).mentions[0]).toMatchObject({ start: 0, end: 20, name: 'Peter Tellwick' });
  });
});

describe('a run opening with a preposition', () => {
  it.each<[string]>([['On Tellwick'], ['About Harbour Town']])('%s is no one', (name) => {
    expect(typeByName(name)).toBe('other');
  });
});
