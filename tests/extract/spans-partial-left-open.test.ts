/**
 * A quotation left open at the end of its paragraph goes on in the next paragraph when that one opens with a mark,
 * as news style writes a quotation of several paragraphs: but only a full quotation. A partial one, words quoted
 * inside the reporter's sentence (`was "a disaster.`), lost its closing mark at the paragraph's end; the mark opening
 * the next paragraph opens another quotation.
 */
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/extract/quote-spans.js';

const pieces = (text: string): string[][] =>
  findQuoteSpans(text).map((q) => q.pieces.map((p) => text.slice(p.start, p.end)));

describe('a partial quotation left open ends at its paragraph', () => {
  it.each<[string, string[][]]>([
    [
      'Lee said the plan was "a disaster for the town.\n\n"We will fight it," said Jo Roe.',
      [['a disaster for the town.'], ['We will fight it']],
    ],
    [
      'The mayor called it “a waste of money.\n\n“It is not,” Ann Ortiz replied.',
      [['a waste of money.'], ['It is not']],
    ],
    ["Lee said the plan was 'a disaster.\n\n'We will fight it,' said Jo Roe.", [['We will fight it']]],
  ])('%s', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });
});

describe('a full quotation left open goes on in the next paragraph', () => {
  it.each<[string, string[][]]>([
    ['Lee said: "We are ready.\n\n"We will fight it," she said.', [['We are ready.', 'We will fight it']]],
    ['"We are ready," Lee said, "to fight on.\n\n"We will win."', [['We are ready'], ['to fight on.', 'We will win.']]],
    ["Lee said: 'We are ready.\n\n'We will fight it,' she said.", [['We are ready.', 'We will fight it']]],
  ])('%s', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });
});
