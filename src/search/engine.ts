import MiniSearch from 'minisearch';
import type { AsPlainObject, Options as MiniSearchOptions } from 'minisearch';
import { z } from 'zod';
import type { CorpusData } from '../types.js';
import type { SearchEngine, SearchHit, SearchRequest, SearchResponse } from './types.js';
import { findHighlights } from './highlight.js';
import { facetValues, filterMatches, listSpeakers, resolveFilters, type FilterSet } from './filters.js';
import { createScratch, matchQuery, type IndexedQuote, type MatchContext, type MatchSet } from './match.js';
import { topPositions } from './rank.js';
import { createStopPhraseIndex } from './stop-phrases.js';
import { createTermIndex, type TermIndex } from './term-index.js';
import { isStopWord } from './normalize.js';
import { resolveOptions, type SearchEngineOptions } from './options.js';
import { parseQuery, type ParsedQuery } from './query.js';
import { suggestAlternatives } from './suggest.js';
import { buildTables, type QuoteTables } from './tables.js';

const FORMAT = 'verbatim-search';
const FORMAT_VERSION = 2;

/**
 * The saved form is JSON Lines: a header (minisearch's own JSON without its term index, plus what tells
 * whether it belongs to the data it is loaded with), then the term index, {@link TERMS_PER_LINE} terms a line.
 * One JSON document would not do: at a million quotes it nears V8's 512 MiB string limit.
 */
const SavedHeader = z.object({
  format: z.literal(FORMAT),
  version: z.literal(FORMAT_VERSION),
  fingerprint: z.string(),
  /** How many term-index lines follow. */
  lines: z.number().int().nonnegative(),
  minisearch: z.custom<AsPlainObject>((v) => typeof v === 'object' && v !== null, 'minisearch: expected an object'),
});

const TERMS_PER_LINE = 10_000;

/** The saved form of `ms`, one line at a time (each ends with a newline). */
function* savedLines(ms: MiniSearch<IndexedQuote>, fingerprint: string): Generator<string> {
  const { index, ...rest } = ms.toJSON();
  const lines = Math.ceil(index.length / TERMS_PER_LINE);
  yield `${JSON.stringify({ format: FORMAT, version: FORMAT_VERSION, fingerprint, lines, minisearch: { ...rest, index: [] } })}\n`;
  for (let i = 0; i < index.length; i += TERMS_PER_LINE) yield `${JSON.stringify(index.slice(i, i + TERMS_PER_LINE))}\n`;
}

/**
 * minisearch sees already-folded text (see normalize.ts), so splitting on spaces is its whole
 * tokenizer. Identical for building and for loading, as minisearch requires.
 */
function miniSearchOptions(): MiniSearchOptions<IndexedQuote> {
  return {
    idField: 'id',
    fields: ['text', 'speaker', 'title'],
    storeFields: [],
    tokenize: (text: string) => text.split(' '),
    processTerm: (term: string) => (term && !isStopWord(term) ? term : null),
  };
}

function buildMiniSearch(tables: QuoteTables): MiniSearch<IndexedQuote> {
  const ms = new MiniSearch<IndexedQuote>(miniSearchOptions());
  for (let i = 0; i < tables.quotes.length; i++) {
    ms.add({ id: i, text: tables.foldedText[i]!, speaker: tables.foldedSpeaker[i]!, title: tables.foldedTitle[i]! });
  }
  return ms;
}

function parseLine(line: string, n: number): unknown {
  try {
    return JSON.parse(line);
  } catch (e) {
    throw new Error(`line ${n} is not JSON (${(e as Error).message})`);
  }
}

function restoreMiniSearch(tables: QuoteTables, serialized: string | readonly string[]): MiniSearch<IndexedQuote> {
  const lines = (typeof serialized === 'string' ? serialized.split('\n') : serialized).filter((l) => l.length > 0);
  const saved = SavedHeader.safeParse(parseLine(lines[0] ?? '', 1));
  if (!saved.success) throw new Error(`not a ${FORMAT} v${FORMAT_VERSION} index (${saved.error.issues[0]?.message ?? 'bad shape'})`);
  if (saved.data.fingerprint !== tables.fingerprint) {
    throw new Error(`built from other data (fingerprint ${saved.data.fingerprint}, data ${tables.fingerprint})`);
  }
  if (lines.length !== saved.data.lines + 1) throw new Error(`holds ${lines.length - 1} term lines, its header says ${saved.data.lines}`);
  const index: AsPlainObject['index'] = [];
  for (let i = 1; i < lines.length; i++) {
    const part = parseLine(lines[i]!, i + 1);
    if (!Array.isArray(part)) throw new Error(`line ${i + 1} is not a list of terms`);
    for (const entry of part as AsPlainObject['index']) index.push(entry);
  }
  const ms = MiniSearch.loadJS<IndexedQuote>({ ...saved.data.minisearch, index }, miniSearchOptions());
  if (ms.documentCount !== tables.quotes.length) {
    throw new Error(`holds ${ms.documentCount} quotes, data has ${tables.quotes.length}`);
  }
  return ms;
}

/**
 * Creates the search engine over `data`. With `serialized` (from `serialize()`, or the lines of `serializeParts()`), the minisearch index
 * is restored instead of rebuilt; the side tables are always rebuilt from `data`. A saved index that
 * is corrupt or belongs to other data is refused and the index rebuilt: `origin` says so and why.
 */
export function createSearchEngine(
  data: CorpusData,
  serialized?: string | readonly string[],
  options: Partial<SearchEngineOptions> & { statementOf?: readonly string[] } = {},
): SearchEngine {
  const { statementOf, ...tuning } = options;
  const resolved = resolveOptions(tuning);
  const tables = buildTables(data);
  let ms: MiniSearch<IndexedQuote> | undefined;
  let terms: TermIndex | undefined;
  let origin: NonNullable<SearchEngine['origin']> = { kind: 'built' };
  if (serialized !== undefined) {
    try {
      ms = restoreMiniSearch(tables, serialized);
      terms = createTermIndex(ms, tables.quotes.length, resolved.boost);
      origin = { kind: 'restored' };
    } catch (e) {
      origin = { kind: 'rebuilt', reason: `search: saved index refused: ${(e as Error).message}; rebuilt from the data` };
    }
  }
  if (!ms || !terms) {
    ms = buildMiniSearch(tables);
    terms = createTermIndex(ms, tables.quotes.length, resolved.boost);
  }
  const ctx: MatchContext = { ms, terms, tables, options: resolved, scratch: createScratch(tables.quotes.length), stopPhrases: createStopPhraseIndex(tables) };
  const statements = statementSlots(statementOf, data.quotes.length);
  return {
    origin,
    search: (request) => search(ctx, request, statements),
    serialize: () => [...savedLines(ctx.ms, tables.fingerprint)].join(''),
    serializeParts: () => savedLines(ctx.ms, tables.fingerprint),
  };
}

/** Quote slots grouped into statements with several reports, and work arrays for collapsing over them. */
interface Statements {
  /** Per quote slot, the slot of its statement when that statement has several reports, else -1. */
  slotOf: Int32Array;
  /** Per statement slot, the position of its best report so far in the current query, valid when `stamp` is current. */
  best: Int32Array;
  stamp: Uint32Array;
  nextStamp: number;
}

/**
 * The statements of several reports (`statementOf` is parallel to the data's quotes; see src/statements).
 * Null when none is given or no statement has two reports.
 */
function statementSlots(statementOf: readonly string[] | undefined, n: number): Statements | null {
  if (!statementOf || statementOf.length !== n) return null;
  const counts = new Map<string, number>();
  for (const id of statementOf) counts.set(id, (counts.get(id) ?? 0) + 1);
  const slotOf = new Map<string, number>();
  const slots = new Int32Array(n).fill(-1);
  statementOf.forEach((id, i) => {
    if ((counts.get(id) ?? 0) < 2) return;
    let slot = slotOf.get(id);
    if (slot === undefined) slotOf.set(id, (slot = slotOf.size));
    slots[i] = slot;
  });
  if (slotOf.size === 0) return null;
  return { slotOf: slots, best: new Int32Array(slotOf.size), stamp: new Uint32Array(slotOf.size), nextStamp: 1 };
}

/**
 * One row per statement: of the matching reports of one statement only the first in match order stays
 * (the best-scoring one for a ranked query, ties to the lower slot; the newest when listing), so `total`
 * counts statements. Facet counts are taken before this and count reports. Two passes, no sorting.
 */
function collapseByStatement(set: MatchSet, positions: Uint32Array, statements: Statements): Uint32Array {
  const { slotOf, best, stamp } = statements;
  if (statements.nextStamp >= 0xffff_fff0) {
    stamp.fill(0);
    statements.nextStamp = 1;
  }
  const now = statements.nextStamp++;
  const { docs, scores } = set;
  let duplicates = 0;
  for (const k of positions) {
    const s = slotOf[docs[k]!]!;
    if (s < 0) continue;
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
  const kept = new Uint32Array(positions.length - duplicates);
  let n = 0;
  for (const k of positions) {
    const s = slotOf[docs[k]!]!;
    if (s < 0 || best[s] === k) kept[n++] = k;
  }
  return kept;
}

function search(ctx: MatchContext, request: SearchRequest, statements: Statements | null): SearchResponse {
  const started = performance.now();
  const { tables, options } = ctx;
  const parsed = parseQuery(request.q);
  const page = Number.isFinite(request.page) ? Math.max(1, Math.floor(request.page)) : 1;
  const limit = Number.isFinite(request.limit) ? Math.min(options.maxLimit, Math.max(1, Math.floor(request.limit))) : 20;

  const filters = resolveFilters(tables, request);
  const listing = parsed.clauses.length === 0 && filters.speakers !== null && filters.publishers === null && filters.from === null && filters.to === null;
  const { set, filtered } = listing ? listSpeakers(tables, filters) : matchAndFilter(ctx, parsed, filters);
  const { speakerCounts, publisherCounts } = filtered;
  const positions = statements && request.collapse !== false ? collapseByStatement(set, filtered.positions, statements) : filtered.positions;
  const total = positions.length;

  const window = pagePositions(tables, set, positions, request.sort, (page - 1) * limit, limit);
  const phraseOnly = new Set(parsed.phrases.flat().filter((t) => !parsed.words.includes(t)));
  // A phrase's words are shown as the phrase, not wherever else they occur.
  const marked = new Set(set.highlightTerms.filter((t) => !phraseOnly.has(t)));
  const results = window.map((k): SearchHit => {
    const quote = tables.quotes[set.docs[k]!]!;
    return { quote, score: set.scores?.[k] ?? 0, highlights: findHighlights(quote.text, marked, parsed.phrases) };
  });

  const response: SearchResponse = {
    total,
    page,
    limit,
    took_ms: 0,
    results,
    facets: {
      speakers: facetValues(tables.speakers, speakerCounts, filters.speakers, options.maxFacetValues),
      publishers: facetValues(tables.publishers, publisherCounts, filters.publishers, options.maxFacetValues),
    },
    suggestions: [],
  };
  if (total === 0) {
    const count = (p: ParsedQuery, r: Pick<SearchRequest, 'speakers' | 'publishers' | 'from' | 'to'>): number =>
      filterMatches(tables, matchQuery(ctx, p), resolveFilters(tables, r)).positions.length;
    const { suggestions, relaxations } = suggestAlternatives(ctx, parsed, request, count);
    response.suggestions = suggestions;
    response.relaxations = relaxations;
  }
  response.took_ms = Math.round((performance.now() - started) * 1000) / 1000;
  return response;
}

function matchAndFilter(ctx: MatchContext, parsed: ParsedQuery, filters: FilterSet) {
  const set = matchQuery(ctx, parsed);
  return { set, filtered: filterMatches(ctx.tables, set, filters) };
}

/**
 * The positions on one page, in the requested order. A scored set is ranked by score (best first,
 * ties to the lower slot); a newest-first set without scores keeps its order for relevance. Newest/oldest
 * use the precomputed date ranks (undated quotes last either way). Only the page's positions and those
 * before it are put in order (see rank.ts).
 */
function pagePositions(tables: QuoteTables, set: MatchSet, positions: Uint32Array, sort: SearchRequest['sort'], offset: number, limit: number): number[] {
  if (offset >= positions.length) return [];
  const end = Math.min(positions.length, offset + limit);
  if (set.order === 'newest' && (sort === 'relevance' || sort === 'newest')) return Array.from(positions.subarray(offset, end));
  if (sort === 'oldest' && set.order === 'newest') {
    // Newest first with the undated at the end: read the dated part backwards, then the undated.
    let dated = positions.length;
    while (dated > 0 && tables.dateKey[set.docs[positions[dated - 1]!]!] === 0) dated--;
    const out: number[] = [];
    for (let i = offset; i < end; i++) out.push(i < dated ? positions[dated - 1 - i]! : positions[i]!);
    return out;
  }
  const key = new Float64Array(set.docs.length);
  if (sort === 'relevance' && set.scores) key.set(set.scores);
  else {
    const rank = sort === 'oldest' ? tables.oldestRank : tables.newestRank;
    for (const k of positions) key[k] = -rank[set.docs[k]!]!;
  }
  return topPositions(positions, key, set.docs, offset, limit);
}
