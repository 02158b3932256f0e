import { describe, expect, it } from 'vitest';
import { featureScanners } from '../../src/extract/confidence.js';

const { lastWord, sentenceBreaks, otherNames, lastWordAt } = featureScanners;

// the definitions the scanners implement, as regexes over a slice of the text
const refLastWord = (s: string): string => (/[\p{L}\p{N}'’-]+(?=[^\p{L}\p{N}]*$)/u.exec(s)?.[0] ?? '').toLowerCase();
const refBreaks = (s: string): number => s.match(/[.!?]["”’']?\s+(?=[\p{Lu}"“‘])/gu)?.length ?? 0;
function refOtherNames(s: string, own: ReadonlySet<string>): number {
  const words = new Set<string>();
  for (const m of s.matchAll(/\p{Lu}\p{Ll}+/gu)) {
    let j = m.index - 1;
    if (j < 0 || s[j] !== ' ') continue;
    while (j > 0 && s[j] === ' ') j--;
    if (/[.!?"“”'‘’:\n]/u.test(s[j]!) || own.has(m[0])) continue;
    words.add(m[0]);
  }
  return words.size;
}
const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
function refLastWordAt(text: string, word: string, before: number): number {
  if (word === '' || before < word.length) return -1;
  let at = text.lastIndexOf(word, before - word.length);
  while (at >= 0 && (isWordChar(text[at - 1]) || isWordChar(text[at + word.length])))
    at = at === 0 ? -1 : text.lastIndexOf(word, at - 1);
  return at;
}

/** Deterministic strings of words, names, marks, spaces, astral letters and lone surrogates. */
function strings(count: number, seed: number): string[] {
  const parts = [
    'Lee',
    'lee',
    'Jo',
    ' ',
    '  ',
    '. ',
    '." ',
    '? ',
    '!’ ',
    ', ',
    ':',
    '\n',
    '“',
    '”',
    '‘',
    "'",
    '-',
    'said',
    'Ω',
    'ω',
    'É',
    '𝐀',
    '𝐚',
    '\ud835',
    '\udc00',
    '7',
    '\u00a0',
    "Lee's",
    'al-Lee',
  ];
  let x = seed;
  const next = (n: number): number => {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    return x % n;
  };
  return Array.from({ length: count }, () =>
    Array.from({ length: 1 + next(14) }, () => parts[next(parts.length)]).join(''),
  );
}

describe('confidence features: the scanners read text as their defining regexes do', () => {
  const samples = strings(3000, 11);

  it('lastWord: the run holding the last letter or digit, lower-cased', () => {
    expect(lastWord('Fiscal Policy Minister Heizo Takenaka.')).toBe('takenaka');
    expect(lastWord("Mr. Lee's.")).toBe("lee's");
    expect(lastWord('--')).toBe('--');
    for (const s of samples) expect(lastWord(s)).toBe(refLastWord(s));
  });

  it('sentenceBreaks, otherNames and lastWordAt over a stretch equal the regexes over its slice', () => {
    const own = new Set(['Lee']);
    expect(sentenceBreaks('He left. Then "Jo" came! “Lee” too', 0, 34)).toBe(2);
    // Jo and Ann; Lee is the speaker's own, Then opens a sentence
    expect(otherNames('met Jo and Lee. Then Ann', 0, 24, own)).toBe(2);
    for (const s of samples) {
      const text = `x${s}Lee y`;
      const from = 1;
      const to = 1 + s.length;
      const slice = text.slice(from, to);
      expect(sentenceBreaks(text, from, to)).toBe(refBreaks(slice));
      expect(otherNames(text, from, to, own)).toBe(refOtherNames(slice, own));
      const at = lastWordAt(text, 'Lee', from, to);
      const ref = refLastWordAt(slice, 'Lee', slice.length);
      expect(at).toBe(ref < 0 ? -1 : ref + from);
    }
  });
});
