/**
 * The page furniture the corpus layout marks inside an article (captions, widgets, editor's notes) is never part
 * of a quotation: its marks open and close nothing, and a quotation open at the paragraph before it goes on in
 * the paragraph after it.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { findQuoteSpans, type Range } from '../../src/extract/quote-spans.js';
import { furnitureText, loadText } from '../corpus/helpers.js';

const LEAD = 'Harbour plan approved\n\nThe council approved the harbour plan on Monday after a long debate.';

/** The range of the (first) line `line` of `text`. */
const lineRange = (text: string, line: string): Range => {
  const start = text.indexOf(line);
  return { start, end: start + line.length };
};

const pieces = (text: string, skip: Range[]): string[][] =>
  findQuoteSpans(text, skip).map((q) => q.pieces.map((p) => text.slice(p.start, p.end)));

describe('a furniture range between two paragraphs of one quotation', () => {
  it.each<[string, string]>([
    ['a caption with its credit', 'The harbour front after the storm. (Sam Reed/Harbour Office)'],
    ['an image label', 'Image caption: The harbour front after the storm'],
    ['a share widget', 'Share this article'],
    ["an editor's note", "Editor's note: This story has been updated."],
  ])('%s: one quotation of two pieces, one speaker', async (_name, furniture) => {
    const text = `${LEAD}\n\nMayor Jo Lee said: "We will rebuild the harbour and every house on the front.\n\n${furniture}\n\n"It will take years, but we will do it," she said.\n\nThe work starts in May.`;
    const a = await loadText(text);
    expect(furnitureText(a)).toContain(furniture);
    const quotes = extractQuotes(a);
    expect(quotes.map((q) => a.text.slice(q.start, q.end))).toEqual([
      a.text.slice(a.text.indexOf('We will'), a.text.indexOf(',"')),
    ]);
    expect(quotes[0]!.pieces).toHaveLength(2);
    expect(quotes[0]!.attribution.name).toBe('Jo Lee');
  });
});

describe('marks inside a furniture range', () => {
  it("a caption's unclosed mark does not swallow the next paragraph's quotation", async () => {
    const text = `${LEAD}\n\nImage caption: Jo Lee: "We will rebuild\n\n"It will take years, but we will do it," Mayor Jo Lee said.\n\nThe work starts in May.`;
    const a = await loadText(text);
    expect(furnitureText(a)).toContain('Image caption: Jo Lee: "We will rebuild');
    expect(extractQuotes(a).map((q) => q.text)).toEqual(['It will take years, but we will do it']);
  });

  it.each<[string, string, string, string[][]]>([
    [
      'a closing mark in the range closes nothing: the quotation ends with its paragraph',
      '"We will rebuild the harbour.\n\nPhoto: the pier" (Sam Reed)\n\nThe council met on Monday.',
      'Photo: the pier" (Sam Reed)',
      [['We will rebuild the harbour.']],
    ],
    [
      'without ranges, the same text reads as before',
      '"We will rebuild the harbour.\n\nShare this article\n\n"The work starts in May," Jo Lee said.',
      '',
      [['We will rebuild the harbour.'], ['The work starts in May']],
    ],
  ])('%s', (_name, text, furniture, expected) => {
    expect(pieces(text, furniture === '' ? [] : [lineRange(text, furniture)])).toEqual(expected);
  });

  it('a range over part of a line only (a date label) leaves the line a paragraph that ends the quotation', () => {
    const text =
      '"We will rebuild the harbour.\n\ndate 2024-03-05 The council met, Jo Lee said.\n\n"Work starts in May."';
    const expected = [['We will rebuild the harbour.'], ['Work starts in May.']];
    expect(pieces(text, [])).toEqual(expected);
    expect(pieces(text, [lineRange(text, 'date 2024-03-05')])).toEqual(expected);
  });

  it('ranges given out of order are read in order', () => {
    const text =
      'Share\n\n"We will rebuild the harbour.\n\nShare this article\n\nPrint\n\n"The work starts in May," Jo Lee said.';
    const ranges = [lineRange(text, 'Print'), lineRange(text, 'Share this article'), lineRange(text, 'Share\n')];
    ranges[2] = { start: 0, end: 5 };
    expect(pieces(text, ranges)).toEqual([['We will rebuild the harbour.', 'The work starts in May']]);
  });
});
