import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eachMatch, mayOpenCapital } from '../../src/extract/chars.js';
import { sentenceLayout } from '../../src/extract/document.js';
import { abbreviationBefore, isSentenceEnd } from '../../src/extract/sentence-end.js';

// The char-code scanners that replaced patterns tried at every offset must answer as those patterns did.

/** Texts made of pieces that the patterns care about: capitals (astral ones too), periods, spaces, cue words. */
const piece = fc.constantFrom(
  'Mr',
  'Mrs',
  'vs',
  'No',
  'U',
  'S',
  'U.S',
  'J.',
  'Jan',
  'Calif',
  'a',
  'x',
  'said',
  'says',
  'Lee',
  'Many',
  'also',
  'É',
  '\u{1D400}',
  '\u{1D41A}',
  '\uD835',
  '.',
  ' ',
  '  ',
  '\u00A0',
  '\n',
  '(',
  '-',
  '’',
  "'",
  '!',
  '?',
  '\t',
  'b',
  '\u{1D41B} ',
);
const texts = fc.array(piece, { maxLength: 30 }).map((xs) => xs.join(''));

describe('abbreviationBefore', () => {
  const ABBREVIATION =
    /(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Gen|Lt|Col|Capt|Sgt|Adm|St|Jr|Sr|Prof|Rev|No|vs|Mt|Ft|Inc|Co|Corp|Jan|Feb|Aug|Sept|Sep|Oct|Nov|Dec|Ariz|Calif|Colo|Conn|Fla|Ga|Ill|Ind|Kan|Ky|La|Mass|Md|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wisc|Wyo|[A-Z]|(?:[A-Z]\.)+[A-Z])$/u;
  it('agrees with the end-anchored pattern over the 12 characters before every offset', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (let i = 0; i <= text.length; i++)
          expect(abbreviationBefore(text, i)).toBe(ABBREVIATION.test(text.slice(Math.max(0, i - 12), i)));
      }),
      { numRuns: 3000 },
    );
  });
  it.each([
    ['Mr', true],
    ['U.S', true],
    ['(Jan', true],
    ['the Co', true],
    ['said', false],
    ['x.Mr', false],
    ['', false],
  ])('%s: %s', (text, expected) => {
    expect(abbreviationBefore(text, text.length)).toBe(expected);
  });
});

describe('isSentenceEnd', () => {
  /** The reading by patterns it replaced. */
  const byPatterns = (text: string, i: number): boolean => {
    const c = text[i];
    if (c !== '.' && c !== '!' && c !== '?') return false;
    const next = text[i + 1];
    if (next !== undefined && !/\s/u.test(next)) return false;
    if (c === '.' && abbreviationBefore(text, i)) return false;
    return !(c === '.' && /^[ \t\u00A0]\p{Ll}/u.test(text.slice(i + 1, i + 4)));
  };
  it('agrees with the patterns at every offset', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (let i = -1; i <= text.length; i++) expect(isSentenceEnd(text, i)).toBe(byPatterns(text, i));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('eachMatch', () => {
  const cases: Array<[string, RegExp, (c: number) => boolean]> = [
    [
      'a capital word and a cue, after no quantifier',
      /(?<!(?:[Mm]any)\s+)(\p{Lu}[\p{L}\p{M}’'-]+)(?:\s+also)?\s+(?:said|says)(?![\p{L}])/gu,
      mayOpenCapital,
    ],
    ['a cue and a capital word', /(?<![\p{L}])(?:said|says)\s+(\p{Lu}[\p{L}’'-]*)/gu, (c) => c === 115],
  ];
  it.each(cases)('finds the matches of the global pattern: %s', (_name, global, canStart) => {
    const sticky = new RegExp(global.source, global.flags.replace('g', '') + 'y');
    fc.assert(
      fc.property(texts, (text) => {
        const expected = [...text.matchAll(global)].map((m) => [m.index, m[0]]);
        const found: Array<[number, string]> = [];
        eachMatch(text, sticky, canStart, (m) => found.push([m.index, m[0]]));
        expect(found).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
  it.each(cases)('with an end, finds the matches that begin before it: %s', (_name, global, canStart) => {
    const sticky = new RegExp(global.source, global.flags.replace('g', '') + 'y');
    fc.assert(
      fc.property(texts, fc.nat(), (text, cut) => {
        const end = text.length === 0 ? 0 : cut % (text.length + 1);
        const expected: Array<[number, string]> = [];
        for (const m of text.matchAll(global)) {
          if (m.index >= end) break;
          expected.push([m.index, m[0]]);
        }
        const found: Array<[number, string]> = [];
        eachMatch(text, sticky, canStart, (m) => found.push([m.index, m[0]]), end);
        expect(found).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
  it('refuses a pattern that is global or not sticky', () => {
    expect(() =>
      eachMatch(
        'x',
        /x/gu,
        () => true,
        () => undefined,
      ),
    ).toThrow(/must be sticky/u);
    expect(() =>
      eachMatch(
        'x',
        /x/u,
        () => true,
        () => undefined,
      ),
    ).toThrow(/must be sticky/u);
  });
});

describe('sentenceLayout', () => {
  /** The reading it replaced: every character visited in turn (the same checks at `\n`, `.`, `!`, `?`). */
  const byEveryCharacter = (text: string): { paragraphs: number[]; sentences: number[] } => {
    const paragraphs = [0];
    const sentences = [0];
    const push = (at: number): void => {
      let s = at;
      while (s < text.length && (text[s] === ' ' || text[s] === '\t' || text[s] === '\u00A0')) s++;
      if (s < text.length && s > sentences[sentences.length - 1]!) sentences.push(s);
    };
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '\n') {
        paragraphs.push(i + 1);
        push(i + 1);
      } else if (c === '.' || c === '!' || c === '?') {
        if (isSentenceEnd(text, i)) push(i + 1);
        else {
          let j = i + 1;
          while (j < text.length && /["”’']/u.test(text[j]!)) j++;
          if (
            j > i + 1 &&
            /^\s$/u.test(text[j] ?? '') &&
            /^\p{Lu}$/u.test(text[j + 1] ?? '') &&
            !(c === '.' && abbreviationBefore(text, i))
          )
            push(j);
        }
      }
    }
    return { paragraphs, sentences };
  };
  const withMarks = fc
    .array(fc.oneof(piece, fc.constantFrom('”', '"', "''", '.” ', '?’ ', '!\n')), { maxLength: 40 })
    .map((xs) => xs.join(''));
  it('finds the paragraphs and sentences a loop over every character finds', () => {
    fc.assert(
      fc.property(withMarks, (text) => {
        const { paragraphs, sentences } = sentenceLayout(text);
        expect({ paragraphs, sentences }).toEqual(byEveryCharacter(text));
      }),
      { numRuns: 5000 },
    );
  });
});
