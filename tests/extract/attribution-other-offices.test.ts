import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const speakers = (text: string) => extractQuotes(underHeadline(text)).map((q) => q.attribution.name);

describe('`the chancellor` is not the shadow chancellor, nor the former president the vice president', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Jo Lee issued a rallying cry.\n\nThe chancellor said the cuts proposed by shadow chancellor Tom Roe were deep. "Never again," the chancellor said.',
      // (the person two sentences before is the one the description stands for: news leads with the name, then
      // the office; never the shadow chancellor)
      ['Jo Lee'],
    ],
    [
      'Former vice president Tom Roe spoke first. Ann Lee, a former president, spoke next. "We will win," the former president said.',
      ['Ann Lee'],
    ],
    // the description that says so names the other office's holder
    ['Shadow chancellor Tom Roe spoke on Monday. "Never again," the shadow chancellor said.', ['Tom Roe']],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});

describe('a `he` after a sentence led by a description: the person the description stands for', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Chancellor Jo Lee issued a rallying cry.\n\nThe chancellor said the cuts proposed by shadow chancellor Tom Roe were deep. Turning to the economy, the chancellor pledged to continue growth.\n\nHe said Labour had been transformed into "the only party trusted with the economy".',
      ['Jo Lee'],
    ],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});
