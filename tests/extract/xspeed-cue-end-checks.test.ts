import { describe, expect, it } from 'vitest';
import { randomJoins } from './random-joins.js';
import { cueEndChecks } from '../../src/extract/cues.js';

const c = cueEndChecks;
/** The two party-tag patterns of readSubjectLeft, as it writes them. */
const TAG_END = /\s*\([^()]{1,40}\)\s*$/u;
const TAGGED_COMMA = /\s*\([^()]{1,40}\)\s*,$/u;

/**
 * Deterministic texts before a cue verb: names, pronouns (some glued to letters), modifiers, times (some glued
 * to `on`/`last`), `-ly` adverbs, a first verb and `and`, party tags, possessives, commas, descriptors, spaces,
 * non-ASCII letters and spaces, the Kelvin sign, an astral capital, a lone surrogate.
 */
function ends(count: number, seed: number): string[] {
  const parts = [
    'Jo',
    'Lee',
    'Ann Roe',
    'he',
    'She',
    'I',
    'we',
    'the',
    'they',
    'also',
    'has also',
    'later',
    'then',
    'quietly',
    'on',
    'last',
    'Monday',
    'Friday',
    'week',
    'morning',
    'onMonday',
    'lastweek',
    'smiled',
    'nods',
    'and',
    '(R-OH)',
    '(D)',
    '(',
    ')',
    "'s",
    '’s',
    "Acme's",
    'Lee’s',
    'party',
    'strategist',
    'Acme',
    'Gov.',
    'é',
    'Émile',
    '\u212a',
    '\u{1D400}',
    '\ud800',
  ];
  const gaps = [' ', ' ', ' ', '  ', ', ', ',', '', '\u00a0', '\n', '.', '-'];
  return randomJoins(parts, gaps, 6, count, seed);
}

describe('cue subjects: the end checks of readSubjectLeft never turn away a text the pattern matches', () => {
  it('on invented ends', () => {
    expect(c.pronounEnd('Still, she ')).toBe(true);
    expect(c.pronounEnd('Jo Lee ')).toBe(false);
    expect(c.verbPrefix('Jo Lee on Friday ')).toBe(true);
    expect(c.verbPrefix('Jo Lee onFriday')).toBe(true);
    expect(c.verbPrefix('Jo Lee smiled and')).toBe(true);
    expect(c.verbPrefix('Jo Lee')).toBe(false);
    expect(c.modifiers('Jo Lee has also ')).toBe(true);
    expect(c.modifiers('Jo Lee')).toBe(false);
    expect(c.tagEnd('Sen. Jo Lee (D-Ore.) ')).toBe(true);
    expect(c.tagEnd('Sen. Jo Lee')).toBe(false);
    expect(c.taggedComma('Gov. Jo Lee (R-OH),')).toBe(true);
    expect(c.taggedComma('Gov. Jo Lee,')).toBe(false);
    expect(c.possessiveDescEnd("Acme's chief")).toBe(true);
    expect(c.possessiveDescEnd('the chief')).toBe(false);
    expect(c.describedLastSegment('Or maybe Jo Lee, party strategist Ann Roe')).toBe(true);
    expect(c.describedLastSegment('party strategist Ann Roe')).toBe(false);
  });

  it('on 60,000 generated ends: whenever a pattern matches, its check says it may', () => {
    const pairs = [
      ['pronounEnd', c.pronounEnd, c.PRONOUN_END],
      ['verbPrefix', c.verbPrefix, c.VERB_PREFIX],
      ['modifiers', c.modifiers, c.MODIFIERS],
      ['tagEnd', c.tagEnd, TAG_END],
      ['taggedComma', c.taggedComma, TAGGED_COMMA],
      ['possessiveDescEnd', c.possessiveDescEnd, c.POSSESSIVE_DESC_END],
      ['describedLastSegment', c.describedLastSegment, c.DESCRIBED_LAST_SEGMENT],
    ] as const;
    const matched: Record<string, number> = {};
    let turnedAway = 0;
    for (const s of ends(60000, 5))
      for (const [name, check, pattern] of pairs) {
        if (pattern.test(s)) {
          matched[name] = (matched[name] ?? 0) + 1;
          expect(check(s), `${name}: ${JSON.stringify(s)}`).toBe(true);
        } else if (!check(s)) turnedAway++;
      }
    // every pattern matches some of them: the test reaches each check's yes
    for (const [name] of pairs) expect(matched[name] ?? 0, name).toBeGreaterThan(20);
    // the checks do turn texts away (else they would cost without saving anything)
    expect(turnedAway).toBeGreaterThan(200000);
  });
});
