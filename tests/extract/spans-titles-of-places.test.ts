import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { findMentions } from '../../src/extract/mentions.js';
import { article } from './article.js';

const speakersOf = (text: string) =>
  extractQuotes(article(`The harbour plan was debated.\n\n${text}`)).map((q) => q.attribution.name);

describe('a title `of` a place is a description of a person, not a name (`Archbishop` is no one)', () => {
  it.each<[string]>([
    ['The Archbishop of Harbourtown said: "We follow the law."'],
    ['The Duke of Eastmarch said: "We follow the law."'],
    ['"We follow the law," the Earl of Westvale said.'],
    ['"We follow the law," said the Archbishop of Harbourtown.'],
  ])('%s', (text) => {
    expect(speakersOf(text)).toEqual([null]);
  });
});

describe('a person named beside a title of a place speaks', () => {
  it.each<[string, string]>([
    ['The Archbishop of Harbourtown, Jon Welm, said: "We follow the law."', 'Jon Welm'],
    ['"We follow the law," said the Mayor of Eastmarch, Ann Pruitt.', 'Ann Pruitt'],
    ['"We follow the law," said the Archbishop of Harbourtown, Jon Welm, on Monday.', 'Jon Welm'],
  ])('%s', (text, name) => {
    expect(speakersOf(text)).toEqual([name]);
  });
});

describe('a body `of` a place and a person `of` a body keep their readings', () => {
  it.each<[string, string]>([
    ['The Bank of Eastmarch said: "We follow the law."', 'Bank of Eastmarch'],
    ['Jo Lee of Harbour Bank said: "We follow the law."', 'Jo Lee'],
  ])('%s', (text, name) => {
    expect(speakersOf(text)).toEqual([name]);
  });
});

describe('`<Title> of <Office> <Name>`: the rest of the title after `of` is no part of the name', () => {
  it.each<[string, string]>([
    ['Secretary of State John Kerrow said: "We follow the law."', 'John Kerrow'],
    ['Chief of Staff Ann Lee said: "We follow the law."', 'Ann Lee'],
  ])('%s', (text, name) => {
    expect(speakersOf(text)).toEqual([name]);
  });
});

describe("a body's name that is a list with commas, before a person's name in commas", () => {
  it.each<[string, string]>([
    ['A spokesman for US Harbours, Customs and Border Control, Dean Boal, said: "We follow the law."', 'Dean Boal'],
    ['A spokeswoman for the Rail, Road and Bridges Agency, Ann Pruitt, said: "We follow the law."', 'Ann Pruitt'],
  ])('%s', (text, name) => {
    expect(speakersOf(text)).toEqual([name]);
  });
});

describe('a gerund opening a sentence is no part of the name after it', () => {
  const names = (text: string) => findMentions(text, []).mentions.map((m) => m.name);
  it.each<[string, string, string]>([
    ['Bringing Westcar back to profit will take years.', 'Westcar', 'Bringing Westcar'],
    ['The board met. Hiring Jo Lee was the best decision.', 'Jo Lee', 'Hiring Jo Lee'],
  ])('%s', (text, kept, glued) => {
    expect(names(text)).toContain(kept);
    expect(names(text)).not.toContain(glued);
  });
  it.each<[string, string]>([
    ['Sterling Brown said the game was long.', 'Sterling Brown'],
    ['The talks broke down. Reading Borough Council said little.', 'Reading Borough Council'],
  ])('a given name or a place before a body stays: %s', (text, name) => {
    expect(findMentions(text, []).mentions.map((m) => m.name)).toContain(name);
  });
  it('the unnamed chief executive of a sentence opened by a gerund is no `Bringing Westcar`', () => {
    const text =
      'Bringing Westcar back to profit will take years, the chief executive said. "It would be stupid to rush," he said.';
    expect(speakersOf(text)).not.toContain('Bringing Westcar');
  });
});

describe('a description, then a name and its place in commas: the name speaks', () => {
  it.each<[string, string]>([
    [
      'But the chairman of the working party, Ambassador Stefan Holm of Eastmarch, warned that there was "still a lot of work to be done".',
      'Stefan Holm',
    ],
    ['The head of the harbour board, Ann Pruitt from Westvale, said: "We follow the law."', 'Ann Pruitt'],
  ])('%s', (text, name) => {
    expect(speakersOf(text)).toEqual([name]);
  });
});
