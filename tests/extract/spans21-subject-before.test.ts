/**
 * A quoted title or term inside the subject of a cue is not the first piece of the quotation the cue brings
 * in (`Ann Roe, who wrote "Sunday Roads," said: "…"` quotes Roe once), while a quotation split by a cue that
 * names its speaker between the pieces, or by a participle (`, adding, "…"`), stays one. Invented sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const quoted = (body: string): Array<[string, string | null]> =>
  extractQuotes(underHeadline(body)).map((q) => [q.text, q.attribution.name]);

describe('a quoted title or term in the subject is not joined to the quotation after the cue', () => {
  it.each<[string, Array<[string, string | null]>]>([
    // a work in a relative clause: a title, left out
    [
      'Ann Roe, who wrote "Sunday Roads," said: "We will not give up on this town."',
      [['We will not give up on this town.', 'Ann Roe']],
    ],
    [
      'Ivo Brandt, who directed “The Quiet Harbour,” said: “The film was never about money.”',
      [['The film was never about money.', 'Ivo Brandt']],
    ],
    // a lower-case term in the subject: its own quotation, never the first piece of the next one
    [
      'Ann Roe, who coined "slow mending," said: "We will not give up on this town."',
      [
        ['slow mending', 'Ann Roe'],
        ['We will not give up on this town.', 'Ann Roe'],
      ],
    ],
  ])('%s', (body, expected) => {
    expect(quoted(body)).toEqual(expected);
  });
});

describe('a quotation split by its cue stays one', () => {
  it.each<[string, Array<[string, string | null]>]>([
    [
      '"The port is open," Ivo Roe said, "and it will stay open."',
      [['The port is open, and it will stay open.', 'Ivo Roe']],
    ],
    ['"The port is open," said Ivo Roe: "it will stay open."', [['The port is open, it will stay open.', 'Ivo Roe']]],
    // a participle goes on with the subject named before the first piece
    [
      'Ivo Roe told the meeting, "The port is open," adding, "It will stay open all winter."',
      [['The port is open … It will stay open all winter.', 'Ivo Roe']],
    ],
  ])('%s', (body, expected) => {
    expect(quoted(body)).toEqual(expected);
  });
});
