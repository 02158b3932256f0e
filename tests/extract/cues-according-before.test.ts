/**
 * A quotation with no cue of its own, right after a sentence of reported speech whose source is given by
 * `according to` and a name, is that person's: the sentence brings the new speaker in.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const attributions = (body: string): Array<[string, string | null]> =>
  extractQuotes(underHeadline(body)).map((q) => [q.text, q.attribution.name]);

describe('`according to` a named source, then an uncued quotation', () => {
  it.each<[string, Array<[string, string | null]>]>([
    [
      '"We are ready," Ann Ortiz said.\n\nBut the plan costs too much, according to Jo Lee, who runs the ferry. "Nobody asked the crews about any of it."',
      [
        ['We are ready', 'Ann Ortiz'],
        ['Nobody asked the crews about any of it.', 'Jo Lee'],
      ],
    ],
    [
      '"We are ready," Ann Ortiz said.\n\nThe plan costs too much, according to Jo Lee.\n\n"Nobody asked the crews about any of it."',
      [
        ['We are ready', 'Ann Ortiz'],
        ['Nobody asked the crews about any of it.', 'Jo Lee'],
      ],
    ],
  ])('%s', (body, expected) => {
    expect(attributions(body)).toEqual(expected);
  });
});
