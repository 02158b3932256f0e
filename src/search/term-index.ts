import MiniSearch from 'minisearch';
import type { SearchEngineOptions } from './options.js';

/**
 * Posting lists read from minisearch's term index as typed arrays, for scoring without minisearch's
 * per-match objects. minisearch stays the index (it builds, saves, restores it and finds fuzzy
 * variants); this module only reads it, through the members minisearch declares `protected` for
 * subclasses, so a change of them in minisearch fails type-checking here rather than at run time.
 */

/** Which fields a term is looked up in: every indexed field, or the quote text alone (phrase words). */
export type FieldSet = 'all' | 'text';

/** One term's quotes, ascending by slot, each with its BM25 score summed over the fields (boosts applied). */
export interface TermPostings {
  docs: Int32Array;
  scores: Float64Array;
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

export interface TermIndex {
  /** The term's postings in `fields`, or null when no quote holds it there. Cached. */
  postings(term: string, fields: FieldSet): TermPostings | null;
  /** Indexed terms within `distance` edits of `term` (the term itself left out), with their distance. Cached. */
  fuzzy(term: string, distance: number): ReadonlyArray<readonly [string, number]>;
}

/** Postings kept in the cache at most (summed list lengths); the least recently used go first. */
const CACHE_POSTINGS = 4_000_000;
const FUZZY_CACHE_ENTRIES = 5_000;

/**
 * A term index over `ms`, whose documents must be the quote slots 0…n-1 in order (as the engine adds
 * them). Throws when they are not, so that the caller can rebuild the index.
 */
export function createTermIndex(ms: MiniSearch, n: number, boost: SearchEngineOptions['boost']): TermIndex {
  const { index, fieldIds, fieldLength, avgFieldLength, documentCount, documentIds } = IndexReader.read(ms);
  if (documentIds.size !== n) throw new Error(`holds ${documentIds.size} documents, data has ${n} quotes`);
  for (const [shortId, id] of documentIds) {
    if (shortId !== id) throw new Error(`document ${String(id)} is stored as ${shortId}: expected quote slots in order`);
  }
  const fields = Object.keys(fieldIds);
  const lengths = fields.map(() => new Uint32Array(n));
  for (const [doc, perField] of fieldLength) {
    for (let f = 0; f < fields.length; f++) lengths[f]![doc] = perField[fieldIds[fields[f]!]!] ?? 0;
  }
  const fieldSets: Record<FieldSet, Array<{ id: number; slot: number; boost: number }>> = {
    all: fields.map((name, slot) => ({ id: fieldIds[name]!, slot, boost: boost[name as keyof typeof boost] || 1 })),
    text: [{ id: fieldIds.text!, slot: fields.indexOf('text'), boost: boost.text || 1 }],
  };

  const cache = new Map<string, TermPostings | null>();
  let cached = 0;
  const fuzzyCache = new Map<string, Array<readonly [string, number]>>();

  function load(term: string, set: FieldSet): TermPostings | null {
    const data = index.get(term) as FieldTermData | undefined;
    if (!data) return null;
    const lists: TermPostings[] = [];
    for (const field of fieldSets[set]) {
      const freqs = data.get(field.id);
      if (!freqs || freqs.size === 0) continue;
      const df = freqs.size;
      const idf = Math.log(1 + (documentCount - df + 0.5) / (df + 0.5));
      const avg = avgFieldLength[field.id]!;
      const len = lengths[field.slot]!;
      const docs = new Int32Array(df);
      const scores = new Float64Array(df);
      let j = 0;
      let sorted = true;
      // forEach, not for…of: no [key, value] pair allocated per posting.
      freqs.forEach((tf, doc) => {
        if (j > 0 && doc <= docs[j - 1]!) sorted = false;
        docs[j] = doc;
        scores[j] = field.boost * idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * len[doc]!) / avg)));
        j++;
      });
      lists.push(sorted ? { docs, scores } : sortPostings(docs, scores));
    }
    if (lists.length === 0) return null;
    return lists.reduce(mergePostings);
  }

  return {
    postings(term, set) {
      const key = `${set}:${term}`;
      const hit = cache.get(key);
      if (hit !== undefined) {
        cache.delete(key);
        cache.set(key, hit);
        return hit;
      }
      const loaded = load(term, set);
      cache.set(key, loaded);
      cached += loaded?.docs.length ?? 0;
      for (const [k, v] of cache) {
        if (cached <= CACHE_POSTINGS || k === key) break;
        cache.delete(k);
        cached -= v?.docs.length ?? 0;
      }
      return loaded;
    },
    fuzzy(term, distance) {
      const key = `${distance}:${term}`;
      let found = fuzzyCache.get(key);
      if (found === undefined) {
        found = [];
        for (const [t, [, d]] of index.fuzzyGet(term, distance)) if (d > 0) found.push([t, d]);
        if (fuzzyCache.size >= FUZZY_CACHE_ENTRIES) fuzzyCache.delete(fuzzyCache.keys().next().value!);
        fuzzyCache.set(key, found);
      }
      return found;
    },
  };
}

function sortPostings(docs: Int32Array, scores: Float64Array): TermPostings {
  const order = Array.from(docs.keys()).sort((a, b) => docs[a]! - docs[b]!);
  return { docs: Int32Array.from(order, (i) => docs[i]!), scores: Float64Array.from(order, (i) => scores[i]!) };
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
