/**
 * Word tables are written once: a word that stands twice in one table is a slip (two copies drift apart),
 * so building a table from a list with a repeat throws when the module loads, naming the table and the word.
 */

/** `words` in order; throws `lexicon: TABLE repeats 'word'` when a word stands twice. */
export function wordList(table: string, words: readonly string[]): readonly string[] {
  const seen = new Set<string>();
  for (const word of words) {
    if (seen.has(word)) throw new Error(`lexicon: ${table} repeats '${word}'`);
    seen.add(word);
  }
  return words;
}

/** `words` as a set; throws like `wordList` when a word stands twice. */
export function wordSet(table: string, words: readonly string[]): ReadonlySet<string> {
  return new Set(wordList(table, words));
}

/** `words` as a regular-expression alternation (`said|says|…`), in order, each word matched literally. */
export function alternation(words: readonly string[]): string {
  return words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('|');
}
