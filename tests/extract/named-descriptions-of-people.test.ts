import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const speakers = (text: string) => extractQuotes(underHeadline(text)).map((q) => q.attribution.name);

describe('an age or a nationality standing for the person named before is a description of that person', () => {
  it.each<[string, Array<string | null>]>([
    ['Jo Marr won the race on Sunday. The 45-year-old said: "It was the best day of my life."', ['Jo Marr']],
    ['Jo Marr won the race. "It was hard," said the 30-year-old.', ['Jo Marr']],
    ['Jo Marr won the race. "It was hard," the 30-year-old told Harbour Radio.', ['Jo Marr']],
    ['Jo Marr won the race. "It was hard," said the 30-year-old striker.', ['Jo Marr']],
    ['Pierre Lamont won the race on Sunday. The Frenchman added: "It was the best day of my life."', ['Pierre Lamont']],
    ['Andy Kerr lost in Paris. "It was hard," said the American.', ['Andy Kerr']],
    ['Andy Kerr lost in Paris. After the match, the Texan said: "It was hard."', ['Andy Kerr']],
    // a person named since the latest speaker: the age may be hers, not his
    [
      '"We ran well," said Jo Marr. It was the fifth record of the year for Ann Roe. "I am thrilled," the 22-year-old said.',
      ['Jo Marr', null],
    ],
    // a photo credit (`Jo Marr via Harbour Images.`) has no verb: its name is no subject for the age
    ['Ann Roe posted the clip.\n\nJo Marr via Harbour Images.\n\n"What if we tried?" the 43-year-old asked.', [null]],
    // the latest speaker, no one else named since
    [
      '"We ran well," said Jo Marr. The team won the cup. "I am thrilled," the 22-year-old said.',
      ['Jo Marr', 'Jo Marr'],
    ],
    // `the Moroccan` is the subject's description, not a name
    ['But the Moroccan, who is retiring, has not decided. "I may run," said the 30-year-old.', [null]],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});

describe('an office with what it is of, or a seat, is a description of the person given those words before', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Jo Lee, the former secretary of state, spoke. Ann Roe agreed. "We must act now," the former secretary of state said.',
      ['Jo Lee'],
    ],
    [
      'Party secretary Bob Marr spoke. Ann Roe, the secretary of state, agreed. "We must act now," the secretary of state said.',
      ['Ann Roe'],
    ],
    // the seat's holder, not the place
    ['Jo Lee, the Ealing North MP, spoke. Ann Roe agreed. "We must act now," said the Ealing North MP.', ['Jo Lee']],
    ['Jo Lee, the Salford MP, spoke out. The Salford MP told Harbour Radio: "We must act now."', ['Jo Lee']],
    ['The board met. "We must act now," the chairman of the board said.', [null]],
    // another seat's MP is someone else
    [
      'Jo Lee is to stand against Labour MP Ann Roe. Mr Lee said he would run. The Glasgow Kelvin MP accused Ms Roe of being a "stooge".',
      ['Jo Lee'],
    ],
    // a seat's holder is a person, never a place named before
    [
      'Jo Lee, who on Monday won damages from the Harbour Herald said he would contest Eastmere Vale, in Kent, for Respect. The Westford MP accused Ms Roe of being a "stooge".',
      [null],
    ],
    // a description closing the sentence keeps its role words whole
    [
      'Harbour coach Jo Lee was pleased. Ann Roe left. "We will go there with fear," said the Harbour coach.',
      ['Jo Lee'],
    ],
    // an age before a name is the name's description
    ['Tom Rix is unhappy. "I may leave," admitted the 28-year-old Rix.', ['Tom Rix']],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});
