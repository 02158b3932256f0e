/**
 * A straight closing mark whose following space was lost (`…,"Jo Lee said`) still closes the quotation
 * it ends: read as an opening mark, it cut the quotation short and opened a false one over the
 * attribution.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { findQuoteSpans } from '../../src/extract/quote-spans.js';
import { underHeadline } from './article.js';

const pieces = (text: string): string[][] =>
  findQuoteSpans(text).map((q) => q.pieces.map((p) => text.slice(p.start, p.end)));

describe('a straight closing mark glued to the next word', () => {
  it.each<[string, string[][]]>([
    [
      '"The ferry will run all winter,"Ivo Roe said on Monday. "We have the crew."',
      [['The ferry will run all winter'], ['We have the crew.']],
    ],
    ['"Not this year,"Ann Ortiz told the council, "and not the next."', [['Not this year'], ['and not the next.']]],
  ])('%s', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  it('the quotation keeps the speaker after the glued mark', () => {
    const qs = extractQuotes(underHeadline('"The ferry will run all winter,"Ivo Roe said on Monday.'));
    expect(qs.map((q) => [q.text, q.attribution.name])).toEqual([['The ferry will run all winter', 'Ivo Roe']]);
  });
});
