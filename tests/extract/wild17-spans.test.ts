/**
 * Quotation spans on news of other house styles: straight marks nested inside a straight quotation, and
 * quotations in single marks that re-open each paragraph.
 */
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/extract/quote-spans.js';

const pieces = (text: string): string[][] =>
  findQuoteSpans(text).map((q) => q.pieces.map((p) => text.slice(p.start, p.end)));

describe('a short pair of straight marks nested in a straight quotation', () => {
  it.each<[string, string, string[][]]>([
    [
      'stays inside when the mark after it closes the quotation',
      'Jo Lee wrote: "The "harbour fund" is not paying anyone. It is held by the council." Tam Roe replied, "No."',
      [['The "harbour fund" is not paying anyone. It is held by the council.'], ['No.']],
    ],
    [
      'stays inside when the next paragraph re-opens the quotation',
      'Mara Quist said: "When I arrived, he was the "Father of the Pier" and helped me.\n\n"He was always kind." Born in 1912, he fished.',
      [['When I arrived, he was the "Father of the Pier" and helped me.', 'He was always kind.']],
    ],
    [
      'stays inside when a first-person quotation re-opens after the sentence ends',
      'Tam Roe said: "Lee told me he was going to "fake" an injury on the pier. "He also agreed to train," he said.',
      [['Lee told me he was going to "fake" an injury on the pier.', 'He also agreed to train']],
    ],
    [
      'closes a quotation of its own after a stray mark; the words before it have no known end',
      'He warned that unless trade grows "pensions would need "significant" changes. He called on the council to act.\n\nTaxes rose.',
      [['significant']],
    ],
    [
      'is a quotation of its own when the next mark opens another after a cue',
      'A spokeswoman said the ferry had been "useful, but use had not been "enough to go on". She added: "We tried." The end.',
      [['enough to go on'], ['We tried.']],
    ],
    [
      'is a quotation of its own when it opens after a pause',
      'Lee said "we will see, said: "Nobody knows," and left.',
      [['we will see, said:'], ['Nobody knows']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });
});

describe('a quotation in single marks re-opened in the next paragraph', () => {
  it.each<[string, string, string[][]]>([
    [
      'is one quotation with a piece per paragraph',
      "Jo Lee said: 'We are ready. We will win the vote.\n\n'Our members have worked hard for this,' she added.",
      [['We are ready. We will win the vote.', 'Our members have worked hard for this']],
    ],
    [
      'with curly marks over three paragraphs',
      'Mr Lee said: ‘We are ready.\n\n‘The pier will open.\n\n‘Our members have worked hard for this.’ The vote is today.',
      [['We are ready.', 'The pier will open.', 'Our members have worked hard for this.']],
    ],
    [
      'is nothing when the next paragraph does not open with a mark',
      "Jo Lee said: 'We are ready.\n\nThe vote is today. 'Fine,' said Roe.",
      [['Fine']],
    ],
    [
      'keeps apostrophes and possessives inside',
      "'The players' families are here. It's late.\n\n'We will win,' Lee said.",
      [["The players' families are here. It's late.", 'We will win']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });
});

describe('a single mark after a plural noun', () => {
  it.each<[string, string, string[][]]>([
    [
      'closes the quotation before a word no possessive takes',
      "The crew became known as 'The Harbour Invincibles' after winning every race. The rowers' 2-3-2 seating stayed.",
      [['The Harbour Invincibles']],
    ],
    [
      'is a possessive before a noun, when a later mark closes',
      "Jo Lee called it 'the rowers' finest hour' on Monday.",
      [["the rowers' finest hour"]],
    ],
  ])('%s', (_name, text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });
});
