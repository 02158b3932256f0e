import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const speakers = (text: string) => extractQuotes(underHeadline(text)).map((q) => q.attribution.name);

describe('a `she` after a sentence naming a person only as an object: the person talked about before', () => {
  it.each<[string, Array<string | null>]>([
    // the name after `to` and a possessor is the object of a preposition, not the sentence's focus
    [
      'Ida Marr lost in Lund. The previous day, the champion went down 6-2 to France\'s Ann Roe.\n\n"I have to be positive," she said.',
      ['Ida Marr'],
    ],
    [
      'Ida Marr lost in Lund. The previous day, the champion went down 6-2 to Ann Roe.\n\n"I have to be positive," she said.',
      ['Ida Marr'],
    ],
    // a possessor opening the sentence leaves its person the subject
    [
      'Ida Marr lost in Lund. On Monday, France\'s Ann Roe won easily.\n\n"I have to be positive," she said.',
      ['Ann Roe'],
    ],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});
