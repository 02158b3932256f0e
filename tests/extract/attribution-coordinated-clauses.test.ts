import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { article } from './article.js';

const speakersOf = (text: string) => extractQuotes(article(text)).map((q) => q.attribution.name);

describe('`, and <Name> said` closes the complement clause of an earlier cue', () => {
  it.each<[string, string]>([
    [
      'The Port Authority has been warning that it is short of cash, and Ms. Ilse Rand said the "stopgap steps" could not last.',
      'Ilse Rand',
    ],
    [
      'Harbour Council members argued that the fee was too high, and Tom Besk told reporters the plan was "dead on arrival".',
      'Tom Besk',
    ],
  ])('%s', (text, name) => {
    expect(speakersOf(`The vote was close.\n\n${text}`)).toEqual([name]);
  });
  it('a cue inside the complement, with no new subject, stays embedded: Ann Lee said that officials warned of "chaos".', () => {
    expect(speakersOf('The vote was close.\n\nAnn Lee said that officials warned of "chaos".')).toEqual(['Ann Lee']);
  });
});
