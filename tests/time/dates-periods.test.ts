import { describe, expect, it } from 'vitest';
import { inferSaidAt } from '../../src/extract/time/index.js';
import type { SaidAt, Span } from '../../src/model/types.js';

/** Thursday. */
const THURSDAY = '2025-09-04';

/**
 * An article of the given text (paragraphs joined by line breaks): the quote is the first “…” of the
 * last paragraph, the cue the first `cue` after the start of that paragraph outside the quotation.
 */
function saidAt(text: string, cue: string | null, publishedAt: string | null = THURSDAY): SaidAt | null {
  const paragraph = text.lastIndexOf('\n') + 1;
  const start = text.indexOf('“', paragraph) + 1;
  const end = text.indexOf('”', start);
  let cueSpan: Span | null = null;
  if (cue) {
    let at = text.indexOf(` ${cue}`, paragraph) + 1;
    if (at > start && at < end) at = text.indexOf(` ${cue}`, end) + 1;
    if (at === 0) throw new Error(`test fixture: cue "${cue}" not in "${text}"`);
    cueSpan = { start: at, end: at + cue.length, text: cue };
  }
  return inferSaidAt({ text, publishedAt, dateline: null }, { start, end }, cueSpan);
}

const PUBLICATION_DAY = { value: THURSDAY, precision: 'day', basis: 'inferred', expression: null };

describe('a stretch of days gives its month, or no date when it spans more than one', () => {
  it.each([
    // Thursday 4 September 2025: last week is 25-31 August
    ['“We are ready,” Jo Lee said last week.', THURSDAY, '2025-08', 'last week'],
    // Wednesday 10 September: last week is 1-7 September
    ['“We are ready,” Jo Lee said last week.', '2025-09-10', '2025-09', 'last week'],
    // three weeks before Thursday 4 September: 11-17 August
    ['“We are ready,” Jo Lee told Acme Radio three weeks ago.', THURSDAY, '2025-08', 'three weeks ago'],
  ])('%s (published %s)', (sentence, published, value, expression) => {
    expect(saidAt(sentence, sentence.includes('told') ? 'told' : 'said', published)).toMatchObject({
      value,
      precision: 'month',
      basis: 'relative',
      expression: { text: expression },
    });
  });

  it.each([
    // Wednesday 8 October: last week is 29 September - 5 October
    ['“We are ready,” Jo Lee said last week.', '2025-10-08'],
    ['“We are ready,” Jo Lee said years ago.', THURSDAY],
    ['“We are ready,” Jo Lee said several months ago.', THURSDAY],
  ])('%s (published %s): no date', (sentence, published) => {
    expect(saidAt(sentence, sentence.includes('wrote') ? 'wrote' : 'said', published)).toBeNull();
  });

  // (twenty-third session: a stretch that is one calendar year gives that year, at year precision; before, no date)
  it.each([
    ['“We are ready,” Jo Lee said last year.', '2024', 'relative', 'last year'],
    ['“We are ready,” Jo Lee said in 2019.', '2019', 'stated', 'in 2019'],
    ['In 2019, Jo Lee said: “We are ready.”', '2019', 'stated', 'In 2019'],
    ['In a 2015 interview with Acme Radio, Jo Lee said: “We are ready.”', '2015', 'stated', 'a 2015 interview'],
    ['“We are ready,” Jo Lee said in a 2015 interview with Acme Radio.', '2015', 'stated', 'a 2015 interview'],
    ['“I was never ready,” Jo Lee wrote in her 1998 memoir.', '1998', 'stated', 'her 1998 memoir'],
    ['“We are ready,” Jo Lee said in the 2019 video.', '2019', 'stated', 'the 2019 video'],
  ])('%s: the year', (sentence, value, basis, expression) => {
    expect(saidAt(sentence, sentence.includes('wrote') ? 'wrote' : 'said')).toMatchObject({
      value,
      precision: 'year',
      basis,
      expression: { text: expression },
    });
  });

  it('“We are ready,” Jo Lee said two days ago: a day', () => {
    expect(saidAt('“We are ready,” Jo Lee said two days ago.', 'said')).toMatchObject({
      value: '2025-09-02',
      precision: 'day',
      basis: 'relative',
      expression: { text: 'two days ago' },
    });
  });

  it('a year of a work in an undated article is no day of its lead either: its year', () => {
    const text =
      'Acme Corp announced on September 3, 2025, that it would close its plant in Lisbon and move it abroad.\n' +
      '“We are ready,” Jo Lee said in a 2015 interview.';
    expect(saidAt(text, 'said', null)).toMatchObject({ value: '2015', precision: 'year', basis: 'stated' });
  });
});

describe('a year that tells of something else keeps the publication date', () => {
  it.each([
    ['“We are ready,” said Jo Lee, who founded Acme Corp in 2004.', 'said'],
    ['Jo Lee, who founded Acme Corp in 2004, said: “We are ready.”', 'said'],
    ['“We are ready,” Jo Lee said in 2025.', 'said'],
    ['“We are ready,” Jo Lee said of the plan for 2031.', 'said'],
  ])('%s', (sentence, cue) => {
    expect(saidAt(sentence, cue)).toEqual(PUBLICATION_DAY);
  });
});

describe('a period word that tells of something else than the speech keeps the publication date', () => {
  it.each([
    ['“We are ready,” said Jo Lee, who bought the house 10 years ago.', 'said'],
    ['“We are ready,” said Jo Moe, chief strategist for Acme Corp’s campaign four years ago.', 'said'],
    ['Jo Lee charged that Acme Corp had “broken” the pledge it made to the town council in 2009.', 'charged'],
    ['Citing last week’s flood as a warning, Jo Lee called for “a fresh start”.', 'called'],
    ['To Jo Lee, Acme Corp is the “kind-hearted” firm that saved her farm back in 1986.', null],
  ])('%s', (sentence, cue) => {
    expect(saidAt(sentence, cue)).toEqual(PUBLICATION_DAY);
  });

  it('a year inside another quotation of the sentence is what was said, not when', () => {
    const text = '“In 2008 we lost,” Jo Lee said, “and now we need a fresh start.”';
    const start = text.lastIndexOf('“') + 1;
    const end = text.lastIndexOf('”');
    const cue = { start: text.indexOf('said'), end: text.indexOf('said') + 4, text: 'said' };
    expect(inferSaidAt({ text, publishedAt: THURSDAY, dateline: null }, { start, end }, cue)).toEqual(PUBLICATION_DAY);
  });
});

describe('a named month in a relative clause tells of something else', () => {
  it('“We are ready,” said Jo Lee, who took over at Acme Corp in May 2023.', () => {
    expect(saidAt('“We are ready,” said Jo Lee, who took over at Acme Corp in May 2023.', 'said')).toEqual(
      PUBLICATION_DAY,
    );
  });

  it('Jo Lee, who proclaimed in July that Acme Corp was “finished”: the clause of the speech', () => {
    expect(
      saidAt('Jo Lee, who proclaimed in July that Acme Corp was “finished”, has changed her mind.', 'proclaimed'),
    ).toMatchObject({ value: '2025-07', precision: 'month' });
  });
});

describe('a month with its year after a comma', () => {
  it('Acme Corp, when announcing the sale in May, 2018, called it “a fresh start”', () => {
    expect(
      saidAt('Acme Corp, when announcing the sale in May, 2018, called it “a fresh start” for the firm.', 'called'),
    ).toMatchObject({ value: '2018-05', precision: 'month', basis: 'stated' });
  });
});

describe('the sentence before says when, when the quote’s sentence points back to it', () => {
  it.each([
    [
      'In February, Acme Corp held a summit in Lisbon. During the summit, Jo Lee said the firm needed “a fresh start”.',
      '2025-02',
      'month',
    ],
    ['Jo Lee flew to Lisbon on Monday. At the meeting, she said the firm needed “a fresh start”.', '2025-09-01', 'day'],
    ['Jo Lee flew to Lisbon on Monday. In a meeting that day, she called for “a fresh start”.', '2025-09-01', 'day'],
  ])('%s', (text, value, precision) => {
    expect(saidAt(text, text.includes('called') ? 'called' : 'said')).toMatchObject({ value, precision });
  });

  it('without a word pointing back, the sentence before says nothing of the quote', () => {
    const text = 'Jo Lee flew to Lisbon on Monday. She said the firm needed “a fresh start”.';
    expect(saidAt(text, 'said')).toEqual(PUBLICATION_DAY);
  });
});

describe('a paragraph that opens in another time leaves the quote undated', () => {
  it('In 2010, Acme Corp went bankrupt. “We lost everything,” Jo Lee said.', () => {
    expect(saidAt('In 2010, Acme Corp went bankrupt. “We lost everything,” Jo Lee said.', 'said')).toBeNull();
  });

  it('On 3 May, … more than a week before the publication date: no date', () => {
    expect(saidAt('On 3 May, Acme Corp went bankrupt. “We lost everything,” Jo Lee said.', 'said')).toBeNull();
  });

  it.each([
    // a day of the last week: the publication date stands for it, approximately (marked inferred)
    'On Monday, Acme Corp went bankrupt. “We lost everything,” Jo Lee said.',
    // a year inside the sentence, not opening it, is background
    'Acme Corp, founded in 2010, went bankrupt. “We lost everything,” Jo Lee said.',
    // the paragraph before is another paragraph
    'In 2010, Acme Corp went bankrupt.\n“We lost everything,” Jo Lee said.',
  ])('%s: the publication date', (text) => {
    expect(saidAt(text, 'said')).toEqual(PUBLICATION_DAY);
  });
});

describe('a digest of a month or more: the publication day stands for none of its quotes', () => {
  const monthly =
    'The following is the third edition of a monthly series following the Acme Corp trial, from our reporters.';
  it.each<[string, string, SaidAt | null]>([
    ['a monthly series', `${monthly}\n“We are ready,” Jo Lee said.`, null],
    [
      'a year in review',
      'Our year in review: the council, the harbour and the floods of the past twelve months.\n“We are ready,” Jo Lee said.',
      null,
    ],
    [
      'its own date still stands',
      `${monthly}\n“We are ready,” Jo Lee said on 3 September.`,
      {
        value: '2025-09-03',
        precision: 'day',
        basis: 'stated',
        expression: { start: 0, end: 0, text: 'on 3 September' },
      },
    ],
    [
      'a weekly digest keeps the publication day (within the week it stands for)',
      'Welcome to the weekly digest of news from the Acme Corp trial and the council.\n“We are ready,” Jo Lee said.',
      PUBLICATION_DAY as SaidAt,
    ],
  ])('%s', (_why, text, expected) => {
    const got = saidAt(text, 'said');
    if (expected?.expression)
      expect(got).toMatchObject({ value: expected.value, expression: { text: expected.expression.text } });
    else expect(got).toEqual(expected);
  });
});
