import { describe, expect, it } from 'vitest';
import { byPhraseKind } from '../../scripts/train.js';
import type { ScoredSet } from '../../scripts/train.js';
import type { GoldMatch } from '../../scripts/gold-match.js';

/** A scored set of four quotes: two named by a name, two by a pronoun, with the matches given. */
function scored(matches: GoldMatch[]): ScoredSet {
  const features = [
    new Map([['mention-is-name', 1]]),
    new Map([['mention-is-name', 1]]),
    new Map([['mention-pronoun', 1]]),
    new Map([['mention-pronoun', 1]]),
  ];
  return { name: 'set', quotes: [], features, articleOf: ['a', 'a', 'a', 'a'], matches, samples: [], sampleQuote: [] };
}
const piece = (start: number, speaker: string | null): GoldMatch['gold'] => ({
  article: 'a',
  start,
  end: start + 5,
  speaker,
});

describe('byPhraseKind: the top band by how our speaker is named', () => {
  const matches: GoldMatch[] = [
    { gold: piece(0, 'Ida Marr'), quote: 0, speakerOk: true },
    { gold: piece(10, 'Tom Baker'), quote: 1, speakerOk: true },
    { gold: piece(20, 'Ana Reyes'), quote: 2, speakerOk: false },
    { gold: piece(30, 'Eva Lind'), quote: 3, speakerOk: true },
    { gold: piece(40, null), quote: 3, speakerOk: null },
  ];
  it.each([
    [
      'every quote at or above the band',
      [0.95, 0.91, 0.97, 0.93],
      'name 2/2 (1.000, mean confidence 0.930), pronoun 1/2 (0.500, mean confidence 0.950)',
    ],
    [
      'a quote below the band left out',
      [0.95, 0.5, 0.97, 0.5],
      'name 1/1 (1.000, mean confidence 0.950), pronoun 0/1 (0.000, mean confidence 0.970)',
    ],
    ['a kind with nothing in the band not named', [0.2, 0.3, 0.97, 0.93], 'pronoun 1/2 (0.500, mean confidence 0.950)'],
  ])('%s', (_, conf, expected) => {
    expect(byPhraseKind(scored(matches), conf, 0.9, null)).toBe(`  >=0.9 by our speaker's phrase: ${expected}`);
  });

  it('counts a name given to an unnamed gold speaker as wrong where null means unnamed', () => {
    const line = byPhraseKind(scored(matches), [0.2, 0.2, 0.2, 0.95], 0.9, () => 'Eva Lind');
    expect(line).toBe("  >=0.9 by our speaker's phrase: pronoun 1/2 (0.500, mean confidence 0.950)");
  });
});
