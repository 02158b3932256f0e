import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TIME_RULES } from '../../src/extract/time/rules.js';
import { ruleOpenings } from '../../src/extract/time/matching.js';

/**
 * Time rules are tried only at the offsets `ruleOpenings` lists (digits, and the words each rule's
 * matches open with): that finds the same matches as the rule's pattern over the whole text only if
 * every match the pattern finds begins at one of them.
 */
function missedMatches(text: string): string[] {
  const openings = ruleOpenings(text);
  const missed: string[] = [];
  TIME_RULES.forEach((rule, r) => {
    const pattern = new RegExp(rule.pattern.source, rule.pattern.flags);
    for (const m of text.matchAll(pattern))
      if (!openings[r]!.includes(m.index)) missed.push(`${rule.name} at ${m.index}: ${m[0]}`);
  });
  return missed;
}

describe('time rule openings hold every match', () => {
  it.each([
    'He spoke at 4:25 p.m. on Tuesday, 3 September 2025.',
    'On Sept. 3, 2025 and on 2025-09-03 at 16h25 (16:46) she said so.',
    'This past FRIDAY, last month and earlier this month: it was yesterday, not tonight.',
    'Earlier today, in August 2025, During March and late Dec it rained at noon and at MIDNIGHT.',
    'Mondays and next Monday are not when it was said; coming Sunday neither.',
    'x4pm _Tuesday éTuesday 12:30 a1 In\u00A0August',
    'Tuesday',
    'It rained past Tuesday.',
    'in May',
    'a few days ago, an hour, and a 2015 interview; into 2004, in 2004, In2004, Inside August, in August',
    'then the 1998 memoir, his 1976 book; years ago, weeks ago; last weekend, last week, last year',
    'a\u00A0few weeks ago; A week ago; a_week ago; an1 year ago',
  ])('%s', (text) => {
    expect(missedMatches(text)).toEqual([]);
  });

  const pieces = [
    '1',
    '12',
    '4',
    '2025',
    '-',
    ':',
    '.',
    ',',
    ' ',
    '\u00A0',
    '\n',
    'a',
    'p',
    'm',
    'h',
    'x',
    '_',
    'é',
    'İ',
    '\u212A',
    'st',
    'th',
    'of ',
    'Sept',
    'Sep',
    'September',
    'May',
    'March',
    'Jan',
    'in',
    'In',
    'during',
    'Early',
    'late',
    'LATE',
    'last',
    'Last',
    'this',
    'THIS',
    'past',
    'next',
    'coming',
    'Tuesday',
    'tuesday',
    'FRIDAY',
    's',
    'noon',
    'Midnight',
    'midday',
    'yesterday',
    'earlier',
    'today',
    'tonight',
    'the',
    'day',
    'morning',
    'evening',
    'month',
    'Month',
    'an',
    'A',
    'and',
    'into',
    'his',
    'years',
    'ago',
    'weeks',
    'week',
    'interview',
    'few',
    'several',
    'earlier',
    '1998',
  ];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((xs) => xs.join(''));

  it('for texts built from the rules’ own words, digits and separators', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(missedMatches(t)).toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});
