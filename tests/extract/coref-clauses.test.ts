import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

/** Which clause a pronoun's own sentence holds: the names in it that the pronoun cannot stand for, or the subject it looks ahead to. */
const CLAUSE_CASES: ReadonlyArray<[string, string, string[]]> = [
  [
    // a name after a later quotation of the same layout sentence is in another clause: it does not bar the pronoun
    'a name past the next quotation does not bind the pronoun',
    'Tom Baker backed the plan. "It will pass," Jo Lee said on Monday. He also mocked the council.\n\n"I have not slept since the vote," he said on the show "Morning Call." "And people say I am wrong," and with that Lee left the studio.',
    ['Jo Lee', 'Jo Lee', 'Jo Lee'],
  ],
  [
    // … but the names in the quotation the pronoun introduces stay barred: a speaker rarely names himself in full
    'a name inside the quotation the pronoun introduces binds it',
    'Jo Lee spoke on Monday.\n\nOn the subject of the captain, Lee revealed the club\n\ndid\n\nask for an option during talks for striker Tom Baker. He said: "They were looking for more out of the deal for Tom Baker."',
    ['Jo Lee'],
  ],
  [
    // a fronted clause closed by the quotation's own comma looks ahead to the main clause's subject
    'a fronted clause ending inside a quotation mark',
    'Jo Lee backed the plan at first.\n\nIn what he called a "betrayal," Mayor Tom Baker took aim at the council on Monday, painting it as weak.',
    ['Tom Baker'],
  ],
];

/** Which names can stand for `he`/`she` at all. */
const PERSON_CASES: ReadonlyArray<[string, string, Array<string | null>]> = [
  [
    // the given name after a possessor tells the gender (`HuffPost's Ann Roe` is a woman: no `he`)
    'a possessor before a name does not hide its given name',
    'The talk was hosted by HuffPost\'s Ann Roe. In a long interview, the actor discussed his youth. "I was poor," he said.',
    [null],
  ],
  [
    // a capitalised contraction opening a question is no name (`Don't Republicans …?`)
    'a contraction is no word of a name',
    'Jo Lee spoke on Monday. But what if Ann Roe wins? Don\'t Republicans run a risk?\n\n"She should do what she wants," he said.',
    ['Jo Lee'],
  ],
];

describe('pronouns: who can be a person', () => {
  it.each(PERSON_CASES)('%s', (_name, body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('pronouns: the clause of the pronoun', () => {
  it.each(CLAUSE_CASES)('%s', (_name, body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});
