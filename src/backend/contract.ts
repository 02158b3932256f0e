/**
 * The backend contract: everything the site, the API, the CLI, the quote check and the exports ask of a
 * corpus, as one async interface. The embedded index (src/store, adapted in embedded.ts) is one implementation,
 * PostgreSQL (postgres/) the other. Domain rules (query syntax, highlighting, statement grouping, citations) stay
 * in their own stages; a backend only finds and returns records.
 */
import type { Article, Quote, Speaker } from '../model/types.js';
import type { Report } from '../statements/index.js';
import type { SearchHit, SearchRequest, SearchResponse } from '../search/types.js';

/** A search request, plus an optional keyset cursor (from a previous answer's `nextCursor`) instead of `page`. */
export interface BackendSearchRequest extends SearchRequest {
  /** Opaque: the position after the last row of the previous page. When given, `page` is ignored. */
  cursor?: string;
}

/** One row of a search: the hit, and the statement it reports (one row per statement when collapsed). */
export interface BackendHit extends SearchHit {
  /** The statement's id (the quote's own id when it is reported once). */
  statementId: string;
  /** How many different articles report the statement (1 when it is reported once). */
  sources: number;
}

export interface BackendSearchResponse extends SearchResponse {
  results: BackendHit[];
  /** Position after the last row of this page, for keyset pagination; null on the last page. */
  nextCursor: string | null;
  /** True when the facet counts were estimated from a bounded sample (a very large match): labelled so. */
  facetsEstimated: boolean;
  /**
   * True when `total` was estimated (a very large match, past a backend's bound: PostgreSQL counts exactly up to
   * `totalBound` candidates): labelled so. Absent or false: exact.
   */
  totalEstimated?: boolean;
}

/** The rows of a search, read as they are iterated. */
export interface BackendRows {
  /** Matching rows in all (may be more than are read). */
  total: number;
  rows: AsyncIterable<BackendHit>;
}

/** Rows already read, or read one at a time by a synchronous iterator, as the async iterable BackendRows holds. */
export async function* asyncRows<T>(rows: Iterable<T>): AsyncIterable<T> {
  for (const row of rows) yield await Promise.resolve(row);
}

/** An article without its text: what a search row or a citation needs. */
export type ArticleMeta = Omit<Article, 'text' | 'furniture'>;

/** The statement a quote belongs to: every report, earliest first, and the longer quote it was cut from. */
export interface StatementReports {
  statementId: string;
  reports: Report[];
  /** The longer report of the same statement this quote is a fragment of, or null. */
  fragmentOf: Quote | null;
}

/** A statement's id and size, as a quote check or an export row shows it. */
export interface StatementRef {
  id: string;
  /** Reports (quotes) of the statement. */
  size: number;
  /** Different articles reporting it. */
  sources: number;
}

export interface BackendHealth {
  /** Searches, pages and records can be answered. */
  ok: boolean;
  kind: BackendKind;
  /**
   * False when reads answer but writes cannot (PostgreSQL: the primary unreachable while DATABASE_READ_URL answers):
   * `ok` is then true and `problem` says what is degraded. Absent or true otherwise.
   */
  writable?: boolean;
  /** Why it is not ok (`database unreachable: …`) or not writable, else null. */
  problem: string | null;
  /** Milliseconds the check took. */
  latencyMs: number;
}

export type BackendKind = 'embedded' | 'postgres';

export interface BackendDescription {
  kind: BackendKind;
  /** When the served data was last built or finalised (ISO), or null before the first. */
  builtAt: string | null;
  counts: { articles: number; quotes: number; speakers: number };
  /** Embedded: the index format version; Postgres: the last migration applied. */
  version: number;
  /** Postgres: articles were ingested since the last finalize (speakers and statements are stale). */
  pendingFinalize: boolean;
}

/** A page of a speaker's quotes, newest first. */
export interface SpeakerQuotes {
  total: number;
  quotes: Quote[];
}

/** One corpus, however it is stored. Every method may reject when the store is unavailable (see `BackendUnavailable`). */
export interface Backend {
  readonly kind: BackendKind;
  search(request: BackendSearchRequest): Promise<BackendSearchResponse>;
  /** Every row of a search up to `max` (page and limit ignored), matched once and read as iterated: what an export streams. */
  searchRows(request: SearchRequest, max: number): Promise<BackendRows>;
  quote(id: string): Promise<Quote | null>;
  /** The quotes found among `ids`, in the order given (unknown ids left out). */
  quotes(ids: readonly string[]): Promise<Quote[]>;
  article(id: string): Promise<Article | null>;
  /**
   * Articles by id (unknown ids left out). `text: false`: only what a search row shows of them (title, publisher,
   * url, dates) is needed, and a backend that stores the texts apart may leave `text` and `furniture` empty.
   */
  articles(ids: readonly string[], options?: { text?: boolean }): Promise<Map<string, Article>>;
  speaker(id: string): Promise<Speaker | null>;
  /** Every speaker, by id. */
  speakers(): Promise<Speaker[]>;
  /** A speaker's quotes, newest first (quote date, then id), one page. */
  quotesOfSpeaker(id: string, page: { page: number; limit: number }): Promise<SpeakerQuotes>;
  /**
   * How many of a speaker's quotes fall in each month (`YYYY-MM`, from the quote's date: said, else published),
   * for the speaker page's timeline; quotes dated only to the year, or undated, are left out.
   */
  speakerMonths(id: string): Promise<Map<string, number>>;
  /** An article's quotes in text order. */
  quotesOfArticle(id: string): Promise<Quote[]>;
  /** The statement of `quoteId` with every report (src/statements' `reportsOf`), or null for an unknown quote. */
  reports(quoteId: string): Promise<StatementReports | null>;
  /** Statements of the quotes `ids` (a quote reported once is its own statement of size 1). */
  statementsOf(ids: readonly string[]): Promise<Map<string, StatementRef>>;
  /** Quote check candidates: up to `max` quotes sharing the most (rarity-weighted) words of `words`. */
  related(words: readonly string[], max: number): Promise<Quote[]>;
  health(): Promise<BackendHealth>;
  describe(): Promise<BackendDescription>;
  close(): Promise<void>;
}

/** The store could not be reached (a database down): the site answers 503 with Retry-After and recovers by itself. */
export class BackendUnavailable extends Error {
  constructor(
    message: string,
    /** Seconds a client is asked to wait. */
    readonly retryAfterS = 5,
  ) {
    super(message);
    this.name = 'BackendUnavailable';
  }
}
