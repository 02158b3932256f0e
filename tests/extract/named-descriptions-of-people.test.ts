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
    // the latest speaker, no one else named since
    ['"We ran well," said Jo Marr. The team won the cup. "I am thrilled," the 22-year-old said.', ['Jo Marr', 'Jo Marr']],
    // `the Moroccan` is the subject's description, not a name
    ['But the Moroccan, who is retiring, has not decided. "I may run," said the 30-year-old.', [null]],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});
