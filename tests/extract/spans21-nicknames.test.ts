/**
 * A nickname set in quotation marks between a person's given name and surname (`Antonio "LA" Reid`) is part of a
 * name, not anybody's words; a short quotation next to a capitalised word elsewhere stays one. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/extract/quote-spans.js';

const quoted = (text: string): string[] =>
  findQuoteSpans(text).flatMap((q) => q.pieces.map((p) => text.slice(p.start, p.end)));

describe('a nickname between a name’s words is no quotation', () => {
  it.each<[string]>([
    ['Dario "Big D" Lenz, chairman of the label, signed the band.'],
    ["Owen 'Hammer' Pryce told a radio station he had left the club."],
    ['Former sergeant Ivo “Tank” Marsh found both reports to be accurate.'],
    ['The band’s manager, Carla "Cee" Novak, declined to comment.'],
  ])('%s', (text) => {
    expect(quoted(text)).toEqual([]);
  });
});

describe('short quotations beside capitalised words stay', () => {
  it.each<[string, string[]]>([
    // the word before is a verb or a function word, the word after no surname
    ['Lee said "Yes" Monday and left.', ['Yes']],
    ['He told Ann "Never" and walked out.', ['Never']],
    ['In "Harbour Lights" Roe plays a sailor.', ['Harbour Lights']],
    // punctuation inside the marks: words said
    ['Dario "Stop!" Lenz shouted at the crowd.', ['Stop!']],
    // more than two words
    ['Ann "We Will Win" Roe rallies drew crowds.', ['We Will Win']],
  ])('%s', (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});
