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
import { quoteDate } from '../model/quote-date.js';
import { alignLocally, commonWordCount, comparableWords } from './align.js';
import { PairSet } from './pair-set.js';

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
  /** Shingles shared by more quotes than this are stock phrases, not evidence ("i think that"). */
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
/** Quote slots are packed below the hash in one float64 sort key: 22 bits of slot, 31 of hash. */
const SLOT_BITS = 22;
const MAX_QUOTES = 2 ** SLOT_BITS;

/** FNV-1a over the words `from … from + count` (ids into `dictionary`), each followed by a space. */
function hashWords(words: Int32Array, dictionary: readonly string[], from: number, count: number): number {
  let h = FNV_OFFSET;
  for (let k = from; k < from + count; k++) h = fnv1a(fnv1a(h, dictionary[words[k]!]!), ' ');
  return h & 0x7fffffff;
}

/** The winnowed shingle fingerprints of a word list (all of them when there are fewer than a window). */
function fingerprints(words: Int32Array, dictionary: readonly string[], options: GroupingOptions): number[] {
  if (words.length < options.minWords) {
    // Too short for fragments or fuzzy matches: only the whole text, for identical reports.
    return words.length >= options.minIdenticalWords ? [hashWords(words, dictionary, 0, words.length)] : [];
  }
  const shingles: number[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i++) shingles.push(hashWords(words, dictionary, i, SHINGLE));
  const picked = new Set<number>();
  for (let i = 0; i + WINDOW <= shingles.length; i++) {
    let min = shingles[i]!;
    for (let k = 1; k < WINDOW; k++) min = Math.min(min, shingles[i + k]!);
    picked.add(min);
  }
  return [...picked];
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

/** A number per quote slot for `key` (equal keys, equal numbers); -1 for a null key. */
function slotKeys(quotes: readonly Quote[], key: (q: Quote) => string | null): Int32Array {
  const numbers = new Map<string, number>();
  const out = new Int32Array(quotes.length);
  quotes.forEach((q, i) => {
    const k = key(q);
    if (k === null) out[i] = -1;
    else {
      let n = numbers.get(k);
      if (n === undefined) numbers.set(k, (n = numbers.size));
      out[i] = n;
    }
  });
  return out;
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

/** {@link groupStatements} by quote slot, statements of one report left implicit. */
export function groupStatementSlots(quotes: readonly Quote[], options: Partial<GroupingOptions> = {}): StatementSlots {
  const opts = { ...defaultGroupingOptions, ...options };
  const n = quotes.length;
  if (n > MAX_QUOTES)
    throw new Error(`statements: ${n} quotes is more than the ${MAX_QUOTES} one grouping run handles`);
  // Words as ids into one dictionary: comparisons and counts over numbers, and one string per distinct word.
  const ids = new Map<string, number>();
  const dictionary: string[] = [];
  const words = quotes.map((q) => {
    const text = comparableWords(q.text);
    const out = new Int32Array(text.length);
    for (let k = 0; k < text.length; k++) {
      let id = ids.get(text[k]!);
      if (id === undefined) {
        ids.set(text[k]!, (id = dictionary.length));
        dictionary.push(text[k]!);
      }
      out[k] = id;
    }
    return out;
  });
  const counts = new Int32Array(dictionary.length);
  // Article and speaker per slot as numbers (-1: no speaker), for the cheap checks on every candidate pair.
  const articleOf = slotKeys(quotes, (q) => q.articleId);
  const speakerOf = slotKeys(quotes, (q) => q.speakerId);

  let total = 0;
  const prints = words.map((w) => {
    const f = fingerprints(w, dictionary, opts);
    total += f.length;
    return f;
  });
  const keys = new Float64Array(total);
  let k = 0;
  prints.forEach((f, slot) => {
    for (const h of f) keys[k++] = h * MAX_QUOTES + slot;
  });
  keys.sort();

  // Candidate pairs from each bucket of quotes sharing a fingerprint, checked once each. Near-duplicates
  // are joined at once, so a statement reported a hundred times costs about a hundred checks, not 5,000.
  const sets = new UnionFind(n);
  const seen = new PairSet(n * 4);
  const fragments: Array<[number, number]> = [];
  for (let start = 0; start < total;) {
    const hash = Math.floor(keys[start]! / MAX_QUOTES);
    let end = start + 1;
    while (end < total && Math.floor(keys[end]! / MAX_QUOTES) === hash) end++;
    if (end - start >= 2 && end - start <= opts.maxBucket) {
      for (let x = start; x < end; x++) {
        const i = keys[x]! % MAX_QUOTES;
        for (let y = x + 1; y < end; y++) {
          const j = keys[y]! % MAX_QUOTES;
          // Reports in one article, or by two different named speakers, are never one statement.
          if (i === j || articleOf[i] === articleOf[j]) continue;
          const si = speakerOf[i]!;
          const sj = speakerOf[j]!;
          if (si !== sj && si !== -1 && sj !== -1) continue;
          const iShorter = words[i]!.length <= words[j]!.length;
          const short = iShorter ? i : j;
          const long = iShorter ? j : i;
          const ri = sets.find(i);
          const rj = sets.find(j);
          // Already one statement: only a possible fragment (much shorter) is still worth a look.
          if (ri === rj && words[short]!.length >= opts.sameWording * words[long]!.length) continue;
          const pair = Math.min(i, j) * MAX_QUOTES + Math.max(i, j);
          if (!seen.add(pair)) continue;
          const relation = relate(words[short]!, words[long]!, counts, opts);
          if (relation === 'same' && ri !== rj) sets.union(ri, rj);
          else if (relation === 'fragment') fragments.push([short, long]);
        }
      }
    }
    start = end;
  }

  // A fragment group joins the group of the longest quote it is cut from; one container only, so a
  // stock fragment never bridges two different statements. Shortest groups attach first, so chains end at the fullest.
  const longestOf = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const r = sets.find(i);
    longestOf.set(r, Math.max(longestOf.get(r) ?? 0, words[i]!.length));
  }
  const container = new Map<number, { slot: number; root: number }>();
  const fragmentSlot = new Map<number, number>();
  for (const [short, long] of fragments) {
    const own = fragmentSlot.get(short);
    if (own === undefined || words[long]!.length > words[own]!.length) fragmentSlot.set(short, long);
    const rs = sets.find(short);
    const rl = sets.find(long);
    if (rs === rl) continue;
    const current = container.get(rs);
    if (
      !current ||
      words[long]!.length > words[current.slot]!.length ||
      (words[long]!.length === words[current.slot]!.length && long < current.slot)
    ) {
      container.set(rs, { slot: long, root: rl });
    }
  }
  const byLength = [...container.keys()].sort((a, b) => longestOf.get(a)! - longestOf.get(b)! || a - b);
  const attached = new Int32Array(n).fill(-1);
  for (const root of byLength) {
    const target = container.get(root)!;
    if (longestOf.get(target.root)! < longestOf.get(root)!) continue;
    attached[root] = target.root;
  }
  const groupOf = (i: number): number => {
    let r = sets.find(i);
    for (let hops = 0; attached[r]! >= 0 && hops < n; hops++) r = sets.find(attached[r]!);
    return r;
  };

  const members = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const g = groupOf(i);
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  }

  const dates = quotes.map(quoteDate);
  const earliestFirst = (a: number, b: number): number => {
    const da = dates[a]!;
    const db = dates[b]!;
    // Undated reports go last: their date is unknown, not early.
    if (da !== db) return da === '' ? 1 : db === '' ? -1 : da < db ? -1 : 1;
    const ia = quotes[a]!.id;
    const ib = quotes[b]!.id;
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  };
  const fuller = (a: number, b: number): number =>
    Number(quotes[b]!.kind === 'full') - Number(quotes[a]!.kind === 'full') ||
    words[b]!.length - words[a]!.length ||
    earliestFirst(a, b);

  // Statements of several reports, in input order of their first report; fragments by slot.
  const grouped: StatementSlots['grouped'] = [];
  const fragmentPairs: StatementSlots['fragments'] = [];
  const done = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const g = groupOf(i);
    if (done[g]) continue;
    done[g] = 1;
    const list = members.get(g)!;
    if (list.length < 2) continue;
    const slots = [...list].sort(earliestFirst);
    const representative = [...slots].sort(fuller)[0]!;
    grouped.push({ slots, representative });
    for (const s of slots) {
      const outer = fragmentSlot.get(s);
      if (outer !== undefined && groupOf(outer) === g) fragmentPairs.push([s, outer]);
    }
  }
  fragmentPairs.sort((a, b) => a[0] - b[0]);
  return { grouped, fragments: fragmentPairs };
}
