/** The PostgreSQL backend: the contract answered from the database (schema in migrations/, search in search.ts). */
import type pg from 'pg';
import type { Article, Quote, Speaker } from '../../model/types.js';
import type { SearchRequest } from '../../search/types.js';
import type { Report } from '../../statements/index.js';
import type {
  Backend,
  BackendDescription,
  BackendHealth,
  BackendRows,
  BackendSearchRequest,
  BackendSearchResponse,
  SpeakerQuotes,
  StatementRef,
  StatementReports,
} from '../contract.js';
import { asyncRows } from '../contract.js';
import { schemaVersion } from './migrate.js';
import { defaultPoolOptions, openPool, translateError, type PoolOptions } from './pool.js';
import {
  ARTICLE_META_SELECT,
  articleOf,
  QUOTE_FROM,
  QUOTE_SELECT,
  quoteOf,
  SPEAKER_SELECT,
  speakerOf,
  type ArticleRow,
  type QuoteRow,
  type SpeakerRow,
} from './rows.js';
import { defaultSearchSqlOptions, relatedSql, searchRowsSql, searchSql, type SearchSqlOptions } from './search.js';

export interface PostgresBackendOptions extends PoolOptions {
  /** A read replica for searches and lookups (DATABASE_READ_URL); default: the primary. */
  readUrl?: string | null;
  /** Bounds of the SQL search (facets exact up to `facetBound` matches, …); default: `defaultSearchSqlOptions`. */
  search?: Partial<SearchSqlOptions>;
  /**
   * How long (ms) the corpus description and the finalize version (what every page asks, through `describe()` and
   * the speaker lookups) are reused before being read again: default 1,000, so a busy server reads them once a second
   * rather than once per request, and a finalize shows within a second. 0: read every time.
   */
  metadataTtlMs?: number;
}

export class PostgresBackend implements Backend {
  readonly kind = 'postgres' as const;
  private readonly searchOptions: SearchSqlOptions;
  /** Writes (ingest, finalize) and health go to the primary; reads to the replica when there is one. */
  readonly pool: pg.Pool;
  /** Searches and lookups: a pool of its own, with the search planner settings (PoolOptions.forSearch). */
  readonly read: pg.Pool;
  private readonly metadataTtlMs: number;
  /** The statement timeout (ms): the budget a cancelled statement (57014) is said to have run past. */
  private readonly budgetMs: number;
  /** Reads go to a URL of their own (DATABASE_READ_URL): they may answer while the primary does not. */
  private readonly readsApart: boolean;
  /** Reads shared while they run and reused for metadataTtlMs after they succeed (a failure is not kept). */
  private readonly recent = new Map<string, { at: number; value: Promise<unknown> }>();

  private reuse<T>(key: string, load: () => Promise<T>): Promise<T> {
    const now = performance.now();
    const hit = this.recent.get(key);
    if (hit && (hit.at === Infinity || now - hit.at < this.metadataTtlMs)) return hit.value as Promise<T>;
    // Infinity while running: every caller meanwhile shares this read.
    const entry = { at: Infinity, value: load() as Promise<unknown> };
    this.recent.set(key, entry);
    entry.value.then(
      () => (entry.at = performance.now()),
      () => {
        if (this.recent.get(key) === entry) this.recent.delete(key);
      },
    );
    return entry.value as Promise<T>;
  }

  constructor(url: string, options: PostgresBackendOptions = {}) {
    const { readUrl, search, metadataTtlMs, ...poolOptions } = options;
    this.metadataTtlMs = Math.max(0, metadataTtlMs ?? 1_000);
    this.budgetMs = poolOptions.statementTimeoutMs ?? defaultPoolOptions.statementTimeoutMs;
    this.searchOptions = { ...defaultSearchSqlOptions, vocabularyCheckMs: this.metadataTtlMs, ...search };
    this.pool = openPool(url, poolOptions);
    this.read = openPool(readUrl ?? url, { ...poolOptions, forSearch: true });
    this.readsApart = readUrl != null && readUrl !== url;
  }

  /** Runs `work`, its driver errors turned into BackendUnavailable / SearchBudgetExceeded. */
  private async run<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw translateError(error, this.budgetMs);
    }
  }

  private async quoteRows(where: string, params: unknown[], order = ''): Promise<Quote[]> {
    const r = await this.read.query<QuoteRow>(
      `SELECT ${QUOTE_SELECT} FROM ${QUOTE_FROM} WHERE ${where} ${order}`,
      params,
    );
    return r.rows.map(quoteOf);
  }

  search(request: BackendSearchRequest): Promise<BackendSearchResponse> {
    return this.run(() => searchSql(this.read, request, this.searchOptions));
  }

  searchRows(request: SearchRequest, max: number): Promise<BackendRows> {
    return this.run(async () => {
      const found = await searchRowsSql(this.read, request, max);
      return {
        total: found.total,
        rows: asyncRows(found.rows),
      };
    });
  }

  quote(id: string): Promise<Quote | null> {
    return this.run(async () => (await this.quoteRows('q.id = $1', [id]))[0] ?? null);
  }

  quotes(ids: readonly string[]): Promise<Quote[]> {
    return this.run(async () => {
      const found = new Map((await this.quoteRows('q.id = ANY($1::text[])', [ids])).map((q) => [q.id, q]));
      return ids.map((id) => found.get(id)).filter((q): q is Quote => q !== undefined);
    });
  }

  article(id: string): Promise<Article | null> {
    return this.run(async () => {
      const r = await this.read.query<ArticleRow>(
        `SELECT ${ARTICLE_META_SELECT}, a.text, a.furniture FROM articles a WHERE a.id = $1`,
        [id],
      );
      return r.rows[0] ? articleOf(r.rows[0]) : null;
    });
  }

  /** With `text: false`, the texts (2.6 kB an article on average, compressed) are neither read nor sent. */
  articles(ids: readonly string[], options: { text?: boolean } = {}): Promise<Map<string, Article>> {
    return this.run(async () => {
      // A named statement (the search page's second statement, every request): parsed and planned once a connection.
      const r = await this.read.query<ArticleRow>({
        name: options.text === false ? 'articles_meta' : 'articles_full',
        text: `SELECT ${ARTICLE_META_SELECT}${options.text === false ? '' : ', a.text, a.furniture'} FROM articles a
         WHERE a.id = ANY($1::text[])`,
        values: [ids],
      });
      return new Map(r.rows.map((row) => [row.id, articleOf(row)]));
    });
  }

  private speakerCache: { version: string; byId: Promise<Map<string, Speaker>> } | null = null;

  /**
   * Every speaker by id, read once per finalize (speakers change only then): a page of results names up to twenty
   * speakers, each a lookup otherwise. Whether a finalize has run since is checked by one small query, shared by
   * the lookups made at once and reused for metadataTtlMs.
   */
  private async speakerMap(): Promise<Map<string, Speaker>> {
    const version = await this.reuse('version', () =>
      this.read
        .query<{ value: string }>("SELECT value FROM corpus_state WHERE key = 'finalized_at'")
        .then((r) => r.rows[0]?.value ?? ''),
    );
    const cached = this.speakerCache;
    if (cached && cached.version === version) return cached.byId;
    const byId = this.read
      .query<SpeakerRow>(`SELECT ${SPEAKER_SELECT} FROM speakers s ORDER BY s.id`)
      .then((rows) => new Map(rows.rows.map((row) => [row.id, speakerOf(row)])));
    const entry = { version, byId };
    this.speakerCache = entry;
    byId.catch(() => {
      if (this.speakerCache === entry) this.speakerCache = null;
    });
    return byId;
  }

  speaker(id: string): Promise<Speaker | null> {
    return this.run(async () => (await this.speakerMap()).get(id) ?? null);
  }

  speakers(): Promise<Speaker[]> {
    return this.run(async () => [...(await this.speakerMap()).values()]);
  }

  quotesOfSpeaker(id: string, { page, limit }: { page: number; limit: number }): Promise<SpeakerQuotes> {
    return this.run(async () => {
      const offset = (Math.max(1, Math.floor(page)) - 1) * limit;
      const [total, quotes] = await Promise.all([
        this.read.query<{ n: string }>('SELECT count(*) AS n FROM quote_search WHERE speaker_id = $1', [id]),
        this.quoteRows('s.speaker_id = $1', [id, limit, offset], 'ORDER BY s.sort_date DESC, q.id LIMIT $2 OFFSET $3'),
      ]);
      return { total: Number(total.rows[0]!.n), quotes };
    });
  }

  speakerMonths(id: string): Promise<Map<string, number>> {
    return this.run(async () => {
      // sort_date is the quote's date as written (said, else published): the same `YYYY-MM` prefix the embedded
      // backend reads; year-only and undated quotes have none.
      const { rows } = await this.read.query<{ month: string; n: string }>(
        `SELECT substr(sort_date, 1, 7) AS month, count(*) AS n FROM quote_search
          WHERE speaker_id = $1 AND sort_date ~ '^[0-9]{4}-[0-9]{2}' GROUP BY 1`,
        [id],
      );
      return new Map(rows.map((r) => [r.month, Number(r.n)]));
    });
  }

  quotesOfArticle(id: string): Promise<Quote[]> {
    return this.run(() => this.quoteRows('q.article_id = $1', [id], 'ORDER BY q.start_pos, q.seq'));
  }

  reports(quoteId: string): Promise<StatementReports | null> {
    return this.run(async () => {
      const own = await this.read.query<{ statement_id: string | null; fragment_of: string | null }>(
        'SELECT s.statement_id, s.fragment_of FROM quotes q LEFT JOIN quote_search s ON s.id = q.id WHERE q.id = $1',
        [quoteId],
      );
      const row = own.rows[0];
      if (!row) return null;
      const quotes = row.statement_id
        ? await this.quoteRows('s.statement_id = $1', [row.statement_id], 'ORDER BY s.statement_pos')
        : await this.quoteRows('q.id = $1', [quoteId]);
      const fragments = await this.read.query<{ id: string; fragment_of: string }>(
        'SELECT id, fragment_of FROM quote_search WHERE id = ANY($1::text[]) AND fragment_of IS NOT NULL',
        [quotes.map((q) => q.id)],
      );
      const outerIds = fragments.rows.map((r) => r.fragment_of);
      const outer = new Map((await this.quotes(outerIds)).map((q) => [q.id, q]));
      const fragmentOf = new Map(fragments.rows.map((r) => [r.id, outer.get(r.fragment_of) ?? null]));
      const articleIds = [...new Set(quotes.map((q) => q.articleId))];
      const articles = await this.read.query<ArticleRow>(
        `SELECT ${ARTICLE_META_SELECT}, a.text, a.furniture FROM articles a WHERE a.id = ANY($1::text[])`,
        [articleIds],
      );
      const byId = new Map(articles.rows.map((r) => [r.id, articleOf(r)]));
      const reports: Report[] = quotes.map((q) => ({
        quote: q,
        article: byId.get(q.articleId) ?? null,
        fragmentOf: fragmentOf.get(q.id) ?? null,
      }));
      return { statementId: row.statement_id ?? quoteId, reports, fragmentOf: fragmentOf.get(quoteId) ?? null };
    });
  }

  statementsOf(ids: readonly string[]): Promise<Map<string, StatementRef>> {
    return this.run(async () => {
      const r = await this.read.query<{
        id: string;
        statement_id: string | null;
        statement_size: number;
        statement_sources: number;
      }>(
        `SELECT q.id, s.statement_id, coalesce(s.statement_size, 1) AS statement_size,
           coalesce(s.statement_sources, 1) AS statement_sources
         FROM quotes q LEFT JOIN quote_search s ON s.id = q.id WHERE q.id = ANY($1::text[])`,
        [ids],
      );
      return new Map(
        r.rows.map((row) => [
          row.id,
          { id: row.statement_id ?? row.id, size: row.statement_size, sources: row.statement_sources },
        ]),
      );
    });
  }

  related(words: readonly string[], max: number): Promise<Quote[]> {
    return this.run(async () => (await relatedSql(this.read, words, max)).map(quoteOf));
  }

  /**
   * Both pools asked at once. With a read URL (a replica) the primary may be unreachable while reads answer: then
   * degraded, not down (`ok`, not `writable`: searches, pages and records are served, ingest and finalize are not).
   */
  async health(): Promise<BackendHealth> {
    const started = performance.now();
    const ask = (pool: pg.Pool): Promise<string | null> =>
      pool.query('SELECT 1').then(
        () => null,
        (error: unknown) => {
          const e = translateError(error);
          return e instanceof Error ? e.message : String(e);
        },
      );
    const [primary, reads] = await Promise.all([ask(this.pool), ask(this.read)]);
    const latencyMs = Math.round(performance.now() - started);
    const base = { kind: this.kind, latencyMs };
    if (reads !== null) return { ...base, ok: false, problem: reads };
    if (primary === null) return { ...base, ok: true, writable: true, problem: null };
    if (!this.readsApart) return { ...base, ok: false, problem: primary };
    return {
      ...base,
      ok: true,
      writable: false,
      problem: `primary unreachable, reads from DATABASE_READ_URL answer (no ingest or finalize): ${primary}`,
    };
  }

  /**
   * The counts are those finalize stored when nothing was ingested since (what every page asks for, through the
   * site's lookups: counting a million rows per request cost most of /api/search's time), else counted.
   */
  describe(): Promise<BackendDescription> {
    return this.run(() => this.reuse('describe', () => this.describeNow()));
  }

  private async describeNow(): Promise<BackendDescription> {
    {
      // One round trip: the site asks this on every request.
      const state = await this.read
        .query<{ key: string; value: string }>(
          `SELECT key, value FROM corpus_state WHERE key IN ('finalized_at', 'pending_finalize', 'corpus_counts')
           UNION ALL SELECT 'schema_version', max(version)::text FROM verbatim_migrations`,
        )
        .catch(async (error: unknown) => {
          // 42P01: a database not migrated yet (no tables): version 0, nothing stored.
          if ((error as { code?: unknown } | null)?.code !== '42P01') throw error;
          return { rows: [{ key: 'schema_version', value: String(await schemaVersion(this.read)) }] };
        });
      const version = Number(state.rows.find((r) => r.key === 'schema_version')?.value ?? 0);
      const s = new Map(state.rows.map((r) => [r.key, r.value]));
      const pendingFinalize = s.get('pending_finalize') === 'true';
      const stored = s.get('corpus_counts');
      let counts: BackendDescription['counts'];
      if (stored && !pendingFinalize) counts = JSON.parse(stored) as BackendDescription['counts'];
      else {
        const c = (
          await this.read.query<{ articles: string; quotes: string; speakers: string }>(
            'SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM quotes) AS quotes, (SELECT count(*) FROM speakers) AS speakers',
          )
        ).rows[0]!;
        counts = { articles: Number(c.articles), quotes: Number(c.quotes), speakers: Number(c.speakers) };
      }
      return { kind: this.kind, builtAt: s.get('finalized_at') ?? null, counts, version, pendingFinalize };
    }
  }

  async close(): Promise<void> {
    await Promise.all([this.pool.end(), this.read.end()]);
  }
}
