/**
 * Quotations whose closing mark is lost or typed as a single one: they end where the mark stood, not at the end of
 * the paragraph or at the next opening mark.
 */
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/extract/quote-spans.js';

const pieces = (text: string): string[][] =>
  findQuoteSpans(text).map((q) => q.pieces.map((p) => text.slice(p.start, p.end)));

describe('a reporter’s attribution inside an unclosed quotation ends it', () => {
  it.each<[string, string, string[][]]>([
    [
      '"Rates are likely to stay on hold, the agency said in its report. Growth will slow. "The outlook is weak," it noted.',
      '"Rates are likely to stay on hold, the agency said in its report. Growth will slow. "The outlook is weak," it noted.',
      [['Rates are likely to stay on hold'], ['The outlook is weak']],
    ],
    [
      '"The harbour will reopen in May, said Ana Roe.',
      'The council met on Monday. "The harbour will reopen in May, said Ana Roe.\n\nThe ferry is late.',
      [['The harbour will reopen in May']],
    ],
    [
      '"Trade is slow. Prices will rise, the bank told reporters. The pound fell.',
      '"Trade is slow. Prices will rise, the bank told reporters. The pound fell.\n\nMarkets closed.',
      [['Trade is slow. Prices will rise']],
    ],
    [
      '"We are worried by the shortages. This echoed earlier worries, it said.',
      'The panel said: "We are worried by the shortages. This echoed earlier worries, it said. "Money is short."',
      [['We are worried by the shortages.'], ['Money is short.']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  it.each<[string, string, string[][]]>([
    [
      '"I phoned my father, he said no." (no attribution: `no` is no tail of one)',
      '"I phoned my father, he said no. Then I left.\n\nThe ferry is late.',
      [['I phoned my father, he said no. Then I left.']],
    ],
    [
      '"We won, he said." in a closed quotation is left alone',
      '"We won, he said, and we will win again," Lee said.',
      [['We won, he said, and we will win again']],
    ],
  ])('not when %s', (_name, text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });
});

describe('a single closing mark typed for the double one', () => {
  it.each<[string, string, string[][]]>([
    [
      '"We always think it is a bit more.\' The band plays on.',
      'Lee says: "We always think it is a bit more.\' The band plays on. It rehearses for weeks.\n\n"It is a busy night," says Lee.',
      [['We always think it is a bit more.'], ['It is a busy night']],
    ],
    [
      'ends a paragraph of a quotation that re-opens the next paragraph',
      '"All the stars are in the hall. "We think it is more.\' The band plays 100 times.\n\n"It is a long night," Lee said.',
      [['All the stars are in the hall.', 'We think it is more.'], ['It is a long night']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  it.each<[string, string, string[][]]>([
    [
      'a nested single quotation closes first',
      "Lee said: \"They told us to 'wait and see.' We waited for a year.\n\nThe band plays on.",
      [["They told us to 'wait and see.' We waited for a year."]],
    ],
    [
      'a possessive after a plural',
      '"The players\' Union met. We agreed.\n\nThe band plays on.',
      [["The players' Union met. We agreed."]],
    ],
  ])('not when %s', (_name, text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });
});

describe('a curly mark glued after a sentence, before a bracket', () => {
  it('closes the quotation: the source after it is no quotation', () => {
    const text = 'From the memo: “Polls are all we have.“[Pollster.]\n\nNEXT WEEK';
    expect(pieces(text)).toEqual([['Polls are all we have.']]);
  });
});

describe('a straight mark doubling a curly opening one', () => {
  it('opens nothing: the curly pair is the quotation', () => {
    const text =
      'Lee spoke on Monday. "“We will not win every town,” Lee said before adding that he would win some."\n\nRoe left.';
    expect(pieces(text)).toEqual([['We will not win every town']]);
  });
});

describe('a closing curly mark standing alone between spaces, typed for the opening one', () => {
  it.each<[string, string, string[][]]>([
    [
      'opens a quotation its next mark closes',
      'Lee won most delegates.\n\n” … in the case of the north, the race is over,” wrote the magazine.',
      [['… in the case of the north, the race is over']],
    ],
    ['opens nothing when no mark in its paragraph closes it', 'The race is over ” for now.\n\nLee left.', []],
  ])('%s', (_name, text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });
});
