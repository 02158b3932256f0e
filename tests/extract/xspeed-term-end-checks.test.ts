import { describe, expect, it } from 'vitest';
import { randomJoins } from './random-joins.js';
import { lastAsciiWord, lastWordsOf, matchesAfterNonLetter } from '../../src/extract/chars.js';
import { termEndChecks } from '../../src/extract/terms.js';
import { INVERTIBLE_CUES, NAMED_THINGS, TERM_MARKERS, UTTERANCE_WORDS } from '../../src/lexicon/words.js';

const { marker, named, uttered, paused, MARKER_BEFORE, NAMED_THING_BEFORE, UTTERED_BEFORE, CUE_PAUSE_BEFORE } =
  termEndChecks;

/**
 * Deterministic texts before a quotation: the lists' own words (some capitalised), the words the patterns add
 * (`called`, `back`, `at`), other words, spaces, commas, colons, hyphens, non-ASCII letters and spaces, the
 * Kelvin sign (`K`, which a case-insensitive pattern reads as `k`), an astral letter, a lone surrogate.
 */
function befores(count: number, seed: number): string[] {
  const words = [
    ...TERM_MARKERS.slice(0, 6),
    ...UTTERANCE_WORDS.slice(0, 8),
    ...NAMED_THINGS.slice(0, 6),
    ...INVERTIBLE_CUES.slice(0, 8),
    'called',
    'Named',
    'TITLED',
    'labeled',
    'back',
    'again',
    'at',
    'At',
    'them',
    'the',
    'An',
    'Jo Lee',
    'Acme',
    'cat',
    'élan',
    'caf\u00e9',
    'as\u212a',
    '\u212anown',
    '\u{1D400}',
    '\ud800',
    'so-',
    '-',
  ];
  const gaps = [' ', ' ', ' ', '  ', ', ', ',', ': ', ':', '\u00a0', '\n', '"', '(', '', '.'];
  return randomJoins(words, gaps, 5, count, seed);
}

describe('terms: the end checks never turn away words that a pattern matches', () => {
  it('reads the last ASCII word and the lists', () => {
    expect(lastAsciiWord('the so-Called', 13)).toBe('called');
    expect(lastAsciiWord('cries of', 8)).toBe('of');
    expect(lastAsciiWord('caf\u00e9', 4)).toBeNull();
    expect(lastAsciiWord('\u00e9lan', 4)).toBeNull();
    expect(lastAsciiWord('it said.', 8)).toBe('');
    expect([...lastWordsOf(['so-called', 'known as'])!]).toEqual(['called', 'as']);
    expect(lastWordsOf(['vs.'])).toBeNull();
    expect(marker('a man known as ')).toBe(true);
    expect(marker('a man known to ')).toBe(false);
    expect(named('a website called, ')).toBe(true);
    expect(named('a website about ')).toBe(false);
    expect(uttered('the crowd chanted back at them: ')).toBe(true);
    expect(uttered('the crowd wept ')).toBe(false);
    expect(paused('Jo Lee replied, ')).toBe(true);
    expect(paused('Jo Lee replied ')).toBe(false);
  });

  it('on 60,000 generated texts: whenever a pattern matches, its check says it may', () => {
    const pairs = [
      ['marker', marker, MARKER_BEFORE],
      ['named', named, NAMED_THING_BEFORE],
      ['uttered', uttered, UTTERED_BEFORE],
      ['paused', paused, CUE_PAUSE_BEFORE],
    ] as const;
    const matched = { marker: 0, named: 0, uttered: 0, paused: 0 };
    let turnedAway = 0;
    for (const s of befores(60000, 7))
      for (const [name, check, pattern] of pairs) {
        if (matchesAfterNonLetter(pattern, s)) {
          matched[name]++;
          expect(check(s), `${name}: ${JSON.stringify(s)}`).toBe(true);
        } else if (!check(s)) turnedAway++;
      }
    // every pattern matches some texts: each check's yes is reached
    expect(Math.min(...Object.values(matched))).toBeGreaterThan(50);
    // and the checks turn most others away
    expect(turnedAway).toBeGreaterThan(100000);
  });
});
