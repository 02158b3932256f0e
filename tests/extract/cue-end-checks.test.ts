import { describe, expect, it } from 'vitest';
import { cueEndChecks } from '../../src/extract/cues.js';

const { nameEnd, nameOfEnd, whoEnd, NAME_END, NAME_OF_END, WHO_END } = cueEndChecks;

/** Deterministic text ends: names, particles, descriptions, marks, digits, astral letters, spaces. */
function ends(count: number, seed: number): string[] {
  const parts = [
    'Jo',
    'Lee',
    'lee',
    ' ',
    '  ',
    ', ',
    ',',
    'who',
    ' who',
    'of',
    ' of the ',
    'from',
    'Ohio',
    'the',
    'al-Shabaab',
    'AT&T',
    '4Cast',
    'Mr.',
    'U.S.',
    '(R-OH)',
    '.',
    '’s',
    "O'Neil",
    '-',
    'É',
    'é',
    '𝐀',
    '\u00a0',
    '\n',
    '7',
    'said',
    'pro-reform',
    'Daily',
  ];
  let x = seed;
  const next = (n: number): number => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x % n;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + next(10) }, () => parts[next(parts.length)]).join(''),
  );
}

describe('cue subjects: the end checks never turn away a text the pattern matches', () => {
  it('on invented ends', () => {
    expect(nameEnd('as party strategist Jo Lee ')).toBe(true);
    expect(nameEnd('as the company')).toBe(false);
    expect(nameOfEnd('Jo Lee of the Daily Ledger')).toBe(true);
    expect(nameOfEnd('Jo Lee of the paper')).toBe(false);
    expect(whoEnd('Jo Lee, who ')).toBe(true);
    expect(whoEnd('Jo Lee, whom')).toBe(false);
  });

  it('on 60,000 generated ends: whenever a pattern matches, its check says it may', () => {
    let turnedAway = 0;
    const matched = { name: 0, of: 0, who: 0 };
    for (const s of ends(60000, 3)) {
      if (NAME_END.test(s)) {
        matched.name++;
        expect(nameEnd(s), s).toBe(true);
      } else if (!nameEnd(s)) turnedAway++;
      if (NAME_OF_END.test(s)) {
        matched.of++;
        expect(nameOfEnd(s), s).toBe(true);
      }
      if (WHO_END.test(s)) {
        matched.who++;
        expect(whoEnd(s), s).toBe(true);
      }
    }
    // every pattern matches some of them: the test reaches each check's yes
    expect(Math.min(matched.name, matched.of, matched.who)).toBeGreaterThan(20);
    // the checks do turn texts away (else they would cost without saving anything)
    expect(turnedAway).toBeGreaterThan(1000);
  });
});
