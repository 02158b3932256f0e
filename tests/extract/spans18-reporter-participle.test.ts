/**
 * A quotation whose closing mark was lost runs on into the reporter's sentence before the next opening mark; a
 * reporter's participle of speech after a clause (`…, saying the result was close`) in the words after the
 * speaker's last sentence in the first person shows the quotation ended there.
 */
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/extract/quote-spans.js';

const quoted = (text: string): string[] =>
  findQuoteSpans(text).map((q) => q.pieces.map((p) => text.slice(p.start, p.end)).join(' | '));

describe("a lost closing mark before a reporter's `, saying`", () => {
  it.each<[string, string[]]>([
    [
      'Lee added: "We won the vote. We kept going. Mr Roe was careful not to gloat, saying the result was close. "Nobody lost," Mr Roe said.',
      ['We won the vote. We kept going.', 'Nobody lost'],
    ],
    // `saying` in the speaker's own first-person sentence is the speaker's word: one quotation goes on
    [
      'Lee added: "We won the vote. I left early, saying goodbye to nobody. "Nobody lost," she said.',
      ['We won the vote. I left early, saying goodbye to nobody. | Nobody lost'],
    ],
  ])('%s', (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});
