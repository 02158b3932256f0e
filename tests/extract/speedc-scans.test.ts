import { describe, expect, it } from 'vitest';
import { allCues, nounBefore } from '../../src/extract/cues.js';

/**
 * The scans made cheaper (speedc, twenty-third session): each read by char codes instead of a pattern tried at every
 * offset of a slice, checked against that pattern on invented edge cases and on many seeded random strings.
 */

/** The pattern `nounBefore` stands for, as `allCues` asked it of the 12 characters before a cue. */
const NOUN_BEFORE = /(?:['’]s|(?:^|[^\p{L}])(?:the|a|an|his|her|their|its|our|my|your|these|those|this|whose))\s+$/iu;
const byPattern = (text: string, at: number): boolean => NOUN_BEFORE.test(text.slice(Math.max(0, at - 12), at));

/** A seeded generator (mulberry32): the same strings on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random text from pieces near the pattern's edges: its words in any case, marks, letters, spaces, surrogates. */
function randomText(next: () => number, pieces: readonly string[], length: number): string {
  let out = '';
  while (out.length < length) out += pieces[Math.floor(next() * pieces.length)]!;
  return out;
}

describe('nounBefore: a determiner or a possessive right before a cue word', () => {
  // [text, fires]: the cue is `said` at the end of each text
  const cases: Array<[string, boolean]> = [
    ['Lee’s said', true],
    ["LEE'S said", true],
    ['Lee\u2019\u017F said', true], // a long s folds to `s`
    ['the said', true],
    ['THE\u00A0said', true], // a no-break space is white space
    ['tHeSe\t\tsaid', true],
    ['bathe said', false], // a word ending in a determiner's letters
    ['Émathe said', false],
    ['(his said', true],
    ['\u{1D400}the said', false], // an astral letter before the word
    ['\u{1F600}the said', true], // an astral symbol before it
    ['whose said', true],
    ['the   said', true],
    ['the said', true],
    ['Lee said', false],
    ['thesaid', false],
    ['0123456789 the said', true], // the word at the stretch's start
    ['xthe' + ' '.repeat(9) + 'said', true], // the stretch (12 characters) opens right after the word's `x`
    ['xthe' + ' '.repeat(8) + 'said', false],
    ['said', false],
    ['Kim’S said', true],
    ['\u212Ahe said', false], // the Kelvin sign folds to `k`, in no word
  ];
  it.each(cases)('%s → %s', (text, fires) => {
    const at = text.lastIndexOf('said');
    expect(byPattern(text, at)).toBe(fires);
    expect(nounBefore(text, at)).toBe(fires);
  });

  it('agrees with the pattern on 20,000 random texts at every offset', () => {
    const next = random(7);
    const pieces = [
      ...'the a an his her their its our my your these those this whose'.split(' '),
      'THE',
      'HiS',
      'Their',
      "'s",
      '’s',
      '’S',
      '\u017F',
      ' ',
      '\t',
      '\u00A0',
      '\u2009',
      'x',
      'É',
      '9',
      ',',
      '(',
      '\u{1D400}',
      '\u{1F600}',
      '\uD835',
      'e',
      's',
    ];
    let mismatches = 0;
    for (let n = 0; n < 20_000; n++) {
      const text = randomText(next, pieces, 4 + Math.floor(next() * 20));
      for (let at = 0; at <= text.length; at++) if (nounBefore(text, at) !== byPattern(text, at)) mismatches++;
    }
    expect(mismatches).toBe(0);
  });
});

describe('allCues: a lone cue word read without the cue pattern', () => {
  // [text, the cues' texts]: what the pattern gives at each edge of the cheaper reading
  const cases: Array<[string, string[]]> = [
    ['"We won," Lee said.', ['said']],
    ['"We won," Lee said', ['said']],
    ['Lee said "we won".', ['said']],
    ['Lee said\u00A0"we won".', ['said']],
    ['Lee tweeted on Facebook "we won".', ['tweeted on Facebook']],
    ['Lee added in a statement: "we won".', ['added in a statement']],
    ['Lee told\u00A0ON\ttwitter: "we won".', ['told\u00A0ON\ttwitter']],
    ['Lee told Ann on Monday: "we won".', ['told']],
    ['Lee tweeted on Monday: "we won".', ['tweeted']], // `on` and no channel after it
    ['Lee tweeted to reporters: "we won".', ['tweeted to reporters']],
    ['Lee said Ontario won.', ['said']],
    ['Lee said   ', ['said']],
    ['Lee told\u{1D400} us', []], // an astral letter after the word joins it
    ['Lee \u{1D400}told us', []], // … and before it
    ['Lee \u{1F600}told us', ['told']], // an astral symbol does not
    ['Lee told\u{1F600} us', ['told']],
    ['Lee said-ish', []],
  ];
  it.each(cases)('%s → %j', (text, cues) => {
    expect(allCues(text).map((c) => text.slice(c.start, c.end))).toEqual(cues);
  });
});
