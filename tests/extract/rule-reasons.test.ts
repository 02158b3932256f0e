import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { ATTRIBUTION_RULES } from '../../src/extract/rules/index.js';
import { CONTINUATION_RULES } from '../../src/extract/continuation.js';
import type { AttributionReason } from '../../src/extract/reasons.js';
import { underHeadline } from './article.js';

/** The reason and speaker of each quotation of `body`, in order. */
function reasons(body: string): Array<[AttributionReason, string | null]> {
  return extractQuotes(underHeadline(body)).map((q) => [q.attribution.reason, q.attribution.name]);
}

describe('attribution reasons name the rule that fired', () => {
  it('after-quote rules: adjacent cue, split quote, credit line', () => {
    expect(reasons('"We will stay in the harbour," said Mara Quill.')).toEqual([
      ['after-quote-adjacent', 'Mara Quill'],
    ]);
    expect(reasons('"We will stay," Mara Quill said, "and we will win the vote."')).toEqual([
      ['split-quote-between', 'Mara Quill'],
    ]);
    expect(reasons('"We need a ferry that runs every day of the week."\n\n— Mara Quill, Port Ellen.')).toEqual([
      ['credit-line', 'Mara Quill'],
    ]);
  });

  it('cue-in-sentence rules: cue before the quote, according to', () => {
    expect(reasons('Mara Quill said: "Nothing has changed for the ferry."')).toEqual([
      ['cue-before-quote', 'Mara Quill'],
    ]);
    expect(reasons('According to Mara Quill, "nothing has changed for the ferry".')).toEqual([
      ['according-to', 'Mara Quill'],
    ]);
    expect(reasons('"Nothing has changed for the ferry" is what Mara Quill told reporters.')).toEqual([
      ['cue-later-in-sentence', 'Mara Quill'],
    ]);
  });

  it('colon-and-source rules: reported by an outlet', () => {
    expect(reasons('"We will stay in the harbour," Mara Quill said, according to the Daily Star.')).toEqual([
      ['reported-by', 'Daily Star'],
    ]);
  });

  it('clause rules: a possessive and a noun of speech', () => {
    expect(reasons('Mara Quill\'s claim that the mayor "sold the harbour" was denied.')).toEqual([
      ['possessive-speech-noun', 'Mara Quill'],
    ]);
  });

  it('colon rules: a name and a colon', () => {
    expect(reasons('Quill: "We will not resign over the ferry."')).toEqual([['name-colon', 'Quill']]);
  });

  it('subject rules: the subject of the quote sentence, of the sentence before', () => {
    expect(reasons('Mara Quill wants the council to "stop the ferry cuts before winter."')).toEqual([
      ['subject-of-quote-sentence', 'Mara Quill'],
    ]);
    const previous = 'Mara Quill visited the harbour on Monday. "We need a ferry that runs every day of the week."';
    expect(reasons(previous)).toEqual([['subject-of-previous-sentence', 'Mara Quill']]);
  });

  it('continuation rules: paragraph, sentence, in paragraph', () => {
    const body = '"The ferry will run," said Mara Quill.\n\n"It will run all winter."';
    expect(reasons(body)).toEqual([
      ['after-quote-adjacent', 'Mara Quill'],
      ['continuation-paragraph', 'Mara Quill'],
    ]);
    const sentence = '"The ferry will run," Mara Quill said. The island is far away. "It will run all winter."';
    expect(reasons(sentence)).toEqual([
      ['after-quote-adjacent', 'Mara Quill'],
      ['continuation-sentence', 'Mara Quill'],
    ]);
    const later = '"The ferry will run," Mara Quill added. But that is not the same as "properly funded service."';
    expect(reasons(later)).toEqual([
      ['after-quote-adjacent', 'Mara Quill'],
      ['continuation-in-paragraph', 'Mara Quill'],
    ]);
  });

  it('no rule: reason none', () => {
    expect(
      reasons('The minister spoke on Tuesday at the harbour. "Nothing has changed for the ferry at all."'),
    ).toEqual([['none', null]]);
  });
});

describe('the rule tables', () => {
  it('give every rule a distinct name', () => {
    const names: string[] = [...ATTRIBUTION_RULES.map((r) => r.name), ...CONTINUATION_RULES.map((r) => r.name)];
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain('none');
  });
});

describe('the reason type', () => {
  it('is the rule names and none, nothing else (checked by tsc)', () => {
    const known: AttributionReason[] = ['after-quote-adjacent', 'continuation-paragraph', 'none'];
    // @ts-expect-error a name no rule table holds is no reason
    const unknown: AttributionReason = 'made-up-rule';
    expect([...known, unknown]).toHaveLength(4);
  });
});
