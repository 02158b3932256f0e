/**
 * One quote, many reports: quotes from different articles that are the same statement, found without
 * comparing all pairs.
 *
 *   words ─▶ winnowed 3-word shingles ─▶ sort (hash, quote) ─▶ candidate pairs from small buckets
 *   ─▶ verify (same words / close wording / fragment) ─▶ union near-duplicates ─▶ attach fragments
 *
 * Winnowing (the minimum hash of every window of {@link WINDOW} shingles) keeps about half of the
 * shingles and still guarantees that two texts sharing a run of WINDOW + 2 words share a fingerprint,
 * so a five-word fragment always meets the long quote it was cut from.
 */
import { FNV_OFFSET, fnv1a } from '../lib/hash.js';
import { UnionFind } from '../lib/union-find.js';
import type { Quote } from '../model/types.js';
import { alignLocally, commonWordCount, comparableWords } from './align.js';
import { PairSet } from './pair-set.js';
import { Column } from '../lib/column.js';
import { quoteList, type QuoteList } from '../model/quote-list.js';

/** A statement: every report of the same words by the same speaker. */
export interface Statement {
  /** Stable: the id of the earliest report (by date said or published, then quote id). */
  id: string;
  /** Its reports, earliest first. */
  quoteIds: string[];
  /** The report that shows it best: the fullest wording (a full quotation, the longest), then the earliest. */
  representativeId: string;
}

/**
 * The grouping by quote slot (position in the input), statements of one report left implicit: the compact
 * form an index stores (src/index) and {@link StatementGroups} is made from.
 */
export interface StatementSlots {
  /** Statements of two or more reports, in input order of their first report. */
  grouped: Array<{
    /** Its reports' slots, earliest first (the first gives the statement its id). */
    slots: number[];
    /** The slot of the report that shows it best. */
    representative: number;
  }>;
  /** `[fragment slot, slot of the longer quote of the same statement it was cut from]`, by fragment slot. */
  fragments: Array<[number, number]>;
}

export interface StatementGroups {
  /** Statement id per quote, parallel to the input. */
  statementOf: string[];
  /** Every statement, singletons included, in input order of their first report. */
  statements: Statement[];
  /** Quote id → id of the longer quote (same statement) it is a fragment of. */
  fragmentOf: Map<string, string>;
}

/** Tuning of the grouping; every field has a default in {@link defaultGroupingOptions}. */
export interface GroupingOptions {
  /** Word-level similarity (common words / longer length) from which two reports are one statement. */
  sameWording: number;
  /** Share of a shorter quote's words found, in one compact stretch, in a longer one for it to be a fragment. */
  fragmentCoverage: number;
  /** A fragment or close-wording match needs at least this many words ("we are ready" is in everything). */
  minWords: number;
  /** Identical quotes this short or longer (and the same named speaker) are grouped. */
  minIdenticalWords: number;
  /**
   * Shingles shared by more distinct wordings than this are stock phrases, not evidence ("i think that"). A
   * shingle shared by more quotes but as many wordings or fewer is a statement reported that often.
   */
  maxBucket: number;
}

export const defaultGroupingOptions: GroupingOptions = {
  sameWording: 0.8,
  fragmentCoverage: 0.9,
  minWords: 5,
  minIdenticalWords: 3,
  maxBucket: 64,
};

const SHINGLE = 3;
const WINDOW = 3;
/** Slots are kept in 32-bit arrays: more quotes than this cannot be grouped in one run. */
const MAX_QUOTES = 2 ** 32 - 1;

/** FNV-1a over the words `from … from + count` (ids into `dictionary`), each followed by a space. */
function hashWords(words: Int32Array, dictionary: readonly string[], from: number, count: number): number {
  let h = FNV_OFFSET;
  for (let k = from; k < from + count; k++) h = fnv1a(fnv1a(h, dictionary[words[k]!]!), ' ');
  return h & 0x7fffffff;
}

/**
 * Appends the winnowed shingle fingerprints of a word list to `out` (all of them when there are fewer than a
 * window), each once.
 */
function addFingerprints(
  words: Int32Array,
  dictionary: readonly string[],
  options: GroupingOptions,
  out: (hash: number) => void,
): void {
  if (words.length < options.minWords) {
    // Too short for fragments or fuzzy matches: only the whole text, for identical reports.
    if (words.length >= options.minIdenticalWords) out(hashWords(words, dictionary, 0, words.length));
    return;
  }
  const shingles: number[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) shingles.push(hashWords(words, dictionary, i, SHINGLE));
  const picked = new Set<number>();
  for (let i = 0; i + WINDOW <= shingles.length; i++) {
    let min = shingles[i]!;
    for (let k = 1; k < WINDOW; k++) min = Math.min(min, shingles[i + k]!);
    picked.add(min);
  }
  for (const h of picked) out(h);
}

/**
 * Sorts `hashes` (31-bit) with their `slots` by hash, stably (two counting passes of 16 bits): given in slot
 * order, they come out ordered by (hash, slot).
 */
function sortBySlotAndHash(hashes: Uint32Array, slots: Uint32Array): { hashes: Uint32Array; slots: Uint32Array } {
  const total = hashes.length;
  let fromH: Uint32Array = hashes;
  let fromS: Uint32Array = slots;
  let toH: Uint32Array = new Uint32Array(total);
  let toS: Uint32Array = new Uint32Array(total);
  for (const shift of [0, 16]) {
    const start = new Uint32Array(0x10001);
    for (let i = 0; i < total; i++) start[((fromH[i]! >>> shift) & 0xffff) + 1]!++;
    for (let b = 0; b < 0x10000; b++) start[b + 1]! += start[b]!;
    for (let i = 0; i < total; i++) {
      const at = start[(fromH[i]! >>> shift) & 0xffff]!++;
      toH[at] = fromH[i]!;
      toS[at] = fromS[i]!;
    }
    [fromH, toH] = [toH, fromH];
    [fromS, toS] = [toS, fromS];
  }
  return { hashes: fromH, slots: fromS };
}

/**
 * Cheap upper bound on common words (shared word counts), to skip the alignment of hopeless pairs.
 * `counts` is a zeroed scratch array over the dictionary, left zeroed.
 */
function sharedWordBound(a: Int32Array, b: Int32Array, counts: Int32Array): number {
  for (let k = 0; k < a.length; k++) counts[a[k]!]!++;
  let shared = 0;
  for (let k = 0; k < b.length; k++) {
    const w = b[k]!;
    if (counts[w]! > 0) {
      shared++;
      counts[w]!--;
    }
  }
  for (let k = 0; k < a.length; k++) counts[a[k]!] = 0;
  return shared;
}

type Relation = 'same' | 'fragment' | null;

/** How two word lists relate: the same statement in (nearly) the same words, the shorter a fragment of the longer, or neither. */
function relate(short: Int32Array, long: Int32Array, counts: Int32Array, options: GroupingOptions): Relation {
  if (short.length < options.minWords) {
    return short.length === long.length && short.every((w, i) => w === long[i]) ? 'same' : null;
  }
  const bound = sharedWordBound(short, long, counts);
  if (bound / long.length >= options.sameWording && commonWordCount(short, long) / long.length >= options.sameWording)
    return 'same';
  if (bound / short.length < options.fragmentCoverage) return null;
  const local = alignLocally(short, long);
  const stretch = local.bEnd - local.bStart;
  // Compact: the fragment's words sit together in the long quote, not scattered over it.
  return local.matched / short.length >= options.fragmentCoverage && stretch <= Math.ceil(short.length * 1.25)
    ? 'fragment'
    : null;
}

/** A number per distinct key (equal keys, equal numbers); -1 for a null key. */
class SlotKeys {
  private readonly numbers = new Map<string | number, number>();
  of(key: string | number | null): number {
    if (key === null) return -1;
    let n = this.numbers.get(key);
    if (n === undefined) this.numbers.set(key, (n = this.numbers.size));
    return n;
  }
  clear(): void {
    this.numbers.clear();
  }
}

/**
 * Groups quotes into statements: reports from different articles with the same words, close wording
 * (word similarity ≥ `sameWording`, compatible speakers) or one a fragment of the other. Pure and
 * deterministic; near-linear in the corpus (pairs come only from shared fingerprints in small buckets).
 */
export function groupStatements(quotes: readonly Quote[], options: Partial<GroupingOptions> = {}): StatementGroups {
  return statementGroupsOf(quotes, groupStatementSlots(quotes, options));
}

/** The id form of a slot grouping of `quotes` (see {@link groupStatementSlots}). */
export function statementGroupsOf(quotes: readonly Quote[], grouping: StatementSlots): StatementGroups {
  const n = quotes.length;
  const statementOf = new Array<string>(n);
  const statementAt = new Int32Array(n).fill(-1);
  const firstSlot = grouping.grouped.map((g) => Math.min(...g.slots));
  grouping.grouped.forEach((g, k) => {
    for (const s of g.slots) statementAt[s] = k;
  });
  const statements: Statement[] = [];
  for (let i = 0; i < n; i++) {
    const k = statementAt[i]!;
    if (k < 0) {
      const id = quotes[i]!.id;
      statementOf[i] = id;
      statements.push({ id, quoteIds: [id], representativeId: id });
      continue;
    }
    const g = grouping.grouped[k]!;
    const id = quotes[g.slots[0]!]!.id;
    statementOf[i] = id;
    if (firstSlot[k] === i)
      statements.push({
        id,
        quoteIds: g.slots.map((s) => quotes[s]!.id),
        representativeId: quotes[g.representative]!.id,
      });
  }
  const fragmentOf = new Map<string, string>();
  for (const [fragment, outer] of grouping.fragments) fragmentOf.set(quotes[fragment]!.id, quotes[outer]!.id);
  return { statementOf, statements, fragmentOf };
}

/** A quote as the first half of a grouping reads it: its words and its article (any key: equal keys, one article). */
export interface StatementText {
  text: string;
  article: string | number;
}

/**
 * The first half of a grouping, made from the quotes' texts and articles alone (no speakers, ids or dates yet):
 * every quote's words as ids into one dictionary, and every (fingerprint, slot) sorted. A build makes it on a
 * worker thread while speakers are resolved (src/build/statements-job.ts).
 */
export interface StatementWords {
  count: number;
  /** Distinct words (their number sizes a scratch array). */
  dictionarySize: number;
  /** Every quote's word ids one after the other; a quote's are `wordStart[slot] … wordStart[slot + 1]`. */
  wordData: Int32Array;
  wordStart: Uint32Array;
  /** Article per slot as a number (equal articles, equal numbers). */
  articleOf: Int32Array;
  /** Fingerprints and their slots, by fingerprint then slot. */
  keyHash: Uint32Array;
  keySlot: Uint32Array;
}

/** What the second half of a grouping asks of the quotes, by slot. */
export type StatementLookup = Pick<QuoteList, 'idAt' | 'dateAt' | 'fullAt'> & {
  /** The quote's speaker, any key (equal keys, one speaker), null when it has none. */
  speakerAt(slot: number): string | number | null;
};

/**
 * {@link groupStatements} by quote slot, statements of one report left implicit. The quotes are read once in
 * order (a build's are read back from disk); later only their ids, dates and kinds are asked for, by slot.
 */
export function groupStatementSlots(
  given: readonly Quote[] | QuoteList,
  options: Partial<GroupingOptions> = {},
): StatementSlots {
  const quotes = quoteList(given);
  function* texts(): Generator<StatementText> {
    for (const q of quotes) yield { text: q.text, article: q.articleId };
  }
  const words = statementWords(texts(), quotes.length, options);
  const lookup: StatementLookup = {
    idAt: (slot) => quotes.idAt(slot),
    dateAt: (slot) => quotes.dateAt(slot),
    fullAt: (slot) => quotes.fullAt(slot),
    speakerAt: (slot) => quotes.speakerIdAt(slot),
  };
  return groupStatementWords(words, lookup, options);
}

/** The first half of {@link groupStatementSlots}: `count` quotes' words and fingerprints (see {@link StatementWords}). */
export function statementWords(
  quotes: Iterable<StatementText>,
  count: number,
  options: Partial<GroupingOptions> = {},
): StatementWords {
  const opts = { ...defaultGroupingOptions, ...options };
  const n = count;
  if (n > MAX_QUOTES)
    throw new Error(`statements: ${n} quotes is more than the ${MAX_QUOTES} one grouping run handles`);
  // Words as ids into one dictionary: comparisons and counts over numbers, and one string per distinct word;
  // every quote's words one after the other in one array (`wordsOf` views a quote's), not an array per quote.
  const ids = new Map<string, number>();
  const dictionary: string[] = [];
  const wordStart = new Uint32Array(n + 1);
  const wordColumn = new Column();
  // Article per slot as a number, for the cheap check on every candidate pair.
  const articleOf = new Int32Array(n);
  const articleKeys = new SlotKeys();
  let slot = 0;
  for (const q of quotes) {
    if (slot === n) throw new Error(`statements: more quotes read than the ${n} announced`);
    articleOf[slot] = articleKeys.of(q.article);
    const text = comparableWords(q.text);
    for (let k = 0; k < text.length; k++) {
      let id = ids.get(text[k]!);
      if (id === undefined) {
        ids.set(text[k]!, (id = dictionary.length));
        dictionary.push(text[k]!);
      }
      wordColumn.push(id);
    }
    wordStart[slot + 1] = wordColumn.length;
    slot++;
  }
  if (slot !== n) throw new Error(`statements: ${slot} quotes read of ${n}`);
  articleKeys.clear();
  ids.clear();
  // Copied out at its length: the column's buffer, doubled as it grew, is up to twice that, and the words are held
  // until the grouping's end (a build's from the speakers phase to the search's end).
  const wordData = new Int32Array(wordColumn.data.buffer, 0, wordColumn.length).slice();
  wordColumn.data = new Uint32Array(0);
  const wordsOf = (slot: number): Int32Array => wordData.subarray(wordStart[slot], wordStart[slot + 1]);

  // Every (fingerprint, slot), sorted by fingerprint then slot: quotes sharing a fingerprint are one bucket.
  const printHashes = new Column();
  const printSlots = new Column();
  for (let slot = 0; slot < n; slot++) {
    addFingerprints(wordsOf(slot), dictionary, opts, (h) => {
      printHashes.push(h);
      printSlots.push(slot);
    });
  }
  const total = printHashes.length;
  // At their length (the sort's result lands in the arrays it is given, held as long as the words).
  const hashes = printHashes.data.slice(0, total);
  const slots = printSlots.data.slice(0, total);
  printHashes.data = printSlots.data = new Uint32Array(0);
  const sorted = sortBySlotAndHash(hashes, slots);
  return {
    count: n,
    dictionarySize: dictionary.length,
    wordData,
    wordStart,
    articleOf,
    keyHash: sorted.hashes,
    keySlot: sorted.slots,
  };
}

/** The second half of {@link groupStatementSlots}: the grouping of prepared words, with the quotes' speakers, ids and dates. */
export function groupStatementWords(
  words: StatementWords,
  quotes: StatementLookup,
  options: Partial<GroupingOptions> = {},
): StatementSlots {
  const opts = { ...defaultGroupingOptions, ...options };
  const { count: n, wordData, wordStart, articleOf, keyHash, keySlot } = words;
  const total = keyHash.length;
  // Speaker per slot as a number (-1: no speaker), for the cheap check on every candidate pair.
  const speakerOf = new Int32Array(n);
  const speakerKeys = new SlotKeys();
  for (let slot = 0; slot < n; slot++) speakerOf[slot] = speakerKeys.of(quotes.speakerAt(slot));
  speakerKeys.clear();
  const wordsOf = (slot: number): Int32Array => wordData.subarray(wordStart[slot], wordStart[slot + 1]);
  const wordCount = (slot: number): number => wordStart[slot + 1]! - wordStart[slot]!;
  const counts = new Int32Array(words.dictionarySize);

  const sets = new UnionFind(n);
  const seen = new PairSet(n * 4);
  const fragments: Array<[number, number]> = [];

  const sameWords = (a: Int32Array, b: Int32Array): boolean => a.length === b.length && a.every((w, k) => w === b[k]);

  /**
   * Joins `members` into the sets the pairwise rule makes of them when every two of them are one statement by
   * their words: an edge between two reports from different articles with compatible speakers (the same, or
   * either unnamed). In O(members), not over every pair.
   */
  const joinCompatible = (members: readonly number[]): void => {
    const bySpeaker = new Map<number, number[]>();
    for (const m of members) {
      const list = bySpeaker.get(speakerOf[m]!);
      if (list) list.push(m);
      else bySpeaker.set(speakerOf[m]!, [m]);
    }
    const spansArticles = (list: readonly number[]): boolean => list.some((m) => articleOf[m] !== articleOf[list[0]!]);
    // One named speaker's reports in two or more articles are one set: two in one article share a third.
    for (const [speaker, list] of bySpeaker) {
      if (speaker !== -1 && spansArticles(list)) for (const m of list) sets.union(list[0]!, m);
    }
    const unnamed = bySpeaker.get(-1);
    if (unnamed === undefined) return;
    if (spansArticles(unnamed)) {
      // Unnamed reports in two articles: every report meets one of them from another article.
      for (const m of members) sets.union(unnamed[0]!, m);
      return;
    }
    // Unnamed reports all in one article: each meets every report outside it, and nothing inside it.
    const inside = articleOf[unnamed[0]!];
    const outside = members.filter((m) => articleOf[m] !== inside);
    if (outside.length === 0) return;
    for (const m of outside) sets.union(outside[0]!, m);
    for (const m of unnamed) sets.union(outside[0]!, m);
  };

  /**
   * The first (lowest-slot) report of `longer` (ascending slots) compatible with each report of `shorter`,
   * from the first two reports in different articles per speaker, so in O(shorter + longer).
   */
  const firstCompatible = (longer: readonly number[]): ((i: number) => number) => {
    const firstTwo = (list: readonly number[]): [number, number] => [
      list[0]!,
      list.find((m) => articleOf[m] !== articleOf[list[0]!]) ?? -1,
    ];
    const bySpeaker = new Map<number, number[]>();
    for (const m of longer) {
      const list = bySpeaker.get(speakerOf[m]!);
      if (list) list.push(m);
      else bySpeaker.set(speakerOf[m]!, [m]);
    }
    const firsts = new Map<number, [number, number]>();
    for (const [speaker, list] of bySpeaker) firsts.set(speaker, firstTwo(list));
    const anyone = firstTwo(longer);
    const pick = (two: [number, number] | undefined, i: number): number =>
      two === undefined ? -1 : articleOf[two[0]] !== articleOf[i] ? two[0] : two[1];
    return (i) => {
      if (speakerOf[i] === -1) return pick(anyone, i);
      const own = pick(firsts.get(speakerOf[i]!), i);
      const unnamed = pick(firsts.get(-1), i);
      return own === -1 ? unnamed : unnamed === -1 ? own : Math.min(own, unnamed);
    };
  };

  /**
   * A bucket of more than `maxBucket` quotes. Many distinct wordings sharing a fingerprint make it a stock
   * phrase, skipped; a few wordings reported many times over make it a widely reported statement, whose
   * wordings are compared once each (not every pair of reports) and whose reports are then joined by the
   * pairwise rule's speaker and article checks. A bucket is in ascending slot order.
   */
  const joinWidelyReported = (start: number, end: number): void => {
    const wordings: number[][] = [];
    const byHash = new Map<number, number[]>();
    for (let x = start; x < end; x++) {
      const slot = keySlot[x]!;
      const words = wordsOf(slot);
      let h = FNV_OFFSET;
      for (let k = 0; k < words.length; k++) h = Math.imul(h ^ words[k]!, 0x01000193);
      const candidates = byHash.get(h);
      const same = candidates?.find((w) => sameWords(wordsOf(wordings[w]![0]!), words));
      if (same !== undefined) {
        wordings[same]!.push(slot);
        continue;
      }
      if (wordings.length === opts.maxBucket) return;
      if (candidates) candidates.push(wordings.length);
      else byHash.set(h, [wordings.length]);
      wordings.push([slot]);
    }
    for (let a = 0; a < wordings.length; a++) {
      joinCompatible(wordings[a]!);
      for (let b = a + 1; b < wordings.length; b++) {
        const first = wordings[a]![0]!;
        const second = wordings[b]![0]!;
        const firstShorter = wordCount(first) <= wordCount(second);
        const [short, long] = firstShorter ? [a, b] : [b, a];
        const relation = relate(wordsOf(wordings[short]![0]!), wordsOf(wordings[long]![0]!), counts, opts);
        if (relation === 'same') joinCompatible([...wordings[a]!, ...wordings[b]!]);
        else if (relation === 'fragment') {
          const outer = firstCompatible(wordings[long]!);
          for (const i of wordings[short]!) {
            const j = outer(i);
            if (j !== -1) fragments.push([i, j]);
          }
        }
      }
    }
  };

  // Candidate pairs from each bucket of quotes sharing a fingerprint, checked once each. Near-duplicates
  // are joined at once, so a statement reported a hundred times costs about a hundred checks, not 5,000.
  for (let start = 0; start < total;) {
    const hash = keyHash[start]!;
    let end = start + 1;
    while (end < total && keyHash[end] === hash) end++;
    if (end - start > opts.maxBucket) joinWidelyReported(start, end);
    else if (end - start >= 2) {
      for (let x = start; x < end; x++) {
        const i = keySlot[x]!;
        for (let y = x + 1; y < end; y++) {
          const j = keySlot[y]!;
          // Reports in one article, or by two different named speakers, are never one statement.
          if (i === j || articleOf[i] === articleOf[j]) continue;
          const si = speakerOf[i]!;
          const sj = speakerOf[j]!;
          if (si !== sj && si !== -1 && sj !== -1) continue;
          const iShorter = wordCount(i) <= wordCount(j);
          const short = iShorter ? i : j;
          const long = iShorter ? j : i;
          const ri = sets.find(i);
          const rj = sets.find(j);
          // Already one statement: only a possible fragment (much shorter) is still worth a look.
          if (ri === rj && wordCount(short) >= opts.sameWording * wordCount(long)) continue;
          // A number per unordered pair (below n², well inside a double's exact integers).
          const pair = Math.min(i, j) * n + Math.max(i, j);
          if (!seen.add(pair)) continue;
          const relation = relate(wordsOf(short), wordsOf(long), counts, opts);
          if (relation === 'same' && ri !== rj) sets.union(ri, rj);
          else if (relation === 'fragment') fragments.push([short, long]);
        }
      }
    }
    start = end;
  }

  // A fragment group joins the group of the longest quote it is cut from; one container only, so a
  // stock fragment never bridges two different statements. Shortest groups attach first, so chains end at the fullest.
  const longestOf = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const r = sets.find(i);
    longestOf[r] = Math.max(longestOf[r]!, wordCount(i));
  }
  const container = new Map<number, { slot: number; root: number }>();
  const fragmentSlot = new Map<number, number>();
  for (const [short, long] of fragments) {
    const own = fragmentSlot.get(short);
    if (own === undefined || wordCount(long) > wordCount(own)) fragmentSlot.set(short, long);
    const rs = sets.find(short);
    const rl = sets.find(long);
    if (rs === rl) continue;
    const current = container.get(rs);
    if (
      !current ||
      wordCount(long) > wordCount(current.slot) ||
      (wordCount(long) === wordCount(current.slot) && long < current.slot)
    ) {
      container.set(rs, { slot: long, root: rl });
    }
  }
  const byLength = [...container.keys()].sort((a, b) => longestOf[a]! - longestOf[b]! || a - b);
  const attached = new Int32Array(n).fill(-1);
  for (const root of byLength) {
    const target = container.get(root)!;
    if (longestOf[target.root]! < longestOf[root]!) continue;
    attached[root] = target.root;
  }
  const groupOfSlot = new Int32Array(n);
  const groupSize = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let r = sets.find(i);
    for (let hops = 0; attached[r]! >= 0 && hops < n; hops++) r = sets.find(attached[r]!);
    groupOfSlot[i] = r;
    groupSize[r]!++;
  }
  // Only statements of several reports need their member lists (ascending slots).
  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const g = groupOfSlot[i]!;
    if (groupSize[g]! < 2) continue;
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  }

  const earliestFirst = (a: number, b: number): number => {
    const da = quotes.dateAt(a);
    const db = quotes.dateAt(b);
    // Undated reports go last: their date is unknown, not early.
    if (da !== db) return da === '' ? 1 : db === '' ? -1 : da < db ? -1 : 1;
    const ia = quotes.idAt(a);
    const ib = quotes.idAt(b);
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  };
  const fuller = (a: number, b: number): number =>
    Number(quotes.fullAt(b)) - Number(quotes.fullAt(a)) || wordCount(b) - wordCount(a) || earliestFirst(a, b);

  // Statements of several reports, in input order of their first report; fragments by slot.
  const grouped: StatementSlots['grouped'] = [];
  const fragmentPairs: StatementSlots['fragments'] = [];
  const done = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const g = groupOfSlot[i]!;
    if (done[g]) continue;
    done[g] = 1;
    const list = members.get(g);
    if (list === undefined) continue;
    const slots = [...list].sort(earliestFirst);
    const representative = [...slots].sort(fuller)[0]!;
    grouped.push({ slots, representative });
    for (const s of slots) {
      const outer = fragmentSlot.get(s);
      if (outer !== undefined && groupOfSlot[outer] === g) fragmentPairs.push([s, outer]);
    }
  }
  fragmentPairs.sort((a, b) => a[0] - b[0]);
  return { grouped, fragments: fragmentPairs };
}
