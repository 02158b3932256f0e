import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { article } from './article.js';

const last = (text: string) => {
  const q = extractQuotes(article(`The vote was close. Tom Bell lost.\n\n${text}`)).slice(-1)[0]!;
  return [q.attribution.name, q.attribution.reason, q.attribution.mention?.text ?? null];
};

describe('a rule whose speaker is no one gives way to the next rule', () => {
  // candidates: cue-before-quote reads `asked` and the capitalised word before it (`When`: no name, no
  // person, no organisation); subject-of-quote-sentence reads the subject of the main clause (`Bell`). The
  // first names nobody, so the second wins.
  it.each<[string, string, string, string]>([
    [
      'When asked whether he would run again, Bell thought for a moment and said that in the current climate, “it is an advantage not to be famous.”',
      'Tom Bell',
      'subject-of-quote-sentence',
      'Bell',
    ],
  ])('%s', (text, name, reason, mention) => {
    expect(last(text)).toEqual([name, reason, mention]);
  });

  it('when no rule names anyone, the first rule keeps its cue and mention, without a speaker', () => {
    // `When` is the only candidate (the main clause has no subject of its own): refused, it still marks
    // the quotation as cued (its reason and mention stay), and no name is given
    expect(last('When asked about it on Monday, said that the plan was “a joke.”')).toEqual([
      null,
      'cue-before-quote',
      'When',
    ]);
  });

  it('a quotation whose only candidate names no one continues the previous speaker, as an uncued one would', () => {
    // cue-in-previous-paragraph reads `Rather, he said,` and takes `Rather` (a sentence adverb: no one);
    // the quotation then takes the continuation rules' candidate, the speaker of the quotation before
    const text =
      '“The first thing is to stop the bridge,” Tom Bell said.\n\nBell, who calls the plan a “folly,” said he does not need an alternative. Rather, he said, continued delays by the council will build support.\n\n“To my knowledge, nobody else is involved yet.”';
    expect(last(text).slice(0, 2)).toEqual(['Tom Bell', 'continuation-paragraph']);
  });
});
