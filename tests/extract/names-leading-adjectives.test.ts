/**
 * A place's or a nation's adjective written before a name is no part of it (src/extract/mentions.ts
 * `splitName`): `Leeds-based Acme` is `Acme`, `Swede Jo Lind` is `Jo Lind`. Every name is invented.
 */
import { describe, expect, it } from 'vitest';
import { splitName } from '../../src/extract/mentions.js';

describe('adjectives before a name', () => {
  it.each<[string, string, string, string | null]>([
    ['a firm based in a place', 'Leeds-based Ostrava', 'Ostrava', null],
    ['a person born in a place', 'Harbour-born Mary Tellwick', 'Mary Tellwick', null],
    ['a seeded player with a nationality', 'Top-seeded Americans Mary Tellwick', 'Mary Tellwick', 'Americans'],
    ['a nation’s noun before a given name', 'Swede Mary Tellwick', 'Mary Tellwick', 'Swede'],
    ['a nationality before a given name', 'Canadian Mary Tellwick', 'Mary Tellwick', null],
  ])('%s', (_case, run, name, role) => {
    const parts = splitName(run);
    expect(parts?.name).toBe(name);
    expect(parts?.role ?? null).toBe(role);
  });

  it.each<[string, string]>([
    ['a nation’s noun that is a given name, before a surname alone', 'Dane Tellwick'],
    ['a nationality before one word: a body or an event', 'Canadian Tellwick'],
  ])('kept whole: %s', (_case, run) => {
    expect(splitName(run)?.name).toBe(run);
  });
});
