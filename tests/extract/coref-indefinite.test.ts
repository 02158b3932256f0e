import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

/**
 * `A teacher at the school has seen …. "…," she said`: a sentence whose subject is an indefinite description of a
 * person brings in someone new and unnamed; the pronoun after it stands for that person, not for the person quoted
 * before (issue #11, class 6: a pronoun resolved to someone only mentioned or spoken of long before).
 */
describe('a pronoun after a sentence led by an indefinite description of a person is that unnamed person', () => {
  it.each<[string, string, Array<string | null>]>([
    [
      'the description with a phrase after its noun',
      '"It is hard," said Ann Roe, the mayor.\n\nA teacher at the school has seen the queues grow since the spring. "We are full every night," she said.',
      ['Ann Roe', null],
    ],
    [
      'after a fronted adverb and its comma',
      '"It is hard," said Ann Roe, the mayor.\n\nLater, a resident wrote to the council about the noise. "Nobody listens to us," she said.',
      ['Ann Roe', null],
    ],
    [
      'a noun of the other gender is no antecedent',
      '"It is hard," said Ann Roe, the mayor.\n\nA man who lives near the school has complained for months. "We are full every night," she said.',
      ['Ann Roe', 'Ann Roe'],
    ],
    [
      'an indefinite description that is no subject (an object) changes nothing',
      '"It is hard," said Ann Roe, the mayor.\n\nShe met a teacher at the school. "We are full every night," she said.',
      ['Ann Roe', 'Ann Roe'],
    ],
    [
      'a name in commas after the description is who it is',
      '"It is hard," said Ann Roe, the mayor.\n\nOne local woman, Kay Dunn, pulled the mayor aside after the event. "I am so glad you came," she told her.',
      ['Ann Roe', 'Kay Dunn'],
    ],
    [
      'a description that asks someone is the questioner: the one asked replies',
      '"It is hard," said Ann Roe, the mayor.\n\nA reporter asked Jo Lee how she felt on the day. She replied: "The bigger the turnout, the better I feel."',
      ['Ann Roe', 'Jo Lee'],
    ],
    [
      'a person named after the description is the latest brought in (often the same person, named)',
      'A young man is selling advertising space on his forehead.\n\nTom Hale, from a small town, said he would wear a logo for a month. "I am selling something I already own," he said.',
      ['Tom Hale'],
    ],
  ])('%s', (_name, body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});
