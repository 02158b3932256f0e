import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

/**
 * Issue #11, class 6: pronouns resolved to a person only mentioned, or past the person the nearest sentence is about.
 * Each case: the article body, then the speakers of its quotations in order.
 */
describe('`One of the <people>` leading a sentence brings in someone unnamed, whom the next `she` stands for', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Judge Ann Roe said the men had shown "no respect for anyone". One of the victims decided to speak in public. She said she wanted others to know "there is no shame in it".',
      ['Ann Roe', null],
    ],
    [
      'Jo Lee, the mayor, called the scheme "a success". One of the residents later wrote to the council. "Nobody asked us," he said.',
      ['Jo Lee', null],
    ],
    // (a thing's plural is no person: `One of the reports` leaves the mayor)
    [
      'Jo Lee, the mayor, called the scheme "a success". One of the reports found costs had doubled. "We will look at it," he said.',
      ['Jo Lee', 'Jo Lee'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe("a name the article writes as a place's or an event's modifier (`the Marwick Dale families`) is no person a pronoun stands for", () => {
  it.each<[string, Array<string | null>]>([
    [
      'Senator Jo Lee met the Marwick Dale families on Monday. "They deserve answers," he said.\n\nIn that sense, Marwick Dale was not only a tragedy but a summons. "This was different," he added.',
      ['Jo Lee', 'Jo Lee'],
    ],
    // (`the Varga case` is a person's too: a name modifying a noun that is no place's or event's stays a person)
    [
      'Ann Roe said the fine was "far too light". Varga pleaded guilty in 2012 and paid a fine. Varga was clearly trying to buy influence; he had said of officials, "They are always for you."\n\nShe had not heard of the Varga case before.',
      ['Ann Roe', 'Varga'],
    ],
    // (a name written with a gender is a person, whatever else it modifies: `the Hale campaign`, `Mr Hale`)
    [
      'Jo Lee spoke first. The Hale campaign answered on Monday.\n\nMr Hale rejected the claim. "It is false," he said.',
      ['Tom Hale'.replace('Tom ', '')],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('a one-word name leading the sentence right before `"…," he said` is who he is', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Lindqvist admitted his pick was about the vote, as did Marsden. "With an eye on March," he said.\n\nMarsden dodged the question and made no choice. "It will be one of the two," he said.',
      ['Lindqvist', 'Marsden'],
    ],
    // (a common word opening the sentence is no name: `Coal miners are` when the article writes `coal`)
    [
      'Lindqvist admitted his pick was about the vote. "With an eye on March," he said.\n\nCoal miners are still angry about the coal plan. "It will be one of the two," he said.',
      ['Lindqvist', 'Lindqvist'],
    ],
    // (a sentence that names someone else besides is about that person: `…, said Mr Hale`)
    [
      'Lindqvist admitted his pick was about the vote. "With an eye on March," he said.\n\nTidewave did not want to use e-mail to fight back, said Mr Hale, as Tidewave had done before. "That would be one bad thing for another," he said.',
      ['Lindqvist', 'Hale'],
    ],
    // (a place the gazetteers know is no person: the speaker before stays)
    [
      'Lindqvist admitted his pick was about the vote, as did Marsden. "With an eye on March," he said.\n\nOhio voted for the plan in the end. "It will be one of the two," he said.',
      ['Lindqvist', 'Lindqvist'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});
