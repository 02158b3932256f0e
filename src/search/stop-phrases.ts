import { STOP_WORDS } from '../model/text.js';
import type { QuoteTables } from './tables.js';
import { lowerBound } from '../lib/sorted.js';

/**
 * Stop words are not in minisearch's index, so a query made of them alone (`"of the"`, `"it was"`) used
 * to be answered by reading quote texts. This index holds, for every stop word and every adjacent pair of
 * stop words, the quotes that contain it, as ascending newest-first ranks: such a query becomes an
 * intersection of lists, newest first without sorting. It is built on the first such query (one pass over
 * the folded texts) and kept.
 */
export interface StopPhraseIndex {
  /**
   * Ranks (ascending, below `limit`) of the quotes holding every word of `words` and every phrase of
   * `phrases` (all stop words) — exactly for words and two-word phrases; longer phrases are only known
   * to hold each of their adjacent pairs, and the caller checks them on the text.
   */
  candidates(words: readonly string[], phrases: readonly string[][], limit: number): Int32Array;
  /**
   * For phrases that mix stop words with indexed words (`"it s not"`): a test that is false for quotes
   * which cannot hold them (they lack one of the phrases' stop words or adjacent stop-word pairs), cheaper
   * than a text check; null when the phrases have no stop word or their shortest list would not pay off
   * for `count` quotes.
   */
  narrow(phrases: readonly string[][], count: number): ((doc: number) => boolean) | null;
}

const STOP_IDS = new Map([...STOP_WORDS].map((w, i) => [w, i]));
const SIZE = STOP_IDS.size;
const LONGEST = Math.max(...[...STOP_WORDS].map((w) => w.length));

/** The number of stop-word lists: one per stop word, one per ordered pair of them. */
export const STOP_LISTS = SIZE + SIZE * SIZE;

/**
 * The stop-word and stop-pair lists of the quotes (one pass over the folded texts, newest first). Built with
 * the index and stored in its search file; built here on the first stop-word query when the file has none.
 */
export function buildStopLists(tables: Pick<QuoteTables, 'newestOrder' | 'foldedTextOf'>): Int32Array[] {
  // Key: a stop word's id, or SIZE + first * SIZE + second for a pair.
  const growing: number[][] = Array.from({ length: STOP_LISTS }, () => []);
  const { newestOrder } = tables;
  for (let r = 0; r < newestOrder.length; r++) {
    const text = tables.foldedTextOf(newestOrder[r]!);
    let previous = -1;
    let start = 1;
    // Folded text is ` term term … term `: walk the spaces instead of splitting.
    for (let end = text.indexOf(' ', start); end > 0; start = end + 1, end = text.indexOf(' ', start)) {
      const id = end - start <= LONGEST ? STOP_IDS.get(text.slice(start, end)) : undefined;
      if (id === undefined) {
        previous = -1;
        continue;
      }
      const single = growing[id]!;
      if (single[single.length - 1] !== r) single.push(r);
      if (previous >= 0) {
        const pair = growing[SIZE + previous * SIZE + id]!;
        if (pair[pair.length - 1] !== r) pair.push(r);
      }
      previous = id;
    }
  }
  return growing.map((g) => Int32Array.from(g));
}

/** `stored`: the lists as kept in a search file, when it has them (see `buildStopLists`). */
export function createStopPhraseIndex(tables: QuoteTables, stored: Int32Array[] | null = null): StopPhraseIndex {
  let lists: Int32Array[] | null = stored;
  let mark: Uint32Array | null = null;
  let nextMark = 1;
  const build = (): Int32Array[] => buildStopLists(tables);

  return {
    candidates(words, phrases, limit) {
      lists ??= build();
      const needed: Int32Array[] = [];
      for (const w of words) needed.push(lists[STOP_IDS.get(w) ?? -1] ?? new Int32Array(0));
      for (const p of phrases) {
        for (let i = 0; i + 1 < p.length; i++) {
          const a = STOP_IDS.get(p[i]!);
          const b = STOP_IDS.get(p[i + 1]!);
          needed.push(a === undefined || b === undefined ? new Int32Array(0) : lists[SIZE + a * SIZE + b]!);
        }
      }
      needed.sort((x, y) => x.length - y.length);
      let found = cutAt(needed[0] ?? new Int32Array(0), limit);
      for (let i = 1; i < needed.length && found.length > 0; i++) found = intersect(found, needed[i]!);
      return found;
    },
    narrow(phrases, count) {
      if (!phrases.some((p) => p.some((t) => STOP_IDS.has(t)))) return null;
      lists ??= build();
      let shortest: Int32Array | null = null;
      for (const p of phrases) {
        for (let i = 0; i < p.length; i++) {
          const a = STOP_IDS.get(p[i]!);
          if (a === undefined) continue;
          const b = i + 1 < p.length ? STOP_IDS.get(p[i + 1]!) : undefined;
          const list = b === undefined ? lists[a]! : lists[SIZE + a * SIZE + b]!;
          if (shortest === null || list.length < shortest.length) shortest = list;
        }
      }
      // Marking a list costs about a tenth of checking a quote's text.
      if (shortest === null || shortest.length > 8 * count) return null;
      mark ??= new Uint32Array(tables.newestOrder.length);
      if (nextMark >= 0xffff_fff0) {
        mark.fill(0);
        nextMark = 1;
      }
      const now = nextMark++;
      const marks = mark;
      for (const r of shortest) marks[r] = now;
      const rank = tables.newestRank;
      return (doc) => marks[rank[doc]!] === now;
    },
  };
}

/** The part of an ascending list below `limit`. */
function cutAt(list: Int32Array, limit: number): Int32Array {
  return list.subarray(0, lowerBound(list, limit));
}

/** The ranks in both ascending lists; `a` is the shorter. */
function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(a.length);
  let n = 0;
  let j = 0;
  for (let i = 0; i < a.length && j < b.length; i++) {
    const v = a[i]!;
    while (j < b.length && b[j]! < v) j++;
    if (b[j] === v) out[n++] = v;
  }
  return out.subarray(0, n);
}
