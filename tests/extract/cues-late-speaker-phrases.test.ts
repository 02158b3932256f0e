import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { readSubjectLeft } from '../../src/extract/cues.js';
import { article } from './article.js';

const LEAD = 'The vote was close.\n\nTom Besk spoke first.\n\n';
const speakersOf = (text: string) => extractQuotes(article(LEAD + text)).map((q) => q.attribution.name);

describe('`the tabloid said`, `the daily reported`: a publication the article names speaks', () => {
  it.each<[string, string]>([
    [
      'The story ran in the Harbour Herald on Monday.\n\n"The town has lost its way," the tabloid reported.',
      'Harbour Herald',
    ],
    [
      'The story ran in the Harbour Herald on Monday.\n\n"The town has lost its way," the daily reported.',
      'Harbour Herald',
    ],
    [
      'The story ran in the Harbour Herald on Monday.\n\n"The town has lost its way," the weekly said.',
      'Harbour Herald',
    ],
  ])('%s', (text, name) => {
    expect(speakersOf(text)).toEqual([name]);
  });
  it('an -ly adverb between a name and its cue is still skipped: `Jo Lee briefly said`', () => {
    expect(speakersOf('"The town has lost its way," Ann Roe briefly said.')).toEqual(['Ann Roe']);
  });
});

describe('`a group called X said`: the name the description gives speaks', () => {
  it.each<[string, string]>([
    ['"The town has lost its way," a campaign group called Harbour45 said.', 'Harbour45'],
    ['A campaign group called Harbour45 said: "The town has lost its way."', 'Harbour45'],
    ['"The town has lost its way," said a campaign group called Harbour45.', 'Harbour45'],
    ['"The town has lost its way," the residents group known as Quay Watch said.', 'Quay Watch'],
  ])('%s', (text, name) => {
    expect(speakersOf(text)).toEqual([name]);
  });
  it('`called` as a cue of its own stays one: `Ann Roe called the plan "a disgrace"`', () => {
    const text = 'Ann Roe called the plan "a disgrace" on Monday.';
    expect(speakersOf(text)).toEqual(['Ann Roe']);
  });
});

describe('a full name before an appositive of a body and a person noun: `Jo Lee, Harbour Bank president, said`', () => {
  it.each<[string, string]>([
    ['Ann Roe, Harbour Bank president, said: "The town has lost its way."', 'Ann Roe'],
    ['Ann Roe, HBT chair and party donor said: "The town has lost its way."', 'Ann Roe'],
    // a person's name after the body and its noun is the speaker itself
    ['After meeting Jo Lee, Harbour Bank president Ann Roe said: "The town has lost its way."', 'Ann Roe'],
  ])('%s', (text, name) => {
    expect(speakersOf(text)).toEqual([name]);
  });
});

describe('a stray comma between a full name and its cue: `Ann Roe, said`', () => {
  it.each<[string, string | null]>([
    ['Ann Roe, said: "The town has lost its way."', 'Ann Roe'],
    ['"The town has lost its way," Ann Roe, said.', 'Ann Roe'],
    // a name that does not open its clause is an object's: the speaker after the cue
    ['It has used "soft words" in its dealings with Harbour Isle, said Ann Roe, an expert.', 'Ann Roe'],
  ])('%s', (text, name) => {
    expect(speakersOf(text)).toEqual([name]);
  });
  it.each<[string]>([['However, '], ['In Harbour, '], ['Harbour, ']])(
    'no name before the comma: `%s` reads no speaker',
    (left) => {
      expect(readSubjectLeft(left + 'said', 0, left.length)).toBeNull();
    },
  );
});

describe('Dutch particles inside a name: `Piet den Hartog`', () => {
  it.each<[string, string]>([
    ['"The town has lost its way," said Piet den Hartog, one of the researchers.', 'Piet den Hartog'],
    ['Jan ter Horst said: "The town has lost its way."', 'Jan ter Horst'],
  ])('%s', (text, name) => {
    expect(speakersOf(text)).toEqual([name]);
  });
});

describe('verbs of speaking with a mood are cues', () => {
  it.each<[string, string]>([
    ['"The town has lost its way," Ann Roe fumed.', 'Ann Roe'],
    ['Ann Roe confided: "The town has lost its way."', 'Ann Roe'],
    ['"The town has lost its way," muttered Ann Roe.', 'Ann Roe'],
    ['"The town has lost its way," Ann Roe grumbled on Monday.', 'Ann Roe'],
  ])('%s', (text, name) => {
    expect(speakersOf(text)).toEqual([name]);
  });
});
