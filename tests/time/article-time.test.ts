import { describe, expect, it } from 'vitest';
import { sentenceLayout } from '../../src/extract/document.js';
import { articleTime, inferSaidAt } from '../../src/extract/time/index.js';
import type { Span } from '../../src/model/types.js';

// The time stage's per-article state (date context, the lead's event day, sentences, every rule's matches)
// is one record made per article and passed to each quote's timing, not kept in the module.

const DATED = {
  text: 'Ferry strike ends\n“We are back at work,” the union leader said on Monday. “Talks resume at 14:30,” she added.',
  publishedAt: '2025-06-11',
  dateline: null,
};
const UNDATED = {
  text: 'Ferry strike ends\nThe union announced on June 9, 2025, that its members would return to the boats after a week ashore.\n“We are back at work,” the union leader said.',
  publishedAt: null,
  dateline: null,
};

function quoteAndCue(text: string, nth: number): { quote: { start: number; end: number }; cue: Span } {
  let open = -1;
  for (let k = 0; k <= nth; k++) open = text.indexOf('“', open + 1);
  const close = text.indexOf('”', open);
  const at = text.slice(close).search(/ (?:said|added)/u) + close + 1;
  const word = text.slice(at, text.indexOf(' ', at)).replace(/\.$/u, '');
  return { quote: { start: open + 1, end: close }, cue: { start: at, end: at + word.length, text: word } };
}

describe('articleTime', () => {
  it('serves every quote of its article as a fresh reading would', () => {
    const time = articleTime(DATED);
    for (const n of [0, 1]) {
      const { quote, cue } = quoteAndCue(DATED.text, n);
      const bounds = { start: 0, end: DATED.text.length };
      expect(inferSaidAt(DATED, quote, cue, bounds, time)).toEqual(inferSaidAt(DATED, quote, cue));
    }
    const { quote, cue } = quoteAndCue(DATED.text, 0);
    expect(inferSaidAt(DATED, quote, cue, undefined, time)).toMatchObject({ value: '2025-06-09', basis: 'relative' });
  });

  it('holds the lead’s event day of an undated article', () => {
    const time = articleTime(UNDATED);
    expect(time.lead?.day).toEqual({ y: 2025, m: 6, d: 9 });
    const { quote, cue } = quoteAndCue(UNDATED.text, 0);
    expect(inferSaidAt(UNDATED, quote, cue, undefined, time)).toMatchObject({ value: '2025-06-09', basis: 'event' });
  });

  it('is refused for another article, with a message saying so', () => {
    const { quote, cue } = quoteAndCue(DATED.text, 0);
    expect(() => inferSaidAt(DATED, quote, cue, undefined, articleTime(UNDATED))).toThrow(/another article/u);
    // same text, another date: another reading
    const redated = { ...DATED, publishedAt: '2024-01-02' };
    expect(() => inferSaidAt(redated, quote, cue, undefined, articleTime(DATED))).toThrow(/another article/u);
  });
});

// One sentence splitter (issue #11): the time stage reads the document model's sentences, not a splitting
// of its own.
describe('the time stage’s sentences are the document model’s', () => {
  it('reads the layout it is given, and refuses the layout of another text', () => {
    const layout = sentenceLayout(DATED.text);
    expect(articleTime(DATED, layout).layout).toBe(layout);
    expect(articleTime(DATED).layout).toEqual(layout);
    expect(() => articleTime(DATED, sentenceLayout(UNDATED.text))).toThrow(/articleTime: `layout`/u);
  });

  it('does not read a date across a paragraph break after an abbreviation', () => {
    const text =
      'Rally held\nThe candidate spoke at a Dec. 4 rally in Raleigh, N.C.\n\n“We will win this state,” he said.';
    const article = { text, publishedAt: '2025-12-12', dateline: null };
    const { quote, cue } = quoteAndCue(text, 0);
    expect(inferSaidAt(article, quote, cue)).toMatchObject({ value: '2025-12-12', basis: 'inferred' });
  });

  it('ends a sentence after doubled closing marks, so a later sentence’s day is not the quotation’s', () => {
    const text =
      "Port talks\nThe union's head called the offer ''a start.'' Talks resumed on Wednesday, officials said.";
    const article = { text, publishedAt: '2025-06-13', dateline: null };
    const open = text.indexOf("''") + 2;
    const quote = { start: open, end: text.indexOf("''", open) };
    const at = text.indexOf('called');
    expect(inferSaidAt(article, quote, { start: at, end: at + 6, text: 'called' })).toMatchObject({
      value: '2025-06-13',
      basis: 'inferred',
    });
  });
});
