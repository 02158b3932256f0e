/**
 * Search in SQL: the query syntax of src/search (parsed by its parser, never a second one) mapped onto the quotes
 * table. Words are ANDed, each matched through itself and its variants found in the term vocabulary (the last word
 * also as a prefix, longer words with a typo, as the embedded engine expands them); phrases are checked against the
 * folded quote text; exclusions remove; speaker, publisher and date filters; facets each ignoring their own filter;
 * one row per statement; sort by relevance (ts_rank), newest or oldest, by page or keyset cursor.
 */
import type pg from 'pg';
import { isStopWord } from '../../model/text.js';
import { defaultSearchEngineOptions, formatQuery, parseQuery, type ParsedQuery } from '../../search/index.js';
import { findHighlights } from '../../search/highlight.js';
import { dateKeyOf } from '../../search/tables.js';
import { fuzzyTerms } from '../../search/term-index.js';
import { NO_SPEAKER, type FacetValue, type Relaxation, type SearchRequest } from '../../search/types.js';
import type { BackendHit, BackendSearchRequest, BackendSearchResponse } from '../contract.js';
import { QUOTE_SELECT, quoteOf, type QuoteRow } from './rows.js';

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
  /** Conditions (TRUE when the query has none); null when nothing can match. */
  match: Sql | null;
  /** Relevance, or null when the match is listed newest first. */
  score: Sql | null;
  /** Terms shown marked in hits (the words and the variants they matched through, phrase-only words left out). */
  marked: Set<string>;
}

export interface SearchSqlOptions {
  /** Facet counts are exact up to this many matching quotes, then estimated from that many (and labelled so). */
  facetBound: number;
  maxFacetValues: number;
  maxLimit: number;
}

export const defaultSearchSqlOptions: SearchSqlOptions = {
  facetBound: 200_000,
  maxFacetValues: defaultSearchEngineOptions.maxFacetValues,
  maxLimit: defaultSearchEngineOptions.maxLimit,
};

/** The variants of each required word found in the vocabulary, as the embedded engine expands them (see match.ts). */
async function expansions(db: pg.Pool, words: string[], prefixWord: string | null): Promise<Map<string, string[]>> {
  const o = defaultSearchEngineOptions;
  const known = new Set(
    (await db.query<{ term: string }>('SELECT term FROM terms WHERE term = ANY($1::text[])', [words])).rows.map(
      (r) => r.term,
    ),
  );
  const out = new Map<string, string[]>();
  await Promise.all(
    words.map(async (word) => {
      const found: string[] = known.has(word) ? [word] : [];
      const isKnown = known.has(word);
      if (word.length >= o.minFuzzyLength) {
        const maxFuzzy = isKnown ? Math.min(o.maxFuzzy, o.knownWordMaxFuzzy) : o.maxFuzzy;
        const distance = Math.min(maxFuzzy, Math.round(word.length * o.fuzzy));
        if (distance > 0) {
          // Candidates by trigram similarity (the vocabulary's pg_trgm index), then the exact edit distance.
          const candidates = await db.query<{ term: string }>(
            'SELECT term FROM terms WHERE term % $1 AND length(term) BETWEEN $2 AND $3 ORDER BY term',
            [word, word.length - distance, word.length + distance],
          );
          for (const [term, d] of fuzzyTerms(
            candidates.rows.map((r) => r.term),
            word,
            distance,
          ))
            if (d > 0) found.push(term);
        }
      }
      if (word === prefixWord && word.length >= o.minPrefixLength) {
        const reach = isKnown ? word.length + o.knownWordPrefixReach : 1_000_000;
        const prefixed = await db.query<{ term: string }>(
          `SELECT term FROM terms WHERE term >= $1 AND term < $1 || chr(1114111) AND term <> $1 AND length(term) <= $2
           ORDER BY freq DESC, term LIMIT $3`,
          [word, reach, o.maxPrefixExpansions],
        );
        for (const r of prefixed.rows) if (!found.includes(r.term)) found.push(r.term);
      }
      out.set(word, found);
    }),
  );
  return out;
}

async function compileQuery(db: pg.Pool, parsed: ParsedQuery): Promise<CompiledQuery> {
  const required = parsed.words.filter((w) => !isStopWord(w));
  const phraseTerms = [...new Set(parsed.phrases.flat())].filter((t) => !isStopWord(t) && !required.includes(t));
  const conditions: Sql[] = [];
  const marked = new Set<string>();
  let score: CompiledQuery['score'] = null;

  if (required.length + phraseTerms.length > 0) {
    const variants = await expansions(db, required, parsed.prefixWord);
    const parts: string[] = [];
    for (const word of required) {
      const found = variants.get(word) ?? [];
      if (found.length === 0) return { match: null, score: null, marked };
      for (const t of found) marked.add(t);
      parts.push(`(${found.map((t) => lexeme(t)).join(' | ')})`);
    }
    // A phrase is checked against the quote text, so its words must be found there (weight A: the text field).
    for (const t of phraseTerms) parts.push(lexeme(t, 'A'));
    const query = parts.join(' & ');
    conditions.push((a, p) => `${a}.tsv @@ ${p.add(query)}::tsquery`);
    score = (a, p) => `ts_rank(${a}.tsv, ${p.add(query)}::tsquery)`;
  } else if (parsed.words.length > 0 || parsed.phrases.length > 0) {
    // Stop words only (`"to be or not to be"`): read from the folded texts, newest first.
    for (const w of parsed.words) {
      conditions.push((a, p) => `strpos(${a}.folded_text, ${p.add(needle([w]))}) > 0`);
      marked.add(w);
    }
  }
  for (const phrase of parsed.phrases)
    conditions.push((a, p) => `strpos(${a}.folded_text, ${p.add(needle(phrase))}) > 0`);
  for (const w of parsed.excludedWords) {
    if (isStopWord(w)) conditions.push((a, p) => `strpos(${a}.folded_text, ${p.add(needle([w]))}) = 0`);
    else conditions.push((a, p) => `NOT (${a}.tsv @@ ${p.add(lexeme(w))}::tsquery)`);
  }
  for (const phrase of parsed.excludedPhrases)
    conditions.push((a, p) => `strpos(${a}.folded_text, ${p.add(needle(phrase))}) = 0`);
  // A phrase's words are shown as the phrase, not wherever else they occur.
  for (const t of parsed.phrases.flat()) if (!parsed.words.includes(t)) marked.delete(t);
  const match: Sql = (a, p) => (conditions.length === 0 ? 'TRUE' : conditions.map((c) => c(a, p)).join(' AND '));
  return { match, score, marked };
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
    speaker: (a, p) =>
      speakers
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

/** Row order: relevance (score, then id), newest (dated first, date down, id up), oldest (dated part reversed). */
function orderSql(sort: SearchRequest['sort'], scored: boolean): string {
  if (sort === 'relevance' && scored) return 'score DESC, q.id';
  if (sort === 'oldest') return 'q.undated, q.sort_date, (CASE WHEN q.undated THEN q.id END), q.id DESC';
  return 'q.undated, q.sort_date DESC, q.id';
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

/** Rows after the cursor's row, in the same order as {@link orderSql}. */
function afterCursor(c: Cursor, sort: SearchRequest['sort'], score: Sql | null, params: Params): string {
  if (sort === 'relevance' && score && c.s !== undefined) {
    const s = params.add(c.s);
    const i = params.add(c.i);
    return `(${score('q', params)} < ${s}::real OR (${score('q', params)} = ${s}::real AND q.id > ${i}))`;
  }
  const u = params.add(c.u);
  const d = params.add(c.d);
  const i = params.add(c.i);
  if (sort === 'oldest') {
    return `(q.undated > ${u} OR (q.undated = ${u} AND (CASE WHEN q.undated THEN q.id > ${i}
      ELSE (q.sort_date > ${d} OR (q.sort_date = ${d} AND q.id < ${i})) END)))`;
  }
  return `(q.undated > ${u} OR (q.undated = ${u} AND (q.sort_date < ${d} OR (q.sort_date = ${d} AND q.id > ${i}))))`;
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
  match: Sql;
  where: Sql;
  filters: ReturnType<typeof filterSql>;
}

/** The WHERE of a request over alias `q`: match, filters, and one row per statement when collapsed. */
async function compile(db: pg.Pool, request: SearchRequest, parsed: ParsedQuery): Promise<Compiled | null> {
  const query = await compileQuery(db, parsed);
  if (!query.match) return null;
  const match = query.match;
  const filters = filterSql(request);
  const all: Sql = (a, p) =>
    `${match(a, p)} AND ${filters.speaker(a, p)} AND ${filters.publisher(a, p)} AND ${filters.date(a, p)}`;
  const score = query.score;
  // Of a statement's matching reports only the first in match order stays: the best scored (ties to the lower id),
  // or the newest when listing.
  const before = (a: string, p: Params): string =>
    score
      ? `(${score('o', p)} > ${score(a, p)} OR (${score('o', p)} = ${score(a, p)} AND o.id < ${a}.id))`
      : `(o.undated < ${a}.undated OR (o.undated = ${a}.undated AND (o.sort_date > ${a}.sort_date OR (o.sort_date = ${a}.sort_date AND o.id < ${a}.id))))`;
  const where: Sql = (a, p) =>
    request.collapse === false
      ? all(a, p)
      : // The other reports are found by statement and checked row by row (coalesce keeps the planner off the
        // term index there: intersecting it with the statement's few rows per outer row cost far more).
        `${all(a, p)} AND (${a}.statement_id IS NULL OR NOT EXISTS (SELECT 1 FROM quotes o
           WHERE o.statement_id = ${a}.statement_id AND o.id <> ${a}.id AND coalesce(${all('o', p)}, false) AND ${before(a, p)}))`;
  return { query, match, where, filters };
}

interface PageRow extends QuoteRow {
  score: number | null;
  statement_id: string | null;
  statement_sources: number;
  undated: boolean;
  sort_date: string;
}

/** One page (or, with `max`, every row up to it) of a compiled request. */
async function pageRows(
  db: pg.Pool,
  c: Compiled,
  request: BackendSearchRequest,
  offset: number,
  limit: number,
  cursor: Cursor | null,
) {
  const params = new Params();
  const score = c.query.score;
  const scoreSql = score ? score('q', params) : 'NULL::real';
  const where = c.where('q', params);
  const extra = cursor ? ` AND ${afterCursor(cursor, request.sort, score, params)}` : '';
  const sql = `SELECT ${QUOTE_SELECT}, ${scoreSql} AS score, q.statement_id, q.statement_sources, q.undated, q.sort_date
    FROM quotes q WHERE ${where}${extra} ORDER BY ${orderSql(request.sort, score !== null)}
    LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`;
  return (await db.query<PageRow>(sql, params.values)).rows;
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

async function countRows(db: pg.Pool, c: Compiled): Promise<number> {
  const p = new Params();
  const r = await db.query<{ n: string }>(`SELECT count(*) AS n FROM quotes q WHERE ${c.where('q', p)}`, p.values);
  return Number(r.rows[0]!.n);
}

/**
 * The speaker and publisher facets and the unattributed count, in one pass over the matches (each facet ignores its
 * own filter and applies the others, as src/search's do): exact over the first `facetBound` matches the other
 * filters let through, estimated (and labelled so) past them.
 */
async function facets(db: pg.Pool, c: Compiled, request: SearchRequest, options: SearchSqlOptions) {
  const bound = options.facetBound;
  const p = new Params();
  const speakerOk = `coalesce(${c.filters.speaker('q', p)}, false)`;
  const publisherOk = `coalesce(${c.filters.publisher('q', p)}, false)`;
  const sql = `WITH s AS MATERIALIZED (
      SELECT q.speaker_id, q.publisher_key, ${speakerOk} AS sok, ${publisherOk} AS pok FROM quotes q
      WHERE ${c.match('q', p)} AND ${c.filters.date('q', p)} AND (${speakerOk} OR ${publisherOk}) LIMIT ${bound + 1})
    SELECT f.facet, f.id, f.n AS count, coalesce(sp.name, pb.name, f.id) AS name FROM (
      SELECT 's' AS facet, speaker_id AS id, count(*)::int AS n FROM s WHERE pok GROUP BY speaker_id
      UNION ALL SELECT 'p', publisher_key, count(*)::int FROM s WHERE sok AND publisher_key IS NOT NULL GROUP BY publisher_key
      UNION ALL SELECT 't', NULL, count(*)::int FROM s) f
    LEFT JOIN speakers sp ON f.facet = 's' AND sp.id = f.id
    LEFT JOIN publishers pb ON f.facet = 'p' AND pb.key = f.id`;
  type FacetRow = { facet: 's' | 'p' | 't'; id: string | null; name: string | null; count: number };
  const [found, selectedSpeakers, selectedPublishers] = await Promise.all([
    db.query<FacetRow>(sql, p.values),
    request.speakers.length > 0
      ? db.query<{ id: string; name: string }>(
          'SELECT id, name FROM speakers WHERE id = ANY($1::text[]) AND quote_count > 0',
          [request.speakers],
        )
      : Promise.resolve({ rows: [] }),
    request.publishers.length > 0
      ? db.query<{ id: string; name: string }>('SELECT name AS id, name FROM publishers WHERE key = ANY($1::text[])', [
          request.publishers.map((x) => x.trim().toLowerCase()),
        ])
      : Promise.resolve({ rows: [] }),
  ]);
  const speakers: FacetValue[] = [];
  const publishers: FacetValue[] = [];
  let unattributed = 0;
  let sampled = 0;
  for (const r of found.rows) {
    if (r.facet === 't') sampled = r.count;
    else if (r.facet === 's' && r.id === null) unattributed = r.count;
    else if (r.facet === 's') speakers.push({ id: r.id!, name: r.name ?? r.id!, count: r.count });
    else publishers.push({ id: r.name ?? r.id!, name: r.name ?? r.id!, count: r.count });
  }
  return {
    estimated: sampled > bound,
    unattributed,
    speakers: facetValues(speakers, selectedSpeakers.rows, options.maxFacetValues),
    publishers: facetValues(publishers, selectedPublishers.rows, options.maxFacetValues),
  };
}

/** Answers a search request (see src/search's SearchRequest) from the database. */
export async function searchSql(
  db: pg.Pool,
  request: BackendSearchRequest,
  options: SearchSqlOptions = defaultSearchSqlOptions,
): Promise<BackendSearchResponse> {
  const started = performance.now();
  const page = Number.isFinite(request.page) ? Math.max(1, Math.floor(request.page)) : 1;
  const limit = Number.isFinite(request.limit)
    ? Math.min(options.maxLimit, Math.max(1, Math.floor(request.limit)))
    : 20;
  const parsed = parseQuery(request.q);
  const c = await compile(db, request, parsed);
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
    const [total, rows, facetsFound] = await Promise.all([
      countRows(db, c),
      pageRows(db, c, request, cursor ? 0 : (page - 1) * limit, limit + 1, cursor),
      facets(db, c, request, options),
    ]);
    response.total = total;
    response.results = rows.slice(0, limit).map((r) => hitOf(r, c.query.marked, parsed));
    const last = rows.length > limit ? rows[limit - 1] : undefined;
    if (last)
      response.nextCursor = encodeCursor({
        s: last.score ?? undefined,
        u: last.undated,
        d: last.sort_date,
        i: last.id,
      });
    response.facets = {
      speakers: facetsFound.speakers,
      publishers: facetsFound.publishers,
      unattributed: facetsFound.unattributed,
    };
    response.facetsEstimated = facetsFound.estimated;
  }
  if (response.total === 0) Object.assign(response, await alternatives(db, parsed, request));
  response.took_ms = Math.round((performance.now() - started) * 1000) / 1000;
  return response;
}

/** When nothing matched: the query with one clause dropped, and the filters that, dropped, would give results. */
async function alternatives(
  db: pg.Pool,
  parsed: ParsedQuery,
  request: SearchRequest,
): Promise<{ suggestions: string[]; relaxations: Relaxation[] }> {
  const count = async (q: string, filters: Filters): Promise<number> => {
    const c = await compile(db, { ...request, ...filters, q }, parseQuery(q));
    return c ? countRows(db, c) : 0;
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
    countRows(db, c),
    pageRows(db, c, request, 0, Math.max(0, Math.floor(max)), null),
  ]);
  return { total, rows: rows.map((r) => hitOf(r, c.query.marked, parsed)) };
}

/** See Backend.related: quotes sharing the most words of `words` in their text, each weighted by its rarity. */
export async function relatedSql(db: pg.Pool, words: readonly string[], max: number): Promise<QuoteRow[]> {
  const wanted = [...new Set(words)].filter((w) => /^[\p{L}\p{N}]+$/u.test(w) && !isStopWord(w));
  if (wanted.length === 0 || max <= 0) return [];
  const queries = wanted.map((w) => lexeme(w, 'A'));
  const df = await db.query<{ q: string; df: string; n: string }>(
    `SELECT t.q, (SELECT count(*) FROM quotes x WHERE x.tsv @@ t.q::tsquery) AS df, (SELECT count(*) FROM quotes) AS n
     FROM unnest($1::text[]) AS t(q)`,
    [queries],
  );
  const params = new Params();
  const terms: string[] = [];
  for (const r of df.rows) {
    const docs = Number(r.df);
    if (docs === 0) continue;
    const idf = Math.log(1 + Math.max(1, Number(r.n)) / docs);
    terms.push(`(CASE WHEN q.tsv @@ ${params.add(r.q)}::tsquery THEN ${params.add(idf)}::float8 ELSE 0 END)`);
  }
  if (terms.length === 0) return [];
  const any = params.add(
    df.rows
      .filter((r) => Number(r.df) > 0)
      .map((r) => r.q)
      .join(' | '),
  );
  const sql = `SELECT ${QUOTE_SELECT}, ${terms.join(' + ')} AS weight FROM quotes q WHERE q.tsv @@ ${any}::tsquery
    ORDER BY weight DESC, q.id LIMIT ${params.add(max)}`;
  return (await db.query<QuoteRow>(sql, params.values)).rows;
}
