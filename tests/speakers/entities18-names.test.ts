/**
 * Issue #11: the name a speaker is shown by is never a bare common noun of a body (`Party`), and a station's call sign
 * is no given name (src/speakers/names.ts `parseName`, `fullNamesInText`). Names invented.
 */
import { describe, expect, it } from 'vitest';
import { fullNamesInText, parseName } from '../../src/speakers/names.js';
import { resolveSpeakers } from '../../src/speakers/resolve.js';
import { article, quote } from './fixtures.js';

describe("a party's word inside a body's name", () => {
  it.each<[string, 'organization' | null, string | null, string | null, string | null]>([
    // a party's word read as a title left only `Party`, `Council`, `Government`: the whole name is the body's
    ['Harbourian Labour Party', null, 'Harbourian Labour Party', 'organization', null],
    ['Harbourian Conservative Party', 'organization', 'Harbourian Conservative Party', 'organization', null],
    ['Harbourian Labour Council', null, 'Harbourian Labour Council', 'organization', null],
    ['Tory Government', null, 'Tory Government', 'organization', null],
    // unchanged: the party's own name, a party's member, a party's word and a role
    ['Labour Party', null, 'Labour', 'organization', null],
    ['Labour MP Ann Quillon', null, 'Ann Quillon', 'person', 'Labour MP'],
    ['Tory MP', null, null, null, null],
  ])('%s', (raw, hint, display, kind, role) => {
    const parsed = parseName(raw, hint);
    expect(parsed?.display ?? null).toBe(display);
    expect(parsed?.kind ?? null).toBe(kind);
    expect(parsed?.role ?? null).toBe(role);
  });

  it('gives the speaker record the whole name', () => {
    const a = article('a1');
    const { speakers } = resolveSpeakers(
      [quote('a1', 'Harbourian Labour Party', { kind: 'organization', entity: 'organization' })],
      [a],
    );
    expect(speakers.map((s) => s.name)).toEqual(['Harbourian Labour Party']);
  });
});

describe('a call sign before a surname', () => {
  it.each<[string, string[]]>([
    ['The KQRB-TV Quillon affiliate refused to show it.', []],
    ['The K9-TV Quillon station refused.', []],
    // unchanged: a given name
    ['Ivy Quillon said so.', ['Ivy Quillon']],
  ])('%s', (text, names) => {
    expect(fullNamesInText(text, 'Quillon').map((p) => p.display)).toEqual(names);
  });
});
