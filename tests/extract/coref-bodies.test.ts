import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

/** `the campaign said`, `a ministry statement`: which body named before a description of a body stands for. */
const BODY_CASES: ReadonlyArray<[string, string, Array<string | null>]> = [
  [
    'a name right before the noun names the body',
    'The Roe campaign suggested that Jo Lee was acting alone.\n\nAsked about the emails, the campaign said in a statement: "Neither email involves the senator."',
    ['Roe campaign'],
  ],
  [
    "a possessor before the noun names it too (`Ann Roe's campaign`)",
    'Jo Lee backed Ann Roe\'s campaign in May.\n\n"It is over," the campaign wrote.',
    ['Ann Roe campaign'],
  ],
  [
    'a name after an indefinite article names no body yet (`a Roe campaign would …`): the body named before does',
    'The Roe campaign opened an office.\n\nJo Lee said a Lee campaign would be short.\n\n"We will act," the campaign said.',
    ['Roe campaign'],
  ],
  [
    'a nationality before the noun names no body',
    'The German government summoned the envoy on Monday. "This is unacceptable," the government said.',
    [null],
  ],
  [
    'an indefinite description names no body',
    'The Roe campaign suggested that Jo Lee was acting alone. "We are worried," a campaign official said.',
    [null],
  ],
  [
    'a name modifying a noun inside a prepositional phrase is not the body spoken of',
    'Ann Roe stood before the TV cameras on Monday.\n\n"It is over," the campaign wrote.',
    [null],
  ],
  [
    'the body keeps the words of its name that read as a role (`Foreign Ministry`)',
    'The Foreign Ministry summoned the envoy. "This is unacceptable," said a ministry statement.',
    ['Foreign Ministry'],
  ],
];

describe('descriptions of bodies', () => {
  it.each(BODY_CASES)('%s', (_name, body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});
