import { describe, expect, it } from 'vitest';
import { inferSaidAt } from '../../src/extract/time/index.js';

/** Friday. */
const PUBLISHED = '2025-09-05';

/**
 * The said-at of the quotation `words` of `text` (the first occurrence), cued by `cue` (its first occurrence):
 * `value basis`, or null.
 */
function saidAt(text: string, words: string, cue: string): string | null {
  const start = text.indexOf(words);
  const at = text.indexOf(cue);
  const s = inferSaidAt(
    { text, publishedAt: PUBLISHED, dateline: null },
    { start, end: start + words.length },
    { start: at, end: at + cue.length, text: cue },
  );
  return s ? `${s.value} ${s.basis}` : null;
}

describe('a time inside another quotation is what was said, not when', () => {
  it.each([
    [
      'The board said it wanted "growth from 4% today to 9% by 2030" and a "leaner port".',
      'leaner port',
      'said',
      `${PUBLISHED} inferred`,
    ],
    [
      '"We are here today to talk," Tam Oduya said. "The quay is sound."',
      'The quay is sound.',
      'said',
      `${PUBLISHED} inferred`,
    ],
    // a quotation of several sentences leaves an odd mark at the start of its last one: still outside
    [
      'Tam Oduya said: "The quay is sound. It will hold." On Monday, Oduya told the board the quay was "safe".',
      'safe',
      'told',
      '2025-09-01 relative',
    ],
    // the stretch around the cue between the pieces of the quotation is outside it
    [
      '"The quay," Tam Oduya said on Monday, "is sound."',
      'The quay," Tam Oduya said on Monday, "is sound.',
      'said',
      '2025-09-01 relative',
    ],
  ])('%s', (text, words, cue, expected) => {
    expect(saidAt(text, words, cue)).toBe(expected);
  });
});

describe('a year only, its preposition held by the cue: that year, no day', () => {
  it.each([
    ['"Nobody hired women," Tam Oduya said in 2003.', 'Nobody hired women,', 'said in', '2003 stated'],
    ['Tam Oduya said in 2003 that "nobody hired women".', 'nobody hired women', 'said in', '2003 stated'],
    ['"Nobody hired women," Tam Oduya said in March.', 'Nobody hired women,', 'said in', '2025-03 relative'],
  ])('%s', (text, words, cue, expected) => {
    expect(saidAt(text, words, cue)).toBe(expected);
  });
});

describe('a date after the cue in a clause of another time (pluperfect, modal, future infinitive)', () => {
  it.each([
    ['Tam Oduya said the board had decided in March that the quay was "sound".', 'sound', 'said'],
    ['Tam Oduya said the deal was "close" and would be signed in March.', 'close', 'said'],
    ['Tam Oduya said the port "will reopen" and the ferry will sail on Tuesday.', 'will reopen', 'said'],
    ['"The quay is sound," Tam Oduya told the programme, to be aired on Sunday.', 'The quay is sound,', 'told'],
  ])('%s', (text, words, cue) => {
    expect(saidAt(text, words, cue)).toBe(`${PUBLISHED} inferred`);
  });

  it.each([
    ['Tam Oduya said on Tuesday the deal "would be signed" soon.', 'would be signed', 'said', '2025-09-02 relative'],
    // a comma after the verb group: the date may modify the speech again
    [
      'Tam Oduya said the deal would be signed, in a speech on Tuesday, calling it "close".',
      'close',
      'said',
      '2025-09-02 relative',
    ],
  ])('still the stated day: %s', (text, words, cue, expected) => {
    expect(saidAt(text, words, cue)).toBe(expected);
  });
});

describe('a date naming a thing in the reported clause is not when it was said', () => {
  it.each([
    ['Tam Oduya said she felt Tuesday\'s vote was "a relief".', 'a relief', 'said', `${PUBLISHED} inferred`],
    [
      'Tam Oduya called the dip in August\'s figures "a mild decline".',
      'a mild decline',
      'called',
      `${PUBLISHED} inferred`,
    ],
    // the occasion: after a preposition, or the audience told
    [
      'Tam Oduya said on Wednesday\'s programme: "The quay is sound."',
      'The quay is sound.',
      'said',
      '2025-09-03 relative',
    ],
    ['Tam Oduya said at Tuesday\'s rally that the quay was "sound".', 'sound', 'said', '2025-09-02 relative'],
    ['Tam Oduya told Tuesday\'s meeting the quay was "sound".', 'sound', 'told', '2025-09-02 relative'],
  ])('%s', (text, words, cue, expected) => {
    expect(saidAt(text, words, cue)).toBe(expected);
  });
});

describe('still the stated day', () => {
  it.each([
    // the cue holds the preposition before the work the date names
    [
      '"The quay is sound," Tam Oduya wrote in a June 10, 2024 email.',
      'The quay is sound,',
      'wrote in',
      '2024-06-10 stated',
    ],
    // `on` a day's programme is the occasion, wherever it stands
    [
      'Tam Oduya called the quay "sound" to the crowd on Monday\'s edition of her show.',
      'sound',
      'called',
      '2025-09-01 relative',
    ],
    // a space before the closing mark, or a closing mark of the wrong shape, still closes the quotation
    [
      '"The quay is sound, \' " Tam Oduya told the board on Monday.',
      "The quay is sound, '",
      'told',
      '2025-09-01 relative',
    ],
    ['Tam Oduya called the quay “sound“ in a post on Monday.', 'sound', 'called', '2025-09-01 relative'],
    // a date alone between marks is a value written out
    [
      '<post date="2025-09-01">“The quay is sound,” Tam Oduya wrote.</post>',
      'The quay is sound,',
      'wrote',
      '2025-09-01 stated',
    ],
  ])('%s', (text, words, cue, expected) => {
    expect(saidAt(text, words, cue)).toBe(expected);
  });
});
