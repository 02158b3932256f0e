import { describe, expect, it } from 'vitest';
import type { ExtractedQuote } from '../../src/model/types.js';
import {
  DOUBT_CAP,
  GUARD_CAP,
  GUARD_CAPS,
  calibrateConfidence,
  featureScanners,
  guardCap,
  quoteFeatures,
} from '../../src/extract/confidence.js';
import { quoteIn, sureModel } from './article.js';

const { mentionInList, termBeforeQuote, nameOpensBadly, wordsBeforeGivenName } = featureScanners;

/** A quote of `text` given to `mention` (its words and cue found by their text). */
function given(text: string, words: string, mention: string, cue: string): ExtractedQuote {
  return quoteIn(text, words, { name: mention, mention, cue, reason: 'cue-before-quote', kind: 'partial' });
}

describe('mentionInList: the mention is one name of a list', () => {
  // [text, quoted words, mention, cue, fires]
  const cases: Array<[string, string, string, string, boolean]> = [
    // an item before the last, or a member after `including`
    [
      'Ten former judges, including Jo Lind, Sam Park, and Ann Roe, signed a letter saying the bill "goes too far".',
      'goes too far',
      'Sam Park',
      'saying',
      true,
    ],
    ['Critics such as Jo Lind and Sam Park called the speech "flat".', 'flat', 'Sam Park', 'called', true],
    ['Jo Lind and Sam Park called the speech "flat".', 'flat', 'Jo Lind', 'called', true],
    [
      'The films of the actor, Harbour Nights, Quay Street and Old Town, said: "We did well."',
      'We did well.',
      'Quay Street',
      'said',
      true,
    ],
    // the name alone, or the last of a bare `A and B`, the head annotators take
    ['Jo Lind said the plan "goes too far".', 'goes too far', 'Jo Lind', 'said', false],
    ['Jo Lind and Sam Park called the speech "flat".', 'flat', 'Sam Park', 'called', false],
    ['Jo Lind, the mayor, and her deputy called it "flat".', 'flat', 'Jo Lind', 'called', false],
    ['Jo Lind told Radio North and the Daily Post it was "flat".', 'flat', 'Jo Lind', 'told', false],
    ['On Monday, Jo Lind said it was "flat".', 'flat', 'Jo Lind', 'said', false],
    ['Leaders like Jo Lind said it was "flat".', 'flat', 'Jo Lind', 'said', false],
  ];
  it.each(cases)('%s (given to %s)', (text, words, mention, cue, fires) => {
    expect(mentionInList(text, given(text, words, mention, cue))).toBe(fires);
  });
});

describe('termBeforeQuote: the quotation names a term', () => {
  // [text, quoted words, fires]
  const cases: Array<[string, string, boolean]> = [
    ['Lind argues that the term "natural citizen" is not defined.', 'natural citizen', true],
    ['Park said people know terms like "digital" now.', 'digital', true],
    ['Park said people know terms such as "digital" now.', 'digital', true],
    ['Lind criticised his use of the term “quay tax” on Monday.', 'quay tax', true],
    // the words said, or a term of years
    ['Lind said the plan was "a farce".', 'a farce', false],
    ['Lind expects a longer term "step change in prices".', 'step change in prices', false],
    ['Lind, who has yet to agree terms, said: "I want to stay."', 'I want to stay.', false],
  ];
  it.each(cases)('%s', (text, words, fires) => {
    expect(termBeforeQuote(text, given(text, words, 'Lind', 'said'))).toBe(fires);
  });
});

describe('nameOpensBadly: a name no name opens with', () => {
  it.each([
    ['and Quayside', true],
    ['for Harbourtown', true],
    ['Maybe Lind', true],
    ['While Lind', true],
    ['Nor', true],
    ['Would Have', true],
    // names, a surname particle, a given name that is also a word
    ['Jo Lind', false],
    ['de Vries', false],
    ['Will Lind', false],
    ['The Daily Post', false],
  ])('%s: %s', (name, fires) => {
    expect(nameOpensBadly(name)).toBe(fires);
  });
});

describe('wordsBeforeGivenName: a description before the given name', () => {
  // [text, the speaker's name, fires]
  const cases: Array<[string, string, boolean]> = [
    ['It was late. Immunologist Kristian Lind said the test "worked".', 'Immunologist Kristian Lind', true],
    ['Backbencher Stephen Lind said the bill "goes too far".', 'Backbencher Stephen Lind', true],
    ['It went to the United Harbours Nancy Lind, who said it "worked".', 'United Harbours Nancy Lind', true],
    // a title, an honorific or an initial before the name: the speaker stage takes a title off
    ['It was late. President Stephen Lind said it "worked".', 'President Stephen Lind', false],
    ['It was late. Vice-President Stephen Lind said it "worked".', 'Vice-President Stephen Lind', false],
    ['It was late. Sir Stephen Lind said it "worked".', 'Sir Stephen Lind', false],
    ['It was late. J. Stephen Lind said it "worked".', 'J. Stephen Lind', false],
    // a given name first, or mid-sentence words that may be a name of its own
    ['It was late. Stephen Lind said it "worked".', 'Stephen Lind', false],
    ['The party leader Ieuwan Wyn Lind said it "worked".', 'Ieuwan Wyn Lind', false],
    // no given name, or none with a surname after it
    ['It was late. Olympian Lind said it "worked".', 'Olympian Lind', false],
    ['It was late. Harbour Nancy said it "worked".', 'Harbour Nancy', false],
  ];
  it.each(cases)('%s (%s)', (text, name, fires) => {
    expect(wordsBeforeGivenName(text, name)).toBe(fires);
  });
});

describe('guard caps', () => {
  it('a guard that doubts holds a quote in likely, one that calls it wrong below likely', () => {
    const bands = { certain: 0.9, likely: 0.6 };
    expect(GUARD_CAP).toBeLessThan(bands.likely);
    expect(DOUBT_CAP).toBeGreaterThanOrEqual(bands.likely);
    expect(DOUBT_CAP).toBeLessThan(bands.certain);
    for (const cap of Object.values(GUARD_CAPS)) expect([GUARD_CAP, DOUBT_CAP]).toContain(cap);
  });

  it('the lowest cap of the guards a quote holds applies; none without a guard', () => {
    expect(guardCap(new Map([['cue-common', 1]]))).toBe(1);
    expect(guardCap(new Map([['guard:term-before-quote', 1]]))).toBe(DOUBT_CAP);
    expect(
      guardCap(
        new Map([
          ['guard:term-before-quote', 1],
          ['guard:mention-in-list', 1],
        ]),
      ),
    ).toBe(GUARD_CAP);
  });

  it('extraction applies the cap of each quote its guards give', () => {
    const sure = sureModel();
    const text = 'Lind argues that the term "natural citizen" is vague. Lind said: "We will see."';
    const quotes = [
      given(text, 'natural citizen', 'Lind', 'argues'),
      quoteIn(text, 'We will see.', { name: 'Lind', mention: 'Lind', cue: 'said', reason: 'name-colon' }),
    ];
    expect(quoteFeatures(text, quotes)[0]!.has('guard:term-before-quote')).toBe(true);
    expect(calibrateConfidence(text, quotes, sure).map((q) => q.attribution.confidence)).toEqual([DOUBT_CAP, 0.99]);
  });
});
