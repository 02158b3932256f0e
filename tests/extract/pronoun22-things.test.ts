import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) =>
  extractQuotes(article(body)).map((q) => q.attribution.name ?? q.attribution.role ?? null);

/**
 * Issue #11 (twenty-second session): `he`/`she` stands for a person only — not a product or a body named after `the`
 * (`The Kestrel Mouse Adapter is …`), nor a person only mentioned in a sentence led by a description of another
 * (`The Brazilian confirmed …, a row with Sir Jim Hale`); and two surnames joined by a hyphen, each of a person the
 * article names, are the pair's ticket, not a person. Each case: the article body, then the speaker (or unnamed role)
 * of its quotations in order; the fixes come with controls that keep the old answer.
 */
describe('a name after `the` that opens with no given name is no `he`/`she`', () => {
  it.each<[string, Array<string | null>]>([
    [
      'The Kestrel Mouse Adapter is the brainchild of engineer Tom Vale, who built it for his father. "I knew there had to be a better way," he said.',
      ['Tom Vale'],
    ],
    [
      'The Harbour Review is hosting a party in town. The paper has opposed Vale for months, arguing he is "a danger to the party."',
      [null],
    ],
    // (control: the person as the subject is kept)
    [
      'Engineer Tom Vale built the Kestrel Mouse Adapter for his father. "I knew there had to be a better way," he said.',
      ['Tom Vale'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('a sentence led by a noun for one person of a nation', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Tom Vale has joined the club. The Dutchman confirmed the fee but could shed no light on reports of a row with United boss Sir Jim Hale. "I saw nothing of it," he told the club website.',
      ['Tom Vale'],
    ],
    [
      'Tom Vale has joined the club. The Brazilian confirmed the fee but could shed no light on reports of a row with United boss Sir Jim Hale. "I saw nothing of it," he told the club website.',
      ['Tom Vale'],
    ],
    // (control: an adjective of a nation alone names no one person, and the old answer stays)
    [
      'Tom Vale has joined the club. The British confirmed the fee but could shed no light on reports of a row with United boss Sir Jim Hale. "I saw nothing of it," he told the club website.',
      ['Jim Hale'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('two named people’s surnames joined by a hyphen are a body', () => {
  const entities = (body: string) =>
    extractQuotes(article(body)).map((q) => [q.attribution.name, q.attribution.entity]);
  it.each<[string, Array<[string | null, string | null | undefined]>]>([
    [
      'Joe Barton named Ann Kell as his running mate. Later Barton-Kell released a statement: "We will win."',
      [['Barton-Kell', 'organization']],
    ],
    // (control: a double surname is one person's)
    ['Robert Ashby-Kell was unmoved. Ashby-Kell said: "It is a stunt."', [['Robert Ashby-Kell', 'person']]],
  ])('%s', (body, expected) => {
    expect(entities(body)).toEqual(expected);
  });
});

describe('given names common in Arabic, Persian and Turkish mark a person', () => {
  it.each<[string, Array<string | null>]>([
    ['The talks ended late on Tuesday. Khalid dodged the question. "It will be one of the two," he said.', ['Khalid']],
    // (control: a given name of the English lists, as before)
    ['The talks ended late on Tuesday. Marcus dodged the question. "It will be one of the two," he said.', ['Marcus']],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
  it.each<[string, string]>([
    ['Tariq Vollan said: "The harvest was poor."', 'Tariq Vollan'],
    ['Mehmet Karadag said: "The harvest was poor."', 'Mehmet Karadag'],
  ])('%s', (body, name) => {
    const [q] = extractQuotes(article(body));
    expect([q?.attribution.name, q?.attribution.entity]).toEqual([name, 'person']);
  });
});
