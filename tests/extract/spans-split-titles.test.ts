/**
 * A quotation split by its attribution (`"A," she said, "B."`) is one quotation; a title before a cue is
 * not its first piece: `the author of "The Open Sea," as Lee put it, "…"` quotes Lee once, after the cue.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const quoted = (body: string): Array<[string, string | null]> =>
  extractQuotes(underHeadline(body)).map((q) => [q.text, q.attribution.name]);

describe('a title is not the first piece of a split quotation', () => {
  it.each<[string, Array<[string, string | null]>]>([
    [
      'As Ivo Roe, a historian and the author of "The Open Sea," put it, "The port was never meant to close."',
      [['The port was never meant to close.', 'Ivo Roe']],
    ],
    [
      'Ann Ortiz, who wrote the memoir "A Life at Sea," said, "We will fight the closure."',
      [['We will fight the closure.', 'Ann Ortiz']],
    ],
  ])('%s', (body, expected) => {
    expect(quoted(body)).toEqual(expected);
  });

  it('a quotation split by its cue stays one: "The port is open," Ivo Roe said, "and it will stay open."', () => {
    expect(quoted('"The port is open," Ivo Roe said, "and it will stay open."')).toEqual([
      ['The port is open, and it will stay open.', 'Ivo Roe'],
    ]);
  });
});
