/**
 * Quotation marks of two styles in one quotation: curly marks nested in a straight quotation are part of
 * it, not a quotation of their own that cuts the outer one in two.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { findQuoteSpans } from '../../src/extract/quote-spans.js';
import { underHeadline } from './article.js';

const pieces = (text: string): string[][] =>
  findQuoteSpans(text).map((q) => q.pieces.map((p) => text.slice(p.start, p.end)));

describe('curly marks nested in a straight quotation', () => {
  it.each<[string, string[][]]>([
    [
      '"Her claim that the port “has to close” makes no sense," Ivo Roe said.',
      [['Her claim that the port “has to close” makes no sense']],
    ],
    [
      '"They call it “the quiet tax” and “a fair levy” in one breath," said Ann Ortiz.',
      [['They call it “the quiet tax” and “a fair levy” in one breath']],
    ],
    // a curly quotation after a straight one that closed is a quotation of its own
    ['"We wait," Roe said. “We sign,” Ortiz said.', [['We wait'], ['We sign']]],
  ])('%s', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  it('the whole quotation keeps its speaker', () => {
    const qs = extractQuotes(underHeadline('"Her claim that the port “has to close” makes no sense," Ivo Roe said.'));
    expect(qs.map((q) => [q.text, q.attribution.name])).toEqual([
      ['Her claim that the port “has to close” makes no sense', 'Ivo Roe'],
    ]);
  });
});
