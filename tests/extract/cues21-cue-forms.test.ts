import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const speakers = (body: string) => extractQuotes(underHeadline(body)).map((q) => q.attribution.name);

/** A paragraph naming a speaker first, so that a quotation with no speaker of its own could fall back to her. */
const LEAD = 'Jo Lee runs the ferry. "We are proud of the crew," Lee said.\n\n';

describe('people of a kind inside a paragraph speak unnamed, not the place after them', () => {
  it.each([
    'The ferry sank on Monday. Police in Harbourtown said: "The driver was speeding badly."',
    'The ferry sank on Monday. Police in New Harbour said the driver was "speeding badly".',
    'The ferry sank on Monday. Officials in Harbourtown said: "The driver was speeding badly."',
  ])('%s', (sentence) => {
    expect(speakers(LEAD + sentence)).toEqual(['Jo Lee', null]);
  });
});

describe('an indefinite description closing in a place, then one capitalised word in commas: the place, not a name', () => {
  it.each([
    'Ann Roe held a meeting on Monday, after a woman in Dale, Wessex, told her she is "too nice" to win.',
    'The ferry sank on Monday. A teacher from Dale, Wessex, said: "The driver was speeding badly."',
    'The ferry sank on Monday. One voter in Eastmarch, Kestria, said the driver was "speeding badly".',
  ])('%s', (sentence) => {
    expect(speakers(LEAD + sentence)).toEqual(['Jo Lee', null]);
  });

  // a full name in the commas still speaks
  it.each<[string, string]>([
    ['The ferry sank on Monday. A lawyer in Dale, Tom Hale, said: "The driver was speeding badly."', 'Tom Hale'],
    ['The ferry sank on Monday. The mayor of Dale, Tom Hale, said: "The driver was speeding badly."', 'Tom Hale'],
  ])('%s', (sentence, name) => {
    expect(speakers(LEAD + sentence)).toEqual(['Jo Lee', name]);
  });
});

describe('`called` naming a thing after an indefinite description is no cue', () => {
  it.each([
    '“Two rich men started a fund and they are advertising against me,” Ann Roe said, referencing a campaign group called Harbour45 funded by Tom Hale and Kim Park. “So they clearly think I will win.”',
  ])('%s', (sentence) => {
    expect(speakers(`The vote is on Friday.\n\n${sentence} Those men are not alone.`)).toEqual(['Ann Roe', 'Ann Roe']);
  });

  // `called` after a clause's subject is still a cue of naming something in speech
  it.each<[string, string]>([
    ['The vote is on Friday. A day after Tom Hale called the plan a "disgrace", the vote was held.', 'Tom Hale'],
    ['The vote is on Friday. Ann Roe called the plan "a disgrace".', 'Ann Roe'],
  ])('%s', (sentence, name) => {
    expect(speakers(sentence)).toEqual([name]);
  });
});

describe('a statement given out or a named response before a colon speaks', () => {
  it.each<[string, string]>([
    [
      'The vote is on Friday. When Tom Hale died in 1998, Mayor Ann Roe released the following statement:\n\n"We offer our condolences to the family of Tom Hale. He was a good man."\n\nThe weather was cold.',
      'Ann Roe',
    ],
    [
      'The vote is on Friday. After the storm, Ann Roe issued a brief statement to reporters: "We regret the delay."',
      'Ann Roe',
    ],
    [
      'Tom Hale was asked about the bridge by a reporter on Monday. Ann Roe’s response was: “Is the bridge closed?” The Old Mill is a shop in town, which, according to Kim Park, sells ropes.',
      'Ann Roe',
    ],
  ])('%s', (sentence, name) => {
    expect(speakers(sentence)).toEqual([name]);
  });

  // a possessive pronoun's response: the one the pronoun stands for
  it.each<[string, string]>([
    ['Tom Hale wrote to the board. His reply was: "We will not answer any letter before the vote."', 'Tom Hale'],
    [
      'Ann Roe spoke after the vote. Her message to the council was: "Do not spend it on anything but the ferry."',
      'Ann Roe',
    ],
  ])('%s', (sentence, name) => {
    expect(speakers(sentence)).toEqual([name]);
  });

  // an unnamed response names no one here
  it.each([
    'The vote is on Friday. Tom Hale wrote to the board. The response was: "We will not answer any letter before the vote."',
  ])('%s', (sentence) => {
    expect(speakers(sentence)).toEqual([null]);
  });
});

describe('`according to` past another clause after a quotation closing its sentence is that clause’s source', () => {
  it.each<[string, string | null]>([
    [
      'The vote is on Friday. Ann Roe said: "The bridge is closed." Traffic went to the ring road, according to Kim Park.',
      'Ann Roe',
    ],
    ['The vote is on Friday. "The bridge is closed." Traffic went to the ring road, according to Kim Park.', null],
    // right after the quotation it is the source
    ['The vote is on Friday. "The bridge is closed," according to Kim Park.', 'Kim Park'],
  ])('%s', (sentence, name) => {
    expect(speakers(sentence)).toEqual([name]);
  });
});

describe('a base speech verb after a modal or an eager `to` is a cue', () => {
  it.each<[string, string[]]>([
    [
      'The vote is on Friday. Ann Roe was quick to point out: "The bridge is not finished." Tom Hale could only quip: "It never will be."',
      ['Ann Roe', 'Tom Hale'],
    ],
    ['The vote is on Friday. Ann Roe would later add: "The bridge is not finished."', ['Ann Roe']],
    ['The vote is on Friday. "The bridge is not finished," Ann Roe would later add.', ['Ann Roe']],
    ['The vote is on Friday. Ann Roe was keen to note that the bridge was "not finished".', ['Ann Roe']],
  ])('%s', (sentence, names) => {
    expect(speakers(sentence)).toEqual(names);
  });
});

describe('a later cue and its colon introduce the next quotation, not the one closing its sentence', () => {
  it.each<[string, Array<string | null>]>([
    [
      'The vote is on Friday. The hall was full. "The bridge is not finished." Tom Hale quipped: "It never will be."',
      [null, 'Tom Hale'],
    ],
    // a cue of going on (`added`) is the same speaker's: it still speaks for the quotation before
    [
      'The vote is on Friday. Tom Hale spoke after the vote. His message was plain. "Do not spend it." Tom Hale added: "It is for the ferry."',
      ['Tom Hale', 'Tom Hale'],
    ],
    // a cue with no colon after it may still close the first quotation's attribution
    ['The vote is on Friday. "The bridge is not finished," Tom Hale said as he left.', ['Tom Hale']],
  ])('%s', (sentence, names) => {
    expect(speakers(sentence)).toEqual(names);
  });
});
