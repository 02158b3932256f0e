/**
 * The mark scans of findQuoteSpans, found by a regex search and a shared single-mark finder (twenty-third
 * session, speed): single quotations after stretches with no mark, between double quotations holding
 * apostrophes, doubled backticks and curly marks. Invented sentences; the spans are those the char-code loops found.
 */
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/extract/quote-spans.js';

const cases: Array<[string, Array<[string, 'single' | 'double']>]> = [
  [
    "Jo Lee said: 'We are ready.'\nNo marks stand in this paragraph.\nNor in this one.\nAnn Roe said: 'We won.'",
    [
      ["'We are ready.'", 'single'],
      ["'We won.'", 'single'],
    ],
  ],
  [
    `'First,' he said. "It's Lee's plan," she said. 'Second,' he added.`,
    [
      ["'First,'", 'single'],
      [`"It's Lee's plan,"`, 'double'],
      ["'Second,'", 'single'],
    ],
  ],
  [
    "Lee said: ``We won,'' and left. Roe said: \u201cIt\u2019s over.\u201d",
    [
      ["``We won,''", 'double'],
      ['\u201cIt\u2019s over.\u201d', 'double'],
    ],
  ],
  ["The voters' choice was clear. 'We lost,' Lee said.", [["'We lost,'", 'single']]],
];

describe('findQuoteSpans: the marks found by search', () => {
  it.each(cases)('%s', (text, spans) => {
    expect(findQuoteSpans(text).map((q) => [text.slice(q.openAt, q.closeAt), q.family])).toEqual(spans);
  });
});
