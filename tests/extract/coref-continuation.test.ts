import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const attributions = (body: string) =>
  extractQuotes(article(body)).map((q) => [q.attribution.name, q.attribution.reason] as const);

/**
 * A quotation with no cue of its own continues the previous speaker, unless someone else comes in between: a
 * new name as a sentence's subject, or a verb of saying whose subject is no pronoun.
 */
const CASES: ReadonlyArray<[string, string, Array<readonly [string | null, string]>]> = [
  [
    'a new person introduced as the subject of the paragraph between ends the continuation',
    'Rents rose again.\n\n"It is hard," said Ann Roe, a nurse.\n\nJo Lee, who runs the scheme, believes the shelter has helped 300 families.\n\n"We are full every night."',
    [
      ['Ann Roe', 'after-quote-adjacent'],
      [null, 'none'],
    ],
  ],
  [
    'a verb of saying with a subject of its own in the quotation’s sentence ends it',
    '"It is hard," said Ann Roe, a nurse. One of the tenants said the landlord treated them as "nothing but a number".',
    [
      ['Ann Roe', 'after-quote-adjacent'],
      [null, 'none'],
    ],
  ],
  [
    'a document speaking between the quotations ends it',
    '"It is hard," said Ann Roe, a nurse. The report recommends more homes for the town. Tenants could use their "enthusiasm and local knowledge to help one another".',
    [
      ['Ann Roe', 'after-quote-adjacent'],
      [null, 'none'],
    ],
  ],
  [
    'the previous speaker again, or a pronoun, keeps it',
    '"It is hard," said Ann Roe, a nurse. Later Ms Roe wrote to the council. She has asked for a meeting.\n\n"Nobody listens."',
    [
      ['Ann Roe', 'after-quote-adjacent'],
      ['Ann Roe', 'continuation-paragraph'],
    ],
  ],
  [
    'a clause with no subject of its own (`but claimed`) keeps it',
    '"It is hard," said Ann Roe, a nurse.\n\nMs Roe lost the vote in 2012, but claimed victory anyway.\n\n"Nobody listens."',
    [
      ['Ann Roe', 'after-quote-adjacent'],
      ['Ann Roe', 'continuation-paragraph'],
    ],
  ],
  [
    'a name as the subject of a clause reported inside the sentence keeps it',
    '"Prices rose," Jo Lee said.\n\nHe said if the growth continued then the Bank of England may increase rates.\n\n"I think the key is what the Bank expects."',
    [
      ['Jo Lee', 'after-quote-adjacent'],
      ['Jo Lee', 'continuation-paragraph'],
    ],
  ],
  [
    'a thing as the subject of the quotation’s sentence keeps it',
    '"It is hard," said Ann Roe, a nurse. The costume "is very warm", and she must drink often.',
    [
      ['Ann Roe', 'after-quote-adjacent'],
      ['Ann Roe', 'continuation-in-paragraph'],
    ],
  ],
  [
    'an indefinite description of a person as a sentence’s subject ends it (someone new, unnamed)',
    '"This was not a guess," said Jo Lee, a spokesman for the bookmaker. However, a Harbour TV spokeswoman was "satisfied that nothing had leaked from the house".',
    [
      ['Jo Lee', 'after-quote-adjacent'],
      [null, 'none'],
    ],
  ],
  [
    'an indefinite description with a modifier before its noun ends it',
    '"This is a fair deal," said Jo Lee, the union leader. A ministry official was "confident the deal would hold for a decade".',
    [
      ['Jo Lee', 'after-quote-adjacent'],
      [null, 'none'],
    ],
  ],
  [
    'an indefinite description in a prepositional phrase (no subject) keeps it',
    '"It is hard," said Ann Roe, a nurse. She spoke after a meeting with a teacher. The costume "is very warm", and she must drink often.',
    [
      ['Ann Roe', 'after-quote-adjacent'],
      ['Ann Roe', 'continuation-in-paragraph'],
    ],
  ],
];

describe('continuation: someone else between the quotations', () => {
  it.each(CASES)('%s', (_name, body, expected) => {
    expect(attributions(body)).toEqual(expected);
  });
});
