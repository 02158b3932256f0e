import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { article } from './article.js';

const speakersOf = (text: string) => extractQuotes(article(text)).map((q) => q.attribution.name);

describe('after a quotation that ends its sentence, a sentence running on into its own quotation attributes that one only', () => {
  it.each<[string, Array<string | null>]>([
    [
      'The debate was tense.\n\nIlse Rand said the plan "would sink the port." Tom Besk called Rand a "reckless gambler." Ola Brandt said Besk "never reads the reports."',
      ['Ilse Rand', 'Tom Besk', 'Ola Brandt'],
    ],
    [
      'The debate was tense.\n\nOne member, Dana Fenn, wrote of the mayor: "She has lost the town." Leo Marsh posted: "She has not."',
      ['Dana Fenn', 'Leo Marsh'],
    ],
  ])('%s', (text, names) => {
    expect(speakersOf(text)).toEqual(names);
  });
  it('a short attribution sentence of its own still belongs to the quotation before: "We won." Ilse Rand said.', () => {
    expect(speakersOf('The debate was tense.\n\n"We won." Ilse Rand said. "Now we rebuild."')).toEqual([
      'Ilse Rand',
      'Ilse Rand',
    ]);
  });
});

describe('present-tense speech verbs invert like past ones: `"…," agrees Jo Lee`', () => {
  it.each<[string, string]>([
    [
      'The debate was tense.\n\nTom Besk spoke first.\n\n"Our ideas of success differ," agrees Ilse Rand, 30, of Dover.',
      'Ilse Rand',
    ],
    ['The debate was tense.\n\nTom Besk spoke first.\n\n"It was a mistake," concedes Leo Marsh.', 'Leo Marsh'],
  ])('%s', (text, name) => {
    expect(speakersOf(text).slice(-1)).toEqual([name]);
  });
});
