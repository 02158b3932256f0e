/**
 * Issue #11: the name a speaker is shown by is never a bare common noun of a body (`Party`, `Office`, `Institute`), and
 * a station's call sign is no given name (src/speakers/names.ts `parseName`, `bodyNounInText`, `fullNamesInText`;
 * src/speakers/resolve.ts). Names invented.
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
    // a possessive read as a descriptor left only `Office`
    ["Harbour Sheriff's Office", null, "Harbour Sheriff's Office", 'organization', null],
    ["the Trade Representative's Office", null, "Trade Representative's Office", 'organization', null],
    // what a title leaves opening with `and` is no name
    ['Conservatives and Kestrel Dems', 'organization', 'Conservatives and Kestrel Dems', 'organization', null],
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

describe("a body's common noun alone", () => {
  it('is the one body its article names with that noun last', () => {
    const a = article(
      'a1',
      'The Harbour Film Institute (HFI) named its films of the year. The Institute said the list was hard to draw up.',
    );
    const { speakerIds, speakers } = resolveSpeakers(
      [quote('a1', 'Institute', { kind: 'organization', entity: 'organization' })],
      [a],
    );
    expect(speakers.map((s) => s.name)).toEqual(['Harbour Film Institute']);
    expect(speakerIds[0]).not.toBeNull();
  });

  it('is nobody when the article names no such body, and two articles never meet in it', () => {
    const a = article('a1', 'The home affairs committee met. The Committee said the plans were weak.');
    const b = article('a2', 'A committee of peers sat. The Committee said the rules were clear.');
    const { speakerIds, speakers } = resolveSpeakers(
      [
        quote('a1', 'Committee', { kind: 'organization', entity: 'organization' }),
        quote('a2', 'Committee', { kind: 'organization', entity: 'organization' }),
      ],
      [a, b],
    );
    expect(speakers).toEqual([]);
    expect(speakerIds).toEqual([null, null]);
  });

  it("takes the noun's own `of` phrase with it", () => {
    const a = article(
      'a1',
      'Staff left the Harbour Department of Kestrel Safety. The Department of Kestrel Safety said so. The Department said it.',
    );
    const { speakers } = resolveSpeakers(
      [quote('a1', 'Department', { kind: 'organization', entity: 'organization' })],
      [a],
    );
    expect(speakers.map((s) => s.name)).toEqual(['Harbour Department of Kestrel Safety']);
  });

  it('leaves a body that stands alone for one body as it is', () => {
    const a = article('a1', 'The Senate said the bill would pass.');
    const { speakers } = resolveSpeakers(
      [quote('a1', 'Senate', { kind: 'organization', entity: 'organization' })],
      [a],
    );
    expect(speakers.map((s) => s.name)).toEqual(['Senate']);
  });
});

describe("a body's word run into a person's name", () => {
  it.each<[string, 'organization' | 'named' | null, string | null, string | null]>([
    ['Commons Oliver Quillon', 'named', 'Oliver Quillon', 'Commons'],
    ['KPQ Dave Quillon', 'named', 'Dave Quillon', 'KPQ'],
    // typed a body's name by the entity layer, or two given names: left whole (unchanged)
    ['Commons Oliver Quillon', 'organization', 'Commons Oliver Quillon', null],
    ['Mary Ann Quillon', 'named', 'Mary Ann Quillon', null],
  ])('%s (%s)', (raw, hint, display, role) => {
    const parsed = parseName(raw, hint);
    expect(parsed?.display ?? null).toBe(display);
    expect(parsed?.role ?? null).toBe(role);
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
