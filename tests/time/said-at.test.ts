import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inferSaidAt } from '../../src/extract/time/index.js';
import { datelineZone } from '../../src/extract/time/zones.js';
import type { Span } from '../../src/model/types.js';

/** Thursday. */
const ARTICLE_DATE = '2025-09-04';
/** Distractor sentences around the one under test: their days must never be picked up. */
const LEAD = 'Leaders met on Monday at 08:10 in the capital. ';
const TAIL = ' Talks resume on 1 September at 11:45.';

/**
 * Builds an article from one sentence and places the quote (first opening mark to last closing
 * mark) and the cue (first occurrence of `cue` outside the quotation).
 */
function place(
  sentence: string,
  cue: string | null,
  publishedAt: string | null = ARTICLE_DATE,
  dateline: string | null = 'Paris, France',
) {
  const text = LEAD + sentence + TAIL;
  const start = text.indexOf('“') + 1;
  const end = text.lastIndexOf('”');
  let cueSpan: Span | null = null;
  if (cue) {
    const at = text.indexOf(` ${cue}`, LEAD.length) + 1;
    if (at === 0) throw new Error(`test fixture: cue "${cue}" not in "${sentence}"`);
    cueSpan = { start: at, end: at + cue.length, text: cue };
  }
  return inferSaidAt({ text, publishedAt, dateline }, { start, end }, cueSpan);
}

describe('clock times', () => {
  it.each([
    ['“We are ready,” the minister said at 16:25 local time.', '2025-09-04T16:25+02:00', 'at 16:25 local time'],
    ['“We are ready,” the minister said at 4:25 p.m.', '2025-09-04T16:25+02:00', 'at 4:25 p.m.'],
    ['“We are ready,” the minister said at 9am on state radio.', '2025-09-04T09:00+02:00', 'at 9am'],
    [
      '“We are ready,” the minister said shortly after 12:30 a.m.',
      '2025-09-04T00:30+02:00',
      'shortly after 12:30 a.m.',
    ],
    ['“We are ready,” the minister said. (16:46)', '2025-09-04T16:46+02:00', '16:46'],
    ['“We are ready” (16:46), the minister said.', '2025-09-04T16:46+02:00', '16:46'],
    ['“Nous sommes prêts,” a déclaré le ministre à 16h25.', '2025-09-04T16:25+02:00', '16h25'],
    ['“We are ready,” the minister said at 14:00 GMT.', '2025-09-04T14:00Z', 'at 14:00 GMT'],
    ['“We are ready,” the minister said at 9 a.m. ET.', '2025-09-04T09:00-04:00', 'at 9 a.m. ET'],
    ['“We are ready,” the minister said at noon.', '2025-09-04T12:00+02:00', 'at noon'],
    ['“We are ready,” the minister said to Acme Radio at 4 p.m.', '2025-09-04T16:00+02:00', 'at 4 p.m.'],
    ['At about 5 p.m. the minister said: “We are ready.”', '2025-09-04T17:00+02:00', 'about 5 p.m.'],
    ['“We are ready,” the minister said on Tuesday at 10:15.', '2025-09-02T10:15+02:00', 'on Tuesday at 10:15'],
    ['On Sept. 3, at 21:05, the minister said: “We are ready.”', '2025-09-03T21:05+02:00', 'On Sept. 3, at 21:05'],
  ])('%s', (sentence, value, expression) => {
    const saidAt = place(sentence, sentence.includes('déclaré') ? 'déclaré' : 'said');
    // a clock on a weekday is placed relative to the publication date; a clock alone is stated
    expect(saidAt).toMatchObject({
      value,
      precision: 'minute',
      basis: /Tuesday/.test(sentence) ? 'relative' : 'stated',
    });
    expect(saidAt?.expression?.text).toBe(expression);
  });
});

describe('dates and days', () => {
  it.each([
    ['On Aug. 28, the minister said: “We are ready.”', '2025-08-28', 'day', 'On Aug. 28', 'stated'],
    ['“We are ready,” the minister said on September 3, 2025.', '2025-09-03', 'day', 'on September 3, 2025', 'stated'],
    ['“We are ready,” the minister said on Sept. 3.', '2025-09-03', 'day', 'on Sept. 3', 'stated'],
    ['“We are ready,” the minister said on 3 September.', '2025-09-03', 'day', 'on 3 September', 'stated'],
    ['“We are ready,” the minister said on 2025-08-30.', '2025-08-30', 'day', 'on 2025-08-30', 'stated'],
    ['“We are ready,” the minister said yesterday.', '2025-09-03', 'day', 'yesterday', 'relative'],
    ['“We are ready,” the minister said earlier today.', '2025-09-04', 'day', 'earlier today', 'relative'],
    ['“We are ready,” the minister said this morning.', '2025-09-04', 'day', 'this morning', 'relative'],
    ['“We are ready,” the minister said on Tuesday.', '2025-09-02', 'day', 'on Tuesday', 'relative'],
    ['“We are ready,” the minister said last month.', '2025-08', 'month', 'last month', 'relative'],
    ['“We are ready,” the minister said in May.', '2025-05', 'month', 'in May', 'relative'],
    ['“We are ready,” the minister said in November 2024.', '2024-11', 'month', 'in November 2024', 'stated'],
  ])('%s', (sentence, value, precision, expression, basis) => {
    const saidAt = place(sentence, 'said');
    expect(saidAt).toMatchObject({ value, precision, basis });
    expect(saidAt?.expression?.text).toBe(expression);
  });

  it.each([
    ['“We will meet on Friday,” the minister said.', 'a day inside the quotation is not when it was said'],
    [
      '“We are ready,” the minister said ahead of talks on Sept. 10.',
      'a date after the article date is a future event',
    ],
    ['“We are ready,” the minister said before talks next Monday.', '"next" points forward'],
    ['“We meet on Tuesdays,” the minister said of the weekly sessions held on Tuesdays.', 'habitual plural'],
    ['“We are ready,” the minister may say, according to aides.', 'the modal "may" is not a month'],
    ['“We are ready,” the minister said on Feb. 30.', 'an impossible date'],
    ['“We are ready,” the minister said at 25:61.', 'an impossible clock'],
    [
      'Jo Lee said the fire at Acme Corp started at about 7:45 p.m. “Nobody was hurt,” she said.',
      'the clock of another clause, far from the cue',
    ],
    ['“We will wait,” the minister said, and the polls close at 7 p.m.', 'the clock of another clause'],
    ['“We are ready,” the minister said at a midday rally.', '"midday" modifying a noun names no minute'],
    [
      'The minister said the emergency began on Sept. 1 and that “we are ready.”',
      'the date of a happening told after the speech verb',
    ],
    ['“We are ready,” the minister said, adding that the strike started on Tuesday.', 'a happening’s weekday'],
    ['“We are ready,” the minister said before the midnight deadline.', '"midnight" modifying a noun'],
  ])('%s (%s)', (sentence) => {
    expect(place(sentence, sentence.includes(' said') ? 'said' : 'say')).toEqual({
      value: ARTICLE_DATE,
      precision: 'day',
      basis: 'inferred',
      expression: null,
    });
  });

  it('The decree says “the state of emergency holds” and that it began on Sept. 1. (no cue: a happening’s date after the quotation)', () => {
    expect(place('The decree says “the state of emergency holds” and that it began on Sept. 1.', null)).toEqual({
      value: ARTICLE_DATE,
      precision: 'day',
      basis: 'inferred',
      expression: null,
    });
  });

  it.each([
    'The minister had previously called the plan “a disgrace”.',
    'The minister once called the plan “a disgrace”.',
    'The minister has long called the plan “a disgrace”.',
  ])('%s (a speech told as earlier, no telling when: no date)', (sentence) => {
    expect(place(sentence, 'called')).toBeNull();
  });

  it('The minister spoke for an hour, not once calling the plan “a disgrace”. (“not once” is no earlier time)', () => {
    expect(place('The minister spoke for an hour, not once calling the plan “a disgrace”.', 'calling')).toMatchObject({
      value: ARTICLE_DATE,
      basis: 'inferred',
    });
  });

  it('The minister had previously called the plan “a disgrace” on Tuesday. (its own day still stands)', () => {
    expect(place('The minister had previously called the plan “a disgrace” on Tuesday.', 'called')).toMatchObject({
      value: '2025-09-02',
    });
  });

  it('“We are ready,” the minister said on Tuesday, “to sign the deal.” (cue interrupts the quotation)', () => {
    expect(place('“We are ready,” the minister said on Tuesday, “to sign the deal.”', 'said')).toMatchObject({
      value: '2025-09-02',
      basis: 'relative',
    });
  });

  it('“We are ready.” The minister said so on Tuesday. (cue in the next sentence)', () => {
    expect(place('“We are ready.” The minister said so on Tuesday.', 'said')?.value).toBe('2025-09-02');
  });

  it('“We are ready,” the minister said on Dec. 30. (article of early January: last year)', () => {
    expect(place('“We are ready,” the minister said on Dec. 30.', 'said', '2026-01-02')?.value).toBe('2025-12-30');
  });

  it('“We are ready,” the minister said. (no cue given: the quote sentence alone)', () => {
    expect(place('“We are ready,” the minister said yesterday.', null)?.value).toBe('2025-09-03');
  });
});

describe('deadlines, periods, other events and names are not when it was said', () => {
  it.each([
    ['“We are ready,” the minister said, giving bidders until Sept. 3 to reply.', 'a deadline'],
    ['“We are ready,” the minister said of the three months to 31 August 2025.', 'a reporting period'],
    ['“We are ready,” the minister said of the work done since Monday.', 'a period'],
    ['“We are ready,” the minister said after Tuesday’s vote.', 'another event'],
    ['“We are ready,” the minister said of the talks scheduled for Wednesday.', 'a scheduled event'],
    ['“We are ready,” the minister told the BBC’s Today programme.', 'a programme'],
    ['“We are ready,” the minister told the Sunday Times.', 'a paper'],
    ['“We are ready,” the minister told the Mail on Sunday.', 'a paper'],
    ['“We are ready,” the minister said, appearing on Today.', 'a programme, capitalised mid-sentence'],
    ['“We are ready,” the minister said of the Black Friday sales.', 'an event name'],
    ['“We are ready,” the minister told USA Today.', 'a paper'],
  ])('%s (%s)', (sentence) => {
    expect(place(sentence, sentence.includes(' said') ? 'said' : 'told')).toEqual({
      value: ARTICLE_DATE,
      precision: 'day',
      basis: 'inferred',
      expression: null,
    });
  });

  it('“We are ready,” the minister said shortly before midnight. (a clock after "before" is still when it was said)', () => {
    expect(place('“We are ready,” the minister said shortly before midnight.', 'said')).toMatchObject({
      precision: 'minute',
      basis: 'stated',
    });
  });
});

describe('weekday arithmetic', () => {
  it.each([
    ['on Tuesday', '2025-09-04', '2025-09-02'],
    ['on Thursday', '2025-09-04', '2025-09-04'],
    ['last Thursday', '2025-09-04', '2025-08-28'],
    ['on Friday', '2025-09-04', '2025-08-29'],
    ['on Friday', '2025-10-01', '2025-09-26'],
    ['on Monday', '2026-01-01', '2025-12-29'],
    ['on Thursday', '2024-03-01', '2024-02-29'],
    ['Sunday', '2025-09-08', '2025-09-07'],
    ['on Saturday', '2025-03-02', '2025-03-01'],
  ])('“We are ready,” the minister said %s. (article %s)', (when, publishedAt, value) => {
    expect(place(`“We are ready,” the minister said ${when}.`, 'said', publishedAt)).toMatchObject({
      value,
      precision: 'day',
      basis: 'relative',
    });
  });
});

describe('time zones and DST', () => {
  it.each([
    { dateline: 'Paris, France', publishedAt: '2025-01-15', clock: '16:25', value: '2025-01-15T16:25+01:00' },
    { dateline: 'Paris, France', publishedAt: '2025-09-04', clock: '16:25', value: '2025-09-04T16:25+02:00' },
    { dateline: 'Paris', publishedAt: '2025-03-30', clock: '01:30', value: '2025-03-30T01:30+01:00' },
    { dateline: 'Paris', publishedAt: '2025-03-30', clock: '03:30', value: '2025-03-30T03:30+02:00' },
    { dateline: 'LONDON', publishedAt: '2025-01-15', clock: '09:00', value: '2025-01-15T09:00+00:00' },
    { dateline: 'London, England', publishedAt: '2025-07-15', clock: '09:00', value: '2025-07-15T09:00+01:00' },
    { dateline: 'Kyiv, Ukraine', publishedAt: '2025-09-04', clock: '16:25', value: '2025-09-04T16:25+03:00' },
    { dateline: 'Washington', publishedAt: '2025-07-15', clock: '16:25', value: '2025-07-15T16:25-04:00' },
    { dateline: 'New York', publishedAt: '2025-01-15', clock: '16:25', value: '2025-01-15T16:25-05:00' },
    { dateline: 'Moscow', publishedAt: '2025-01-15', clock: '16:25', value: '2025-01-15T16:25+03:00' },
    { dateline: 'Tokyo, Japan', publishedAt: '2025-07-15', clock: '16:25', value: '2025-07-15T16:25+09:00' },
    { dateline: 'Springfield', publishedAt: '2025-09-04', clock: '16:25', value: '2025-09-04T16:25' },
    { dateline: null, publishedAt: '2025-09-04', clock: '16:25', value: '2025-09-04T16:25' },
  ])(
    '“We are ready,” the minister said at $clock. (dateline $dateline, $publishedAt)',
    ({ dateline, publishedAt, clock, value }) => {
      expect(place(`“We are ready,” the minister said at ${clock}.`, 'said', publishedAt, dateline)?.value).toBe(value);
    },
  );

  it.each([
    ['Paris, France', 'Europe/Paris'],
    ['France', 'Europe/Paris'],
    ['KYIV, Ukraine', 'Europe/Kyiv'],
    ['Washington, D.C.', 'America/New_York'],
    ['Berlin', 'Europe/Berlin'],
    ['Brussels, Belgium', 'Europe/Brussels'],
    ['Beijing', 'Asia/Shanghai'],
    ['Nowhere Town', null],
  ])('dateline %s → %s', (dateline, zone) => {
    expect(datelineZone(dateline)).toBe(zone);
  });
});

describe('without an article date', () => {
  it.each([
    [
      '“We are ready,” the minister said on September 3, 2025.',
      null,
      { value: '2025-09-03', precision: 'day', basis: 'stated' },
    ],
    ['“We are ready,” the minister said on Tuesday.', null, null],
    ['“We are ready,” the minister said at 16:25.', null, null],
    ['“We are ready,” the minister said.', null, null],
    ['“We are ready,” the minister said.', '2025-09', { value: '2025-09', precision: 'month', basis: 'inferred' }],
    [
      '“We are ready,” the minister said.',
      '2025-09-04T10:00:00+02:00',
      { value: '2025-09-04', precision: 'day', basis: 'inferred' },
    ],
    ['“We are ready,” the minister said.', 'not a date', null],
  ])('%s (published %s)', (sentence, publishedAt, expected) => {
    const saidAt = place(sentence, 'said', publishedAt);
    if (expected === null) expect(saidAt).toBeNull();
    else expect(saidAt).toMatchObject(expected);
  });
});

describe('garbage input', () => {
  it.each([
    ['', 0, 0],
    ['“”', 1, 1],
    ['12:99 99:00 Mayday 0h 33 Februar', 3, 8],
  ])('%j', (text, start, end) => {
    expect(inferSaidAt({ text, publishedAt: ARTICLE_DATE, dateline: null }, { start, end }, null)).toMatchObject({
      basis: 'inferred',
    });
  });

  it('never throws; a stated expression lies inside the text and matches it', () => {
    const tokens = [
      'on ',
      'at ',
      'Tuesday',
      '16:25',
      '4:25 p.m.',
      'Sept. 3',
      '3 September 2025',
      'yesterday',
      'last month',
      'GMT',
      'said',
      ' ',
      '“',
      '”',
      "'",
      '.',
      ',',
      '(',
      ')',
      '\n',
      'Mr. ',
      'x',
      '9',
      ':',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...tokens), { maxLength: 60 }).map((parts) => parts.join('')),
        fc.nat(),
        fc.nat(),
        fc.nat(),
        fc.option(fc.constantFrom('2025-09-04', '2024-02-29', '2025-01-01', '2025-09'), { nil: null }),
        (text, a, b, c, publishedAt) => {
          const start = text.length ? a % text.length : 0;
          const end = text.length ? start + (b % (text.length - start + 1)) : 0;
          const cueAt = text.length ? c % text.length : 0;
          const cue =
            c % 3 === 0
              ? null
              : { start: cueAt, end: Math.min(text.length, cueAt + 4), text: text.slice(cueAt, cueAt + 4) };
          const saidAt = inferSaidAt({ text, publishedAt, dateline: 'Paris' }, { start, end }, cue);
          if (saidAt?.expression) {
            const { start: s, end: e, text: t } = saidAt.expression;
            expect(s >= 0 && e <= text.length && s < e).toBe(true);
            expect(text.slice(s, e)).toBe(t);
          }
          if (saidAt) expect(saidAt.value).toMatch(/^\d{4}-\d{2}(-\d{2}(T\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})?)?)?$/);
        },
      ),
    );
  });
});
