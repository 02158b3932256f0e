/**
 * The tsquery a search ranks with (search.ts rankQuery) is written with its lexemes in descending order, so that
 * ts_rank's sort of them on every row is one pass; ts_rank scores them in sorted order, so the scores are those of
 * the query as the vocabulary lists its variants.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rankQuery } from '../../src/backend/postgres/search.js';
import { TEST_DATABASE_URL, warnIfSkipped } from './database.js';

describe('rankQuery', () => {
  it.each([
    ['one lexeme', [["'alpha'"]], "('alpha')"],
    ['variants, descending', [["'corn'", "'cord'", "'corner'", "'cornet'"]], "('cornet' | 'corner' | 'corn' | 'cord')"],
    ['a prefix after the longer word it begins', [["'form'", "'formal'"]], "('formal' | 'form')"],
    [
      'groups by their first lexeme, descending',
      [["'apple'", "'apples'"], ["'zebra'"], ["'melon'", "'melons'"]],
      "('zebra') & ('melons' | 'melon') & ('apples' | 'apple')",
    ],
    [
      'a weighted phrase word kept with its weight',
      [["'river'"], ["'bank'", "'banks'"], ["'delta':A"]],
      "('river') & ('delta':A) & ('banks' | 'bank')",
    ],
    // UTF-8 byte order, as PostgreSQL compares lexemes: U+FF41 (EF BD 81) before U+1D4B6 (F0 9D 92 B6), where
    // JavaScript's UTF-16 order puts the surrogate pair (D835) first.
    ['UTF-8 byte order, not UTF-16', [["'\u{1d4b6}x'", "'\uff41x'"]], "('\u{1d4b6}x' | '\uff41x')"],
  ])('%s', (_, groups, expected) => {
    expect(rankQuery(groups)).toBe(expected);
  });

  it('leaves its argument as it was', () => {
    const groups = [["'a'", "'b'"]];
    rankQuery(groups);
    expect(groups).toEqual([["'a'", "'b'"]]);
  });
});

const skip = warnIfSkipped('tests/backend/pg19-rank-order.test.ts');

describe.skipIf(skip)('ts_rank of the reordered query (PostgreSQL)', () => {
  let client: pg.Client;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
  });

  afterAll(async () => {
    await client?.end();
  });

  it('gives every row the score of the query as written, OR and AND, text and speaker positions', async () => {
    // Invented rows over a few lexemes, each in the text (1A), the speaker's name (2B) or both, as rows.ts writes
    // them, and queries of one to three groups (a word's variants ORed, a phrase word weighted A).
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const words = ['bank', 'banks', 'banker', 'river', 'rivers', 'delta', 'deltas', 'port', 'ports', 'portal'];
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const rows: string[] = [];
    for (let i = 0; i < 60; i++) {
      const lexemes = new Map<string, string>();
      for (let j = 0; j < 1 + Math.floor(random() * 6); j++) lexemes.set(pick(words), pick(['1A', '2B', '1A,2B']));
      rows.push(
        [...lexemes]
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([w, at]) => `'${w}':${at}`)
          .join(' '),
      );
    }
    const pairs: Array<[string, string]> = [];
    for (let i = 0; i < 40; i++) {
      const groups: string[][] = [];
      for (let g = 0; g < 1 + Math.floor(random() * 3); g++) {
        const group = new Set<string>();
        for (let k = 0; k < 1 + Math.floor(random() * 4); k++) group.add(`'${pick(words)}'`);
        groups.push(random() < 0.2 ? [`'${pick(words)}':A`] : [...group]);
      }
      const written = groups.map((g) => `(${g.join(' | ')})`).join(' & ');
      pairs.push([written, rankQuery(groups)]);
    }
    const { rows: found } = await client.query<{ scored: string; differ: string }>(
      `SELECT count(*) FILTER (WHERE ts_rank(t, a) > 1e-19) AS scored,
              count(*) FILTER (WHERE ts_rank(t, a) <> ts_rank(t, b)) AS differ
       FROM unnest($1::tsvector[]) t, unnest($2::tsquery[], $3::tsquery[]) q(a, b)`,
      [rows, pairs.map(([a]) => a), pairs.map(([, b]) => b)],
    );
    expect(Number(found[0]!.scored)).toBeGreaterThan(100);
    expect(Number(found[0]!.differ)).toBe(0);
  });
});
