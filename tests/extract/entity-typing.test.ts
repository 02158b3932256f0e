import { describe, expect, it } from 'vitest';
import { entityType, isWordFragment, typeByName, wholeNameAt } from '../../src/extract/entities.js';
import type { EntityType } from '../../src/extract/entities.js';
import { extractQuotes } from '../../src/extract/index.js';
import { article } from './article.js';

const speakersOf = (text: string): Array<string | null> =>
  extractQuotes(article(`Harbour plan\n\n${text}`)).map((q) => q.attribution.name);

describe('entity typing from the name alone', () => {
  it.each<[string, EntityType | null]>([
    ['Christmas Day', 'time'],
    ["New Year's Eve", 'time'],
    ['March', 'time'],
    ['Thursday', 'time'],
    ['Norway', 'place'],
    ['Saudi Arabia', 'place'],
    ['Boston', 'place'],
    ['Separately', 'other'],
    ['Additionally', 'other'],
    ['Rather', 'other'],
    ['Hopefully', 'other'],
    ['Seventeen', 'other'],
    ['Officials', 'other'],
    ['German', 'other'],
    ['COVID-', 'other'],
    ['U.S', 'other'],
    ['D', 'other'],
    ['Low-cost', 'other'],
    ['Watch', 'other'],
    ['Mr Lund', 'person'],
    ['Mary Orrin', 'person'],
    ['Harbour Trust Fund', 'organisation'],
    ['Orrin', null],
    ['Kestrel Dynamics', null],
  ])('%s → %s', (name, type) => {
    expect(typeByName(name)).toBe(type);
  });
});

describe("entity typing with the article's evidence", () => {
  it.each<[string, { person?: boolean; lower?: boolean; singular?: boolean }, EntityType]>([
    // a gazetteer word the article knows as a person's name (a fuller name, a gender, a role)
    ['Jordan', { person: true }, 'person'],
    ['Jordan', {}, 'place'],
    // a capitalised word the article also writes lower-case is a common word
    ['Telecom', { lower: true }, 'other'],
    ['Orrin', { lower: false }, 'person'],
    // a number word agreeing with a singular verb is a body's name
    ['Five', { singular: true }, 'organisation'],
    ['Five', {}, 'other'],
    // fragments and times stay what they are, whatever the evidence
    ['Christmas', { person: true }, 'time'],
  ])('%s %j → %s', (name, ev, type) => {
    expect(
      entityType(name, {
        knownPerson: () => ev.person ?? false,
        lowerCaseElsewhere: () => ev.lower ?? false,
        singularSubject: () => ev.singular ?? false,
      }),
    ).toBe(type);
  });
});

describe('names with `&`, digits or hyphens are whole names: a piece of one is a fragment', () => {
  it.each<[string, string, string | null]>([
    ['Shares in S&P rose.', 'P', 'S&P'],
    ['Shares in AT&T rose.', 'T', 'AT&T'],
    ['The 4Cast forecast was wrong.', 'Cast', '4Cast'],
    ['Sen. Ann Roe (D-Mich.) spoke.', 'D', null],
  ])('%s (%s)', (text, piece, whole) => {
    const at = text.indexOf(piece, text.search(/[&\d(]/u) - 2);
    expect(isWordFragment(text, at, at + piece.length)).toBe(true);
    const w = wholeNameAt(text, at, at + piece.length);
    expect(w === null ? null : text.slice(w.start, w.end)).toBe(whole);
  });
});

describe('a speaker is a person or an organisation: other candidates give no speaker', () => {
  it.each<[string, Array<string | null>]>([
    [
      'The harbour will reopen in May. Separately, officials confirmed the plan. "We are ready," Separately said.',
      [null],
    ],
    ['"We will reopen by spring," said Christmas Day.', [null]],
    ['The vote was close. "It was a fair result," Seventeen said.', [null]],
    ['The fleet came home on Monday. "It was a long trip," said Officials.', [null]],
    ['The cable firm cut prices. Many use the internet for calls now. "Prices will fall," Internet said.', [null]],
    // … while a name the article knows as a person still speaks, gazetteer word or not
    ['Ann Paris leads the union. "We will strike," Paris said.', ['Ann Paris']],
    ['Tom Rather hosts the show. "We will stay on air," Rather said.', ['Tom Rather']],
    ['"We will strike," said Tom Orrin.', ['Tom Orrin']],
  ])('%s', (text, names) => {
    expect(speakersOf(text)).toEqual(names);
  });
});
