import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { article } from './article.js';

const attributionsOf = (text: string) =>
  extractQuotes(article(`Harbour plan\n\n${text}`)).map((q) => ({
    name: q.attribution.name,
    kind: q.attribution.kind,
  }));

describe('lower-case descriptors before a name describe the person: the person speaks, not the body', () => {
  it.each<[string, string]>([
    ['The carmaker\'s chief executive Tomas Ekvall said: "The figures are sound."', 'Tomas Ekvall'],
    ['But the families\' solicitor Ruth Ambrose said the ruling was "a disgrace".', 'Ruth Ambrose'],
    ['"It was a hard year," the magazine\'s music editor Colin Harte told the paper.', 'Colin Harte'],
  ])('%s', (text, name) => {
    expect(attributionsOf(text)).toEqual([{ name, kind: 'named' }]);
  });
});

describe("a body named inside a title before a full name is the person's role", () => {
  it.each<[string, string]>([
    ['"The vote is fair," said Harbour Party Chairman Milo Brandt.', 'Milo Brandt'],
    ['"We have no plans," said Trade Department Press Secretary Ada Quill.', 'Ada Quill'],
  ])('%s', (text, name) => {
    expect(attributionsOf(text)).toEqual([{ name, kind: 'named' }]);
  });
});

describe('a name that is the object of a preposition in the description does not speak', () => {
  it.each<[string]>([['"No decision has been made," said a spokesman for Harbour Chairman Milo Brandt.']])(
    '%s',
    (text) => {
      expect(attributionsOf(text)[0]!.name).not.toBe('Milo Brandt');
    },
  );
});

describe("an organisation's name keeps no sentence-final period", () => {
  it.each<[string, string]>([
    ['The ferry was late again. "Delays are rising," said the Harbour News.', 'Harbour News'],
  ])('%s', (text, name) => {
    expect(attributionsOf(text).slice(-1)).toEqual([{ name, kind: 'organization' }]);
  });
});
