import { describe, expect, it } from 'vitest';
import { randomJoins } from './random-joins.js';
import { termWordEndChecks } from '../../src/extract/terms.js';

const { endsInWordThenSpace, COORDINATED, GLOSS_BEFORE } = termWordEndChecks;

/** Texts before a quotation near the two patterns: quoted stretches, `and`/`or` (and look-alikes), names, gaps. */
function befores(count: number, seed: number): string[] {
  const words = [
    'and',
    'or',
    'And',
    'OR',
    'for',
    'band',
    'nor',
    'Jo',
    'Acme',
    'Lee’s',
    'O.K',
    'élan',
    '"Go home"',
    '“dark web”',
    "''x''",
    '‘bad’',
    'x',
  ];
  const gaps = [' ', ' ', '  ', ', ', ',', '\u00a0', '\n', '\t', '"', '“', '', '.', '\u2003'];
  // endings near the patterns' own (and near misses), so that both match often
  const tails = ['', ' and ', ', or ', ' or\u00a0', ', or', ' nor ', ' and\t\n', '" or ', '” and ', ' band ', ', OR '];
  return randomJoins(words, gaps, 6, count, seed).map((t, i) => t + tails[(i * 7) % tails.length]!);
}

describe('terms: endsInWordThenSpace never turns away words COORDINATED or GLOSS_BEFORE match', () => {
  it('reads the end', () => {
    const cases: Array<[string, string, boolean]> = [
      ['chanted "Go home" and ', 'and', true],
      ['chanted "Go home" and', 'and', false],
      ['Acme, or  ', 'or', true],
      ['Acme, nor ', 'or', true],
      ['Acme, ore ', 'or', false],
      ['or ', 'or', true],
      [' ', 'or', false],
    ];
    for (const [text, word, expected] of cases) expect(endsInWordThenSpace(text, word), text).toBe(expected);
  });

  it('holds on 40,000 generated texts', () => {
    let coordinated = 0;
    let gloss = 0;
    for (const before of befores(40_000, 17)) {
      if (COORDINATED.test(before)) {
        coordinated++;
        expect(endsInWordThenSpace(before, 'or') || endsInWordThenSpace(before, 'and'), before).toBe(true);
      }
      if (GLOSS_BEFORE.test(before)) {
        gloss++;
        expect(endsInWordThenSpace(before, 'or'), before).toBe(true);
      }
    }
    // the texts reach both patterns: the property is not vacuous
    expect(coordinated).toBeGreaterThan(50);
    expect(gloss).toBeGreaterThan(50);
  });
});
