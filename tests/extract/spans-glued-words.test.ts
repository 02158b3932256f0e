import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { fullNamesInText } from '../../src/speakers/names.js';
import { underHeadline } from './article.js';

const speakers = (text: string) => extractQuotes(underHeadline(text)).map((q) => q.attribution.name);

describe('a title written after a name is no part of it', () => {
  it.each<[string, Array<string | null>]>([
    ['Prosecutor Jo Lee QC said: "The evidence is clear to everyone."', ['Jo Lee']],
    ['"The evidence is clear to everyone," said Jo Lee MP.', ['Jo Lee']],
    ['Jo Lee OBE, the trust chair, said: "The evidence is clear to everyone."', ['Jo Lee']],
    // the surname alone later finds the full name
    ['Prosecutor Jo Lee QC opened the case. "The evidence is clear to everyone," Lee said.', ['Jo Lee']],
  ])('%s → %s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });

  it.each(['Tory', 'Labour', 'Welsh'])('a description `%s MP` is not cut to the party or nationality', (word) => {
    expect(speakers(`A senior ${word} MP said: "The evidence is clear to everyone."`)).not.toContain(word);
  });

  it('keeps the confidence of a name named next to its cue', () => {
    const [plain] = extractQuotes(underHeadline('Prosecutor Jo Lee said: "The evidence is clear to everyone."'));
    const [titled] = extractQuotes(underHeadline('Prosecutor Jo Lee QC said: "The evidence is clear to everyone."'));
    expect(titled!.attribution.confidence).toBe(plain!.attribution.confidence);
  });
});

describe('an age before a one-word name is no given name', () => {
  it.each<[string, string, string[]]>([
    ['Fourteen-year-old Ana, on the deck, said "everyone started to shout".', 'Ana', []],
    ['Well-known Lee spoke first.', 'Lee', []],
    ['Ana Lee spoke first.', 'Lee', ['Ana Lee']],
    ['Jean-Paul Lee spoke first.', 'Lee', ['Jean-Paul Lee']],
  ])('%s, %s → %s', (text, surname, full) => {
    expect(fullNamesInText(text, surname).map((p) => p.display)).toEqual(full);
  });
});
