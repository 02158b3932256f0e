import { describe, expect, it } from 'vitest';
import * as calendar from '../../src/lexicon/calendar.js';
import * as furniture from '../../src/lexicon/page-furniture.js';
import * as titles from '../../src/lexicon/titles.js';
import * as words from '../../src/lexicon/words.js';
import { wordList, wordSet } from '../../src/lexicon/table.js';

const modules = { calendar, furniture, titles, words } as const;

describe('one source per fact', () => {
  it('a table with a repeated word does not load, and says which', () => {
    expect(() => wordList('SPEECH_VERBS', ['said', 'told', 'told'])).toThrow("lexicon: SPEECH_VERBS repeats 'told'");
    expect(() => wordSet('ORG_WORDS', ['Party', 'Party'])).toThrow("lexicon: ORG_WORDS repeats 'Party'");
    expect([...wordSet('ORG_WORDS', ['Party', 'Court'])]).toEqual(['Party', 'Court']);
  });

  it('no table repeats an entry', () => {
    for (const [module, exported] of Object.entries(modules)) {
      for (const [name, value] of Object.entries(exported)) {
        const entries = Array.isArray(value) ? (value as unknown[]).map((v) => JSON.stringify(v)) : null;
        if (entries) expect(entries.length, `${module}.${name}`).toBe(new Set(entries).size);
      }
    }
  });

  it('no two lexicon modules export a table under the same name', () => {
    const owners = new Map<string, string[]>();
    for (const [module, exported] of Object.entries(modules)) {
      for (const name of Object.keys(exported)) owners.set(name, [...(owners.get(name) ?? []), module]);
    }
    expect([...owners].filter(([, by]) => by.length > 1)).toEqual([]);
  });

  it('every title rule has its own name and its own words', () => {
    const names = titles.TITLES.map((t) => t.name);
    expect(names.length).toBe(new Set(names).size);
    const spellings = titles.TITLES.map((t) => t.words.join(' '));
    expect(spellings.filter((s, i) => spellings.indexOf(s) !== i)).toEqual([]);
  });

  it('a given name has one gender', () => {
    expect(words.GIVEN_NAMES['Angela']).toBe('f');
    expect(Object.keys(words.GIVEN_NAMES).length).toBeGreaterThan(300);
  });
});

describe('calendar words', () => {
  it.each<[string, number | null]>([
    ['Sept.', 9],
    ['sep', 9],
    ['June', 6],
    ['Jun', 6],
    ['MAY', 5],
    ['Mayday', null],
  ])('%s is month %s', (name, month) => {
    expect(calendar.monthNumber(name)).toBe(month);
  });
  it("the month pattern reads each month's longer form first", () => {
    expect(new RegExp(calendar.MONTH_NAME).exec('September 3')?.[0]).toBe('September');
    expect(new RegExp(`^${calendar.MONTH_NAME}$`).test('march')).toBe(false);
  });
});
