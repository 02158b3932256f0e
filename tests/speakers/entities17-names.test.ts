/**
 * Issue #11: the name a speaker is shown by. A sentence adverb or a description written capitalised before a name is
 * no part of it (`Maybe Lee`, `Olympian Lee`, `the Oscar-nominated Lee`), and a lower-case prefix glued to a name
 * (`al-Quillab`) is a name (src/speakers/names.ts `parseName`, `fullNamesInText`). Names invented.
 */
import { describe, expect, it } from 'vitest';
import { fullNamesInText, parseName } from '../../src/speakers/names.js';

describe('words before a name that are no part of it', () => {
  it.each<[string, 'organization' | null, string | null, string | null]>([
    ['Maybe Quillon', null, 'Quillon', 'person'],
    ['However Quillon', null, 'Quillon', 'person'],
    ['Olympian Quillon', null, 'Quillon', 'person'],
    ['Veterans Quillon', null, 'Quillon', 'person'],
    ['Irishmen Jo Quillon', null, 'Jo Quillon', 'person'],
    // the `the` was the description's, not a body's
    ['the Oscar-nominated Quillon', null, 'Quillon', 'person'],
    // a given name stays (unchanged)
    ['Ivy Quillon', null, 'Ivy Quillon', 'person'],
    // such words alone are no name
    ['Maybe', null, null, null],
    ['Would Have', null, null, null],
    // `WHO` in capitals is an acronym, not `Who` (unchanged)
    ['WHO', null, 'WHO', 'organization'],
  ])('%s', (raw, hint, display, kind) => {
    const parsed = parseName(raw, hint);
    expect(parsed?.display ?? null).toBe(display);
    expect(parsed?.kind ?? null).toBe(kind);
  });
});

describe('a lower-case prefix glued to a name', () => {
  it.each<[string, string | null]>([
    ['al-Quillab', 'al-Quillab'],
    ['el-Quillab', 'el-Quillab'],
    ['de Quillon', 'de Quillon'],
    // no capital at all: no name (unchanged)
    ['officials', null],
    ['al-quillab', null],
  ])('%s', (raw, display) => {
    expect(parseName(raw, null)?.display ?? null).toBe(display);
  });
});

describe('the full name an article writes for a surname', () => {
  it.each<[string, string[]]>([
    ['Maybe Quillon was right about the plan.', []],
    ['Perhaps Quillon knew more. Ivy Quillon said so.', ['Ivy Quillon']],
    ['Olympian Quillon tried to catch up.', []],
  ])('%s', (text, names) => {
    expect(fullNamesInText(text, 'Quillon').map((p) => p.display)).toEqual(names);
  });
});
