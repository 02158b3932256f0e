import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { splitName } from '../../src/extract/mentions.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

describe('a possessor before a name is not its given name', () => {
  it.each([
    ["Harbour's William Okafor", 'm'],
    ["Chelsea's Tom Reyes", 'm'],
  ])('%s', (run, gender) => {
    expect(splitName(run)).toMatchObject({ gender });
  });

  it('"Chelsea\'s William Okafor believes …. "…," he told reporters" is Okafor (Chelsea is no she)', () => {
    const body =
      'Chelsea\'s William Okafor believes they will win the league.\n\n"It\'ll be a two-horse race," he told reporters.';
    // (the possessor is no part of the name: src/extract/mentions.ts `splitName`)
    expect(speakers(body)).toEqual(['William Okafor']);
  });
});

describe('a sentence that `he said,` reports in commas is his words: its subject is no antecedent', () => {
  it.each<[string, string[]]>([
    [
      'Speaking in Leeds, Tim Rowe said: "People want a party with a vision."\n\nOnly the Harbour Democrats stood against the plan, he said, and they had also opposed the tax. He said: "If you voted Tory, what good did it do you?"',
      ['Tim Rowe', 'Tim Rowe'],
    ],
    [
      'Tim Rowe spoke in Leeds.\n\nThe Harbour Democrats had warned about the plan, he argued, long before anyone else. "We were right," he said.',
      ['Tim Rowe'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });

  it('a subject before `, he said.` closing the sentence is still passed over (as before)', () => {
    const body =
      'Tim Rowe spoke in Leeds.\n\nThe Harbour Democrats were wrong about the plan, he said. "We were right," he added.';
    expect(speakers(body)).toEqual(['Tim Rowe']);
  });
});

describe('a two-word name opening with a nationality is an event or a firm, not who he/she stands for', () => {
  it.each<[string, string[]]>([
    [
      'Jo Lee lost to Ann Roe in an exhibition match on Sunday, her second defeat in two days.\n\nAnd the Belgian, who has slipped to eighth in the world, faces a tough Australian Open title defence next month. "I will be heading there with a lot of questions," she said.',
      ['Jo Lee'],
    ],
    [
      '"I have taken this decision to concentrate on the circuit," said Tom Varga.\n\nThe 1998 French Open champion is determined to make an impact. "At the age of 29 I have set some tough goals," he said.',
      ['Tom Varga', 'Tom Varga'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });

  it('a person whose given name is a nationality word stays a person when the article names a relative', () => {
    const body =
      '"I do not agree," Freddy Ortiz said before the show.\n\nGerman Ortiz says the reaction has been rejection. "It set off something for all of us," he said.';
    expect(speakers(body)).toEqual(['Freddy Ortiz', 'German Ortiz']);
  });
});
