import { describe, expect, it } from 'vitest';
import { LIST_ITEM_BEFORE, listItemBefore } from '../../src/lexicon/works.js';
import { expandName, findMentions, lastToken } from '../../src/extract/mentions.js';
import { CAPITALISED_NOT_NAMES, ORG_WORDS, TITLE_TOKENS } from '../../src/lexicon/words.js';

/** A pseudo-random generator (fixed seed): the same texts each run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** Texts of words that make and cut `WORK_WORD` matches and lists: `superstar`, `shows,`, `Harbour Nights and`. */
function texts(count: number, words: number, seed: number): string[] {
  const vocabulary = [
    'film',
    'films',
    'superstar',
    'star',
    'shows',
    'roadshow',
    'include',
    'includes',
    'screenwriter',
    'documentarys',
    'co-author',
    'the',
    'and',
    'of',
    'Harbour',
    'Nights',
    'Kestrel',
    'Sky',
    'north',
    'said',
    'Onyx',
    'Bay',
    'Ann',
    'Roe',
    'Émile',
    'O’Neil',
    'x_',
    '42',
    'é',
  ];
  const glue = [' ', ' ', ' ', ', ', ' and ', ', and ', '. ', '\n', '\u00a0', '  ', '-', ''];
  const next = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  return Array.from({ length: count }, () => {
    let text = '';
    for (let i = 0; i < words; i++) text += pick(vocabulary) + pick(glue);
    return text;
  });
}

describe('listItemBefore: the earlier list item, with a cheap test first', () => {
  it('gives what `LIST_ITEM_BEFORE` gives over every stretch before a list tail', () => {
    for (const text of texts(40, 80, 3)) {
      for (let at = 1; at <= text.length; at++) {
        const from = Math.max(0, at - 70);
        const expected = LIST_ITEM_BEFORE.exec(text.slice(from, at));
        const got = listItemBefore(text, from, at);
        expect([at, got?.index, got?.[1]]).toEqual([at, expected?.index, expected?.[1]]);
      }
    }
  });
});

describe('mention helpers read by char codes', () => {
  it.each([
    ['Jo Lee', 'Lee'],
    ['Lee', 'Lee'],
    ['Jo  Lee ', ''],
    [' Lee', 'Lee'],
    ['', ''],
  ])('lastToken(%j) is %j', (name, last) => {
    expect(lastToken(name)).toBe(last);
  });

  it("expandName takes the fullest name only when it has more words (as `split(' ')` counts them)", () => {
    const index = findMentions('', []);
    index.fullest.set('Lee', 'Jo Ann Lee');
    index.fullest.set('Roe', 'Ann  Roe');
    expect(expandName(index, 'Lee')).toBe('Jo Ann Lee');
    expect(expandName(index, 'Ann Lee')).toBe('Jo Ann Lee');
    expect(expandName(index, 'Mary Jo Lee')).toBe('Mary Jo Lee');
    expect(expandName(index, 'Mary Jo Ann Lee')).toBe('Mary Jo Ann Lee');
    // (two spaces make three pieces of `split(' ')`: `Ann  Roe` is longer than `Jo Roe`, as long as `A B Roe`)
    expect(expandName(index, 'Jo Roe')).toBe('Ann  Roe');
    expect(expandName(index, 'A B Roe')).toBe('A B Roe');
  });

  it('reads one plain capitalised word by the three word lists (no name, a title, a body, a name)', () => {
    const cases: Array<[string, string[]]> = [];
    for (const word of ['The', 'Senate', 'President', 'Reuters', 'Lee', 'Parliament', 'Ministry', 'However', 'Toast']) {
      const reference = CAPITALISED_NOT_NAMES.has(word)
        ? []
        : TITLE_TOKENS.has(word)
          ? ORG_WORDS.has(word)
            ? [`${word}:true`]
            : []
          : [`${word}:${ORG_WORDS.has(word)}`];
      cases.push([word, reference]);
    }
    for (const [word, reference] of cases)
      expect([word, findMentions(`x ${word} x`, []).mentions.map((m) => `${m.name}:${m.org}`)]).toEqual([
        word,
        reference,
      ]);
    // (each kind stands among the cases)
    expect(cases.map(([, r]) => r.join())).toEqual(expect.arrayContaining(['', 'Senate:true', 'Lee:false']));
  });
});
