import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const speakers = (body: string) => extractQuotes(underHeadline(body)).map((q) => q.attribution.name);

/** A paragraph naming a speaker first, so that a quotation with no speaker of its own could fall back to her. */
const LEAD = 'Jo Lee runs the ferry. "We are proud of the crew," Lee said.\n\n';

describe('people of a kind speak unnamed: not the place after them, nor the speaker before', () => {
  it.each([
    // after the quotation, the group closing the clause before its cue
    '"The driver was speeding badly," police said.',
    '"The driver was speeding badly," the police said.',
    '"The driver was speeding badly," officials said on Monday.',
    '"The driver was speeding badly," local officials told reporters.',
    '"The driver was speeding badly," Kenyan police said.',
    '"The driver was speeding badly," the Harbourtown police said.',
    '"The driver was speeding badly," authorities in Ohio said.',
    '"The driver was speeding badly," police in Harbourtown said.',
    // an inverted cue, the group after it
    '"The driver was speeding badly," said police in Harbourtown.',
    '"The driver was speeding badly," said local residents.',
    // before the quotation: the place after the group is no speaker
    'Prosecutors in Harbourtown said the driver was "speeding badly at the time".',
    'Residents in Harbourtown said the ferry was "always late".',
    'Police in Greater Manchester said: "The driver was speeding badly."',
    'But police said the driver was "speeding badly at the time".',
  ])('%s', (sentence) => {
    expect(speakers(LEAD + sentence)).toEqual(['Jo Lee', null]);
  });

  // a body's name that ends in a group noun still speaks, and so do names after a group noun as a descriptor
  it.each<[string, string]>([
    ['"The driver was speeding badly," the Harbour Valley Police said.', 'Harbour Valley Police'],
    [
      'In a statement, the Harbour Valley Police (HVP) confirmed the arrest, stating "The boat was stolen from the marina."',
      'Harbour Valley Police',
    ],
    ['"The driver was speeding badly," police spokesman Tom Bell said.', 'Tom Bell'],
    ['"The driver was speeding badly," said police spokesman Tom Bell.', 'Tom Bell'],
    ['"The driver was speeding badly," Ann Roe told police in Harbourtown.', 'Ann Roe'],
  ])('%s', (sentence, name) => {
    expect(speakers(LEAD + sentence)).toEqual(['Jo Lee', name]);
  });
});

describe('a cue of telling right before the quotation, past its short object, speaks for it', () => {
  it.each([
    'Prosecutors say that he told one agent, "I would tell him to stop."',
    'Prosecutors say he told one agent: "I would tell him to stop."',
    'Prosecutors said that Lee told reporters, "I would tell him to stop."',
  ])('%s', (sentence) => {
    expect(speakers(`Jo Lee was jailed on Monday. "This must stop," Judge Ann Roe said.\n\n${sentence}`)).toEqual([
      'Ann Roe',
      'Jo Lee',
    ]);
  });
});

describe('a cue inside an adverbial clause of time or cause speaks for the quotation in its own clause', () => {
  it.each<[string, string]>([
    [
      'Tom Bell wrote a note after Ann Roe argued for the second time that "everyone who voted for it saved the ferry."',
      'Ann Roe',
    ],
    ['Tom Bell weighed in on Tuesday, hours after Ann Roe said she was "encouraged" by the plan.', 'Ann Roe'],
    ['Tom Bell complained when Ann Roe called the plan "a disgrace to the harbour".', 'Ann Roe'],
    ['Tom Bell insists he has done no deals while Ann Roe says she will not let "gossip" distract her.', 'Ann Roe'],
    // the main clause keeps its words: the adverbial clause closes at a comma, or opens a `that` clause of the cue
    ['Tom Bell said after Ann Roe spoke, "We must act now on the harbour."', 'Tom Bell'],
    ['Tom Bell said that once the council goes on recess, "I intend to do as much as I can."', 'Tom Bell'],
    ['Tom Bell said when asked about the plan that it was "a disgrace to the harbour".', 'Tom Bell'],
  ])('%s', (sentence, name) => {
    expect(speakers(`Jo Lee spoke on Monday.\n\n${sentence}`)).toEqual([name]);
  });
});

describe('a coordinated clause with a person of its own as subject holds the quotation', () => {
  it.each<[string, string]>([
    [
      'Tom Bell won the harbour seat easily, while Ann Roe won a strong victory that led her to declare the race "over".',
      'Ann Roe',
    ],
    [
      'Tom Bell proposed a harbour debate on Monday, but Ann Roe rejected the idea as "ludicrous" on Tuesday.',
      'Ann Roe',
    ],
    // a pronoun may be the same person, and a clause with no person keeps the subject before
    ['Tom Bell proposed a harbour debate on Monday, but he rejected the idea as "ludicrous" on Tuesday.', 'Tom Bell'],
    ['Tom Bell has toured the harbour towns, and the coast has some "very fine ports" to see.', 'Tom Bell'],
  ])('%s', (sentence, name) => {
    expect(speakers(`Jo Lee spoke on Monday.\n\n${sentence}`)).toEqual([name]);
  });
});

describe('after the quotation, the subject of a passive of `quote` spoke the words', () => {
  it.each<[string, Array<string | null>]>([
    ['"The plan is dead in the water," Ann Roe was quoted by the Harbour Ledger.', ['Jo Lee', 'Ann Roe']],
    ['"The plan is dead in the water," Ann Roe was widely quoted.', ['Jo Lee', 'Ann Roe']],
    [
      '"The plan is dead in the water," Ann Roe was quoted by the Harbour Ledger. "We will not back it."',
      ['Jo Lee', 'Ann Roe', 'Ann Roe'],
    ],
    // an unnamed source the outlet quotes names nobody, and the outlet is no speaker
    ['"The plan is dead in the water," a source was quoted by the Harbour Ledger.', ['Jo Lee', null]],
  ])('%s', (sentence, names) => {
    expect(speakers(LEAD + sentence)).toEqual(names);
  });
});
