import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);
const mentions = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.mention?.text ?? null);

describe('he/she: the possessor of a subject that is a thing is the sentence focus, not the object of "with"', () => {
  it.each<[string, string[]]>([
    ['Anna Reyes\'s meeting with Tom Hale covered the budget. "We agreed on most of it," she said.', ['Anna Reyes']],
    ['Karl Berg\'s talk with Leon Mayer ran long. "It was useful," he wrote on X.', ['Karl Berg']],
    ['Karl Berg\'s talk with Leon Mayer ran long.\n\n"It was useful," he wrote on X after the talks.', ['Karl Berg']],
    [
      'Meanwhile, Karl Berg’s office in Bonn issued a statement on the deal with Leon Mayer. "We are pleased," he said.',
      ['Karl Berg'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('he/she: a possessor is passed over when its noun names people or a preposition governs it', () => {
  it.each<[string, string[]]>([
    // the lawyer is the subject, not Berg: `he` falls back to the other man named
    ['Karl Berg\'s lawyer met Leon Mayer on Monday. "It was useful," he wrote on X.', ['Leon Mayer']],
    // `in Berg's office`: the possessive sits in a prepositional phrase; Mayer is the subject
    ['In the end, Leon Mayer waited in Karl Berg\'s office for an hour. "It was useful," he said.', ['Leon Mayer']],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('a parenthetical attribution inside a clause: the speaker stands between the commas', () => {
  it.each<[string, string | null, string]>([
    ['Prices, the minister warned, will rise "well into next year".', null, 'the minister'],
    [
      'Finance Minister Ann Lee spoke on Monday. Prices, the minister warned, will rise "well into next year".',
      'Ann Lee',
      'the minister',
    ],
    ['Farmers, Tom Hale argued, can cope "as long as the rain holds".', 'Tom Hale', 'Tom Hale'],
    ['Anna Reyes spoke next. The banks, she said, have been "far too slow" to act.', 'Anna Reyes', 'she'],
  ])('%s', (body, name, mention) => {
    expect(speakers(body)).toEqual([name]);
    expect(mentions(body)).toEqual([mention]);
  });
});

describe('an appositive before the cue still names its subject', () => {
  it.each<[string, string[]]>([
    ['Dean Ruiz, a salesman from Sumter, says, "We are fine."', ['Dean Ruiz']],
    ['Ana Ruiz, president of the Fund stated "we are fine".', ['Ana Ruiz']],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});
