import type { CorpusData, Quote } from '../model/types.js';
import type { SearchEngine, SearchHit, SearchRequest, SearchResponse, SearchRows } from './types.js';
import { bytesHighlighter, highlighter } from './highlight.js';
import { isStopWord } from '../model/text.js';
import {
  createFacetWork,
  facetValues,
  filterMatches,
  filterThroughSlots,
  identity,
  listSpeakers,
  passesFilters,
  resolveFilters,
  selectedSlots,
  type FacetWork,
  type FilteredMatches,
  type FilterSet,
} from './filters.js';
import { createScratch, matchQuery, type MatchContext, type MatchSet } from './match.js';
import { topPositions } from './rank.js';
import { createStopPhraseIndex } from './stop-phrases.js';
import { createTermIndex, type TermData } from './term-index.js';
import { buildShardTermData, buildTermData, type BuildTermsOptions } from './build-terms.js';
import { encodeSearchFile, readSearchFile, type SearchFile } from './saved-index.js';
import { resolveOptions, type SearchEngineOptions } from './options.js';
import { parseQuery, type ParsedQuery } from './query.js';
import { suggestAlternatives } from './suggest.js';
import { checkDeadline, deadlineIn, NO_DEADLINE } from './budget.js';
import { buildTables, type BuiltTables, type QuoteTables } from './tables.js';

function buildTermDataHere(tables: BuiltTables): TermData {
  return buildShardTermData({ text: tables.foldedText, speaker: tables.foldedSpeaker });
}

/** Engine options: tuning, and the statements several reports are grouped into (src/statements). */
export type EngineOptions = Partial<SearchEngineOptions> & {
  /** Groups of quote slots reporting one statement; each is shown once in results. */
  statementGroups?: ReadonlyArray<{ slots: readonly number[] }>;
};

/**
 * Creates the search engine over `data`. With `saved` (from `serialize()`), the term index is read from it
 * instead of built; one that is corrupt or belongs to other data is refused and the index built afresh:
 * `origin` says so and why.
 */
export function createSearchEngine(data: CorpusData, saved?: Uint8Array, options: EngineOptions = {}): SearchEngine {
  const tables = buildTables(data);
  let served: SearchFile | undefined;
  let origin: NonNullable<SearchEngine['origin']> = { kind: 'built' };
  if (saved !== undefined) {
    try {
      const buffer = Buffer.from(saved.buffer, saved.byteOffset, saved.byteLength);
      served = readSearchFile(buffer, tables.count, (slot) => tables.quoteAt(slot));
      if (served.tables.fingerprint !== tables.fingerprint) {
        throw new Error(`built from other data (fingerprint ${served.tables.fingerprint}, data ${tables.fingerprint})`);
      }
      origin = { kind: 'restored' };
    } catch (e) {
      served = undefined;
      origin = {
        kind: 'rebuilt',
        reason: `search: saved index refused: ${(e as Error).message}; rebuilt from the data`,
      };
    }
  }
  const terms = served?.terms ?? buildTermDataHere(tables);
  return engineOver(
    served?.tables ?? tables,
    terms,
    options,
    origin,
    () => encodeSearchFile(tables, terms),
    served?.stopLists ?? null,
  );
}

/**
 * Creates the search engine over `data` as {@link createSearchEngine} does, indexing a large corpus on worker
 * threads at once (see build-terms.ts): what a build uses.
 */
export async function buildSearchEngine(
  data: CorpusData,
  options: EngineOptions & BuildTermsOptions = {},
): Promise<SearchEngine> {
  const { shards, ...engineOptions } = options;
  const tables = buildTables(data);
  const terms = await buildTermData(tables, { shards });
  return engineOver(tables, terms, engineOptions, { kind: 'built' }, () => encodeSearchFile(tables, terms));
}

/**
 * Opens the search file of a loaded index (see saved-index.ts) without the records: quotes are asked of
 * `quoteAt` for the hits shown. Throws, saying why, when the file is not a search file of `quoteCount` quotes.
 */
export function openSearchEngine(
  saved: Buffer,
  quoteCount: number,
  quoteAt: (slot: number) => Quote,
  options: EngineOptions = {},
): SearchEngine {
  const served = readSearchFile(saved, quoteCount, quoteAt);
  return engineOver(served.tables, served.terms, options, { kind: 'restored' }, () => [saved], served.stopLists);
}

function engineOver(
  tables: QuoteTables,
  terms: TermData,
  options: EngineOptions,
  origin: NonNullable<SearchEngine['origin']>,
  saved: () => Iterable<Uint8Array>,
  stopLists: Int32Array[] | null = null,
): SearchEngine {
  const { statementGroups, ...tuning } = options;
  const resolved = resolveOptions(tuning);
  const ctx: MatchContext = {
    terms: createTermIndex(terms, resolved.boost),
    tables,
    options: resolved,
    scratch: createScratch(tables.count),
    stopPhrases: createStopPhraseIndex(tables, stopLists),
    deadline: NO_DEADLINE,
  };
  const statements = statementSlots(statementGroups, tables.count);
  const facetWork = createFacetWork(tables);
  return {
    origin,
    search: (request) => withDeadline(ctx, request, () => search(ctx, request, statements, facetWork)),
    searchRows: (request, max) => withDeadline(ctx, request, () => searchRows(ctx, request, statements, max)),
    related: (words, max) => related(ctx, words, max),
    serialize: () => Buffer.concat([...saved()]),
    serializeParts: saved,
  };
}

/** Runs one search under the request's budget (one search runs at a time: the deadline lives in the context). */
function withDeadline<T>(ctx: MatchContext, request: SearchRequest, run: () => T): T {
  ctx.deadline = deadlineIn(request.budgetMs);
  try {
    return run();
  } finally {
    ctx.deadline = NO_DEADLINE;
  }
}

/** See {@link SearchEngine.related}: summed rarities over the words' text postings, read from the term index. */
function related(ctx: MatchContext, words: readonly string[], max: number): Quote[] {
  const n = Math.max(1, ctx.tables.count);
  const weight = new Map<number, number>();
  for (const word of new Set(words)) {
    if (isStopWord(word)) continue;
    const list = ctx.terms.postings(word, 'text');
    if (!list) continue;
    const idf = Math.log(1 + n / list.docs.length);
    for (let i = 0; i < list.docs.length; i++) {
      const slot = list.docs[i]!;
      weight.set(slot, (weight.get(slot) ?? 0) + idf);
    }
  }
  return [...weight.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, max)
    .map(([slot]) => ctx.tables.quoteAt(slot));
}

/** Quote slots grouped into statements with several reports, and work arrays for collapsing over them. */
interface Statements {
  /** Per quote slot, the slot of its statement when that statement has several reports, else -1. */
  slotOf: Int32Array;
  /** The quote slots with a statement slot, as bits: a few percent of quotes, read from cache before `slotOf`. */
  grouped: Uint32Array;
  /** The reports of statement `s`: `members[memberStart[s] … memberStart[s + 1] - 1]`, quote slots. */
  memberStart: Int32Array;
  members: Int32Array;
  /** Per statement slot, the position of its best report so far in the current query, valid when `stamp` is current. */
  best: Int32Array;
  stamp: Uint32Array;
  nextStamp: number;
  /** The positions a transient collapse keeps (see collapseByStatement), grown as needed. */
  kept: Uint32Array;
}

/** The statements of several reports as work arrays over quote slots; null when there are none. */
function statementSlots(groups: ReadonlyArray<{ slots: readonly number[] }> | undefined, n: number): Statements | null {
  if (!groups) return null;
  const slots = new Int32Array(n).fill(-1);
  let count = 0;
  for (const g of groups) {
    if (g.slots.length < 2) continue;
    for (const s of g.slots) if (s >= 0 && s < n) slots[s] = count;
    count++;
  }
  if (count === 0) return null;
  // Each statement's reports as `slotOf` has them (a slot named by two groups is the later one's).
  const memberStart = new Int32Array(count + 1);
  for (let q = 0; q < n; q++) if (slots[q]! >= 0) memberStart[slots[q]! + 1]!++;
  for (let s = 0; s < count; s++) memberStart[s + 1]! += memberStart[s]!;
  const members = new Int32Array(memberStart[count]!);
  const fill = memberStart.slice(0, count);
  for (let q = 0; q < n; q++) if (slots[q]! >= 0) members[fill[slots[q]!]!++] = q;
  const grouped = new Uint32Array((n + 31) >>> 5);
  for (let q = 0; q < n; q++) if (slots[q]! >= 0) grouped[q >>> 5] = grouped[q >>> 5]! | (1 << (q & 31));
  return {
    slotOf: slots,
    grouped,
    memberStart,
    members,
    best: new Int32Array(count),
    stamp: new Uint32Array(count),
    nextStamp: 1,
    kept: new Uint32Array(0),
  };
}

/**
 * One row per statement: of the matching reports of one statement only the first in match order stays
 * (the best-scoring one for a ranked query, ties to the lower slot; the newest when listing), so `total`
 * counts statements. Facet counts are taken before this and count reports. Two passes, no sorting. `transient`: the
 * positions kept may live in the statements' work array, valid until the next call (a search that reads them before
 * returning).
 */
function collapseByStatement(
  set: MatchSet,
  positions: Uint32Array,
  statements: Statements,
  transient = false,
): Uint32Array {
  const { slotOf, grouped, best, stamp } = statements;
  if (statements.nextStamp >= 0xffff_fff0) {
    stamp.fill(0);
    statements.nextStamp = 1;
  }
  const now = statements.nextStamp++;
  const { docs, scores } = set;
  let duplicates = 0;
  for (let i = 0; i < positions.length; i++) {
    const k = positions[i]!;
    const doc = docs[k]!;
    if ((grouped[doc >>> 5]! & (1 << (doc & 31))) === 0) continue;
    const s = slotOf[doc]!;
    if (stamp[s] !== now) {
      stamp[s] = now;
      best[s] = k;
      continue;
    }
    duplicates++;
    const b = best[s]!;
    if (scores !== null && (scores[k]! > scores[b]! || (scores[k] === scores[b] && docs[k]! < docs[b]!))) best[s] = k;
  }
  if (duplicates === 0) return positions;
  const size = positions.length - duplicates;
  if (transient && statements.kept.length < size)
    statements.kept = new Uint32Array(Math.max(size, 2 * statements.kept.length));
  const kept = transient ? statements.kept.subarray(0, size) : new Uint32Array(size);
  let n = 0;
  for (let i = 0; i < positions.length; i++) {
    const k = positions[i]!;
    const doc = docs[k]!;
    if ((grouped[doc >>> 5]! & (1 << (doc & 31))) === 0 || best[slotOf[doc]!] === k) kept[n++] = k;
  }
  return kept;
}

/** What a request matches after filters and statement collapsing, computed once for any page of it. */
function matchRequest(ctx: MatchContext, request: SearchRequest, statements: Statements | null) {
  const matched = matchOnly(ctx, request);
  const { set, filtered } = matched.filtered();
  checkDeadline(ctx.deadline);
  const positions =
    statements && request.collapse !== false
      ? collapseByStatement(set, filtered.positions, statements)
      : filtered.positions;
  return { ...matched, filtered, positions };
}

/**
 * What a request matches before filters (`set`), with the filters read, how to apply them (`filtered`, the exact
 * pass) and how to make a page's hits.
 */
function matchOnly(ctx: MatchContext, request: SearchRequest, transient = false) {
  const { tables } = ctx;
  const parsed = parseQuery(request.q);
  const filters = resolveFilters(tables, request);
  const listing =
    parsed.clauses.length === 0 &&
    filters.speakers !== null &&
    !filters.noSpeaker &&
    filters.kind === null &&
    filters.minConfidence === null &&
    filters.publishers === null &&
    filters.from === null &&
    filters.to === null;
  const listed = listing ? listSpeakers(tables, filters) : null;
  const set = listed ? listed.set : matchQuery(ctx, parsed, transient);
  const filtered = (work: FacetWork | null = null) =>
    listed ?? { set, filtered: filterMatches(tables, set, filters, null, work) };
  const phraseOnly = new Set(parsed.phrases.flat().filter((t) => !parsed.words.includes(t)));
  // A phrase's words are shown as the phrase, not wherever else they occur.
  const marked = new Set(set.highlightTerms.filter((t) => !phraseOnly.has(t)));
  const highlights = highlighter(marked, parsed.phrases);
  const texts = tables.quoteTexts;
  const fromBytes = texts ? bytesHighlighter(marked, parsed.phrases) : null;
  const hit = (k: number): SearchHit => {
    const slot = set.docs[k]!;
    const score = set.scores?.[k] ?? 0;
    if (tables.quoteTextOf === null) {
      const quote = tables.quoteAt(slot);
      return { quote, score, highlights: highlights(quote.text) };
    }
    // Most texts are marked on their bytes, never decoded; the others (and phrases) on the decoded text.
    const marks = fromBytes && texts ? fromBytes(texts.bytes, texts.start[slot]!, texts.start[slot + 1]!) : null;
    return new LazyHit(tables, slot, score, marks ?? highlights(tables.quoteTextOf(slot)));
  };
  return { parsed, filters, listing, set, filtered, hit };
}

/**
 * A hit whose quote record is read when first asked for. Its text and highlights come from the text column, so a
 * page costs no record decoding until its rows are shown, and a hit nobody reads costs none. `JSON.stringify` gives
 * the three fields a plain hit has (`toJSON`); a spread copy does not carry `quote` (a getter of the class).
 *
 * A class, not an object literal with a getter: on Node 20 such a literal gets a map of its own, and its getter's
 * closure (with the hit's highlights) then lives until the next full collection: about 2 KB promoted a request
 * (BENCH.md, "Thirteenth session: serve").
 */
class LazyHit implements SearchHit {
  readonly #tables: QuoteTables;
  readonly #slot: number;
  #quote: Quote | undefined = undefined;

  constructor(
    tables: QuoteTables,
    slot: number,
    public score: number,
    public highlights: SearchHit['highlights'],
  ) {
    this.#tables = tables;
    this.#slot = slot;
  }

  get quote(): Quote {
    return (this.#quote ??= this.#tables.quoteAt(this.#slot));
  }

  toJSON(): { quote: Quote; score: number; highlights: SearchHit['highlights'] } {
    return { quote: this.quote, score: this.score, highlights: this.highlights };
  }
}

/** See {@link SearchEngine.searchRows}: one match, its first `max` rows read as they are iterated. */
function searchRows(ctx: MatchContext, request: SearchRequest, statements: Statements | null, max: number): SearchRows {
  const { set, positions, hit } = matchRequest(ctx, request, statements);
  const window = pagePositions(ctx.tables, set, positions, request.sort, 0, Math.max(0, Math.floor(max)));
  return {
    total: positions.length,
    *rows() {
      for (const k of window) yield hit(k);
    },
  };
}

/** `facetWork`: the facet count arrays the exact pass counts into (read before this returns: see FacetWork). */
function search(
  ctx: MatchContext,
  request: SearchRequest,
  statements: Statements | null,
  facetWork: FacetWork,
): SearchResponse {
  const started = performance.now();
  const { tables, options } = ctx;
  const page = Number.isFinite(request.page) ? Math.max(1, Math.floor(request.page)) : 1;
  const limit = Number.isFinite(request.limit)
    ? Math.min(options.maxLimit, Math.max(1, Math.floor(request.limit)))
    : 20;
  // The set is read to the end before this returns (hits keep only slots): it may live in the scratch arrays.
  const matched = matchOnly(ctx, request, true);
  const { parsed, filters, set, hit } = matched;
  const collapsing = statements && request.collapse !== false ? statements : null;
  const offset = (page - 1) * limit;
  const large = !matched.listing && set.order === 'score' && set.docs.length > options.countBound;
  // A large match narrowed by a few speakers' or publishers' quotes: found through their lists (see filters.ts).
  const through = large ? narrowing(tables, filters, set.docs.length) : null;
  const bounded =
    large && !through
      ? boundedPage(ctx, set, filters, collapsing, request.sort, offset, limit, options.countBound, options.countSample)
      : null;
  let total: number;
  let counts: FilteredMatches;
  let window: number[];
  if (bounded) {
    ({ total, counts, window } = bounded);
  } else {
    const { filtered } = through
      ? {
          filtered: filterThroughSlots(
            tables,
            set,
            filters,
            through.slots,
            through.by,
            sampleCounts(tables, set, filters, Math.min(options.countSample, options.countBound)).counts,
          ),
        }
      : matched.filtered(facetWork);
    checkDeadline(ctx.deadline);
    const positions = collapsing ? collapseByStatement(set, filtered.positions, collapsing, true) : filtered.positions;
    total = positions.length;
    counts = filtered;
    window = pagePositions(tables, set, positions, request.sort, offset, limit);
  }
  const { speakerCounts, publisherCounts } = counts;
  const results = window.map(hit);

  const response: SearchResponse = {
    total,
    page,
    limit,
    took_ms: 0,
    results,
    facets: {
      speakers: facetValues(
        tables.speakers,
        speakerCounts,
        filters.speakers,
        options.maxFacetValues,
        counts.speakersCounted,
      ),
      publishers: facetValues(tables.publishers, publisherCounts, filters.publishers, options.maxFacetValues),
      unattributed: counts.noSpeakerCount,
    },
    suggestions: [],
  };
  if (filters.from !== null || filters.to !== null) response.undatedExcluded = counts.undated;
  if (bounded?.totalEstimated) response.totalEstimated = true;
  if (bounded || through) response.facetsEstimated = true;
  if (total === 0) {
    const count = (p: ParsedQuery, r: Pick<SearchRequest, 'speakers' | 'publishers' | 'from' | 'to'>): number =>
      filterMatches(
        tables,
        matchQuery(ctx, p),
        resolveFilters(tables, { kind: request.kind, minConfidence: request.minConfidence, ...r }),
      ).positions.length;
    const { suggestions, relaxations } = suggestAlternatives(ctx, parsed, request, count);
    response.suggestions = suggestions;
    response.relaxations = relaxations;
  }
  response.took_ms = Math.round((performance.now() - started) * 1000) / 1000;
  return response;
}

/** The quote slots of `docs` as bits in the scratch bitmap (all clear before; the caller clears it after use). */
function bitsOf(scratch: MatchContext['scratch'], docs: ArrayLike<number>, count: number): Uint32Array {
  const bits = (scratch.bits ??= new Uint32Array((count + 31) >>> 5));
  for (let k = 0; k < docs.length; k++) {
    const doc = docs[k]!;
    bits[doc >>> 5] = bits[doc >>> 5]! | (1 << (doc & 31));
  }
  return bits;
}

/** Position of `doc` in the ascending `docs`, or -1. */
function positionOf(docs: ArrayLike<number>, doc: number): number {
  let lo = 0;
  let hi = docs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (docs[mid]! < doc) lo = mid + 1;
    else hi = mid;
  }
  return lo < docs.length && docs[lo] === doc ? lo : -1;
}

/**
 * A page of a match too large to count exactly (more than `bound` matches before filters, and about as many passing
 * them), or null when it is not: the page is exactly the one the exact computation gives, its total and facet counts
 * are estimated from an even sample of `bound` matches (`totalEstimated` false when the page's walk happened to
 * read every match, the total then being exact).
 *
 * The page: the best matches by the sort's key (score, or date rank) are read in order, the first `4 × (offset +
 * limit)` and more when that is not enough, and each is kept when it passes the filters and is its statement's
 * report the exact computation keeps (the best-scoring of the statement's matching reports that pass the filters,
 * ties to the lower slot: its other reports are looked up in the match set). Their order is the exact page's order,
 * since statement collapsing only removes reports. The total: each sampled match that passes the filters counts
 * 1 / (its statement's reports that match and pass), scaled by matches / sample; facet counts count reports, scaled.
 */
function boundedPage(
  ctx: MatchContext,
  set: MatchSet,
  filters: FilterSet,
  statements: Statements | null,
  sort: SearchRequest['sort'],
  offset: number,
  limit: number,
  bound: number,
  sampleSize: number,
): { total: number; totalEstimated: boolean; counts: FilteredMatches; window: number[] } | null {
  const { docs, scores } = set;
  const n = docs.length;
  if (set.order !== 'score' || scores === null || !(n > bound) || bound < 1 || !(sampleSize >= 1)) return null;
  const { tables } = ctx;
  const { sampled, scale, counts } = sampleCounts(tables, set, filters, Math.min(sampleSize, bound));
  if (sampled.positions.length * scale < bound) return null;
  checkDeadline(ctx.deadline);

  const passes = passesFilters(tables, filters);
  /** Whether the match at position k is the report of its statement the exact computation keeps. */
  const kept = (k: number): boolean => {
    if (statements === null) return true;
    const doc = docs[k]!;
    const s = statements.slotOf[doc]!;
    if (s < 0) return true;
    const { members, memberStart } = statements;
    for (let m = memberStart[s]!; m < memberStart[s + 1]!; m++) {
      const other = members[m]!;
      if (other === doc) continue;
      const j = positionOf(docs, other);
      if (j < 0 || !passes(other)) continue;
      if (scores[j]! > scores[k]! || (scores[j] === scores[k] && other < doc)) return false;
    }
    return true;
  };
  /** The match set as bits by quote slot, for the sample's statements (set below when there are statements). */
  let matched: Uint32Array | null = null;
  /** How many of the statement's reports match and pass the filters (1 for a quote reported once). */
  const reportsOf = (k: number): number => {
    if (statements === null || matched === null) return 1;
    const s = statements.slotOf[docs[k]!]!;
    if (s < 0) return 1;
    const { members, memberStart } = statements;
    let count = 0;
    for (let m = memberStart[s]!; m < memberStart[s + 1]!; m++) {
      const other = members[m]!;
      if ((matched[other >>> 5]! & (1 << (other & 31))) !== 0 && passes(other)) count++;
    }
    return Math.max(1, count);
  };

  let key = scores;
  if (sort !== 'relevance') {
    key = new Float64Array(n);
    const rank = sort === 'oldest' ? tables.oldestRank : tables.newestRank;
    for (let k = 0; k < n; k++) key[k] = -rank[docs[k]!]!;
  }
  const wanted = offset + limit;
  const all = identity(n);
  let reach = Math.min(n, Math.max(64, 4 * wanted));
  let page: number[];
  let seen: number;
  for (;;) {
    checkDeadline(ctx.deadline);
    const best = topPositions(all, key, docs, 0, reach);
    page = [];
    seen = 0;
    for (const k of best) {
      if (!passes(docs[k]!) || !kept(k)) continue;
      seen++;
      if (seen > offset) page.push(k);
      if (seen >= wanted) break;
    }
    if (seen >= wanted || reach >= n) break;
    reach = Math.min(n, reach * 8);
  }
  const exhausted = seen < wanted;
  let statementsSampled = 0;
  if (!exhausted && statements !== null) {
    matched = bitsOf(ctx.scratch, docs, tables.count);
    try {
      for (const k of sampled.positions) statementsSampled += 1 / reportsOf(k);
    } finally {
      matched.fill(0);
    }
  } else statementsSampled = sampled.positions.length;
  const total = exhausted ? seen : Math.max(wanted, Math.round(statementsSampled * scale));
  return { total, totalEstimated: !exhausted, counts, window: page };
}

/**
 * The filters and facet counts over an even sample of `size` matches (of a set with more), and the counts scaled
 * to the whole set: estimates.
 */
function sampleCounts(tables: QuoteTables, set: MatchSet, filters: FilterSet, size: number) {
  const n = set.docs.length;
  const count = Math.max(1, Math.min(n, Math.floor(size)));
  const sample = new Uint32Array(count);
  for (let i = 0; i < count; i++) sample[i] = Math.floor((i * n) / count);
  const sampled = filterMatches(tables, set, filters, sample);
  const scale = n / count;
  const scaled = (counts: Uint32Array): Uint32Array => counts.map((c) => Math.round(c * scale));
  const counts: FilteredMatches = {
    positions: sampled.positions,
    speakerCounts: scaled(sampled.speakerCounts),
    publisherCounts: scaled(sampled.publisherCounts),
    noSpeakerCount: Math.round(sampled.noSpeakerCount * scale),
    undated: Math.round(sampled.undated * scale),
  };
  return { sampled, scale, counts };
}

/** The fewer of the selected speakers' and publishers' quotes, when few beside the matches (see selectedSlots). */
function narrowing(
  tables: QuoteTables,
  filters: FilterSet,
  matches: number,
): { slots: Uint32Array; by: 'speakers' | 'publishers' } | null {
  const speakers = selectedSlots(tables, filters, 'speakers', matches);
  const publishers = selectedSlots(tables, filters, 'publishers', matches);
  if (speakers && (!publishers || speakers.length <= publishers.length)) return { slots: speakers, by: 'speakers' };
  return publishers ? { slots: publishers, by: 'publishers' } : null;
}

/**
 * The positions on one page, in the requested order. A scored set is ranked by score (best first,
 * ties to the lower slot); a newest-first set without scores keeps its order for relevance. Newest/oldest
 * use the precomputed date ranks (undated quotes last either way). Only the page's positions and those
 * before it are put in order (see rank.ts).
 */
function pagePositions(
  tables: QuoteTables,
  set: MatchSet,
  positions: Uint32Array,
  sort: SearchRequest['sort'],
  offset: number,
  limit: number,
): number[] {
  if (offset >= positions.length) return [];
  const end = Math.min(positions.length, offset + limit);
  if (set.order === 'newest' && (sort === 'relevance' || sort === 'newest'))
    return Array.from(positions.subarray(offset, end));
  if (sort === 'oldest' && set.order === 'newest') {
    // Newest first with the undated at the end: read the dated part backwards, then the undated.
    let dated = positions.length;
    while (dated > 0 && tables.dateKey[set.docs[positions[dated - 1]!]!] === 0) dated--;
    const out: number[] = [];
    for (let i = offset; i < end; i++) out.push(i < dated ? positions[dated - 1 - i]! : positions[i]!);
    return out;
  }
  if (sort === 'relevance' && set.scores) return topPositions(positions, set.scores, set.docs, offset, limit);
  const key = new Float64Array(set.docs.length);
  const rank = sort === 'oldest' ? tables.oldestRank : tables.newestRank;
  for (const k of positions) key[k] = -rank[set.docs[k]!]!;
  return topPositions(positions, key, set.docs, offset, limit);
}
