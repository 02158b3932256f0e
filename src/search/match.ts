import { isStopWord } from '../model/text.js';
import type { SearchEngineOptions } from './options.js';
import type { ParsedQuery } from './query.js';
import { hasTerm, PAIR_WORDS, phraseSignature, prefixExpansionPositions, type QuoteTables } from './tables.js';
import type { StopPhraseIndex } from './stop-phrases.js';
import { findDoc, type TermIndex, type TermPostings } from './term-index.js';
import { CHECK_EVERY, checkDeadline, type Deadline } from './budget.js';

/** The fields minisearch indexes for each quote (folded text; the quote itself stays outside). */
export interface IndexedQuote {
  id: number;
  text: string;
  speaker: string;
}

/**
 * The quotes a query matches, before filters. Positions `k` index the parallel arrays; `docs[k]` is
 * the quote's slot in the tables.
 */
export interface MatchSet {
  docs: ArrayLike<number>;
  /** Relevance score per position (minisearch's BM25), or null when the set is not ranked by relevance. */
  scores: Float64Array | null;
  /**
   * `score`: positions in no particular order, ranked by `scores` (best first, ties by lower slot) when
   * a page is taken; `newest`: positions are newest first.
   */
  order: 'score' | 'newest';
  /** Indexed terms a hit may show marked: the query's words and the variants they were matched through. */
  highlightTerms: readonly string[];
}

export interface MatchContext {
  terms: TermIndex;
  tables: QuoteTables;
  options: SearchEngineOptions;
  scratch: Scratch;
  stopPhrases: StopPhraseIndex;
  /** The running query's deadline (one query runs at a time); the loops below look at it. */
  deadline: Deadline;
}

/**
 * Work arrays reused by every query (one query runs at a time), indexed by match position: the matches so
 * far, ascending by quote slot, with their scores and query-term bits.
 */
export interface Scratch {
  score: Float64Array;
  /**
   * Which query terms a quote matched, as bits (terms 0–31, 32–63): minisearch multiplies the score by
   * how many. A query has at most 32 terms plus the prefix expansions of one of them.
   */
  termsLow: Uint32Array;
  termsHigh: Uint32Array;
  /** Per match position, whether the clause being intersected holds it. */
  hit: Uint8Array;
  candidates: Int32Array;
  /** A bit per quote slot, all clear between queries (made when first needed; see engine.ts). */
  bits?: Uint32Array;
}

export function createScratch(n: number): Scratch {
  return {
    score: new Float64Array(n),
    termsLow: new Uint32Array(n),
    termsHigh: new Uint32Array(n),
    hit: new Uint8Array(n),
    candidates: new Int32Array(n),
  };
}

/** One posting list a clause is matched through, scored as `weight` × its BM25 scores. */
interface Entry {
  postings: TermPostings;
  weight: number;
  /** The query term it counts as (minisearch's "query terms": a word, or a prefix expansion of it). */
  source: number;
}

/** A required word or phrase word: a quote must match one of its entries. */
interface Clause {
  entries: Entry[];
  size: number;
}

const needle = (terms: readonly string[]): string => ` ${terms.join(' ')} `;

/** minisearch's default weight of a fuzzy variant (scaled by its length over length plus edits). */
export const FUZZY_WEIGHT = 0.45;

/**
 * Finds the quotes a parsed query matches: words ANDed, phrases verified, exclusions removed. `transient`: the set
 * may live in the scratch arrays, valid only until the next query (a search that reads it all before returning). Scores are
 * minisearch's (BM25 over the fields with their boosts, variants weighted, times the number of query
 * terms matched), computed over posting lists in typed arrays.
 */
export function matchQuery(ctx: MatchContext, parsed: ParsedQuery, transient = false): MatchSet {
  const { tables } = ctx;
  const required = parsed.words.filter((w) => !isStopWord(w));
  const phraseTerms = [...new Set(parsed.phrases.flat())].filter((t) => !isStopWord(t) && !required.includes(t));

  let set: MatchSet;
  /** Phrases the match already holds exactly (stop-word phrases of two or more words: see `matchStopWords`). */
  let phrasesChecked = false;
  if (required.length + phraseTerms.length > 0) {
    const sources = new Map<string, number>();
    const source = (term: string): number => {
      let s = sources.get(term);
      if (s === undefined) sources.set(term, (s = sources.size));
      return s;
    };
    const highlightTerms = new Set<string>();
    const clauses: Clause[] = [];
    for (const word of required)
      clauses.push(wordClause(ctx, word, word === parsed.prefixWord, source, highlightTerms));
    // A phrase is checked against the quote text, so its words must be found there.
    for (const t of phraseTerms) {
      const postings = ctx.terms.postings(t, 'text');
      clauses.push(
        postings
          ? { entries: [{ postings, weight: 1, source: source(t) }], size: postings.docs.length }
          : { entries: [], size: 0 },
      );
    }
    const { docs, scores } = scoreClauses(ctx.scratch, clauses, ctx.deadline, transient);
    set = { docs, scores, order: 'score', highlightTerms: [...highlightTerms] };
  } else if (parsed.words.length > 0 || parsed.phrases.length > 0) {
    set = matchStopWords(ctx, parsed);
    phrasesChecked = true;
  } else {
    set = { docs: tables.newestOrder, scores: null, order: 'newest', highlightTerms: [] };
  }

  // A one-word phrase is not among the stop lists' pairs: it is checked on the text like any other.
  const phraseNeedles = parsed.phrases.filter((p) => !phrasesChecked || p.length < 2).map(needle);
  const hasExclusions = parsed.excludedWords.length > 0 || parsed.excludedPhrases.length > 0;
  if (phraseNeedles.length === 0 && !hasExclusions) return set;

  const excluded = hasExclusions ? excludedSlots(ctx, parsed, set.docs) : null;
  const mayHold =
    set.order === 'score' && parsed.phrases.length > 0 ? ctx.stopPhrases.narrow(parsed.phrases, set.docs.length) : null;
  const signature = tables.pairSignature;
  const mask = signature ? phraseSignature(parsed.phrases) : null;
  const from = set.docs;
  const fromScores = set.scores;
  const docs = new Int32Array(from.length);
  const scores = fromScores ? new Float64Array(from.length) : null;
  let kept = 0;
  next: for (let k = 0; k < from.length; k++) {
    if ((k & CHECK_EVERY) === 0) checkDeadline(ctx.deadline);
    const doc = from[k]!;
    if (excluded && excluded[doc] === 1) continue;
    if (mask && !holdsPairs(signature!, doc, mask)) continue;
    if (mayHold && !mayHold(doc)) continue;
    for (const p of phraseNeedles) if (!tables.foldedIncludes(doc, p)) continue next;
    docs[kept] = doc;
    if (scores) scores[kept] = fromScores![k]!;
    kept++;
  }
  return {
    docs: docs.subarray(0, kept),
    scores: scores ? scores.subarray(0, kept) : null,
    order: set.order,
    highlightTerms: set.highlightTerms,
  };
}

/**
 * The quotes a query's exclusions leave out, marked 1 per slot, found from the index and never by reading
 * every quote: an excluded word is its posting list; an excluded phrase is the quotes holding all its
 * indexed words (their text postings intersected, or the stop-word lists for a phrase of stop words only),
 * of which only those in the match set (`docs`) whose pair signature allows it are checked on the text.
 */
function excludedSlots(ctx: MatchContext, parsed: ParsedQuery, docs: ArrayLike<number>): Uint8Array {
  const { tables } = ctx;
  const out = new Uint8Array(tables.count);
  const stopOnly: string[] = [];
  for (const w of parsed.excludedWords) {
    if (isStopWord(w)) {
      stopOnly.push(w);
      continue;
    }
    const list = ctx.terms.postings(w, 'all');
    if (list) for (let j = 0; j < list.docs.length; j++) out[list.docs[j]!] = 1;
  }
  if (stopOnly.length > 0)
    markStopCandidates(
      ctx,
      stopOnly.map((w) => [w]),
      null,
      out,
    );
  const signature = tables.pairSignature;
  for (const phrase of parsed.excludedPhrases) {
    checkDeadline(ctx.deadline);
    const indexed = [...new Set(phrase.filter((t) => !isStopWord(t)))];
    const text = needle(phrase);
    const mask = signature ? phraseSignature([phrase]) : null;
    const verify = (doc: number): void => {
      if (out[doc] === 1) return;
      if (mask && !holdsPairs(signature!, doc, mask)) return;
      if (tables.foldedIncludes(doc, text)) out[doc] = 1;
    };
    if (indexed.length === 0) {
      markStopCandidates(ctx, [phrase], verify, out);
      continue;
    }
    const lists = indexed.map((t) => ctx.terms.postings(t, 'text'));
    if (lists.some((l) => l === null)) continue;
    const sorted = (lists as TermPostings[]).sort((a, b) => a.docs.length - b.docs.length);
    const first = sorted[0]!.docs;
    // Walk whichever is shorter, the rarest word's list or the match set, and look the rest up.
    const walk = first.length <= docs.length ? first : docs;
    const rest = walk === first ? sorted.slice(1) : sorted;
    for (let i = 0; i < walk.length; i++) {
      if ((i & CHECK_EVERY) === 0) checkDeadline(ctx.deadline);
      const doc = walk[i]!;
      if (rest.every((l) => findDoc(l.docs, doc) >= 0)) verify(doc);
    }
  }
  return out;
}

/**
 * Marks the quotes holding stop-word phrases (or single stop words) from the stop-word lists; phrases of
 * more than two words are only known to hold each adjacent pair there, so `verify` checks them on the text.
 */
function markStopCandidates(
  ctx: MatchContext,
  phrases: string[][],
  verify: ((doc: number) => void) | null,
  out: Uint8Array,
): void {
  const { tables } = ctx;
  for (const phrase of phrases) {
    const ranks =
      phrase.length === 1
        ? ctx.stopPhrases.candidates(phrase, [], tables.count)
        : ctx.stopPhrases.candidates([], [phrase], tables.count);
    const exact = phrase.length <= 2 || verify === null;
    for (let i = 0; i < ranks.length; i++) {
      if ((i & CHECK_EVERY) === 0) checkDeadline(ctx.deadline);
      const doc = tables.newestOrder[ranks[i]!]!;
      if (exact) out[doc] = 1;
      else verify(doc);
    }
  }
}

function holdsPairs(signature: Uint32Array, doc: number, mask: Uint32Array): boolean {
  const base = doc * PAIR_WORDS;
  // `&` gives a signed 32-bit number and the arrays hold unsigned ones: compare the missing bits with 0, never
  // the masked value with the mask (which differs in sign whenever bit 31 is set).
  for (let w = 0; w < PAIR_WORDS; w++) if ((mask[w]! & ~signature[base + w]!) !== 0) return false;
  return true;
}

/**
 * One required word: exact, with typos when long enough, and as a bounded prefix when it is the last —
 * the variants and weights minisearch gives an OR of `{fuzzy, maxFuzzy}` on the word and its prefix
 * expansions as terms of their own (`boostTerm`: `prefixWeight` × typed length / expansion length).
 */
function wordClause(
  ctx: MatchContext,
  word: string,
  isPrefix: boolean,
  source: (t: string) => number,
  highlight: Set<string>,
): Clause {
  const { tables, options, terms } = ctx;
  const entries: Entry[] = [];
  const add = (term: string, weight: number, src: number, position = -1): void => {
    const postings = terms.postings(term, 'all', position);
    if (!postings) return;
    entries.push({ postings, weight, source: src });
    highlight.add(term);
  };
  const wordSource = source(word);
  add(word, 1, wordSource);
  const known = entries.length > 0 || hasTerm(tables, word);
  if (word.length >= options.minFuzzyLength) {
    const maxFuzzy = known ? Math.min(options.maxFuzzy, options.knownWordMaxFuzzy) : options.maxFuzzy;
    const distance = options.fuzzy < 1 ? Math.min(maxFuzzy, Math.round(word.length * options.fuzzy)) : options.fuzzy;
    if (distance > 0) {
      for (const [term, d, position] of terms.fuzzy(word, distance))
        add(term, (FUZZY_WEIGHT * term.length) / (term.length + d), wordSource, position);
    }
  }
  if (isPrefix && word.length >= options.minPrefixLength) {
    const reach = known ? word.length + options.knownWordPrefixReach : Infinity;
    // Positions in the tables' vocabulary, which is the term index's in a loaded index (`postings` checks).
    for (const position of prefixExpansionPositions(tables, word, options.maxPrefixExpansions, reach)) {
      const term = tables.vocabulary[position]!;
      add(term, (options.prefixWeight * word.length) / term.length, source(term), position);
    }
  }
  return { entries, size: entries.reduce((n, e) => n + e.postings.docs.length, 0) };
}

/**
 * The quotes matching every clause (AND), each with its score. Everything runs over sorted lists into dense
 * work arrays indexed by match position (no random access by quote slot): the smallest clause's lists are
 * merged (a heap over their heads), then each next clause's lists are walked beside the surviving matches
 * (stepping, or by binary search when a list is much longer than the matches) and the matches it misses are
 * dropped. Each quote's score adds its lists' contributions in the same order as before (clause by clause,
 * list by list), so scores are the same to the last bit.
 */
function scoreClauses(
  scratch: Scratch,
  clauses: Clause[],
  deadline: Deadline,
  transient: boolean,
): { docs: Int32Array; scores: Float64Array } {
  if (clauses.some((c) => c.entries.length === 0)) return { docs: new Int32Array(0), scores: new Float64Array(0) };
  // One word matched through one list at full weight (the common case): its postings are the answer as they are.
  const only = clauses.length === 1 && clauses[0]!.entries.length === 1 ? clauses[0]!.entries[0]! : null;
  if (only && only.weight === 1) return only.postings;
  clauses.sort((a, b) => a.size - b.size);
  const { score, termsLow, termsHigh, candidates: docs, hit } = scratch;

  let count = unionInto(scratch, clauses[0]!.entries, deadline);
  for (let c = 1; c < clauses.length && count > 0; c++) {
    hit.fill(0, 0, count);
    for (const { postings, weight, source } of clauses[c]!.entries) {
      checkDeadline(deadline);
      const low = source < 32 ? (1 << source) >>> 0 : 0;
      const high = source < 32 ? 0 : (1 << Math.min(31, source - 32)) >>> 0;
      const list = postings.docs;
      const listScores = postings.scores;
      const length = list.length;
      const seek = length > 8 * count;
      let j = 0;
      for (let i = 0; i < count && j < length; i++) {
        const doc = docs[i]!;
        if (seek) j = lowerBound(list, doc, j);
        else while (j < length && list[j]! < doc) j++;
        if (j < length && list[j] === doc) {
          score[i] = score[i]! + weight * listScores[j]!;
          termsLow[i] = termsLow[i]! | low;
          termsHigh[i] = termsHigh[i]! | high;
          hit[i] = 1;
        }
      }
    }
    let kept = 0;
    for (let i = 0; i < count; i++) {
      if (hit[i] === 0) continue;
      docs[kept] = docs[i]!;
      score[kept] = score[i]!;
      termsLow[kept] = termsLow[i]!;
      termsHigh[kept] = termsHigh[i]!;
      kept++;
    }
    count = kept;
  }

  // Transient: the work arrays themselves, valid until the next query (no large arrays left to collect).
  const out = transient ? docs.subarray(0, count) : docs.slice(0, count);
  const scores = transient ? score.subarray(0, count) : new Float64Array(count);
  for (let i = 0; i < count; i++) scores[i] = score[i]! * Math.max(1, bitCount(termsLow[i]!) + bitCount(termsHigh[i]!));
  return { docs: out, scores };
}

/** First index at or after `from` whose doc is not below `doc` (lists ascend). */
function lowerBound(list: Int32Array, doc: number, from: number): number {
  let lo = from;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Restores the heap of list numbers after its root changed: ordered by each list's head quote, ties by list number
 * (the order the merges add contributions in). Shared by the heap merge and the merge beside the biggest list.
 */
function siftRootDown(heap: Int32Array, head: Int32Array, size: number): void {
  let i = 0;
  const x = heap[0]!;
  const hx = head[x]!;
  for (;;) {
    const l = 2 * i + 1;
    if (l >= size) break;
    const r = l + 1;
    let m = l;
    if (r < size) {
      const hl = head[heap[l]!]!;
      const hr = head[heap[r]!]!;
      if (hr < hl || (hr === hl && heap[r]! < heap[l]!)) m = r;
    }
    const y = heap[m]!;
    const hy = head[y]!;
    if (hx < hy || (hx === hy && x < y)) break;
    heap[i] = y;
    i = m;
  }
  heap[i] = x;
}

/**
 * The union of a clause's lists, ascending by quote, into the scratch arrays from position 0; returns how many.
 * A quote's score adds its lists' contributions in list order (as scoring list by list would).
 */
function unionInto(scratch: Scratch, entries: Entry[], deadline: Deadline): number {
  const { score, termsLow, termsHigh, candidates: docs } = scratch;
  const k = entries.length;
  const lows = entries.map(({ source }) => (source < 32 ? (1 << source) >>> 0 : 0));
  const highs = entries.map(({ source }) => (source < 32 ? 0 : (1 << Math.min(31, source - 32)) >>> 0));
  checkDeadline(deadline);
  if (k === 1) {
    const { postings, weight } = entries[0]!;
    const n = postings.docs.length;
    for (let j = 0; j < n; j++) {
      docs[j] = postings.docs[j]!;
      score[j] = 0 + weight * postings.scores[j]!;
      termsLow[j] = lows[0]!;
      termsHigh[j] = highs[0]!;
    }
    return n;
  }
  const lengths = entries.map((e) => e.postings.docs.length);
  const all = lengths.reduce((a, b) => a + b, 0);
  let big = 0;
  for (let e = 1; e < k; e++) if (lengths[e]! > lengths[big]!) big = e;
  if (2 * lengths[big]! >= all) return unionBeside(scratch, entries, big, lows, highs, deadline);
  // A min-heap of list numbers keyed by (their next quote, list number): equal quotes come out in list order.
  const lists = entries.map((e) => e.postings.docs);
  const listScores = entries.map((e) => e.postings.scores);
  const weights = entries.map((e) => e.weight);
  const at = new Int32Array(k);
  const head = new Int32Array(k);
  const heap = new Int32Array(k);
  let size = 0;
  for (let e = 0; e < k; e++) {
    if (lists[e]!.length === 0) continue;
    head[e] = lists[e]![0]!;
    let j = size++;
    heap[j] = e;
    while (j > 0) {
      const p = (j - 1) >> 1;
      const a = heap[j]!;
      const b = heap[p]!;
      if (head[a]! > head[b]! || (head[a] === head[b] && a > b)) break;
      heap[j] = b;
      heap[p] = a;
      j = p;
    }
  }
  let n = -1;
  let last = -1;
  let steps = 0;
  while (size > 0) {
    if ((++steps & CHECK_EVERY) === 0) checkDeadline(deadline);
    const e = heap[0]!;
    const list = lists[e]!;
    const j = at[e]!;
    const doc = head[e]!;
    if (doc !== last) {
      n++;
      last = doc;
      docs[n] = doc;
      score[n] = 0;
      termsLow[n] = 0;
      termsHigh[n] = 0;
    }
    score[n] = score[n]! + weights[e]! * listScores[e]![j]!;
    termsLow[n] = termsLow[n]! | lows[e]!;
    termsHigh[n] = termsHigh[n]! | highs[e]!;
    if (j + 1 < list.length) {
      at[e] = j + 1;
      head[e] = list[j + 1]!;
    } else heap[0] = heap[--size]!;
    siftRootDown(heap, head, size);
  }
  return n + 1;
}

/** Work arrays of {@link unionBeside}, grown as needed (one query runs at a time). */
let besideDocs = new Int32Array(0);
let besideEntries = new Int32Array(0);
let besideValues = new Float64Array(0);

/**
 * {@link unionInto} when one list (`big`) holds at least half of the clause's postings (a common word beside its
 * rarer variants and expansions): the other lists are merged by the heap into (quote, list, contribution) records,
 * then walked beside the big list in one two-way merge, so that most postings cost one comparison instead of a
 * sift through the heap. The order of the additions (by quote, then list number) is the heap's, so every score is
 * the same to the last bit.
 */
function unionBeside(
  scratch: Scratch,
  entries: Entry[],
  big: number,
  lows: number[],
  highs: number[],
  deadline: Deadline,
): number {
  const { score, termsLow, termsHigh, candidates: docs } = scratch;
  const others: number[] = [];
  let room = 0;
  for (let e = 0; e < entries.length; e++)
    if (e !== big) {
      others.push(e);
      room += entries[e]!.postings.docs.length;
    }
  if (besideDocs.length < room) {
    const size = Math.max(room, 2 * besideDocs.length);
    besideDocs = new Int32Array(size);
    besideEntries = new Int32Array(size);
    besideValues = new Float64Array(size);
  }
  const rDocs = besideDocs;
  const rEntries = besideEntries;
  const rValues = besideValues;
  // The other lists, merged by a min-heap keyed by (next quote, list number), as unionInto does.
  const k = others.length;
  const at = new Int32Array(k);
  const head = new Int32Array(k);
  const heap = new Int32Array(k);
  let size = 0;
  for (let o = 0; o < k; o++) {
    const list = entries[others[o]!]!.postings.docs;
    if (list.length === 0) continue;
    head[o] = list[0]!;
    let j = size++;
    heap[j] = o;
    while (j > 0) {
      const p = (j - 1) >> 1;
      const a = heap[j]!;
      const b = heap[p]!;
      if (head[a]! > head[b]! || (head[a] === head[b] && a > b)) break;
      heap[j] = b;
      heap[p] = a;
      j = p;
    }
  }
  let records = 0;
  while (size > 0) {
    if ((records & CHECK_EVERY) === 0) checkDeadline(deadline);
    const o = heap[0]!;
    const e = others[o]!;
    const { docs: list, scores: listScores } = entries[e]!.postings;
    const j = at[o]!;
    rDocs[records] = head[o]!;
    rEntries[records] = e;
    rValues[records] = entries[e]!.weight * listScores[j]!;
    records++;
    if (j + 1 < list.length) {
      at[o] = j + 1;
      head[o] = list[j + 1]!;
    } else heap[0] = heap[--size]!;
    siftRootDown(heap, head, size);
  }
  // The big list beside the records, by (quote, list number).
  const { docs: bigDocs, scores: bigScores } = entries[big]!.postings;
  const bigWeight = entries[big]!.weight;
  const bigLow = lows[big]!;
  const bigHigh = highs[big]!;
  const bigLength = bigDocs.length;
  let a = 0;
  let r = 0;
  let n = -1;
  let last = -1;
  while (a < bigLength || r < records) {
    if (((a + r) & CHECK_EVERY) === 0) checkDeadline(deadline);
    let doc: number;
    let value: number;
    let low: number;
    let high: number;
    if (
      r >= records ||
      (a < bigLength && (bigDocs[a]! < rDocs[r]! || (bigDocs[a] === rDocs[r] && big < rEntries[r]!)))
    ) {
      doc = bigDocs[a]!;
      value = bigWeight * bigScores[a]!;
      low = bigLow;
      high = bigHigh;
      a++;
    } else {
      doc = rDocs[r]!;
      value = rValues[r]!;
      low = lows[rEntries[r]!]!;
      high = highs[rEntries[r]!]!;
      r++;
    }
    if (doc !== last) {
      n++;
      last = doc;
      docs[n] = doc;
      score[n] = 0;
      termsLow[n] = 0;
      termsHigh[n] = 0;
    }
    score[n] = score[n]! + value;
    termsLow[n] = termsLow[n]! | low;
    termsHigh[n] = termsHigh[n]! | high;
  }
  return n + 1;
}

function bitCount(v: number): number {
  let x = v - ((v >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * A query of stop words only has nothing in minisearch's index to look up: the stop-phrase index gives
 * the quotes, newest first, among the `fallbackScanLimit` newest; phrases of three or more words are
 * then checked on the folded text.
 */
function matchStopWords(ctx: MatchContext, parsed: ParsedQuery): MatchSet {
  const { tables, options } = ctx;
  const ranks = ctx.stopPhrases.candidates(
    parsed.words,
    parsed.phrases,
    Math.min(options.fallbackScanLimit, tables.newestOrder.length),
  );
  const long = parsed.phrases.filter((p) => p.length > 2).map(needle);
  const docs = new Uint32Array(ranks.length);
  let n = 0;
  for (let i = 0; i < ranks.length; i++) {
    if ((i & CHECK_EVERY) === 0) checkDeadline(ctx.deadline);
    const doc = tables.newestOrder[ranks[i]!]!;
    if (long.length === 0) docs[n++] = doc;
    else {
      if (long.every((p) => tables.foldedIncludes(doc, p))) docs[n++] = doc;
    }
  }
  return { docs: docs.subarray(0, n), scores: null, order: 'newest', highlightTerms: parsed.words };
}
