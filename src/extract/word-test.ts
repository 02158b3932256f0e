/**
 * Does a word stand as a word in a text (`correspondent` in `BBC correspondent `; `hosts` is not `host`)? One
 * test per word and case mode, compiled once and kept: loops over mentions and sentences ask about the same
 * few words many times.
 */

/** Tests kept, by case mode and word; cleared when full (the words are heads and names, a few per article). */
const TESTS = new Map<string, (text: string) => boolean>();
const TESTS_LIMIT = 2_000;

const isAscii = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
};

/**
 * A test of whether `word` stands in a text with no letter right before or after it, matching case exactly
 * or (`ignoreCase`) as an `iu` pattern does. The pattern is tried only when the text holds the word's
 * characters: as written, or (`ignoreCase`, an ASCII word) lower-cased in a lower-cased text; an ASCII word
 * in a text with other characters is always left to the pattern (`iu` matches `k` to the Kelvin sign).
 */
export function wordTest(word: string, ignoreCase = false): (text: string) => boolean {
  const key = (ignoreCase ? 'i:' : 'c:') + word;
  let test = TESTS.get(key);
  if (test === undefined) {
    if (TESTS.size >= TESTS_LIMIT) TESTS.clear();
    test = compile(word, ignoreCase);
    TESTS.set(key, test);
  }
  return test;
}

function compile(word: string, ignoreCase: boolean): (text: string) => boolean {
  let pattern: RegExp | null = null;
  const matches = (text: string): boolean =>
    (pattern ??= new RegExp(
      `(?<![\\p{L}])${word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}])`,
      ignoreCase ? 'iu' : 'u',
    )).test(text);
  if (!ignoreCase) return (text) => text.includes(word) && matches(text);
  if (!isAscii(word)) return matches;
  const lower = word.toLowerCase();
  return (text) => (text.toLowerCase().includes(lower) || !isAscii(text)) && matches(text);
}
