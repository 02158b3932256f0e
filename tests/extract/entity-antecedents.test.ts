import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { article } from './article.js';

const speakersOf = (text: string): Array<string | null> =>
  extractQuotes(article(`Harbour plan\n\n${text}`)).map((q) => q.attribution.name);

describe('a pronoun never stands for a place or a time the entity layer types', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Tomas Ekvall spoke to the board on Monday. Saudi Arabia has hosted the talks since May. "We expect progress," he said.',
      ['Tomas Ekvall'],
    ],
    [
      'Ruth Ambrose flew in late. Costa Rica has offered to host the next round. "We are close," she said.',
      ['Ruth Ambrose'],
    ],
    ['The talks resumed. Costa Rica has offered to host the next round. "We are close," she said.', [null]],
  ])('%s', (text, names) => {
    expect(speakersOf(text)).toEqual(names);
  });
});

describe('a nationality or place before a document noun names no body', () => {
  it.each<[string, Array<string | null>]>([
    ['The ferry sank off the coast. "Rescue teams are on site," a German statement said.', [null]],
    ['The ferry sank off the coast. "Rescue teams are on site," a Harbour Trust statement said.', ['Harbour Trust']],
  ])('%s', (text, names) => {
    expect(speakersOf(text)).toEqual(names);
  });
});

describe('a description never resolves to a place, a time or a common word', () => {
  it.each<[string, Array<string | null>]>([
    // `the Mayor of Oslo` read as the title `Mayor of` and the name `Oslo`: the mayor is not the city
    [
      'Officials said the Mayor of Oslo would apologise on Tuesday.\n\n"I have nothing to add," the mayor said.',
      [null],
    ],
    [
      'Ruth Ambrose, the harbour minister, spoke to the board on Monday. "We are close," the minister said.',
      ['Ruth Ambrose'],
    ],
  ])('%s', (text, names) => {
    expect(speakersOf(text)).toEqual(names);
  });
});
