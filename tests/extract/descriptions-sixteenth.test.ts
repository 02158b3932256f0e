import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { isSubjectAt } from '../../src/extract/subjects.js';
import { underHeadline } from './article.js';

const speakers = (text: string) => extractQuotes(underHeadline(text)).map((q) => q.attribution.name);

describe('`the newspaper said`: only a publication the article names, never the body it reports on', () => {
  it.each<[string, Array<string | null>]>([
    // an unnamed paper quoting a firm's chief is not that firm
    [
      'Quayco has argued that it must save money. Its staff "could move abroad", the newspaper reported. "We will look at every option," said Quayco\'s Jo Lee.',
      [null, 'Jo Lee'],
    ],
    // a paper named by its last word is the one
    [
      'Earlier this week, the local Harbour News said the minister had "caused uproar". The newspaper said many women found it "a pitiful excuse".',
      ['Harbour News', 'Harbour News'],
    ],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});

describe('`the group said`: not a paper that reported on it, nor people written in initials', () => {
  it.each<[string, Array<string | null>]>([
    // the paper that reported is no `group`
    [
      'Organisers "added 160 guards at the gates", the Harbour Sun-Times reported. Quayco Alliance withdrew from the event. "We could not be safe," the group said in a statement.',
      ['Harbour Sun-Times', 'Quayco Alliance'],
    ],
    // `MPs said` speaks for people, not for the committee
    [
      'A committee of MPs has warned about the bill. The MPs said they were "concerned". "The bill is weak," the committee added.',
      ['MPs', null],
    ],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});

describe('`the firm said`: a word capitalised only where it opens a sentence names no body', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Sloppy wording of the bill could hurt anglers, the committee said. "The bill is weak," the committee added.',
      [null],
    ],
    // a body's name written inside a sentence too is one
    ['Quayco posted a loss. Shares in Quayco fell. "Trading was hard," the company said.', ['Quayco']],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});

describe('`said the firm` after `Quayco says its new Harbourguard technology`: the firm that spoke, not its product', () => {
  it.each<[string, Array<string | null>]>([
    [
      'The market is enormous. Quayco says its new Harbourguard technology will thwart most programs. "It is designed to reduce copying," said the firm.',
      ['Quayco'],
    ],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});

describe('a name after a possessive determiner is no subject', () => {
  it.each<[string, string, boolean]>([
    ['Quayco says its new Harbourguard technology will stop most copying.', 'Harbourguard', false],
    ['Their Kestrel fleet is grounded.', 'Kestrel', false],
    ['Harbourguard will stop most copying, Quayco says.', 'Harbourguard', true],
    // a role between the determiner and the name: the person is the subject
    ['Its chief executive Jo Lee said the plan was sound.', 'Jo Lee', true],
  ])('%s', (text, name, subject) => {
    const start = text.indexOf(name);
    expect(isSubjectAt(text, start, start + name.length, 0)).toBe(subject);
  });
});

describe('`the report said` with no author given: the body that spoke just before', () => {
  it.each<[string, Array<string | null>]>([
    [
      'The Harbour Trust said fraud was falling. It said states must do more. The report said: "States still fail to report fraud."',
      ['Harbour Trust'],
    ],
    // a person spoke last: the report is not that person's
    ['Jo Lee said fraud was falling. The report said: "States still fail to report fraud."', [null]],
    // a report brought in unnamed since (`A report`, at a sentence's start too) is someone else's
    [
      'The Harbour Trust said fraud was falling. A report by analysts says states must do more. The report said: "States still fail to report fraud."',
      [null],
    ],
    // a person spoke after the body
    [
      'The Harbour Trust said fraud was falling. Ann Roe said states must do more. The report said: "States still fail to report fraud."',
      [null],
    ],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});
