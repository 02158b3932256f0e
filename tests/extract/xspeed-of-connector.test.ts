import { describe, expect, it } from 'vitest';
import { randomJoins } from './random-joins.js';
import { cueEndChecks } from '../../src/extract/cues.js';

const { ofConnector, nameOfEnd, NAME_OF_END } = cueEndChecks;

/**
 * Deterministic texts before a cue verb: names, the connectors (`of`, `from`, `at`, `with`) and words holding
 * them (`offer`, `atlas`, `Without`), capitals, determiners and descriptors, joined by spaces of every kind.
 */
function ends(count: number, seed: number): string[] {
  const parts = [
    'Jo',
    'Lee',
    'Ann Roe',
    'Jo Lee of',
    'Ann Roe at',
    'Jo Lee with the',
    'of',
    'from',
    'at',
    'with',
    'Of',
    'At',
    'offer',
    'atlas',
    'Without',
    'the',
    'pro-reform',
    'Daily',
    'Ledger',
    'Council',
    'and',
    'to',
    'U.S.',
    'Mr.',
    'Émile',
    '\u{1D400}',
  ];
  const gaps = [' ', ' ', ' ', '  ', ', ', ',', '', '\u00a0', '\n', '\t', '.'];
  return randomJoins(parts, gaps, 6, count, seed);
}

describe('cue subjects: NAME_OF_END is tried only when a connector stands between white space', () => {
  it.each([
    ['Jo Lee of the Daily Ledger', true],
    ['Jo Lee from Ohio', true],
    ['Jo Lee\u00a0at\u00a0Acme', true],
    ['Ann Roe with\nthe Council', true],
    ['as party strategist Jo Lee', false],
    ['Jo Lee offered Acme', false],
    ['Without Jo Lee', false],
    ['Jo Lee,of Acme', false],
  ])('%j: %s', (text, expected) => {
    expect(ofConnector(text)).toBe(expected);
  });

  it('on 60,000 generated ends: whenever NAME_OF_END matches, the check says it may', () => {
    let matched = 0;
    let turnedAway = 0;
    for (const s of ends(60000, 11)) {
      if (NAME_OF_END.test(s)) {
        matched++;
        expect(ofConnector(s), JSON.stringify(s)).toBe(true);
      } else if (nameOfEnd(s) && !ofConnector(s)) turnedAway++;
    }
    // the pattern matches some of them (the test reaches the check's yes), and the check turns texts away that
    // the end check alone lets through
    expect(matched).toBeGreaterThan(200);
    expect(turnedAway).toBeGreaterThan(1000);
  });
});
