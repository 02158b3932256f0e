/**
 * Quotations whose marks were set carelessly: a space lost before an opening mark, a closing mark lost inside
 * parentheses, curly pairs inside an excerpt that re-opens each paragraph with a straight mark.
 */
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/extract/quote-spans.js';

const pieces = (text: string): string[][] =>
  findQuoteSpans(text).map((q) => q.pieces.map((p) => text.slice(p.start, p.end)));

describe('a straight mark glued after the end of a sentence', () => {
  it.each<[string, string, string[][]]>([
    [
      'opens a quotation that closes in the same paragraph',
      'The owner of a bakery spoke on the pier."We were told the ferry would come back."\n\nThe council met.',
      [['We were told the ferry would come back.']],
    ],
    ['after a question mark too', 'Would the ferry come back?"Nobody knows," a baker said.', [['Nobody knows']]],
    [
      'closes an open quotation, as before',
      '"We were told the ferry would come back."The council met on Monday.',
      [['We were told the ferry would come back.']],
    ],
    ['opens nothing when no mark in its paragraph closes it', 'The pier closed."The council met.\n\nIt rained.', []],
    ['opens nothing before a lower-case word', 'The pier closed."the council met," she said.', []],
  ])('%s', (_name, text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });
});

describe('a quotation opened inside parentheses whose closing mark is lost', () => {
  it.each<[string, string, string[][]]>([
    [
      'ends at the parenthesis closing around it',
      'Support splits by outlook (Lee leads among "very keen" voters and Roe among the "fairly keen), by age (the young back Lee) and by region.',
      [['very keen'], ['fairly keen']],
    ],
    [
      'keeps a parenthesis opened and closed inside the quotation',
      'The mayor spoke (she said "the pier (built in 1890) will stand), and left.',
      [['the pier (built in 1890) will stand']],
    ],
    [
      'a quotation not inside parentheses runs to the end of its paragraph as before',
      'The mayor said "the pier will stand) for ever.\n\nThe council met.',
      [['the pier will stand) for ever.']],
    ],
    [
      'parentheses closed before the mark do not count',
      'The mayor (who spoke first) said "the pier will stand) for ever.',
      [['the pier will stand) for ever.']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });
});

describe('curly pairs in a straight quotation that re-opens each paragraph', () => {
  it('stay nested: each paragraph is one piece', () => {
    const text =
      'From a report by Sam Reed:\n\n"A panel on the harbour turned into a shouting match.\n\n"Jo Lee defended the “build it now” line as a “promise kept” to the town.\n\n"Ana Roe called it “a fantasy” and said, “We cannot pay for it.”\n\nRead the rest of the report online.';
    expect(pieces(text)).toEqual([
      [
        'A panel on the harbour turned into a shouting match.',
        'Jo Lee defended the “build it now” line as a “promise kept” to the town.',
        'Ana Roe called it “a fantasy” and said, “We cannot pay for it.”',
      ],
    ]);
  });

  it('a straight quotation in its first paragraph still ends at a curly quotation after narration', () => {
    const text = 'Lee said "the pier will stand and Roe called it “a fantasy” at the meeting.\n\nThe council met.';
    expect(pieces(text)).toEqual([['the pier will stand and Roe called it'], ['a fantasy']]);
  });
});
