/**
 * Issue #11: a speaker's name is the whole name of a person or a body, and only that. A romanised given name of two
 * syllables joined by a hyphen stays with its surname; a word glued to a participle (`-born`, `-inspired`, `-style`)
 * closes what comes before it. Names invented.
 */
import { describe, expect, it } from 'vitest';
import { fullNamesInText, parseName } from '../../src/speakers/names.js';
import { romanisedGivenName } from '../../src/lexicon/given-names.js';

describe('a hyphenated romanised given name stays in the name', () => {
  it.each<[string, string]>([
    ['Man-kei Quon', 'Man-kei Quon'],
    ['Ji-sung Pyo', 'Ji-sung Pyo'],
    ['Hoi-kwan Tse', 'Hoi-kwan Tse'],
    ['Chong-gyu Bae', 'Chong-gyu Bae'],
    // (a hyphenated adjective before a name is still no part of it: unchanged)
    ['Oscar-nominated Quon', 'Quon'],
    ['Well-known Quon', 'Quon'],
    ['Long-time Quon', 'Quon'],
    ['Fourteen-year-old Zia', 'Zia'],
  ])('%s → %s', (raw, display) => {
    expect(parseName(raw, 'named')?.display).toBe(display);
  });

  it('the given name is keyed, so the full name is told apart from another person of the surname', () => {
    expect(parseName('Man-kei Quon', 'named')?.firstKey).toBe('manke');
    expect(parseName('Man-kei Quon', 'named')?.slugBase).toBe('Man-kei Quon');
  });

  it('an article writing the full name gives it for the bare surname', () => {
    const text = 'The director Man-kei Quon said the plan was unfair. Later Quon left.';
    expect(fullNamesInText(text, 'Quon').map((n) => n.display)).toEqual(['Man-kei Quon']);
  });

  it.each<[string, boolean]>([
    ['Man-kei', true],
    ['Ji-sung', true],
    ['Hoi-ming', true],
    ['Oscar-nominated', false],
    ['Well-known', false],
    ['Long-run', false],
    ['Far-right', false],
    ['Self-made', false],
    ['Anti-war', false],
  ])('%s is a romanised given name: %s', (word, expected) => {
    expect(romanisedGivenName(word)).toBe(expected);
  });
});

describe('a word glued to a participle closes the name before it', () => {
  it.each<[string, string | undefined]>([
    ['North Kestrel-born Ivo Quell', 'Ivo Quell'],
    ['New Harbour-based Ivo Quell', 'Ivo Quell'],
    ['Ivo Quell-inspired Rovers', 'Rovers'],
    // a run ending in one names nobody
    ['Harbour Street-style', undefined],
    ['Kestrel Radio-enabled', undefined],
  ])('%s → %s', (raw, display) => {
    expect(parseName(raw, 'named')?.display).toBe(display);
  });

  it('a romanised given name ending in -ing is no participle', () => {
    expect(parseName('Quon Hoi-ming', 'named')?.display).toBe('Quon Hoi-ming');
  });
});
