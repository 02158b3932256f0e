import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

/** Each quotation as its pieces' texts and its speaker. */
const quotations = (body: string) =>
  extractQuotes(article(body)).map((q) => ({
    pieces: q.pieces,
    text: q.text,
    speaker: q.attribution.name,
  }));

/**
 * `"A," Lee said. "B," Tom Park said.`: the second quotation carries its own attribution after it, so it is not
 * the second half of the first: two quotations, each with its own speaker (a run-on gave both to Lee).
 */
describe('a quotation with its own cue after it is not joined to the one before', () => {
  it.each<[string, [string, string][]]>([
    [
      '"We have listened to every objection," Jo Lee said. "The timetable stays as it is," Tom Park said.',
      [
        ['We have listened to every objection', 'Jo Lee'],
        ['The timetable stays as it is', 'Tom Park'],
      ],
    ],
    [
      '"The rise is a good sign for the harbour," said analyst Jo Lee. "Nobody expected it this early," added Tom Park, a trader.',
      [
        ['The rise is a good sign for the harbour', 'Jo Lee'],
        ['Nobody expected it this early', 'Tom Park'],
      ],
    ],
    [
      '"Is the ferry safe?" asked councillor Ann Roe. "It is safer than it has ever been," Tom Park replied.',
      [
        ['Is the ferry safe?', 'Ann Roe'],
        ['It is safer than it has ever been', 'Tom Park'],
      ],
    ],
  ])('%s', (body, expected) => {
    expect(quotations(body).map((q) => [q.text, q.speaker])).toEqual(expected);
  });
});

describe('a split quotation is still one quotation', () => {
  it('`"A," she said, "and B."`: one quotation of two pieces', () => {
    const q = quotations('"We will stay," Jo Lee said, "and we will win the vote."');
    expect(q).toHaveLength(1);
    expect(q[0]!.pieces).toHaveLength(2);
    expect(q[0]!.speaker).toBe('Jo Lee');
  });

  it('`"A," said Lee. "B." A sentence with a cue.`: the cue after the second half is another sentence’s', () => {
    const q = quotations(
      '"The dispute has been a distraction," said Jo Lee, the firm\'s lawyer. "But we do expect to prevail." The harbour board said it would appeal.',
    );
    expect(q).toHaveLength(1);
    expect(q[0]!.pieces).toHaveLength(2);
    expect(q[0]!.speaker).toBe('Jo Lee');
  });
});
