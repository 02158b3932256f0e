import { describe, expect, it } from 'vitest';
import { featureScanners } from '../../src/extract/confidence.js';
import { quoteIn } from './article.js';

/**
 * The guards whose scans were made cheaper (speedx, twenty-second session): cases at the edges of the cheaper
 * tests (white space other than a space, brackets and commas round a word, a pattern's opening word just
 * missing), each with what the pattern alone gives.
 */
const { postposedCueOther, otherClauseSpeaker, mentionInList, termBeforeQuote, whatOthersCall, participleClause } =
  featureScanners;

/** End of the first quotation of `text` (its closing mark, the clause's comma or stop inside it left out). */
function quoteEnd(text: string): number {
  let end = text.indexOf('"', 1);
  while (/[,.?!]/u.test(text[end - 1]!)) end--;
  return end;
}

describe('postposedCueOther: the subject phrase read word by word', () => {
  // [text, the speaker the quote was given, fires]
  const cases: Array<[string, string, boolean]> = [
    // words apart by tabs and no-break spaces, as by spaces
    ['"We lost,"\tsaid\tcoach\tMia Holt.', 'Tom Vale', true],
    ['"We lost," said coach\u00A0Mia\u00A0Holt.', 'Tom Vale', true],
    ['"We lost," said coach\u00A0Mia\u00A0Holt.', 'Mia Holt', false],
    // brackets and commas round a word are no part of it
    ['"We lost," said (coach) Mia Holt, upset.', 'Mia Holt', false],
    // after a determiner, only a name whose token ends in a comma opens an appositive: `,Mia` does not
    ['"We lost," said the club\'s manager ,Mia Holt, (upset).', 'Tom Vale', false],
    ['"We lost," said ((,)) he.', 'Tom Vale', false],
    // a stop word ends the phrase: the capitalised words after it are not read
    ['"We lost," said in a statement Mia Holt.', 'Tom Vale', false],
    // a lower-case or a non-ASCII capital after the quotation, no verb first
    ['"We lost," the Holt family said.', 'Tom Vale', false],
    ['"We lost," Émile Holt said.', 'Tom Vale', true],
    ['"We lost," Émile Holt said.', 'Émile Holt', false],
    // a name before the verb: an initial is no word of it, a possessive is taken off, an astral capital opens one
    ['"We lost," J. Holt said.', 'Mia Holt', false],
    ['"We lost," J. Holt said.', 'Mia Lind', true],
    ['"We lost," Holt’s aide Kim said.', 'Mia Holt', false],
    ['"We lost," \u{1D400}lex Holt said.', 'Tom Vale', true],
    ['"We lost," Holt saidly.', 'Tom Vale', false],
  ];
  it.each(cases)('%s (given to %s): %s', (text, speaker, fires) => {
    expect(postposedCueOther(text, quoteEnd(text), new Set(speaker.split(' ')))).toBe(fires);
  });
});

describe('the guards that try a pattern only when its opening word is there', () => {
  it.each([
    // `, and` with a tab opens a clause as with a space
    ['Lind spoke first,\tand Park said the fee was "peanuts".', true],
    ['Lind spoke first, and then Park said the fee was "peanuts".', true],
    // no conjunction, no `, and`
    ['Lind spoke first as Park said the fee was "peanuts".', false],
  ])('otherClauseSpeaker: %s → %s', (text, fires) => {
    const q = quoteIn(text, 'peanuts', { name: 'Lind', mention: 'Lind', cue: 'spoke', reason: 'cue-before-quote' });
    expect(otherClauseSpeaker(text, q)).toBe(fires);
  });

  it.each([
    ['Officials including Jo Lind, Sam Park and Ann Roe signed a letter saying "no".', 'Sam Park', true],
    ['Stars like Jo Lind and Sam Park signed a letter saying "no".', 'Sam Park', true],
    // `likely` holds `like` but opens no list
    ['It is likely Jo Lind and Sam Park signed a letter saying "no".', 'Sam Park', false],
  ])('mentionInList: %s (mention %s) → %s', (text, mention, fires) => {
    const q = quoteIn(text, 'no', { name: mention, mention, cue: 'saying', reason: 'cue-before-quote' });
    expect(mentionInList(text, q)).toBe(fires);
  });

  it.each([
    ['Lind argues that the term "natural citizen" is vague.', true],
    ['Lind argues that the terms like "natural" are vague.', true],
    ['Lind argues that terms like "natural" are vague.', true],
    ['Lind argues that the Term "natural citizen" is vague.', false],
  ])('termBeforeQuote: %s → %s', (text, fires) => {
    const q = quoteIn(text, 'natural', { name: 'Lind', mention: 'Lind', cue: 'argues', reason: 'cue-before-quote' });
    expect(termBeforeQuote(text, q)).toBe(fires);
  });

  it.each([
    ['Lind noted that the levy, what the owners call "a fair fee", is central.', true],
    ['Lind noted that the levy, What the owners call "a fair fee", is central.', false],
    ['Lind noted that the levy, which the owners call "a fair fee", is central.', false],
  ])('whatOthersCall: %s → %s', (text, fires) => {
    const q = quoteIn(text, 'a fair fee', { name: 'Lind', mention: 'Lind', cue: 'noted', reason: 'cue-before-quote' });
    expect(whatOthersCall(text, q)).toBe(fires);
  });

  it.each([
    ['Lind said sorry.\nCalling it "just another apology", Park told reporters more.', true],
    ['Lind said sorry! Calling it "just another apology", Park told reporters more.', true],
    ['Lind said sorry; Calling it "just another apology", Park told reporters more.', false],
  ])('participleClause: %j → %s', (text, fires) => {
    const q = quoteIn(text, 'just another apology', {
      name: 'Lind',
      mention: 'Lind',
      cue: 'said',
      reason: 'cue-in-previous-sentence',
    });
    expect(participleClause(text, q)).toBe(fires);
  });
});
