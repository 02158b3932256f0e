import { describe, expect, it } from 'vitest';
import { inferSaidAt } from '../../src/extract/time/index.js';

/** Friday. */
const PUBLISHED = '2025-09-05';

/** The said-at of the one quotation of `text` (between `“` and `”`), cued by `cue` (its first occurrence). */
function own(text: string, cue: string, publishedAt: string | null = PUBLISHED): string | null {
  const start = text.indexOf('“') + 1;
  const end = text.lastIndexOf('”');
  const at = text.indexOf(cue);
  const s = inferSaidAt(
    { text, publishedAt, dateline: null },
    { start, end },
    { start: at, end: at + cue.length, text: cue },
  );
  return s ? `${s.value} ${s.precision} ${s.basis}` : null;
}

describe('a year that modifies the speech: that year, at year precision', () => {
  it.each([
    ['“The quay is sound,” Tam Oduya said in 2003.', 'said'],
    ['Tam Oduya told the Harbour Gazette in 2003 that the quay was “sound enough”.', 'told'],
    ['Tam Oduya said on Acme Radio in 2003 that the quay was “sound enough”.', 'said'],
    ['Tam Oduya, in a 2003 interview, said the quay was “sound enough”.', 'said'],
    ['Tam Oduya in 2003 said the quay was “sound enough”.', 'said'],
    ['In 2003, Tam Oduya said the quay was “sound enough”.', 'said'],
    ['Tam Oduya wrote in a 2003 blog post that the quay was “sound enough”.', 'wrote'],
    ['“The quay is sound,” Tam Oduya told the gazette in 2003.', 'told'],
  ])('%s', (text, cue) => {
    expect(own(text, cue)).toBe('2003 year stated');
    // an article without a date: the year the text states all the same
    expect(own(text, cue, null)).toBe('2003 year stated');
  });

  it('`last year` counted from the publication date', () => {
    expect(own('“The quay is sound,” Tam Oduya said last year.', 'said')).toBe('2024 year relative');
  });
});

describe('a year of a forecast or another happening is no date of the speech: no date (as before)', () => {
  it.each([
    // the year dates the reported clause before the cue
    ['The economy grew by 3 % in 2003, Tam Oduya said, calling it “a fair start”.', 'said'],
    // the year dates the reported clause after `said` (no audience, no preposition before it)
    ['Tam Oduya said growth of 3 % in 2003 was “a fair start”.', 'said'],
    ['Tam Oduya said that in 2003 the quay was “sound enough”.', 'said'],
    // a pluperfect, a modal, an event verb between the cue and the year
    ['Tam Oduya said the firm had made a loss in 2003 and called it “a bad year”.', 'said'],
    ['Tam Oduya told reporters the port would have reopened in 2003 but for “the storm”.', 'told'],
    ['Tam Oduya told the gazette the strike began in 2003 and called it “long”.', 'told'],
  ])('%s: no year', (text, cue) => {
    expect(own(text, cue)).toBeNull();
  });

  it.each([
    // (a quotation between the year and the cue)
    ['Growth of 3 % in 2003 was “a fair start”, Tam Oduya said.', 'said'],
    ['Tam Oduya said the country will hold elections in 2031, calling them “overdue”.', 'said'],
    ['“The quay is sound,” Tam Oduya said in 2031.', 'said'],
  ])(
    'the publication day: a year of another clause, or after the publication year the publication year never: %s',
    (text, cue) => {
      expect(own(text, cue)).toBe('2025-09-05 day inferred');
    },
  );

  it.each([
    ['The economy grew by 3 % in 2003, Tam Oduya said, calling it “a fair start”.', 'said'],
    ['Tam Oduya said growth of 3 % in 2003 was “a fair start”.', 'said'],
    ['Tam Oduya said the country will hold elections in 2031, calling them “overdue”.', 'said'],
  ])('in an article without a date: no year (%s)', (text, cue) => {
    expect(own(text, cue, null)).toBeNull();
  });
});

describe('an opening year and a cue set after a clause of its own', () => {
  it('In 2003, the economy grew by 3 %, Tam Oduya said: no year', () => {
    expect(own('In 2003, the economy grew by 3 %, Tam Oduya said, calling it “a fair start”.', 'said')).toBeNull();
  });
  it('In 2003 a jet came in at “very low height” according to the Harbour Gazette: no year', () => {
    expect(
      own('In 2003 a jet came in at “very low height” according to the Harbour Gazette.', 'according to'),
    ).toBeNull();
  });
  it('an object before the year after `described`: the year', () => {
    expect(own('Tam Oduya described Jo Lee to the gazette in 2003: “a fair judge”.', 'described')).toBe(
      '2003 year stated',
    );
  });
  it('In a 2003 interview with Acme Radio, Tam Oduya said: the year', () => {
    expect(own('In a 2003 interview with Acme Radio, Tam Oduya said the quay was “sound enough”.', 'said')).toBe(
      '2003 year stated',
    );
  });
});

describe('a cue between the pieces of a quotation and a year of another thing after it', () => {
  it('“At the time,” Tam Oduya said, referring to entries of late 2003, “I knew.”: no year', () => {
    const text = '“At the time,” Tam Oduya said, referring to the first entries in late 2003, “I knew it was wrong.”';
    const at = text.indexOf('said');
    const s = inferSaidAt(
      { text, publishedAt: PUBLISHED, dateline: null },
      { start: 1, end: text.length - 1 },
      { start: at, end: at + 4, text: 'said' },
    );
    expect(s).toBeNull();
  });
});

describe('an opening year and a cue in a clause of its own, or set as an aside: no year', () => {
  it.each([
    ['In 2003, under what Tam Oduya called “the old model”, the club charged $100 a round.', 'called'],
    ['In 2003, Tam Oduya said, the harbour fund had made his father “a sponsor”.', 'said'],
  ])('%s', (text, cue) => {
    expect(own(text, cue)).toBeNull();
  });

  it('a piece of the quotation between the year and the cue', () => {
    const text =
      'In 2003, when the board offered towns money for schools, “towns were short of money. They needed it,” Tam Oduya said. “And he set terms.”';
    const at = text.indexOf('said');
    const s = inferSaidAt(
      { text, publishedAt: PUBLISHED, dateline: null },
      { start: text.indexOf('“') + 1, end: text.length - 2 },
      { start: at, end: at + 4, text: 'said' },
    );
    expect(s).toBeNull();
  });

  it('In 2003, Tam Oduya said, “…”: the year (a quotation after the comma is no aside)', () => {
    expect(own('In a 2003 interview with the gazette, Tam Oduya said, “I have been through everything.”', 'said')).toBe(
      '2003 year stated',
    );
  });
});
