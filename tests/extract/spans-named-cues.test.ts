import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const speakers = (text: string) => extractQuotes(underHeadline(text)).map((q) => q.attribution.name);

describe('a full name before an unclosed appositive with a body possessive speaks', () => {
  it.each<[string, Array<string | null>]>([
    ['"The firm will grow next year," Ann Vell, Orbix\'s chief executive told the radio.', ['Ann Vell']],
    ['Ann Vell, Orbix\'s chief executive said: "The firm will grow next year."', ['Ann Vell']],
    // a name after an opening phrase is its object, not the subject
    ['After meeting Jo Lee, Orbix\'s chief executive said: "The firm will grow next year."', [null]],
    ['Responding to Jo Lee, Orbix\'s chief executive said: "The firm will grow next year."', [null]],
    ['On Monday, Orbix\'s chief executive said: "The firm will grow next year."', [null]],
  ])('%s → %s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});

describe('a cue word that is a plural noun after a preposition and a name is no cue', () => {
  it.each<[string, string]>([
    ['Jo Lee reflects this view in Harbour Weekly comments: "The pier must reopen soon."', 'Jo Lee'],
    ['Jo Lee repeated the point in Harbour Weekly remarks: "The pier must reopen soon."', 'Jo Lee'],
    // a time or a person's name after the preposition: the cue stands
    ['Back in March Jo Lee notes: "The pier must reopen soon."', 'Jo Lee'],
    ['On Monday Acme notes: "The pier must reopen soon."', 'Acme'],
    ['Writing in Harbour Weekly, Jo Lee notes: "The pier must reopen soon."', 'Jo Lee'],
    ['The pier is closed. Harbour Weekly comments: "The pier must reopen soon."', 'Harbour Weekly'],
  ])('%s → %s', (text, name) => {
    expect(speakers(text)).toEqual([name]);
  });
});
