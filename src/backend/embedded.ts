/** The embedded backend: the contract over an index loaded from its folder (src/store's LoadedIndex). */
import type { Article, Quote, Speaker } from '../model/types.js';
import { quoteDate } from '../model/quote-date.js';
import type { SearchHit, SearchRequest } from '../search/types.js';
import { reportsOf, sourceCount } from '../statements/index.js';
import type { LoadedIndex } from '../store/types.js';
import type {
  ArticleMeta,
  Backend,
  BackendDescription,
  BackendHealth,
  BackendRows,
  BackendHit,
  BackendSearchRequest,
  BackendSearchResponse,
  SpeakerQuotes,
  StatementRef,
  StatementReports,
} from './contract.js';
import { asyncRows } from './contract.js';

/** Rows read per page when an engine cannot stream a search's rows (exports). */
const EXPORT_PAGE = 1_000;

/** Cursors of the embedded backend are page numbers: its pages cost the same at any depth. */
const CURSOR = /^p(\d{1,9})$/;

/** The article record without its text. */
export function articleMeta(article: Article): ArticleMeta {
  const { text: _text, furniture: _furniture, ...meta } = article;
  return meta;
}

/** Each index's speakers' months, once asked: a speaker page reads every quote of its speaker only once per index. */
const monthsMemo = new WeakMap<LoadedIndex, Map<string, Map<string, number>>>();

/** Quotes per month (`YYYY-MM`) of their date (said, else published); year-only and undated quotes left out. */
function monthsOf(quotes: readonly Quote[]): Map<string, number> {
  const months = new Map<string, number>();
  for (const q of quotes) {
    const m = /^(\d{4}-\d{2})/.exec(quoteDate(q));
    if (m) months.set(m[1]!, (months.get(m[1]!) ?? 0) + 1);
  }
  return months;
}

/**
 * Wraps a loaded index (or a getter for the index served now, which a server swaps on rebuild) as a Backend.
 * `index()` is the index itself, for the code that still reads it directly (the CLI's tools).
 */
export class EmbeddedBackend implements Backend {
  readonly kind = 'embedded' as const;
  private readonly current: () => LoadedIndex;

  constructor(index: LoadedIndex | (() => LoadedIndex)) {
    this.current = typeof index === 'function' ? index : () => index;
  }

  index(): LoadedIndex {
    return this.current();
  }

  /** The engine's hit (its three fields; its quote, read when first asked for, is read here) with its statement. */
  private hit(index: LoadedIndex, hit: SearchHit): BackendHit {
    const { quote } = hit;
    return {
      quote,
      score: hit.score,
      highlights: hit.highlights,
      statementId: index.statementOf?.get(quote.id) ?? quote.id,
      sources: sourceCount(index, quote),
    };
  }

  search(request: BackendSearchRequest): Promise<BackendSearchResponse> {
    const index = this.current();
    const { cursor, ...rest } = request;
    const fromCursor = cursor !== undefined ? CURSOR.exec(cursor) : null;
    const page = fromCursor ? Number(fromCursor[1]) : rest.page;
    const found = index.search.search({ ...rest, page });
    const more = found.page * found.limit < found.total;
    // The engine's own answer, given the backend's fields (the keys in the order a spread copy would have): on
    // Node 20 a spread copy given a new key survives minor collections (BENCH.md, "Thirteenth session: serve").
    const response: BackendSearchResponse = Object.assign(found, {
      results: found.results.map((h) => this.hit(index, h)),
      nextCursor: more ? `p${found.page + 1}` : null,
      // Past the engine's count bound, the total and facets are estimated and labelled (see countBound).
      facetsEstimated: found.facetsEstimated === true,
    });
    return Promise.resolve(response);
  }

  searchRows(request: SearchRequest, max: number): Promise<BackendRows> {
    const index = this.current();
    const hit = (h: SearchHit): BackendHit => this.hit(index, h);
    if (index.search.searchRows) {
      const found = index.search.searchRows(request, max);
      return Promise.resolve({
        total: found.total,
        rows: asyncRows(
          (function* () {
            for (const h of found.rows()) yield hit(h);
          })(),
        ),
      });
    }
    const first = index.search.search({ ...request, page: 1, limit: EXPORT_PAGE });
    const search = index.search;
    return Promise.resolve({
      total: first.total,
      rows: asyncRows(
        (function* () {
          let read = 0;
          for (
            let page = 1, found = first;
            read < max;
            found = search.search({ ...request, page: ++page, limit: EXPORT_PAGE })
          ) {
            for (const h of found.results) if (read++ < max) yield hit(h);
            if (found.results.length < EXPORT_PAGE) break;
          }
        })(),
      ),
    });
  }

  quote(id: string): Promise<Quote | null> {
    return Promise.resolve(this.current().quotes.get(id) ?? null);
  }

  quotes(ids: readonly string[]): Promise<Quote[]> {
    const index = this.current();
    return Promise.resolve(ids.map((id) => index.quotes.get(id)).filter((q): q is Quote => q !== undefined));
  }

  article(id: string): Promise<Article | null> {
    return Promise.resolve(this.current().articles.get(id) ?? null);
  }

  articles(ids: readonly string[]): Promise<Map<string, Article>> {
    const index = this.current();
    const out = new Map<string, Article>();
    for (const id of ids) {
      const article = index.articles.get(id);
      if (article) out.set(id, article);
    }
    return Promise.resolve(out);
  }

  speaker(id: string): Promise<Speaker | null> {
    return Promise.resolve(this.current().speakers.get(id) ?? null);
  }

  speakers(): Promise<Speaker[]> {
    return Promise.resolve([...this.current().speakers.values()]);
  }

  quotesOfSpeaker(id: string, { page, limit }: { page: number; limit: number }): Promise<SpeakerQuotes> {
    const index = this.current();
    const ids = index.quotesBySpeaker.get(id) ?? [];
    const start = (Math.max(1, page) - 1) * limit;
    const quotes = ids
      .slice(start, start + limit)
      .map((q) => index.quotes.get(q))
      .filter((q): q is Quote => q !== undefined);
    return Promise.resolve({ total: ids.length, quotes });
  }

  speakerMonths(id: string): Promise<Map<string, number>> {
    const index = this.current();
    let memo = monthsMemo.get(index);
    if (!memo) monthsMemo.set(index, (memo = new Map<string, Map<string, number>>()));
    let months = memo.get(id);
    if (!months) {
      months = monthsOf(
        (index.quotesBySpeaker.get(id) ?? []).map((q) => index.quotes.get(q)).filter((q): q is Quote => !!q),
      );
      memo.set(id, months);
    }
    return Promise.resolve(new Map(months));
  }

  quotesOfArticle(id: string): Promise<Quote[]> {
    const index = this.current();
    const ids = index.quotesByArticle.get(id) ?? [];
    return Promise.resolve(ids.map((q) => index.quotes.get(q)).filter((q): q is Quote => q !== undefined));
  }

  reports(quoteId: string): Promise<StatementReports | null> {
    const index = this.current();
    const quote = index.quotes.get(quoteId);
    if (!quote) return Promise.resolve(null);
    const outer = index.fragmentOf?.get(quoteId);
    return Promise.resolve({
      statementId: index.statementOf?.get(quoteId) ?? quoteId,
      reports: reportsOf(index, quote),
      fragmentOf: outer ? (index.quotes.get(outer) ?? null) : null,
    });
  }

  statementsOf(ids: readonly string[]): Promise<Map<string, StatementRef>> {
    const index = this.current();
    const out = new Map<string, StatementRef>();
    for (const id of ids) {
      const quote = index.quotes.get(id);
      if (!quote) continue;
      const statementId = index.statementOf?.get(id) ?? id;
      const size = index.statements?.get(statementId)?.quoteIds.length ?? 1;
      out.set(id, { id: statementId, size, sources: sourceCount(index, quote) });
    }
    return Promise.resolve(out);
  }

  related(words: readonly string[], max: number): Promise<Quote[]> {
    // Every engine src/search makes can answer this; one that cannot has no candidates to give.
    return Promise.resolve(this.current().search.related?.(words, max) ?? []);
  }

  health(): Promise<BackendHealth> {
    const problem = this.current().damage?.problem ?? null;
    return Promise.resolve({ ok: problem === null, kind: this.kind, problem, latencyMs: 0 });
  }

  describe(): Promise<BackendDescription> {
    const index = this.current();
    return Promise.resolve({
      kind: this.kind,
      builtAt: index.builtAt,
      counts: { articles: index.articles.size, quotes: index.quotes.size, speakers: index.speakers.size },
      version: index.formatVersion,
      pendingFinalize: false,
    });
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
