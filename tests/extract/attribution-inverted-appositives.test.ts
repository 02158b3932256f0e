import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { article } from './article.js';

const speakersOf = (text: string) => extractQuotes(article(text)).map((q) => q.attribution.name);

describe('`said <description>, <Name>`: the name in apposition speaks', () => {
  it.each<[string, string]>([
    ['The council met late.\n\n"We are worried," said another resident, Mara Quist.', 'Mara Quist'],
    [
      'The council met late.\n\n"The pier is unsafe," wrote the harbour master at the time, Olav K. Brenn.',
      'Olav K. Brenn',
    ],
    ['The council met late.\n\n"We found no fault," said the agency\'s director, Ines Varga, on Monday.', 'Ines Varga'],
    [
      'The council met late.\n\n"We found no fault," said Tolley\'s deputy campaign manager, Ruth Aske, who ran the count.',
      'Ruth Aske',
    ],
  ])('%s', (text, name) => {
    expect(speakersOf(text)).toEqual([name]);
  });
});

describe('`said <descriptors> <Name>`: titles with digits and coordinated titles before the name', () => {
  it.each<[string, string]>([
    ['The council met late.\n\n"It was a large order," said K9 president Ola Brandt, who gave no price.', 'Ola Brandt'],
    ['The council met late.\n\n"It was a long tour," said Navy 2nd Lt. Dana Fenn.', 'Dana Fenn'],
    [
      'The council met late.\n\n"He has done it before," said former Ohio Gov. and party Chairman Leo Marsh. "He will again."',
      'Leo Marsh',
    ],
  ])('%s', (text, name) => {
    expect(speakersOf(text)[0]).toBe(name);
  });
});
