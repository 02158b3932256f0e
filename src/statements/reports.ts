import type { Article, Quote } from '../model/types.js';
import type { Statement } from './group.js';

/** What reading a statement's reports needs of a loaded index (src/store's LoadedIndex is one). */
export interface StatementLookup {
  quotes: { get(id: string): Quote | undefined };
  articles: { get(id: string): Article | undefined };
  statementOf?: ReadonlyMap<string, string>;
  statements?: ReadonlyMap<string, Pick<Statement, 'quoteIds'>>;
  fragmentOf?: ReadonlyMap<string, string>;
}

/** One report of a statement: the quote as one article gave it. */
export interface Report {
  quote: Quote;
  article: Article | null;
  /** The longer report of the same statement this one is a fragment of, or null. */
  fragmentOf: Quote | null;
}

/**
 * Every report of the statement `quote` belongs to, earliest first (the quote itself included).
 * An index without statements gives the quote alone.
 */
export function reportsOf(index: StatementLookup, quote: Quote): Report[] {
  const statementId = index.statementOf?.get(quote.id);
  const statement = statementId ? index.statements?.get(statementId) : undefined;
  const ids = statement ? statement.quoteIds : [quote.id];
  const reports: Report[] = [];
  for (const id of ids) {
    const q = index.quotes.get(id);
    if (!q) continue;
    const outer = index.fragmentOf?.get(id);
    reports.push({
      quote: q,
      article: index.articles.get(q.articleId) ?? null,
      fragmentOf: outer ? (index.quotes.get(outer) ?? null) : null,
    });
  }
  return reports;
}

/** How many different articles report the statement of `quote` (1 when it is reported once). */
export function sourceCount(index: StatementLookup, quote: Quote): number {
  const statementId = index.statementOf?.get(quote.id);
  const statement = statementId ? index.statements?.get(statementId) : undefined;
  if (!statement) return 1;
  return new Set(statement.quoteIds.map((id) => index.quotes.get(id)?.articleId ?? id)).size;
}
