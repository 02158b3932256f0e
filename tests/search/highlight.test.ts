import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bytesHighlighter, findHighlights, highlighter } from '../../src/search/highlight.js';
import { termSpans } from '../../src/model/text.js';

/** The definition: every span whose folded term was matched, merged (what findHighlights did before the scan). */
function reference(text: string, matched: ReadonlySet<string>): Array<{ start: number; end: number }> {
  return termSpans(text)
    .filter((s) => matched.has(s.term))
    .map(({ start, end }) => ({ start, end }));
}

describe('highlights', () => {
  it('mark the matched words of an ASCII text, whatever their case', () => {
    const mark = highlighter(new Set(['budget', 'tax']), []);
    expect(mark('The Budget, said the TAX office, is a budget-buster.')).toEqual([
      { start: 4, end: 10 },
      { start: 21, end: 24 },
      { start: 38, end: 44 },
    ]);
  });

  it('on UTF-8 bytes, count offsets in UTF-16 units past curly quotes and dashes', () => {
    const text = '\u201cThe budget\u201d \u2014 a tax\u2026';
    const bytes = Buffer.from(text);
    expect(bytesHighlighter(new Set(['budget', 'tax']), [])!(bytes, 0, bytes.length)).toEqual([
      { start: 5, end: 11 },
      { start: 17, end: 20 },
    ]);
    expect(bytesHighlighter(new Set(['tax']), [['a', 'tax']])).toBeNull();
  });

  it('mark in a text with accents as the general path does', () => {
    const text = 'Élysée officials met at the élysée palace';
    expect(highlighter(new Set(['elysee']), [])(text)).toEqual([
      { start: 0, end: 6 },
      { start: 28, end: 34 },
    ]);
  });

  it('are, on any text, the spans whose folded term was matched', () => {
    const unit = fc.constantFrom(
      ...['a', 'B', 'c', '1', ' ', ',', "'", '-', '_', 'é', 'É', '\u0301', 'ß', 'ﬁ', '²', '\u00a0'],
      ...['\u2014', '\u2019', '\u201c', '\u2026', '«', '\u2033', '\u2010', '\u201f'],
      ...['ñ', 'Ø', 'ı', 'İ', 'я', '中', '\u0308', '€', '\u00ad', '٣', '\u{1d400}', '\u{1f600}'],
    );
    const word = fc.string({
      unit: fc.constantFrom('a', 'b', 'c', '1', 'é', 'ø', 'я', 'i'),
      minLength: 1,
      maxLength: 4,
    });
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), fc.uniqueArray(word, { maxLength: 6 }), (text, words) => {
        const matched = new Set(words);
        expect(highlighter(matched, [])(text)).toEqual(reference(text, matched));
        expect(findHighlights(text, matched, [])).toEqual(reference(text, matched));
        // On the UTF-8 bytes, inside a larger buffer: the same ranges (in UTF-16 units), or null for the string path.
        const bytes = Buffer.concat([Buffer.from('x é'), Buffer.from(text), Buffer.from('é y')]);
        const start = Buffer.byteLength('x é');
        const marks = bytesHighlighter(matched, [])!(bytes, start, start + Buffer.byteLength(text));
        if (marks !== null) expect(marks).toEqual(reference(text, matched));
        // Null only for a text with a character outside the Basic Multilingual Plane.
        expect(marks === null).toBe(/[\u{10000}-\u{10ffff}]/u.test(text));
      }),
      { numRuns: 3000 },
    );
  });
});
