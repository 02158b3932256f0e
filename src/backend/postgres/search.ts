/**
 * Search in SQL: the query syntax of src/search (parsed by its parser, never a second one) mapped onto the quotes
 * table. Words are ANDed, each matched through itself and its variants found in the term vocabulary (the last word
 * also as a prefix, longer words with a typo, as the embedded engine expands them); phrases are checked against the
 * folded quote text; exclusions remove; speaker, publisher and date filters; facets each ignoring their own filter;
 * one row per statement; sort by relevance (ts_rank), newest or oldest, by page or keyset cursor.
 */
import { createHash } from 'node:crypto';
import type pg from 'pg';
import { isStopWord } from '../../model/text.js';
import { defaultSearchEngineOptions, formatQuery, parseQuery, type ParsedQuery } from '../../search/index.js';
import { findHighlights } from '../../search/highlight.js';
import { dateKeyOf } from '../../search/tables.js';
import { searchRequest } from '../../search/request.js';
import { NO_SPEAKER, type FacetValue, type Relaxation, type SearchRequest } from '../../search/types.js';
import type { BackendHit, BackendSearchRequest, BackendSearchResponse } from '../contract.js';
import { QUOTE_FROM, QUOTE_SELECT, quoteOf, stopPairLexeme, type QuoteRow } from './rows.js';
import type { SearchCounts } from './counts.js';
import { vocabularyOf, type FacetSample, type Vocabulary } from './vocabulary.js';

/**
 * Runs one search statement as a named prepared statement (the name from its text: the same shape of request, the
 * same statement), so that a connection parses it once, not once a request; see SearchSqlOptions.prepared.
 */
function prepared<R extends pg.QueryResultRow>(
  db: pg.Pool,
  sql: string,
  values: unknown[],
  options: { prepared: boolean },
): Promise<pg.QueryResult<R>> {
  if (!options.prepared) return db.query<R>(sql, values);
  const name = `vs_${createHash('sha1').update(sql).digest('base64url')}`;
  return db.query<R>({ name, text: sql, values });
}

/** Positional parameters of one statement, added as the SQL is written. */
class Params {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A tsquery literal of one lexeme (terms are letters and digits: nothing to escape), optionally of one weight. */
const lexeme = (term: string, weight = ''): string => `'${term}'${weight ? `:${weight}` : ''}`;
const needle = (terms: readonly string[]): string => ` ${terms.join(' ')} `;

/** SQL over alias `a` of the quotes table, its values added to `p` as it is written (each statement its own). */
type Sql = (a: string, p: Params) => string;

/** A parsed query as SQL over one alias of the quotes table. */
interface CompiledQuery {
  /**
   * Conditions an index answers (the term index, or the newest-first position for stop words only): TRUE when the
   * query has none; null when nothing can match.
   */
  match: Sql | null;
  /** Conditions checked row by row on what `match` finds (phrases, stop words, exclusions): TRUE when none. */
  verify: Sql;
  /** Relevance, or null when the match is listed newest first. */
  score: Sql | null;
  /**
   * The match reads the term index (words, stop-word pairs): how many rows it holds depends on the terms, which a
   * plan made for any values cannot know (see pageRows).
   */
  byTerms: boolean;
  /** Terms shown marked in hits (the words and the variants they matched through, phrase-only words left out). */
  marked: Set<string>;
  /**
   * How often the query's rarest word occurs (its variants' counts summed; a phrase's words each on their own), from
   * the vocabulary: about how many rows the term index finds at most. Null when the query has no such words.
   */
  termCount: number | null;
  /** The vocabulary read for the query; null when it has no words to expand. */
  vocabulary: Vocabulary | null;
}

/**
 * The newest-first positions where the partial term indexes divide the search table (migrations 008 and 011, written
 * as literals there): the newest 100,000 rows, then tiers growing fourfold. A search whose tiers are others reads the
 * same rows in the same order, only without those indexes.
 */
export const TERM_TIERS: readonly number[] = [100_000, 400_000, 1_600_000];

export interface SearchSqlOptions {
  /**
   * Facet counts are exact up to this many matching quotes; past it they are counted over the first this many in the
   * search table's order (newest first), scaled to the total and labelled as estimates (`facetsEstimated`).
   */
  facetBound: number;
  /** By relevance, rows are ranked among this many matches (see pageRows). */
  rankBound: number;
  /**
   * Totals are exact up to this many candidates (rows the term index and the filters let through, before phrase and
   * statement checks); past it they are estimated from the first this many in newest-first order and labelled so
   * (`totalEstimated`). By relevance, the page is ranked among them.
   */
  totalBound: number;
  maxFacetValues: number;
  maxLimit: number;
  /**
   * How long (ms) the check that the term vocabulary is current (no finalize since it was read) is reused: 0, every
   * search checks (one round trip); a server passes its metadata reuse time (PostgresBackend's metadataTtlMs).
   */
  vocabularyCheckMs: number;
  /**
   * Search statements as named prepared statements (each connection parses a statement shape once and may keep a
   * generic plan): see {@link prepared}.
   */
  prepared: boolean;
  /** Newest-first positions dividing the window's reads (see TERM_TIERS and newestFirst). */
  tiers: readonly number[];
  /**
   * Keep the facet sample of a query's matches (the part of its facets no speaker filter changes: see FacetSample)
   * with the vocabulary, and answer a request filtered to one speaker from it and the speaker's own rows when it is
   * kept (see searchSql). The answers are the same either way.
   */
  facetMemo: boolean;
  /**
   * A request whose facets need a read of their own (a speaker or publisher filter, no kept sample) reads them and
   * its window in one statement, the facet sample first: when the sample holds every candidate of the facets, the
   * window's rows are among its rows and are not read again (see windowRows' `sampleFirst`). Needs `facetBound` equal
   * to `totalBound`. Not for a window read through one speaker's rows (a few pages: cheaper than the sample's CASE
   * columns), nor, with a speaker filter, for a query whose rarest word occurs more often than the bound (a sample
   * past the bound is of no use to the window, and the speaker's rows in it, a large share for a speaker of over
   * `totalBound` quotes, would be ranked for nothing; a publisher's rows are a small share). The answers are the
   * same either way.
   */
  facetsWithWindow: boolean;
  /**
   * A window of one speaker's rows (see bySpeakerRows) is read by intersecting the term index's bitmap with the
   * speaker's when the query's rarest word occurs at most this many times as often as the speaker has rows (the
   * planner is then free to use both indexes); else by the speaker's rows alone, each checked. 0: never. The
   * answers are the same either way: the window holds every candidate.
   */
  speakerIntersect: number;
}

export const defaultSearchSqlOptions: SearchSqlOptions = {
  facetBound: 5_000,
  rankBound: 5_000,
  totalBound: 5_000,
  maxFacetValues: defaultSearchEngineOptions.maxFacetValues,
  maxLimit: defaultSearchEngineOptions.maxLimit,
  vocabularyCheckMs: 0,
  prepared: true,
  tiers: TERM_TIERS,
  facetMemo: true,
  facetsWithWindow: true,
  speakerIntersect: 8,
};

/** The lexemes of the stop words side by side in `phrases` (rows.ts tsvectorOf writes one for each such pair). */
function phraseStopPairs(phrases: readonly (readonly string[])[]): string[] {
  const pairs = new Set<string>();
  for (const phrase of phrases)
    for (let i = 1; i < phrase.length; i++)
      if (isStopWord(phrase[i - 1]!) && isStopWord(phrase[i]!)) pairs.add(stopPairLexeme(phrase[i - 1]!, phrase[i]!));
  return [...pairs];
}

/** UTF-8 byte order, a prefix before what it begins: the order PostgreSQL sorts a tsquery's lexemes in (tsCompareString). */
function byLexeme(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/**
 * The tsquery `ts_rank` scores with: the AND of `groups` (each the OR of its lexeme literals), written with every
 * lexeme in descending order (the groups by their first). ts_rank sorts a query's lexemes on every call (every row
 * ranked) and scores them in that sorted order, so the order they are written in never changes a score; a tsquery
 * keeps its operands in reverse of the written order, so written descending they are already sorted when ts_rank
 * sorts them, which it then does in one pass (50,000 rows ranked by a tsquery of 21 lexemes in one statement:
 * 614-830 ms written ascending, as the vocabulary lists a prefix's expansions, 193-373 ms so). The matching tsquery
 * is left as written: the facet samples finalize stores are keyed by it.
 */
export function rankQuery(groups: ReadonlyArray<readonly string[]>): string {
  const down = (a: string, b: string): number => byLexeme(b, a);
  const sorted = groups.map((g) => [...g].sort(down));
  sorted.sort((a, b) => down(a[0]!, b[0]!));
  return sorted.map((g) => `(${g.join(' | ')})`).join(' & ');
}

async function compileQuery(db: pg.Pool, parsed: ParsedQuery, vocabularyCheckMs: number): Promise<CompiledQuery> {
  const required = parsed.words.filter((w) => !isStopWord(w));
  const phraseTerms = [...new Set(parsed.phrases.flat())].filter((t) => !isStopWord(t) && !required.includes(t));
  const conditions: Sql[] = [];
  const checks: Sql[] = [];
  const marked = new Set<string>();
  let score: CompiledQuery['score'] = null;
  let read: Vocabulary | null = null;
  let termCount: number | null = null;
  const none = { match: null, verify: () => 'TRUE', score: null, byTerms: false, marked, termCount, vocabulary: null };
  let byTerms = false;

  if (required.length + phraseTerms.length > 0) {
    const vocabulary = await vocabularyOf(db, vocabularyCheckMs);
    read = vocabulary;
    const variants = vocabulary.expand(required, parsed.prefixWord);
    const parts: string[] = [];
    const groups: string[][] = [];
    const counts: number[] = [];
    for (const word of required) {
      const found = variants.get(word) ?? [];
      if (found.length === 0) return none;
      for (const t of found) marked.add(t);
      parts.push(`(${found.map((t) => lexeme(t)).join(' | ')})`);
      groups.push(found.map((t) => lexeme(t)));
      counts.push(found.reduce((n, t) => n + vocabulary.count(t), 0));
    }
    // A phrase is checked against the quote text, so its words must be found there (weight A: the text field).
    for (const t of phraseTerms) {
      parts.push(lexeme(t, 'A'));
      groups.push([lexeme(t, 'A')]);
      counts.push(vocabulary.count(t));
    }
    termCount = Math.min(...counts);
    const query = parts.join(' & ');
    const ranked = rankQuery(groups);
    // And so must its stop words side by side, each pair a lexeme of the search rows when finalize wrote them
    // (rows.ts tsvectorOf): a phrase whose other words are common ("going to be") then finds its candidates among
    // the quotes holding its pairs as well, not among every quote of its words, most of which the text check drops.
    // Matching only: the rank stays the words' (a pair has no weight in the embedded engine's).
    const pairs = vocabulary.stopPairs ? phraseStopPairs(parsed.phrases) : [];
    const matched = [query, ...pairs.map((pair) => lexeme(pair))].join(' & ');
    conditions.push((a, p) => `${a}.tsv @@ ${p.add(matched)}::tsquery`);
    score = (a, p) => `ts_rank(${a}.tsv, ${p.add(ranked)}::tsquery)`;
    byTerms = true;
  } else if (parsed.words.length > 0 || parsed.phrases.length > 0) {
    // Stop words only (`"to be or not to be"`): read from the folded texts of the newest quotes up to the embedded
    // engine's bound (fallbackScanLimit), newest first. A phrase's adjacent pairs are looked up in the term index
    // when finalize wrote them (rows.ts tsvectorOf), as the embedded engine's stop-phrase lists do: only the quotes
    // holding every pair are read (the texts still checked below).
    conditions.push((a, p) => `${a}.pos < ${p.add(defaultSearchEngineOptions.fallbackScanLimit)}`);
    const pairs = (await vocabularyOf(db, vocabularyCheckMs)).stopPairs ? phraseStopPairs(parsed.phrases) : [];
    if (pairs.length > 0) {
      const query = pairs.map((pair) => lexeme(pair)).join(' & ');
      conditions.push((a, p) => `${a}.tsv @@ ${p.add(query)}::tsquery`);
      byTerms = true;
    }
    for (const w of parsed.words) {
      checks.push((a, p) => `strpos(${a}.folded_text, ${p.add(needle([w]))}) > 0`);
      marked.add(w);
    }
  }
  for (const phrase of parsed.phrases) checks.push((a, p) => `strpos(${a}.folded_text, ${p.add(needle(phrase))}) > 0`);
  for (const w of parsed.excludedWords) {
    if (isStopWord(w)) checks.push((a, p) => `strpos(${a}.folded_text, ${p.add(needle([w]))}) = 0`);
    else checks.push((a, p) => `NOT (${a}.tsv @@ ${p.add(lexeme(w))}::tsquery)`);
  }
  for (const phrase of parsed.excludedPhrases)
    checks.push((a, p) => `strpos(${a}.folded_text, ${p.add(needle(phrase))}) = 0`);
  // A phrase's words are shown as the phrase, not wherever else they occur.
  for (const t of parsed.phrases.flat()) if (!parsed.words.includes(t)) marked.delete(t);
  const and =
    (list: Sql[]): Sql =>
    (a, p) =>
      list.length === 0 ? 'TRUE' : list.map((c) => c(a, p)).join(' AND ');
  return { match: and(conditions), verify: and(checks), score, byTerms, marked, termCount, vocabulary: read };
}

type Filters = Pick<SearchRequest, 'speakers' | 'publishers' | 'from' | 'to' | 'kind' | 'minConfidence'>;

/**
 * The request's filters as conditions on alias `a`, each apart (a facet leaves out its own): speakers (`-`, NO_SPEAKER,
 * for quotes nobody is named for), publishers, and the rest together (dates, kind, attribution confidence).
 */
function filterSql(request: Filters): { speaker: Sql; publisher: Sql; date: Sql } {
  const speakers = request.speakers.length > 0 ? request.speakers.filter((s) => s !== NO_SPEAKER) : null;
  const noSpeaker = request.speakers.includes(NO_SPEAKER);
  const kind = request.kind ?? null;
  const minConfidence = request.minConfidence ?? null;
  const publishers = request.publishers.length > 0 ? request.publishers.map((p) => p.trim().toLowerCase()) : null;
  const from = dateKeyOf(request.from);
  const to = dateKeyOf(request.to);
  return {
    // One speaker as an equality, not `= ANY` of a one-element array: the planner then reads the speaker's index
    // (quote_search_speaker) in its date order and stops at the page, where `= ANY` made it read and sort every row
    // of the speaker (1M, a speaker's page of 2,690 quotes: 2,618 heap pages, 105 ms).
    speaker: (a, p) =>
      speakers?.length === 1 && !noSpeaker
        ? `${a}.speaker_id = ${p.add(speakers[0])}`
        : speakers
          ? `(${a}.speaker_id = ANY(${p.add(speakers)}::text[])${noSpeaker ? ` OR ${a}.speaker_id IS NULL` : ''})`
          : 'TRUE',
    publisher: (a, p) => (publishers ? `${a}.publisher_key = ANY(${p.add(publishers)}::text[])` : 'TRUE'),
    date: (a, p) =>
      [
        from !== null || to !== null
          ? `${a}.date_key <> 0${from !== null ? ` AND ${a}.date_key >= ${p.add(from)}` : ''}${to !== null ? ` AND ${a}.date_key <= ${p.add(to)}` : ''}`
          : 'TRUE',
        kind !== null ? `${a}.kind = ${p.add(kind)}` : 'TRUE',
        minConfidence !== null ? `${a}.attr_confidence >= ${p.add(minConfidence)}::float8` : 'TRUE',
      ].join(' AND '),
  };
}

/**
 * Row order over alias `a`: relevance (its `score` column, then id), newest (dated first, date down, id up), oldest
 * (dated part reversed).
 */
function orderSql(sort: SearchRequest['sort'], scored: boolean, a: string): string {
  if (sort === 'relevance' && scored) return `${a}.score DESC, ${a}.id`;
  if (sort === 'oldest') return `${a}.undated, ${a}.sort_date, (CASE WHEN ${a}.undated THEN ${a}.id END), ${a}.id DESC`;
  return `${a}.undated, ${a}.sort_date DESC, ${a}.id`;
}

interface Cursor {
  s?: number;
  u: boolean;
  d: string;
  i: string;
}

function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

function decodeCursor(text: string): Cursor | null {
  try {
    const c = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<Cursor>;
    if (typeof c.u !== 'boolean' || typeof c.d !== 'string' || typeof c.i !== 'string') return null;
    if (c.s !== undefined && typeof c.s !== 'number') return null;
    return c as Cursor;
  } catch {
    return null;
  }
}

/** Rows of alias `q` after the cursor's row, in the same order as {@link orderSql} (`scored`: by `q.score`). */
function afterCursor(c: Cursor, sort: SearchRequest['sort'], scored: boolean, q: string, params: Params): string {
  if (sort === 'relevance' && scored && c.s !== undefined) {
    const s = params.add(c.s);
    const i = params.add(c.i);
    return `(${q}.score < ${s}::real OR (${q}.score = ${s}::real AND ${q}.id > ${i}))`;
  }
  const u = params.add(c.u);
  const d = params.add(c.d);
  const i = params.add(c.i);
  if (sort === 'oldest') {
    return `(${q}.undated > ${u} OR (${q}.undated = ${u} AND (CASE WHEN ${q}.undated THEN ${q}.id > ${i}
      ELSE (${q}.sort_date > ${d} OR (${q}.sort_date = ${d} AND ${q}.id < ${i})) END)))`;
  }
  return `(${q}.undated > ${u} OR (${q}.undated = ${u} AND (${q}.sort_date < ${d} OR (${q}.sort_date = ${d} AND ${q}.id > ${i}))))`;
}

/** Facet values by count, then name; the top `max` plus every selected value (count 0 when none matched). */
function facetValues(
  counted: Array<{ id: string; name: string; count: number }>,
  selected: Array<{ id: string; name: string }>,
  max: number,
): FacetValue[] {
  const all = new Map(counted.map((v) => [v.id, v]));
  for (const s of selected) if (!all.has(s.id)) all.set(s.id, { ...s, count: 0 });
  const chosen = new Set(selected.map((s) => s.id));
  const sorted = [...all.values()].filter((v) => v.count > 0 || chosen.has(v.id));
  sorted.sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return sorted.filter((v, rank) => rank < max || chosen.has(v.id)).map(({ id, name, count }) => ({ id, name, count }));
}

interface Compiled {
  query: CompiledQuery;
  /** The query's conditions, row checks included. */
  match: Sql;
  /** The query's conditions an index answers, and the filters: what a bounded window of candidates is read by. */
  candidates: Sql;
  /** Match and filters. */
  all: Sql;
  /** A row of `all` that is not the first of its statement's matching reports (left out when collapsed). */
  repeated: Sql;
  /** `all`, and one row per statement unless the request says not to collapse. */
  where: Sql;
  filters: ReturnType<typeof filterSql>;
  /** `candidates` with the query's conditions kept off the indexes: the rows are found by the filters' (see windowRows). */
  candidatesByFilters: Sql;
  /** A request filtered to one speaker (not `-`): the speaker's search rows, as finalize counted them; else null. */
  speakerRows: number | null;
}

/** The WHERE of a request over alias `q`: match, filters, and one row per statement when collapsed. */
async function compile(
  db: pg.Pool,
  request: SearchRequest,
  parsed: ParsedQuery,
  vocabularyCheckMs = 0,
): Promise<Compiled | null> {
  const query = await compileQuery(db, parsed, vocabularyCheckMs);
  if (!query.match) return null;
  const indexed = query.match;
  const verify = query.verify;
  const match: Sql = (a, p) => `${indexed(a, p)} AND ${verify(a, p)}`;
  const filters = filterSql(request);
  const candidates: Sql = (a, p) =>
    `${indexed(a, p)} AND ${filters.speaker(a, p)} AND ${filters.publisher(a, p)} AND ${filters.date(a, p)}`;
  const all: Sql = (a, p) =>
    `${match(a, p)} AND ${filters.speaker(a, p)} AND ${filters.publisher(a, p)} AND ${filters.date(a, p)}`;
  const score = query.score;
  // Of a statement's matching reports only the first in match order stays: the best scored (ties to the lower id),
  // or the newest when listing.
  const before = (a: string, p: Params): string =>
    score
      ? `(${score('o', p)} > ${score(a, p)} OR (${score('o', p)} = ${score(a, p)} AND o.id < ${a}.id))`
      : `(o.undated < ${a}.undated OR (o.undated = ${a}.undated AND (o.sort_date > ${a}.sort_date OR (o.sort_date = ${a}.sort_date AND o.id < ${a}.id))))`;
  // The other reports are found by statement and checked row by row (coalesce keeps the planner off the term index
  // there: intersecting it with the statement's few rows per outer row cost far more).
  const repeated: Sql = (a, p) =>
    `${a}.statement_id IS NOT NULL AND EXISTS (SELECT 1 FROM quote_search o
       WHERE o.statement_id = ${a}.statement_id AND o.id <> ${a}.id AND coalesce(${all('o', p)}, false) AND ${before(a, p)})`;
  const where: Sql = (a, p) =>
    request.collapse === false ? all(a, p) : `${all(a, p)} AND NOT coalesce(${repeated(a, p)}, false)`;
  const candidatesByFilters: Sql = (a, p) =>
    `coalesce(${indexed(a, p)}, false) AND ${filters.speaker(a, p)} AND ${filters.publisher(a, p)} AND ${filters.date(a, p)}`;
  const speaker = request.speakers.length === 1 && request.speakers[0] !== NO_SPEAKER ? request.speakers[0]! : null;
  const speakerRows = speaker !== null && query.vocabulary ? (query.vocabulary.speakerQuotes.get(speaker) ?? 0) : null;
  return { query, match, candidates, all, repeated, where, filters, candidatesByFilters, speakerRows };
}

/**
 * `SELECT {columns} FROM quote_search q WHERE {where}`, in the search table's order, read tier by tier (`tiers`, see
 * TERM_TIERS): the newest rows through the partial term index of the newest rows (migration 008), then each older
 * tier through its own (migration 011), each built only when the tiers before it did not fill what the caller reads
 * (a LIMIT over the result: a part of the UNION ALL is not started before the one before it is exhausted). The same
 * rows in the same order as one read; a frequent word then builds a bitmap of its newest rows only (1M: 98,000 rows,
 * 26-58 ms, against 9,600, 7 ms), and a window the newest rows almost fill builds that of the next tier, not of every
 * older match. Each part's bounds are written as its index's predicate (`IS TRUE` / `IS NOT TRUE`, literal bounds)
 * so the planner proves the index usable. `oneRead` (a date range, or a window by a speaker's rows): one read.
 */
function newestFirst(columns: Sql, where: Sql, p: Params, oneRead: boolean, tiers: readonly number[]): string {
  // `oneRead`: a date range is read through the date index, its pages wherever the range lies: the newest rows may
  // hold none of it, and reading them first then cost a second bitmap for nothing (1M faceted p50 22.4 -> 24.8 ms
  // when split); a window read through a speaker's rows is one read (see windowRows).
  if (oneRead || tiers.length === 0) return `SELECT ${columns('q', p)} FROM quote_search q WHERE ${where('q', p)}`;
  const part = (bound: string): string =>
    `SELECT ${columns('q', p)} FROM quote_search q WHERE ${where('q', p)} AND ${bound}`;
  const below = (n: number): string => `(q.pos < ${n}) IS TRUE`;
  const from = (n: number): string => `(q.pos < ${n}) IS NOT TRUE`;
  const parts = [part(below(tiers[0]!))];
  for (let i = 1; i < tiers.length; i++) parts.push(part(`${from(tiers[i - 1]!)} AND ${below(tiers[i]!)}`));
  parts.push(part(from(tiers[tiers.length - 1]!)));
  return parts.join(' UNION ALL ');
}

/** Throws unless `tiers` are positive integers in increasing order (see TERM_TIERS). */
function checkTiers(tiers: readonly number[]): void {
  tiers.forEach((n, i) => {
    if (!Number.isInteger(n) || n <= 0 || (i > 0 && n <= tiers[i - 1]!))
      throw new Error(
        `search: option 'tiers' must be positive integers in increasing order, got [${tiers.join(', ')}]`,
      );
  });
}

interface PageRow extends QuoteRow {
  score: number | null;
  statement_id: string | null;
  statement_sources: number;
  undated: boolean;
  sort_date: string;
}

/**
 * One page (or, with `max`, every row up to it) of a compiled request: the ids in order from the search rows, then
 * the records of those rows only. By relevance, the rows are ranked among the first `rankBound` matches in the
 * search table's order (newest first, as finalize loads it): ranking reads every candidate's terms, so an unbounded
 * ranking of a word in a tenth of a million quotes would read a hundred thousand of them for twenty results.
 */
async function pageRows(
  db: pg.Pool,
  c: Compiled,
  request: BackendSearchRequest,
  offset: number,
  limit: number,
  cursor: Cursor | null,
  rankBound: number,
  options: { prepared: boolean },
) {
  const p = new Params();
  const score = c.query.score;
  const ranked = request.sort === 'relevance' && score !== null;
  const columns = 'q.id, q.undated, q.sort_date';
  const page = `LIMIT ${p.add(limit)} OFFSET ${p.add(offset)}`;
  const inner = ranked
    ? `SELECT m.* FROM (SELECT ${columns}, ${score('q', p)} AS score FROM quote_search q WHERE ${c.where('q', p)}
         LIMIT ${p.add(rankBound)}) m
       WHERE ${cursor ? afterCursor(cursor, request.sort, true, 'm', p) : 'TRUE'} ORDER BY ${orderSql(request.sort, true, 'm')} ${page}`
    : `SELECT ${columns} FROM quote_search q WHERE ${c.where('q', p)}${cursor ? ` AND ${afterCursor(cursor, request.sort, false, 'q', p)}` : ''}
       ORDER BY ${orderSql(request.sort, false, 'q')} ${page}`;
  const scoreSql = ranked ? 'm.score' : score ? score('s', p) : 'NULL::real';
  const sql = `SELECT ${QUOTE_SELECT}, ${scoreSql} AS score, s.statement_id, s.statement_sources, s.undated, s.sort_date
    FROM (${inner}) m JOIN quotes q ON q.id = m.id JOIN quote_search s ON s.id = m.id
    ORDER BY ${orderSql(request.sort, ranked, 'm')}`;
  // A listing of terms is planned for its terms (sent unnamed): the best plan walks the date index and stops at the
  // page for a frequent term ("in the"), and reads the term's rows and sorts them for a rare one. A named
  // statement's generic plan, made for any terms, reads and sorts every row of a frequent one (300k: 0.7 ms against
  // 419 ms for "of the"). Planning it costs about a millisecond.
  const byValues = !ranked && c.query.byTerms;
  return (await prepared<PageRow>(db, sql, p.values, { prepared: options.prepared && !byValues })).rows;
}

interface WindowResult {
  /** Matching rows (one per statement when collapsed): exact, or estimated when `estimated`. */
  total: number;
  estimated: boolean;
  /** By relevance: the page, ranked among the window's rows; else null (read by {@link pageRows}). */
  rows: PageRow[] | null;
  /** With `withFacets`: the facets of the window's rows. */
  facets: FacetsFound | null;
  /** With `withFacets`: the window's facet sample (see FacetSample). */
  sample: FacetSample | null;
  /** With `own`: the speaker's rows within the sample, as facet rows (see facetsFromSample). */
  own: FacetRow[] | null;
  /** The finalize the statement saw (corpus_state `finalized_at`). */
  version: string;
}

/**
 * The total and (by relevance) the page in one statement, over a window of at most `bound` + 1 candidates: the rows
 * the term index and the filters let through, read in the search table's order (newest first: finalize loads it so,
 * and the term index's bitmap reads it in that order), each checked for phrases, exclusions and, when collapsed,
 * for being a repeated report of a statement. A complete window (`bound` candidates or fewer) gives the exact total
 * and the full ranking; past it, the total is estimated from the share of the table the window covered (its last
 * row's newest-first position against the rows finalize counted), and the page is ranked among the window's rows.
 * Reading stops at the window's end, so a word in a tenth of a million quotes costs what one in 5,000 does.
 *
 * `withFacets` (a request without speaker or publisher filters, whose facet sample is then these same candidates,
 * when the facet bound is the total bound): the facets are counted over the window's rows in the same statement,
 * instead of a second read of the same rows.
 *
 * `own` (a request filtered to one speaker, without a publisher filter, whose window holds every candidate: see
 * {@link bySpeakerRows}): the speaker's part of the facets, from its candidates up to newest-first position `last`
 * (those in the query's facet sample, kept: see facetsFromSample): its count and name ('a') and its publisher facet
 * ('p', 'px').
 */
async function windowRows(
  db: pg.Pool,
  c: Compiled,
  request: BackendSearchRequest,
  offset: number,
  limit: number,
  cursor: Cursor | null,
  bound: number,
  withPage: boolean,
  options: Pick<SearchSqlOptions, 'prepared' | 'tiers' | 'speakerIntersect'>,
  withFacets: SearchSqlOptions | null = null,
  own: { last: number | null; speaker: string; options: SearchSqlOptions } | null = null,
  sampleFirst: SearchSqlOptions | null = null,
): Promise<WindowResult> {
  const p = new Params();
  const score = c.query.score;
  const ranked = withPage && request.sort === 'relevance' && score !== null;
  const collapse = request.collapse !== false;
  // The candidates are planned without the LIMIT (a CTE of their own, read only as far as the window goes): with it
  // the planner expected a sequential scan to stop early, checking every row's terms, and for a word in a
  // twentieth of the quotes read the whole table (100k: 360-450 ms, against 15-30 ms through the term index).
  const scoreOf: Sql = (a, pp) => (ranked ? score(a, pp) : 'NULL::real');
  const okOf: Sql = (a, pp) =>
    `coalesce(${c.query.verify(a, pp)}${collapse ? ` AND NOT coalesce(${c.repeated(a, pp)}, false)` : ''}, false)`;
  const columns: Sql = (a, pp) => {
    const facetColumns = withFacets
      ? `, ${a}.speaker_id, ${a}.publisher_key, coalesce(${c.query.verify(a, pp)}, false) AS vok, TRUE AS sok, TRUE AS pok`
      : own
        ? `, ${a}.publisher_key, coalesce(${c.query.verify(a, pp)}, false) AS vok`
        : '';
    return `${a}.id, ${a}.pos, ${a}.undated, ${a}.sort_date, ${scoreOf(a, pp)} AS score,
        ${okOf(a, pp)} AS ok${facetColumns}`;
  };
  // A window of one speaker with fewer search rows than the bound and than the query's rarest word occurs reads the
  // speaker's rows (the speaker index) and checks the words on each, in one read: through the term index it built the
  // bitmap of every match of the words in every tier (the window cannot fill), 1M: `could` for a speaker of 365
  // quotes, 129,000 rows, 70 ms. The window then holds every candidate, so the order it is read in does not matter.
  const bySpeaker = bySpeakerRows(c, bound);
  if (own && !bySpeaker) throw new Error("search: a window counting its speaker's facets must hold every candidate");
  const dated = request.from !== null || request.to !== null;
  const read = (where: Sql): string => newestFirst(columns, where, p, dated || bySpeaker, options.tiers);
  // A speaker whose rows are not many fewer than the word's matches: the term index's bitmap and the speaker's,
  // intersected, find the few rows holding both, where reading every row of the speaker visited a page for each (1M,
  // a speaker of 4,906 quotes and `chance` in 8,020: 4,689 pages, 87 ms, against 104 pages, 5 ms).
  const intersect =
    bySpeaker && options.speakerIntersect > 0 && c.query.termCount! <= options.speakerIntersect * c.speakerRows!;
  const candidates = bySpeaker && !intersect ? c.candidatesByFilters : c.candidates;
  let window: string;
  if (!sampleFirst) window = `c AS MATERIALIZED (${read(candidates)}),`;
  else {
    // The facet sample first (as facets() reads it: every candidate of the query and the date filters that passes
    // the speaker or the publisher filter), its window columns computed on the rows passing both. When it holds every
    // such candidate, so does the window: its rows are those, and the window's own read is not started (a one-time
    // filter on the sample's count); else the window is read as without the sample.
    const sampleColumns: Sql = (a, pp) => {
      const both = `coalesce(${c.filters.speaker(a, pp)}, false) AND coalesce(${c.filters.publisher(a, pp)}, false)`;
      return `${a}.id, ${a}.pos, ${a}.undated, ${a}.sort_date, CASE WHEN ${both} THEN ${scoreOf(a, pp)} END AS score,
        CASE WHEN ${both} THEN ${okOf(a, pp)} ELSE false END AS ok, ${facetSampleColumns(c, a, pp)}`;
    };
    const sampleBound = p.add(sampleFirst.facetBound);
    const complete = `(SELECT count(*) FROM s) <= ${sampleBound}::bigint`;
    window = `m AS MATERIALIZED (${newestFirst(sampleColumns, facetSampleWhere(c), p, dated, options.tiers)}),
    s AS MATERIALIZED (SELECT * FROM m LIMIT ${p.add(sampleFirst.facetBound + 1)}),
    ${facetSql(p, request, sampleFirst, 's')},
    c AS MATERIALIZED (SELECT id, pos, undated, sort_date, score, ok FROM s WHERE sok AND pok AND ${complete}
      UNION ALL SELECT * FROM (${read((a, pp) => `${candidates(a, pp)} AND NOT ${complete}`)}) r),`;
  }
  window = `${window}
    w AS MATERIALIZED (SELECT * FROM c LIMIT ${p.add(bound + 1)}),
    ${withFacets ? `${facetSql(p, request, withFacets, 'w', false)},` : ''}
    ${own ? `${ownFacetSql(p, own.last, own.speaker, own.options)},` : ''}
    n AS (SELECT count(*)::int AS candidates, (count(*) FILTER (WHERE ok))::int AS matched, max(pos) AS last,
            ${withFacets ? '(count(*) FILTER (WHERE vok AND sok AND pok))::int AS sampled_all,' : ''}
            (SELECT value FROM corpus_state WHERE key = 'search_counts') AS counts,
            (SELECT value FROM corpus_state WHERE key = 'finalized_at') AS version
            ${withFacets || own || sampleFirst ? ', (SELECT json_agg(json_build_array(f.facet, f.id, f.name, f.count)) FROM f) AS facets' : ''}
          FROM w)`;
  type Row = PageRow & {
    candidates: number;
    matched: number;
    last: number | null;
    counts: string | null;
    version: string | null;
    sampled_all?: number;
    facets?: Array<[FacetRow['facet'], string | null, string | null, number]> | null;
  };
  const sql = ranked
    ? `WITH ${window},
      page AS (SELECT w.id, w.score FROM w WHERE ok${cursor ? ` AND ${afterCursor(cursor, 'relevance', true, 'w', p)}` : ''}
               ORDER BY w.score DESC, w.id LIMIT ${p.add(limit)} OFFSET ${p.add(offset)})
      SELECT n.*, r.* FROM n LEFT JOIN (
        SELECT ${QUOTE_SELECT}, page.score, s.statement_id, s.statement_sources, s.undated, s.sort_date
        FROM page JOIN quotes q ON q.id = page.id JOIN quote_search s ON s.id = page.id) r ON true
      ORDER BY r.score DESC, r.id`
    : `WITH ${window} SELECT n.* FROM n`;
  const found = (await prepared<Row>(db, sql, p.values, options)).rows;
  const head = found[0]!;
  let total = head.matched;
  let estimated = false;
  if (head.candidates > bound) {
    const rowsAtFinalize = head.counts ? (JSON.parse(head.counts) as SearchCounts).quotes : null;
    if (rowsAtFinalize !== null && head.last !== null) {
      estimated = true;
      total = Math.max(head.matched, Math.round((head.matched * rowsAtFinalize) / (Number(head.last) + 1)));
    } else total = await countRows(db, c, collapse, options);
  }
  const facetRows = (head.facets ?? []).map(([facet, id, name, count]) => ({ facet, id, name, count }));
  return {
    total,
    estimated,
    rows: ranked ? found.filter((r) => r.id !== null) : null,
    facets: withFacets
      ? facetsOf(facetRows, bound, withFacets, { sampled: head.candidates, sampledAll: head.sampled_all ?? 0 })
      : sampleFirst
        ? facetsOf(facetRows, sampleFirst.facetBound, sampleFirst)
        : null,
    sample: withFacets
      ? sampleOf(facetRows, head.candidates, head.last)
      : sampleFirst && request.publishers.length === 0
        ? sampleOfRows(facetRows)
        : null,
    own: own ? facetRows : null,
    version: head.version ?? '',
  };
}

/**
 * Whether a request's window is read through its one speaker's rows: the speaker has no more search rows than the
 * window's bound (`bound`) and fewer than the query's rarest word occurs. Such a window holds every candidate.
 */
function bySpeakerRows(c: Compiled, bound: number): boolean {
  return (
    c.speakerRows !== null && c.speakerRows <= bound && c.query.termCount !== null && c.speakerRows < c.query.termCount
  );
}

/**
 * The speaker's part of the facets over window `w` (see windowRows' `own`), as facet rows in `f`: its rows up to
 * newest-first position `last` whose row checks pass, counted ('a', with the speaker's name as the facet statement
 * names it), their publishers ('p', the first `maxFacetValues`), and the speaker's name when it has quotes ('S').
 */
function ownFacetSql(p: Params, last: number | null, speaker: string, options: SearchSqlOptions): string {
  const id = `${p.add(speaker)}::text`;
  return `o AS (SELECT publisher_key FROM w WHERE vok AND pos <= ${p.add(last ?? -1)}),
    fp AS (SELECT publisher_key AS id, count(*)::int AS n FROM o WHERE publisher_key IS NOT NULL GROUP BY publisher_key),
    f AS (
      ${topValues('p', 'fp', 'publishers', 'key', p.add(options.maxFacetValues), p.add([]))}
      UNION ALL SELECT 'a', ${id}, coalesce((SELECT name FROM speakers WHERE id = ${id}), ${id}), count(*)::int FROM o
      UNION ALL SELECT 'S', id, name, 0 FROM speakers WHERE id = ${id} AND quote_count > 0)`;
}

function hitOf(r: PageRow, marked: Set<string>, parsed: ParsedQuery): BackendHit {
  const quote = quoteOf(r);
  return {
    quote,
    score: r.score ?? 0,
    highlights: findHighlights(quote.text, marked, parsed.phrases),
    statementId: r.statement_id ?? quote.id,
    sources: r.statement_sources,
  };
}

/**
 * Matching rows, one per statement when collapsed: the matches counted from the term index alone (no row read once
 * VACUUM has marked the table's pages all-visible), less the repeated reports, found among the few rows that have a
 * statement.
 */
async function countRows(db: pg.Pool, c: Compiled, collapse: boolean, options: { prepared: boolean }): Promise<number> {
  const p = new Params();
  const all = `SELECT count(*) FROM quote_search q WHERE ${c.all('q', p)}`;
  // Two statements, not one pass with a FILTER: the repeated reports are then found through the statement index
  // among the rows that have one (measured: the one-pass form was no faster for a word in 13,000 quotes).
  const sql = collapse
    ? `SELECT (${all}) - (SELECT count(*) FROM quote_search q WHERE ${c.all('q', p)} AND ${c.repeated('q', p)}) AS n`
    : `SELECT (${all}) AS n`;
  const r = await prepared<{ n: string }>(db, sql, p.values, options);
  return Number(r.rows[0]!.n);
}

/**
 * One row of the facet counts (see {@link facetSql}): a speaker or publisher among the first `maxFacetValues` ('s',
 * 'p') or selected past them ('sx', 'px'), the unattributed count, the sample's rows and those every filter lets
 * through, the newest-first position of the sample's last row ('l'), the finalize the statement saw ('V', its
 * `finalized_at` as the name), a selected speaker or publisher's name.
 */
type FacetRow = {
  facet: 's' | 'sx' | 'u' | 'p' | 'px' | 't' | 'a' | 'l' | 'V' | 'S' | 'P';
  id: string | null;
  name: string | null;
  count: number;
};

interface FacetsFound {
  /** The sample was cut at the bound: the counts are of its rows only (the caller scales them). */
  estimated: boolean;
  /** Rows of the sample that every filter lets through (the total's share of it, before collapsing). */
  sampledAll: number;
  unattributed: number;
  speakers: FacetValue[];
  publishers: FacetValue[];
}

/**
 * The facet values of counts `counted` (columns id, n) named from table `names` (`key`, `name`): those ranked within
 * the first `max` by count, then name (as facetValues orders them), and the selected ones (`selected`, a text array
 * parameter), as rows (facet, id, name, count). Only the counts that can be among the first `max` are named and
 * ranked: those at least the `max`-th largest count (a value with a smaller one has `max` values before it), and the
 * selected. A frequent word's window holds a thousand or more speakers, each of which was looked up by name and
 * sorted (100k, 'trump': 1,470 speakers, that part of the window statement 4.6 ms of database CPU, 2.1 ms so); what
 * is ranked and kept is the same.
 */
function topValues(facet: 's' | 'p', counted: string, names: string, key: string, max: string, selected: string) {
  // A selected value ranked past the first `max` is told apart ('sx', 'px'): the first `max` alone are the same
  // whatever is selected (see FacetSample).
  return `SELECT CASE WHEN x.r <= ${max} THEN '${facet}' ELSE '${facet}x' END AS facet, x.id, x.name, x.n AS count FROM (
        SELECT c.id, coalesce(nm.name, c.id) COLLATE "C" AS name, c.n,
          row_number() OVER (ORDER BY c.n DESC, coalesce(nm.name, c.id) COLLATE "C") AS r
        FROM ${counted} c LEFT JOIN ${names} nm ON nm.${key} = c.id
        WHERE c.id IS NOT NULL AND (c.id = ANY(${selected}::text[]) OR c.n >= coalesce(
          (SELECT t.n FROM ${counted} t WHERE t.id IS NOT NULL ORDER BY t.n DESC LIMIT 1 OFFSET greatest(${max} - 1, 0)),
          0))) x
      WHERE x.r <= ${max} OR x.id = ANY(${selected}::text[])`;
}

/**
 * The facet counts over a sample `s` (columns speaker_id, publisher_key and the flags vok: the query's row checks
 * pass, sok: the speaker filter, pok: the publisher filter; named `s`), as rows (facet, id, name, count): per speaker and per
 * publisher only the `maxFacetValues` most frequent (then by name, as facetValues orders them) and the selected ones,
 * so a word in thousands of quotes sends a hundred rows, not one per speaker; the unattributed count ('u'), the
 * sample's rows ('t') and those every filter lets through ('a') unless `sampleCounts` is false (the caller counts
 * them in a pass over the sample of its own: see {@link windowRows}), and the selected speakers and publishers by name.
 */
function facetSql(p: Params, request: SearchRequest, options: SearchSqlOptions, s = 's', sampleCounts = true): string {
  const selectedSpeakers = p.add(request.speakers);
  const selectedPublishers = p.add(request.publishers.map((x) => x.trim().toLowerCase()));
  const max = p.add(options.maxFacetValues);
  return `fs AS (SELECT speaker_id AS id, count(*)::int AS n FROM ${s} WHERE vok AND pok GROUP BY speaker_id),
    fp AS (SELECT publisher_key AS id, count(*)::int AS n FROM ${s} WHERE vok AND sok AND publisher_key IS NOT NULL
           GROUP BY publisher_key),
    f AS (
      ${topValues('s', 'fs', 'speakers', 'id', max, selectedSpeakers)}
      UNION ALL SELECT 'u', NULL, NULL, fs.n FROM fs WHERE fs.id IS NULL
      UNION ALL ${topValues('p', 'fp', 'publishers', 'key', max, selectedPublishers)}${
        sampleCounts
          ? `
      UNION ALL SELECT 't', NULL, NULL, count(*)::int FROM ${s}
      UNION ALL SELECT 'a', NULL, NULL, count(*)::int FROM ${s} WHERE vok AND sok AND pok
      UNION ALL SELECT 'l', NULL, NULL, max(pos) FROM ${s}
      UNION ALL SELECT 'V', NULL, value, 0 FROM corpus_state WHERE key = 'finalized_at'`
          : ''
      }
      UNION ALL SELECT 'S', id, name, 0 FROM speakers WHERE id = ANY(${selectedSpeakers}::text[]) AND quote_count > 0
      UNION ALL SELECT 'P', key, name, 0 FROM publishers WHERE key = ANY(${selectedPublishers}::text[]))`;
}

/**
 * The facets from the rows of {@link facetSql}; `bound`: the sample's size at most; `counted`: the sample's rows and
 * those every filter lets through when the caller counted them (facetSql without its 't' and 'a' rows).
 */
function facetsOf(
  rows: readonly FacetRow[],
  bound: number,
  options: SearchSqlOptions,
  counted: { sampled: number; sampledAll: number } | null = null,
): FacetsFound {
  const speakers: FacetValue[] = [];
  const publishers: FacetValue[] = [];
  const chosenSpeakers: Array<{ id: string; name: string }> = [];
  const chosenPublishers: Array<{ id: string; name: string }> = [];
  let unattributed = 0;
  let sampled = counted?.sampled ?? 0;
  let sampledAll = counted?.sampledAll ?? 0;
  for (const r of rows) {
    if (r.facet === 't') sampled = r.count;
    else if (r.facet === 'a') sampledAll = r.count;
    else if (r.facet === 'u') unattributed = r.count;
    else if (r.facet === 's' || r.facet === 'sx') speakers.push({ id: r.id!, name: r.name ?? r.id!, count: r.count });
    // A publisher is shown (and selected) by its name.
    else if (r.facet === 'p' || r.facet === 'px')
      publishers.push({ id: r.name ?? r.id!, name: r.name ?? r.id!, count: r.count });
    else if (r.facet === 'S') chosenSpeakers.push({ id: r.id!, name: r.name ?? r.id! });
    else if (r.facet === 'P') chosenPublishers.push({ id: r.name ?? r.id!, name: r.name ?? r.id! });
  }
  return {
    estimated: sampled > bound,
    sampledAll,
    unattributed,
    speakers: facetValues(speakers, chosenSpeakers, options.maxFacetValues),
    publishers: facetValues(publishers, chosenPublishers, options.maxFacetValues),
  };
}

/**
 * The speaker and publisher facets and the unattributed count, in one statement over the matches (each facet ignores
 * its own filter and applies the others, as src/search's do), with the names of the selected speakers and
 * publishers: exact over the first `facetBound` candidates (rows the term index and the other filters let through,
 * phrases and exclusions checked on each), estimated (and labelled so) past them. A request without speaker or
 * publisher filters has them from its window instead (see {@link windowRows}).
 */
async function facets(db: pg.Pool, c: Compiled, request: SearchRequest, options: SearchSqlOptions) {
  const found = await facetRows(db, c, request, options);
  // Without a publisher filter the sample is every match (the speaker filter only marks rows, and its facet ignores
  // it): kept for the next request of the same query filtered to another speaker.
  if (request.publishers.length === 0) keepSample(c, options, found.sample, found.version);
  return facetsOf(found.rows, options.facetBound, options);
}

/** The facet statement of {@link facets}: its rows, their sample (see FacetSample) and the finalize it saw. */
async function facetRows(
  db: pg.Pool,
  c: Compiled,
  request: SearchRequest,
  options: SearchSqlOptions,
): Promise<{ rows: FacetRow[]; sample: FacetSample; version: string }> {
  const bound = options.facetBound;
  const p = new Params();
  // The candidates are planned without the LIMIT (a CTE of their own, read only as far as the sample goes): with it
  // the planner reads the table in order, checking every row's terms until it has the sample (a word in an eighth of
  // the quotes: 40-50 ms at 100k, against the index's bitmap and then its first rows).
  const columns: Sql = (a, pp) => `${a}.pos, ${facetSampleColumns(c, a, pp)}`;
  const sql = `WITH m AS MATERIALIZED (${newestFirst(columns, facetSampleWhere(c), p, request.from !== null || request.to !== null, options.tiers)}),
    s AS MATERIALIZED (SELECT * FROM m LIMIT ${p.add(bound + 1)}),
    ${facetSql(p, request, options)}
    SELECT * FROM f`;
  const { rows } = await prepared<FacetRow>(db, sql, p.values, options);
  return { rows, sample: sampleOfRows(rows), version: rows.find((r) => r.facet === 'V')?.name ?? '' };
}

/** The sample of facet rows with their 't' and 'l' rows (see FacetSample). */
function sampleOfRows(rows: readonly FacetRow[]): FacetSample {
  const t = rows.find((r) => r.facet === 't');
  const l = rows.find((r) => r.facet === 'l');
  return sampleOf(rows, t?.count ?? 0, l?.count ?? null);
}

/** The facet sample's columns over alias `a` but `pos`: speaker, publisher and the flags of {@link facetSql}. */
function facetSampleColumns(c: Compiled, a: string, p: Params): string {
  return `${a}.speaker_id, ${a}.publisher_key, coalesce(${c.filters.speaker(a, p)}, false) AS sok,
        coalesce(${c.filters.publisher(a, p)}, false) AS pok, coalesce(${c.query.verify(a, p)}, false) AS vok`;
}

/**
 * The facet sample's rows: the query's indexed match and the date filters, and the speaker or the publisher filter
 * (each facet ignores its own).
 */
function facetSampleWhere(c: Compiled): Sql {
  return (a, p) =>
    `${c.query.match!(a, p)} AND ${c.filters.date(a, p)} AND (coalesce(${c.filters.speaker(a, p)}, false) OR coalesce(${c.filters.publisher(a, p)}, false))`;
}

/**
 * The facet samples (see FacetSample) of `words`, each typed alone as a query without filters, with the key a search
 * looks them up by (facetSampleKey) and the finalize their statements saw: what `db finalize` stores for the most
 * frequent words (facet_samples, migration 013), so that a search of one of them filtered to one speaker is answered
 * without reading every match of the word, from any server's first request on. A word matching nothing has none.
 */
export async function facetSamplesOf(
  db: pg.Pool,
  words: readonly string[],
  options: SearchSqlOptions = defaultSearchSqlOptions,
): Promise<Array<{ word: string; key: string; sample: FacetSample; version: string }>> {
  const out: Array<{ word: string; key: string; sample: FacetSample; version: string }> = [];
  for (const word of words) {
    const request = searchRequest(word);
    const c = await compile(db, request, parseQuery(word));
    if (!c) continue;
    const found = await facetRows(db, c, request, options);
    out.push({ word, key: facetSampleKey(c, options), sample: found.sample, version: found.version });
  }
  return out;
}

/**
 * The key a query's facet sample is kept under (see FacetSample): what its rows depend on (the query's match and
 * row checks, the date, kind and confidence filters, with their values) and how it is counted.
 */
function facetSampleKey(c: Compiled, options: SearchSqlOptions): string {
  const p = new Params();
  const text = `${c.query.match!('q', p)} | ${c.query.verify('q', p)} | ${c.filters.date('q', p)}`;
  return JSON.stringify([options.facetBound, options.maxFacetValues, text, p.values]);
}

/** The sample-wide part of facet rows (see FacetSample): the first speakers, the unattributed count. */
function sampleOf(rows: readonly FacetRow[], sampled: number, last: number | string | null): FacetSample {
  return {
    speakers: rows.filter((r) => r.facet === 's').map((r) => ({ id: r.id!, name: r.name ?? r.id!, count: r.count })),
    unattributed: rows.find((r) => r.facet === 'u')?.count ?? 0,
    sampled,
    last: last === null ? null : Number(last),
  };
}

/** Keeps `sample` with the query's vocabulary when the statement that counted it saw its finalize (`version`). */
function keepSample(c: Compiled, options: SearchSqlOptions, sample: FacetSample, version: string): void {
  const vocabulary = c.query.vocabulary;
  if (options.facetMemo && vocabulary && version === vocabulary.version)
    vocabulary.keepFacetSample(facetSampleKey(c, options), sample);
}

/**
 * The facets of a request filtered to one speaker, without a publisher filter, from its query's kept sample (see
 * FacetSample) and the speaker's rows within it (`own`: the rows 'p'/'px', 'a' and 'S' of the window statement, see
 * windowRows): the speaker facet is the sample's first speakers and the selected one (its count: its rows in the
 * sample), the publisher facet that of its rows in the sample, as the facet statement counts them.
 */
function facetsFromSample(
  sample: FacetSample,
  speaker: string,
  own: readonly FacetRow[],
  options: SearchSqlOptions,
): FacetsFound {
  const counted = own.find((r) => r.facet === 'a');
  const mine = counted?.count ?? 0;
  const rows: FacetRow[] = sample.speakers.map((v) => ({ facet: 's', id: v.id, name: v.name, count: v.count }));
  if (mine > 0 && !sample.speakers.some((v) => v.id === speaker))
    rows.push({ facet: 'sx', id: speaker, name: counted?.name ?? speaker, count: mine });
  if (sample.unattributed > 0) rows.push({ facet: 'u', id: null, name: null, count: sample.unattributed });
  rows.push(...own.filter((r) => r.facet !== 'a'));
  return facetsOf(rows, options.facetBound, options, { sampled: sample.sampled, sampledAll: mine });
}

/**
 * A listing without words or filters but one speaker (a speaker's page, the latest quotes) is answered from the
 * counts finalize stored: its total (statements), its speaker facet and unattributed count (quotes) and its publisher
 * facet (speaker_publishers) need no count over the rows. False when the request has anything else (several
 * speakers: a statement reported by two of them counts once, which the stored per-speaker counts cannot say).
 */
function storedShape(parsed: ParsedQuery, request: SearchRequest): boolean {
  const plain =
    parsed.words.length === 0 &&
    parsed.phrases.length === 0 &&
    parsed.excludedWords.length === 0 &&
    parsed.excludedPhrases.length === 0;
  return (
    plain &&
    request.publishers.length === 0 &&
    request.from === null &&
    request.to === null &&
    (request.kind ?? null) === null &&
    (request.minConfidence ?? null) === null &&
    request.speakers.length <= 1 &&
    request.collapse !== false
  );
}

/** The total and facets of a {@link storedShape} request, in one statement; null before the first finalize. */
async function storedAnswer(
  db: pg.Pool,
  request: SearchRequest,
  options: SearchSqlOptions,
): Promise<{ total: number; facets: Omit<FacetsFound, 'sampledAll'> } | null> {
  const speaker = request.speakers[0];
  const params = [options.maxFacetValues, speaker ?? null];
  const publishersOf =
    speaker === undefined
      ? `SELECT publisher_key, sum(quotes)::int AS n FROM speaker_publishers GROUP BY publisher_key`
      : `SELECT publisher_key, quotes AS n FROM speaker_publishers WHERE speaker_id = $${params.push(speaker === NO_SPEAKER ? '' : speaker)}`;
  const r = await prepared<{
    facet: 'c' | 's' | 'p';
    id: string | null;
    name: string | null;
    count: number;
    counts: string | null;
  }>(
    db,
    `SELECT 'c' AS facet, NULL AS id, NULL AS name, (SELECT search_statements FROM speakers WHERE id = $2) AS count,
       (SELECT value FROM corpus_state WHERE key = 'search_counts') AS counts
     UNION ALL (SELECT 's', id, name, search_quotes, NULL FROM speakers WHERE search_quotes > 0
       ORDER BY search_quotes DESC, name LIMIT $1)
     UNION ALL SELECT 's', id, name, search_quotes, NULL FROM speakers WHERE id = $2 AND search_quotes > 0
     UNION ALL SELECT 'p', pb.name, pb.name, f.n, NULL FROM (${publishersOf}) f JOIN publishers pb ON pb.key = f.publisher_key`,
    params,
    options,
  );
  const head = r.rows.find((x) => x.facet === 'c');
  if (!head?.counts) return null;
  const counts = JSON.parse(head.counts) as SearchCounts;
  const total =
    speaker === undefined
      ? counts.statements
      : speaker === NO_SPEAKER
        ? counts.unattributedStatements
        : (head.count ?? 0);
  const top = new Map<string, { id: string; name: string; count: number }>();
  for (const x of r.rows) if (x.facet === 's') top.set(x.id!, { id: x.id!, name: x.name!, count: x.count });
  const selected = [...top.values()].filter((x) => x.id === speaker);
  const publishers = r.rows.filter((x) => x.facet === 'p').map((x) => ({ id: x.id!, name: x.name!, count: x.count }));
  return {
    total,
    facets: {
      estimated: false,
      unattributed: counts.unattributedQuotes,
      speakers: facetValues([...top.values()], selected, options.maxFacetValues),
      publishers: facetValues(publishers, [], options.maxFacetValues),
    },
  };
}

/**
 * Facet counts of a bounded sample scaled to the whole match (`factor`: the exact total over the sample's rows that
 * every filter lets through), each at least 1: estimates, labelled so by the caller.
 */
function scaleFacets(
  found: { speakers: FacetValue[]; publishers: FacetValue[]; unattributed: number },
  factor: number,
): BackendSearchResponse['facets'] {
  const scale = (n: number): number => (n === 0 ? 0 : Math.max(1, Math.round(n * factor)));
  const values = (list: FacetValue[]): FacetValue[] => list.map((v) => ({ ...v, count: scale(v.count) }));
  return {
    speakers: values(found.speakers),
    publishers: values(found.publishers),
    unattributed: scale(found.unattributed),
  };
}

/** The page's hits and the cursor after them, from up to `limit` + 1 rows (one more: whether a next page exists). */
function setPage(
  response: BackendSearchResponse,
  rows: PageRow[],
  limit: number,
  c: Compiled,
  parsed: ParsedQuery,
): void {
  response.results = rows.slice(0, limit).map((r) => hitOf(r, c.query.marked, parsed));
  const last = rows.length > limit ? rows[limit - 1] : undefined;
  if (last)
    response.nextCursor = encodeCursor({ s: last.score ?? undefined, u: last.undated, d: last.sort_date, i: last.id });
}

/**
 * `pool` seen through a proxy that counts the facet statements sent through it (they open with `WITH m AS
 * MATERIALIZED`, above): what the conformance test and `scripts/bench/pg-same.ts` read to tell which searches
 * were answered from a kept facet sample.
 */
export function countingFacetStatements(pool: pg.Pool): { pool: pg.Pool; sent: () => number } {
  let sent = 0;
  const counted = new Proxy(pool, {
    get(target, prop, receiver) {
      if (prop !== 'query') return Reflect.get(target, prop, receiver) as unknown;
      return (statement: string | { text: string; values?: unknown[] }, values?: unknown[]) => {
        if (/^\s*WITH m AS MATERIALIZED/.test(typeof statement === 'string' ? statement : statement.text)) sent++;
        return typeof statement === 'string' ? target.query(statement, values) : target.query(statement);
      };
    },
  });
  return { pool: counted, sent: () => sent };
}

/** Answers a search request (see src/search's SearchRequest) from the database. */
export async function searchSql(
  db: pg.Pool,
  request: BackendSearchRequest,
  options: SearchSqlOptions = defaultSearchSqlOptions,
): Promise<BackendSearchResponse> {
  const started = performance.now();
  checkTiers(options.tiers);
  const page = Number.isFinite(request.page) ? Math.max(1, Math.floor(request.page)) : 1;
  const limit = Number.isFinite(request.limit)
    ? Math.min(options.maxLimit, Math.max(1, Math.floor(request.limit)))
    : 20;
  const parsed = parseQuery(request.q);
  const c = await compile(db, request, parsed, options.vocabularyCheckMs);
  const response: BackendSearchResponse = {
    total: 0,
    page,
    limit,
    took_ms: 0,
    results: [],
    facets: { speakers: [], publishers: [], unattributed: 0 },
    suggestions: [],
    nextCursor: null,
    facetsEstimated: false,
  };
  const cursor = request.cursor !== undefined ? decodeCursor(request.cursor) : null;
  if (c) {
    const offset = cursor ? 0 : (page - 1) * limit;
    let answered = false;
    if (storedShape(parsed, request)) {
      // A listing: the page by the newest-first index, the counts as finalize stored them.
      const [stored, rows] = await Promise.all([
        storedAnswer(db, request, options),
        pageRows(db, c, request, offset, limit + 1, cursor, options.rankBound, options),
      ]);
      if (stored) {
        setPage(response, rows, limit, c, parsed);
        response.total = stored.total;
        response.facets = {
          speakers: stored.facets.speakers,
          publishers: stored.facets.publishers,
          unattributed: stored.facets.unattributed,
        };
        answered = true;
      }
    }
    if (!answered) {
      // By relevance the page comes with the total (ranked among the window's rows); newest or oldest first it is
      // read by the date index, stopping at the page's end.
      const ranked = request.sort === 'relevance' && c.query.score !== null;
      // Without speaker or publisher filters the facet sample is the window's candidates: counted in its statement.
      const shared =
        request.speakers.length === 0 && request.publishers.length === 0 && options.facetBound === options.totalBound;
      // Filtered to one speaker whose window holds every candidate, with the query's facet sample kept: the
      // speaker's part of the facets counted in the window's statement, instead of a second read of the sample.
      const speaker = c.speakerRows !== null ? request.speakers[0]! : null;
      const kept =
        options.facetMemo &&
        speaker !== null &&
        request.publishers.length === 0 &&
        c.query.vocabulary &&
        bySpeakerRows(c, options.totalBound)
          ? (c.query.vocabulary.facetSample(facetSampleKey(c, options)) ?? null)
          : null;
      const own = kept && speaker !== null ? { last: kept.last, speaker, options } : null;
      const together =
        !shared &&
        !own &&
        options.facetsWithWindow &&
        options.facetBound === options.totalBound &&
        !bySpeakerRows(c, options.totalBound) &&
        (request.speakers.length === 0 || (c.query.termCount !== null && c.query.termCount <= options.facetBound))
          ? options
          : null;
      const [window, listed, separate] = await Promise.all([
        windowRows(
          db,
          c,
          request,
          offset,
          limit + 1,
          cursor,
          options.totalBound,
          ranked,
          options,
          shared ? options : null,
          own,
          together,
        ),
        ranked
          ? Promise.resolve(null)
          : pageRows(db, c, request, offset, limit + 1, cursor, options.rankBound, options),
        shared || own || together ? Promise.resolve(null) : facets(db, c, request, options),
      ]);
      if (window.sample) keepSample(c, options, window.sample, window.version);
      // A finalize between the sample's statement and this one: the sample is of other rows, counted again.
      const facetsFound =
        kept && speaker !== null && window.own
          ? window.version === c.query.vocabulary!.version
            ? facetsFromSample(kept, speaker, window.own, options)
            : await facets(db, c, request, options)
          : (window.facets ?? separate)!;
      setPage(response, window.rows ?? listed ?? [], limit, c, parsed);
      response.total = window.total;
      if (window.estimated) response.totalEstimated = true;
      response.facets = facetsFound.estimated
        ? scaleFacets(facetsFound, window.total / Math.max(1, facetsFound.sampledAll))
        : {
            speakers: facetsFound.speakers,
            publishers: facetsFound.publishers,
            unattributed: facetsFound.unattributed,
          };
      response.facetsEstimated = facetsFound.estimated;
    }
  }
  if (response.total === 0) Object.assign(response, await alternatives(db, parsed, request, options));
  response.took_ms = Math.round((performance.now() - started) * 1000) / 1000;
  return response;
}

/** When nothing matched: the query with one clause dropped, and the filters that, dropped, would give results. */
async function alternatives(
  db: pg.Pool,
  parsed: ParsedQuery,
  request: SearchRequest,
  options: SearchSqlOptions,
): Promise<{ suggestions: string[]; relaxations: Relaxation[] }> {
  const count = async (q: string, filters: Filters): Promise<number> => {
    const relaxed = { ...request, ...filters, q };
    const c = await compile(db, relaxed, parseQuery(q), options.vocabularyCheckMs);
    return c ? (await windowRows(db, c, relaxed, 0, 0, null, options.totalBound, false, options)).total : 0;
  };
  const suggestions: string[] = [];
  if (parsed.clauses.length > 1) {
    for (let i = 0; i < parsed.clauses.length && i < 8; i++) {
      const q = formatQuery(parsed.clauses.filter((_, j) => j !== i));
      if (q.trim() && !suggestions.includes(q) && (await count(q, request)) > 0) suggestions.push(q);
    }
  }
  const relaxations: Relaxation[] = [];
  const tryDrop = async (drop: Relaxation['drop'], relaxed: Filters): Promise<void> => {
    const total = await count(request.q, relaxed);
    if (total > 0) relaxations.push({ drop, total });
  };
  if (request.speakers.length > 0) await tryDrop('speakers', { ...request, speakers: [] });
  if (request.publishers.length > 0) await tryDrop('publishers', { ...request, publishers: [] });
  if (request.from !== null || request.to !== null) await tryDrop('dates', { ...request, from: null, to: null });
  return { suggestions, relaxations };
}

/** Every row of a request up to `max`, in its order (exports). */
export async function searchRowsSql(
  db: pg.Pool,
  request: SearchRequest,
  max: number,
): Promise<{ total: number; rows: BackendHit[] }> {
  const parsed = parseQuery(request.q);
  const c = await compile(db, request, parsed);
  if (!c) return { total: 0, rows: [] };
  const [total, rows] = await Promise.all([
    countRows(db, c, request.collapse !== false, defaultSearchSqlOptions),
    pageRows(
      db,
      c,
      request,
      0,
      Math.max(0, Math.floor(max)),
      null,
      Math.max(defaultSearchSqlOptions.rankBound, max),
      defaultSearchSqlOptions,
    ),
  ]);
  return { total, rows: rows.map((r) => hitOf(r, c.query.marked, parsed)) };
}

/** See Backend.related: quotes sharing the most words of `words` in their text, each weighted by its rarity. */
export async function relatedSql(db: pg.Pool, words: readonly string[], max: number): Promise<QuoteRow[]> {
  const wanted = [...new Set(words)].filter((w) => /^[\p{L}\p{N}]+$/u.test(w) && !isStopWord(w));
  if (wanted.length === 0 || max <= 0) return [];
  const queries = wanted.map((w) => lexeme(w, 'A'));
  const df = await db.query<{ q: string; df: string; n: string }>(
    `SELECT t.q, (SELECT count(*) FROM quote_search x WHERE x.tsv @@ t.q::tsquery) AS df, (SELECT count(*) FROM quote_search) AS n
     FROM unnest($1::text[]) AS t(q)`,
    [queries],
  );
  const params = new Params();
  const terms: string[] = [];
  for (const r of df.rows) {
    const docs = Number(r.df);
    if (docs === 0) continue;
    const idf = Math.log(1 + Math.max(1, Number(r.n)) / docs);
    terms.push(`(CASE WHEN s.tsv @@ ${params.add(r.q)}::tsquery THEN ${params.add(idf)}::float8 ELSE 0 END)`);
  }
  if (terms.length === 0) return [];
  const any = params.add(
    df.rows
      .filter((r) => Number(r.df) > 0)
      .map((r) => r.q)
      .join(' | '),
  );
  const sql = `SELECT ${QUOTE_SELECT}, ${terms.join(' + ')} AS weight FROM ${QUOTE_FROM} WHERE s.tsv @@ ${any}::tsquery
    ORDER BY weight DESC, q.id LIMIT ${params.add(max)}`;
  return (await db.query<QuoteRow>(sql, params.values)).rows;
}
