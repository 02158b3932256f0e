import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

/** `It said …`, `It added that "…"`: `it` of speech stands for the body in focus before, and for nothing else. */
const CASES: ReadonlyArray<[string, string, Array<string | null>]> = [
  [
    'the body that is the subject of the sentence before',
    'Brightwell Logistics Ltd cut 300 jobs on Monday. It said in a statement that "the market has changed for good".',
    ['Brightwell Logistics Ltd'],
  ],
  [
    'the body that spoke in the sentence before',
    'Brightwell Logistics Ltd said profits fell. "We regret this," the company said. It added that "more cuts may come soon".',
    ['Brightwell Logistics Ltd', 'Brightwell Logistics Ltd'],
  ],
  [
    'a sentence led by `It` goes on the chain',
    'Brightwell Logistics Ltd cut 300 jobs. It also closed a depot in Harbour. It added that "more cuts may come soon".',
    ['Brightwell Logistics Ltd'],
  ],
  [
    'a document leading the sentence before is no body',
    'The report by Brightwell Logistics Ltd was published on Monday. It said that "growth will slow sharply this year".',
    [null],
  ],
  [
    'a country is no speaker',
    'Norway protested to the envoy on Monday. It said that "this is wholly unacceptable to us".',
    [null],
  ],
  [
    'a person is never `it`',
    'Jo Pemberton protested to the envoy on Monday. It said that "this is wholly unacceptable to us".',
    [null],
  ],
  [
    'a person speaking between the body and `it` leaves it unresolved',
    'Brightwell Logistics Ltd cut 300 jobs. Union leader Jo Pemberton said the cuts were cruel. It said that "more cuts may come soon".',
    [null],
  ],
  [
    'a body three sentences back is out of reach',
    'Brightwell Logistics Ltd cut 300 jobs. Shares fell in early trading. Analysts were surprised by the size. It said that "more cuts may come soon".',
    [null],
  ],
];

describe('itsaid18: `it` of speech stands for a body in focus', () => {
  for (const [what, body, want] of CASES) it(what, () => expect(speakers(body)).toEqual(want));
});
