import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

describe('he/she: a one-word name the article has speak is a person', () => {
  it.each<[string, string[]]>([
    [
      '"We lost," Varga said on Monday.\n\nVarga shrugged off the question of his rivals.\n\n"We will be back," he said.',
      ['Varga', 'Varga'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('he/she: the honorific of the mention decides its gender', () => {
  it.each<[string, string[]]>([
    ['Ann Lee watched. Mr. Holt spoke first. Then Mrs. Holt stood up. "We are ready," she said.', ['Holt']],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('he/she: organisations and furniture are not people', () => {
  it.each<[string, string[]]>([
    ['Jon Reyes spoke to students at Greenfield College.\n\n"It was a hard year," he said.', ['Jon Reyes']],
    ['Jon Reyes was once chairman of the Council of Rural Advisers.\n\n"It was a hard year," he said.', ['Jon Reyes']],
    ['Jon Reyes left the meeting.\n\nFULL TEXT.\n\n"It was a hard year," he said.', ['Jon Reyes']],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('a cue after a closed complement clause is the main clause, not embedded', () => {
  it.each<[string, string[]]>([
    [
      'After Ann Ortiz argued that the tax should be cut, Tom Baker said only that her "sums do not add up."',
      ['Tom Baker'],
    ],
    [
      'Ann Ortiz suggested that the plan would fail, while Tom Baker said that the "risks are too high" for the town.',
      ['Tom Baker'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('participles: coordinated ones share a subject; a name after "to" is an object', () => {
  it.each<[string, string[]]>([
    [
      'Critics were quick to react, with Ann Ortiz tweeting that it was a "mess" and asking, "Who will pay for this?"',
      ['Ann Ortiz', 'Ann Ortiz'],
    ],
    [
      'Mayor Tom Baker wrote a letter to Governor Ann Ortiz asking the state to investigate the "fiasco."',
      ['Tom Baker'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('a quotation later in the paragraph of an attributed one continues its speaker', () => {
  it.each<[string, string[]]>([
    [
      '"Many laws are broad," Ann Ortiz added. But that is not the same thing as "properly chargeable under the law."',
      ['Ann Ortiz', 'Ann Ortiz'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('he/she: the speaker of a main-clause cue, with a place or a relative clause between', () => {
  it.each<[string, string[]]>([
    [
      'Ann Ortiz spoke first.\n\nThe plan was backed by Tom Baker of Ohio, a party ally, who said the cost was fair.\n\n"It will work," he said.',
      ['Tom Baker'],
    ],
    [
      'Tom Baker and Jon Reyes met.\n\nBaker also did not sound sure when Reyes asked whether the party would hold the seat.\n\n"It is gonna be hard," he said.',
      ['Tom Baker'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('a source named before an introducing colon, without a speech verb', () => {
  it.each<[string, string[]]>([
    ['Aides say the governor plans to help. From Jane Doe\'s Facebook post: "We must move on."', ['Jane Doe']],
    ['Jane Doe\'s statement read: "We must move on."', ['Jane Doe']],
    [
      'Signs were there all along - More from Ann Lee and Tom Baker: "Data collected by our firm helps."',
      ['Tom Baker'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});
