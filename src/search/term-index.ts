import MiniSearch from 'minisearch';
import type { SearchEngineOptions } from './options.js';
import { lowerBound } from '../lib/sorted.js';

/**
 * The term index as the engine serves it: a sorted vocabulary and, per term and field, its quote slots
 * (ascending) and term frequencies in flat typed arrays, with every quote's field lengths. minisearch builds
 * it (its tokenising and statistics) and {@link termDataOf} copies it out; a loaded index views these arrays
 * in its search file instead of rebuilding minisearch's maps, which took a minute and gigabytes at a million
 * quotes. Scores are computed from them exactly as minisearch computes its BM25.
 */

/** Which fields a term is looked up in: every indexed field, or the quote text alone (phrase words). */
export type FieldSet = 'all' | 'text';

/** One term's quotes, ascending by slot, each with its BM25 score summed over the fields (boosts applied). */
export interface TermPostings {
  docs: Int32Array;
  scores: Float64Array;
}

/** The stored term index (see the module comment). Lists are numbered `term × fields.length + field`. */
export interface TermData {
  /** Indexed terms, sorted by UTF-16 code units (JavaScript's `<`). */
  vocabulary: string[];
  /** Field names in minisearch's order, with their average length over the quotes. */
  fields: Array<{ name: string; avg: number }>;
  documentCount: number;
  /** Where each list starts in `postDocs` / `postTf`; one more entry than there are lists. */
  postStart: Uint32Array;
  postDocs: Uint32Array;
  postTf: Uint16Array;
  /** Per field, every quote's length in terms: `fieldLength[field × documentCount + slot]`. */
  fieldLength: Uint32Array;
}

/** minisearch's scoring constants (its defaults: Verbatim does not change them). */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

type FieldTermData = Map<number, Map<number, number>>;

/** Reads minisearch's protected index members; never instantiated. */
class IndexReader extends MiniSearch {
  static read(ms: MiniSearch) {
    const r = ms as IndexReader;
    return {
      index: r._index,
      fieldIds: r._fieldIds,
      fieldLength: r._fieldLength,
      avgFieldLength: r._avgFieldLength,
      documentCount: r._documentCount,
      documentIds: r._documentIds,
    };
  }
}

/**
 * Copies minisearch's index out into {@link TermData}. Its documents must be the quote slots 0…n-1 in order
 * (as the engine adds them); throws when they are not. A term frequency above 65,535 in one field of one
 * quote does not fit and is refused.
 */
export function termDataOf(ms: MiniSearch, n: number): TermData {
  const { index, fieldIds, fieldLength, avgFieldLength, documentCount, documentIds } = IndexReader.read(ms);
  if (documentIds.size !== n) throw new Error(`holds ${documentIds.size} documents, data has ${n} quotes`);
  for (const [shortId, id] of documentIds) {
    if (shortId !== id)
      throw new Error(`document ${String(id)} is stored as ${shortId}: expected quote slots in order`);
  }
  const names = Object.keys(fieldIds);
  const ids = names.map((name) => fieldIds[name]!);
  const F = names.length;
  const lengths = new Uint32Array(F * n);
  for (const [doc, perField] of fieldLength) {
    for (let f = 0; f < F; f++) lengths[f * n + doc] = perField[ids[f]!] ?? 0;
  }
  const vocabulary: string[] = [];
  for (const term of index.keys()) vocabulary.push(term);
  vocabulary.sort();
  const postStart = new Uint32Array(vocabulary.length * F + 1);
  let total = 0;
  for (let t = 0; t < vocabulary.length; t++) {
    const data = index.get(vocabulary[t]!) as FieldTermData;
    for (let f = 0; f < F; f++) {
      postStart[t * F + f] = total;
      total += data.get(ids[f]!)?.size ?? 0;
    }
  }
  postStart[vocabulary.length * F] = total;
  const postDocs = new Uint32Array(total);
  const postTf = new Uint16Array(total);
  for (let t = 0; t < vocabulary.length; t++) {
    const data = index.get(vocabulary[t]!) as FieldTermData;
    for (let f = 0; f < F; f++) {
      const freqs = data.get(ids[f]!);
      if (!freqs) continue;
      const start = postStart[t * F + f]!;
      let j = start;
      let sorted = true;
      freqs.forEach((tf, doc) => {
        if (tf > 0xffff)
          throw new Error(
            `quote slot ${doc} holds '${vocabulary[t]}' ${tf} times in its ${names[f]}: more than 65,535`,
          );
        if (j > start && doc <= postDocs[j - 1]!) sorted = false;
        postDocs[j] = doc;
        postTf[j++] = tf;
      });
      if (!sorted) {
        const order = Array.from({ length: j - start }, (_, k) => start + k).sort(
          (a, b) => postDocs[a]! - postDocs[b]!,
        );
        const docs = Uint32Array.from(order, (k) => postDocs[k]!);
        const tfs = Uint16Array.from(order, (k) => postTf[k]!);
        postDocs.set(docs, start);
        postTf.set(tfs, start);
      }
    }
  }
  return {
    vocabulary,
    fields: names.map((name, f) => ({ name, avg: avgFieldLength[ids[f]!] ?? 0 })),
    documentCount,
    postStart,
    postDocs,
    postTf,
    fieldLength: lengths,
  };
}

export interface TermIndex {
  /**
   * The term's postings in `fields`, or null when no quote holds it there. Cached. `position`: where the term is
   * in the vocabulary, when the caller found it there (checked; the vocabulary is searched when it is not so).
   */
  postings(term: string, fields: FieldSet, position?: number): TermPostings | null;
  /**
   * Indexed terms within `distance` edits of `term` (the term itself left out), with their distance and their
   * position in the vocabulary (-1 when not known). Cached.
   */
  fuzzy(term: string, distance: number): ReadonlyArray<readonly [string, number, number]>;
}

/**
 * Postings kept in the cache at most (summed list lengths, 12 bytes each); the least recently used go first.
 * At a million quotes a common word's list alone is 200,000.
 */
const CACHE_POSTINGS = 16_000_000;
/**
 * What an entry costs beyond its postings, in postings (12 bytes each): its key and map node. Without it a
 * term the index does not hold (a null entry, 0 postings) cost nothing, and every distinct unknown word
 * searched was kept for ever (found under a load of distinct no-result searches).
 */
const ENTRY_POSTINGS = 16;
/** Entries kept at most, whatever their size: distinct unknown words each add one. */
const CACHE_ENTRIES = 50_000;
/** Terms looked up whose key is longer than this are not kept (nobody searches a 200-letter word twice). */
const MAX_CACHED_TERM = 64;
const FUZZY_CACHE_ENTRIES = 5_000;

/** Position of `term` in the sorted `vocabulary`, or -1. */
export function termPosition(vocabulary: readonly string[], term: string): number {
  const lo = lowerBound(vocabulary, term);
  return vocabulary[lo] === term ? lo : -1;
}

/** Term frequencies and field lengths below these have their score's second factor in a table (see `scorers`). */
const TABLE_TF = 16;
const TABLE_LENGTH = 255;

/** One field's score table, its quotes' lengths as bytes and as they are, and its average length. */
interface Scorer {
  inner: Float64Array;
  short: Uint8Array;
  lengths: Uint32Array;
  avg: number;
}

/** A term index over `data`, scoring with the field `boost`s. */
export function createTermIndex(data: TermData, boost: SearchEngineOptions['boost']): TermIndex {
  const { vocabulary, fields, documentCount, postStart, postDocs, postTf, fieldLength } = data;
  const F = fields.length;
  const n = documentCount;
  // An index saved before titles were left out still holds a `title` field: it is not searched.
  const searched = fields.map(({ name }, slot) => ({ name, slot })).filter(({ name }) => name !== 'title');
  const fieldSets: Record<FieldSet, Array<{ slot: number; boost: number }>> = {
    all: searched.map(({ name, slot }) => ({ slot, boost: boost[name as keyof typeof boost] || 1 })),
    text: [{ slot: fields.findIndex((f) => f.name === 'text'), boost: boost.text || 1 }],
  };

  // BM25's length normalisation of a field's length, as the scoring loop computes it (same operations, same result).
  const normOf = (len: number, avg: number): number => BM25.k * (1 - BM25.b + (BM25.b * len) / avg);
  /**
   * Per field, the part of a posting's score after the term's weight, `d + tf (k + 1) / (tf + norm)`, computed once
   * for every term frequency below {@link TABLE_TF} and field length below {@link TABLE_LENGTH} (nearly every
   * posting), and each quote's field length as a byte (`TABLE_LENGTH` or more as that): a first load reads a
   * byte per posting where it read an 8-byte norm per quote and divided. The same operations as before give the
   * same values, to the last bit; the rest are computed as they were.
   */
  const scorers = fields.map(({ avg }, slot) => {
    const inner = new Float64Array(TABLE_TF * TABLE_LENGTH);
    for (let tf = 0; tf < TABLE_TF; tf++)
      for (let len = 0; len < TABLE_LENGTH; len++)
        inner[tf * TABLE_LENGTH + len] = BM25.d + (tf * (BM25.k + 1)) / (tf + normOf(len, avg));
    const lengths = fieldLength.subarray(slot * n, slot * n + n);
    const short = new Uint8Array(n);
    for (let doc = 0; doc < n; doc++) short[doc] = Math.min(lengths[doc]!, TABLE_LENGTH);
    return { inner, short, lengths, avg };
  });
  /**
   * Least recently used first, roughly: a hit only marks its entry `used` (re-inserting it on every hit made a new
   * key and, every few thousand hits, a new table, both promoted: BENCH.md, "Thirteenth session: serve"); an
   * entry found used when it comes up for eviction is moved to the back instead (a second chance).
   */
  const cache = new Map<string, { postings: TermPostings | null; used: boolean }>();
  let cached = 0;
  const fuzzyCache = new Map<string, Array<readonly [string, number, number]>>();
  let shared: Uint8Array | null = null;
  let reversed: ReversedVocabulary | null = null;

  /** The BM25 score of posting `j` of a field (`weight`: the field's boost times the term's idf there). */
  const scoreAt = (j: number, weight: number, norm: Scorer): number => {
    const tf = postTf[j]!;
    const doc = postDocs[j]!;
    const len = norm.short[doc]!;
    if (tf < TABLE_TF && len < TABLE_LENGTH) return weight * norm.inner[tf * TABLE_LENGTH + len]!;
    return weight * (BM25.d + (tf * (BM25.k + 1)) / (tf + normOf(norm.lengths[doc]!, norm.avg)));
  };

  /**
   * A term's postings in the fields of `set`, scored. A term held in one field (most words: the speaker field
   * is names) keeps the stored slots as its `docs`, a view (slots fit in 31 bits), and only its scores are
   * computed; a term in two fields is merged as the scores are computed, without a list per field first. Each
   * quote's score is the sum of its fields' scores in field order, as `mergePostings` adds them, to the last bit.
   */
  function load(term: string, set: FieldSet, position: number): TermPostings | null {
    const t = position >= 0 && vocabulary[position] === term ? position : termPosition(vocabulary, term);
    if (t < 0) return null;
    const present: Array<{ start: number; df: number; weight: number; norm: Scorer }> = [];
    for (const field of fieldSets[set]) {
      const start = postStart[t * F + field.slot]!;
      const df = postStart[t * F + field.slot + 1]! - start;
      if (df === 0) continue;
      const idf = Math.log(1 + (documentCount - df + 0.5) / (df + 0.5));
      present.push({ start, df, weight: field.boost * idf, norm: scorers[field.slot]! });
    }
    if (present.length === 0) return null;
    if (present.length === 1) {
      const { start, df, weight, norm } = present[0]!;
      const scores = new Float64Array(df);
      for (let j = 0; j < df; j++) scores[j] = scoreAt(start + j, weight, norm);
      return { docs: new Int32Array(postDocs.buffer, postDocs.byteOffset + 4 * start, df), scores };
    }
    if (present.length === 2) return mergeFields(present[0]!, present[1]!);
    return present
      .map(({ start, df, weight, norm }): TermPostings => ({
        docs: new Int32Array(postDocs.buffer, postDocs.byteOffset + 4 * start, df),
        scores: Float64Array.from({ length: df }, (_, j) => scoreAt(start + j, weight, norm)),
      }))
      .reduce(mergePostings);
  }

  /** Two fields' postings of one term, scored and merged in one pass (what `mergePostings` of the two gives). */
  function mergeFields(
    a: { start: number; df: number; weight: number; norm: Scorer },
    b: { start: number; df: number; weight: number; norm: Scorer },
  ): TermPostings {
    const docs = new Int32Array(a.df + b.df);
    const scores = new Float64Array(docs.length);
    const aEnd = a.start + a.df;
    const bEnd = b.start + b.df;
    let i = a.start;
    let j = b.start;
    let n = 0;
    while (i < aEnd || j < bEnd) {
      const da = i < aEnd ? postDocs[i]! : Infinity;
      const db = j < bEnd ? postDocs[j]! : Infinity;
      if (da === db) {
        docs[n] = da;
        scores[n++] = scoreAt(i++, a.weight, a.norm) + scoreAt(j++, b.weight, b.norm);
      } else if (da < db) {
        docs[n] = da;
        scores[n++] = scoreAt(i++, a.weight, a.norm);
      } else {
        docs[n] = db;
        scores[n++] = scoreAt(j++, b.weight, b.norm);
      }
    }
    return n === docs.length ? { docs, scores } : { docs: docs.slice(0, n), scores: scores.slice(0, n) };
  }

  return {
    postings(term, set, position = -1) {
      const key = `${set}:${term}`;
      const hit = cache.get(key);
      if (hit !== undefined) {
        hit.used = true;
        return hit.postings;
      }
      const loaded = load(term, set, position);
      if (term.length > MAX_CACHED_TERM) return loaded;
      cache.set(key, { postings: loaded, used: false });
      cached += (loaded?.docs.length ?? 0) + ENTRY_POSTINGS;
      for (const [k, entry] of cache) {
        if ((cached <= CACHE_POSTINGS && cache.size <= CACHE_ENTRIES) || k === key) break;
        cache.delete(k);
        if (entry.used) {
          entry.used = false;
          cache.set(k, entry);
        } else cached -= (entry.postings?.docs.length ?? 0) + ENTRY_POSTINGS;
      }
      return loaded;
    },
    fuzzy(term, distance) {
      const key = `${distance}:${term}`;
      let found = fuzzyCache.get(key);
      if (found === undefined) {
        if (distance === 1 && term.length >= ONE_EDIT_MIN_LENGTH) {
          reversed ??= reversedVocabulary(vocabulary);
          found = oneEditPositions(vocabulary, term, reversed)
            .filter(([, d]) => d > 0)
            .map(([p, d]) => [vocabulary[p]!, d, p] as const);
        } else {
          shared ??= sharedPrefixes(vocabulary);
          found = fuzzyTerms(vocabulary, term, distance, shared)
            .filter(([, d]) => d > 0)
            .map(([t, d]) => [t, d, -1] as const);
        }
        if (fuzzyCache.size >= FUZZY_CACHE_ENTRIES) fuzzyCache.delete(fuzzyCache.keys().next().value!);
        fuzzyCache.set(key, found);
      }
      return found;
    },
  };
}

/**
 * A sorted vocabulary's terms read backwards (UTF-16 code units), sorted, with each one's position in the vocabulary;
 * and the length of each term of the vocabulary (by position, 255 for any longer), read where the terms are not.
 */
export interface ReversedVocabulary {
  terms: string[];
  positions: Uint32Array;
  lengths: Uint8Array;
}

const reverse = (term: string): string => {
  let out = '';
  for (let i = term.length - 1; i >= 0; i--) out += term[i];
  return out;
};

export function reversedVocabulary(vocabulary: readonly string[]): ReversedVocabulary {
  const backwards = vocabulary.map(reverse);
  const order = Array.from({ length: vocabulary.length }, (_, i) => i).sort((a, b) =>
    backwards[a]! < backwards[b]! ? -1 : backwards[a]! > backwards[b]! ? 1 : 0,
  );
  const lengths = Uint8Array.from(vocabulary, (t) => Math.min(t.length, 255));
  return { terms: order.map((i) => backwards[i]!), positions: Uint32Array.from(order), lengths };
}

/** Below this length {@link oneEditTerms} gains little over the trie walk (its halves are one or two letters). */
export const ONE_EDIT_MIN_LENGTH = 4;

/** Levenshtein distance of `a` and `b` when it is 0 or 1; 2 for anything further. */
function editsUpToOne(a: string, b: string): number {
  if (a.length === b.length) {
    let diff = 0;
    for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i) && ++diff > 1) return 2;
    return diff;
  }
  const long = a.length > b.length ? a : b;
  const short = long === a ? b : a;
  if (long.length !== short.length + 1) return 2;
  let i = 0;
  while (i < short.length && long.charCodeAt(i) === short.charCodeAt(i)) i++;
  for (let j = i; j < short.length; j++) if (long.charCodeAt(j + 1) !== short.charCodeAt(j)) return 2;
  return 1;
}

/**
 * What {@link fuzzyTerms} finds within one edit, from two ranges of the vocabulary instead of a walk of it.
 * One edit leaves one half of `query` whole: an edit at or after the middle keeps the first half as a prefix of
 * the term, an edit before it keeps the second half as a suffix. So the candidates are the terms starting with
 * the first half (a range of the sorted vocabulary) and those ending with the second (a range of the reversed
 * one), of a length within one of the query's; each is checked. In vocabulary order, the query itself included.
 */
export function oneEditTerms(
  vocabulary: readonly string[],
  query: string,
  reversed: ReversedVocabulary,
): Array<readonly [string, number]> {
  return oneEditPositions(vocabulary, query, reversed).map(([p, d]) => [vocabulary[p]!, d] as const);
}

/** {@link oneEditTerms} as positions in the vocabulary, with their distance, ascending. */
export function oneEditPositions(
  vocabulary: readonly string[],
  query: string,
  reversed: ReversedVocabulary,
): Array<readonly [number, number]> {
  const half = query.length >> 1;
  const found = new Map<number, number>();
  const { terms, positions, lengths } = reversed;
  // Lengths within one of the query's, read from the byte table (a query of 254 letters or more reads the terms).
  const capped = query.length >= 254;
  const shortest = capped ? 0 : query.length - 1;
  const longest = capped ? Infinity : query.length + 1;
  const check = (position: number): void => {
    const length = lengths[position]!;
    if (length < shortest || length > longest || found.has(position)) return;
    const term = vocabulary[position]!;
    if (Math.abs(term.length - query.length) > 1) return;
    const d = editsUpToOne(query, term);
    if (d <= 1) found.set(position, d);
  };
  const head = query.slice(0, half);
  const headStart = lowerBound(vocabulary, head);
  const headEnd = rangeEnd(vocabulary, head, headStart);
  for (let i = headStart; i < headEnd; i++) check(i);
  const tail = reverse(query.slice(half));
  const tailStart = lowerBound(terms, tail);
  const tailEnd = rangeEnd(terms, tail, tailStart);
  for (let i = tailStart; i < tailEnd; i++) check(positions[i]!);
  return [...found.keys()].sort((a, b) => a - b).map((p) => [p, found.get(p)!] as const);
}

/** The end of the range of the sorted `terms` from `lo` (their lower bound of `prefix`) that start with `prefix`. */
function rangeEnd(terms: readonly string[], prefix: string, lo: number): number {
  let a = lo;
  let b = terms.length;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (terms[mid]!.startsWith(prefix)) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** Per term of a sorted vocabulary, the length of the prefix it shares with the term before (capped at 255). */
export function sharedPrefixes(vocabulary: readonly string[]): Uint8Array {
  const shared = new Uint8Array(vocabulary.length);
  for (let i = 1; i < vocabulary.length; i++) {
    const a = vocabulary[i - 1]!;
    const b = vocabulary[i]!;
    const max = Math.min(a.length, b.length, 255);
    let k = 0;
    while (k < max && a.charCodeAt(k) === b.charCodeAt(k)) k++;
    shared[i] = k;
  }
  return shared;
}

/**
 * The terms of the sorted `vocabulary` within `maxDistance` Levenshtein edits (UTF-16 code units, as
 * minisearch counts them) of `query`, with their distance, in vocabulary order. A walk of the implicit trie
 * of the sorted terms (`shared`: from {@link sharedPrefixes}): each term reuses the matrix rows of the prefix
 * it shares with the one before, only the diagonal band of width `2 × maxDistance + 1` is computed (as
 * minisearch does), and a prefix whose row is already past `maxDistance` skips every term under it.
 */
export function fuzzyTerms(
  vocabulary: readonly string[],
  query: string,
  maxDistance: number,
  shared = sharedPrefixes(vocabulary),
): Array<readonly [string, number]> {
  const found: Array<readonly [string, number]> = [];
  const d = maxDistance;
  const n = query.length + 1;
  const maxLength = query.length + d;
  const q = new Uint16Array(query.length);
  for (let j = 0; j < query.length; j++) q[j] = query.charCodeAt(j);
  // Cells outside the band are never written and read as "too far" (d + 1).
  const rows = new Uint16Array((maxLength + 1) * n).fill(d + 1);
  for (let j = 0; j < n; j++) rows[j] = j;
  for (let r = 0; r <= maxLength; r++) rows[r * n] = r;
  /** Rows 0…valid hold the prefix of the term before of that length. */
  let valid = 0;
  let i = 0;
  while (i < vocabulary.length) {
    const term = vocabulary[i]!;
    let depth = Math.min(valid, shared[i]!, term.length);
    let skipTo = -1;
    const last = Math.min(term.length, maxLength);
    for (let r = depth + 1; r <= last; r++) {
      const c = term.charCodeAt(r - 1);
      const row = r * n;
      const above = row - n;
      const from = r - d > 1 ? r - d : 1;
      const to = r + d < n - 1 ? r + d : n - 1;
      let min = d + 1;
      for (let j = from; j <= to; j++) {
        let v = rows[above + j - 1]! + (q[j - 1] === c ? 0 : 1);
        const up = rows[above + j]! + 1;
        if (up < v) v = up;
        const left = rows[row + j - 1]! + 1;
        if (left < v) v = left;
        rows[row + j] = v;
        if (v < min) min = v;
      }
      depth = r;
      if (min > d) {
        // No term under this prefix can come back within reach: skip them all.
        const prefix = term.slice(0, r);
        let lo = i + 1;
        let hi = vocabulary.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (vocabulary[mid]!.startsWith(prefix)) lo = mid + 1;
          else hi = mid;
        }
        skipTo = lo;
        break;
      }
    }
    valid = depth;
    if (skipTo >= 0) {
      i = skipTo;
      continue;
    }
    if (term.length <= maxLength && term.length >= query.length - d) {
      const distance = rows[term.length * n + n - 1]!;
      if (distance <= d) found.push([term, distance]);
    }
    i++;
  }
  return found;
}

/** The union of two ascending posting lists, scores of a quote in both summed. */
function mergePostings(a: TermPostings, b: TermPostings): TermPostings {
  const docs = new Int32Array(a.docs.length + b.docs.length);
  const scores = new Float64Array(docs.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.docs.length || j < b.docs.length) {
    const da = i < a.docs.length ? a.docs[i]! : Infinity;
    const db = j < b.docs.length ? b.docs[j]! : Infinity;
    if (da === db) {
      docs[n] = da;
      scores[n++] = a.scores[i++]! + b.scores[j++]!;
    } else if (da < db) {
      docs[n] = da;
      scores[n++] = a.scores[i++]!;
    } else {
      docs[n] = db;
      scores[n++] = b.scores[j++]!;
    }
  }
  return n === docs.length ? { docs, scores } : { docs: docs.slice(0, n), scores: scores.slice(0, n) };
}

/** Index of `doc` in the ascending `docs` from `from` on, or -1. */
export function findDoc(docs: Int32Array, doc: number, from = 0): number {
  let lo = from;
  let hi = docs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo < docs.length && docs[lo] === doc ? lo : -1;
}
