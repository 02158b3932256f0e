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
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});
