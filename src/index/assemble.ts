import type { CorpusData, Quote } from '../types.js';
import type { SearchEngine } from '../search/types.js';
import { createSearchEngine } from '../search/index.js';
import { groupStatementSlots, type Statement, type StatementSlots } from '../statements/group.js';
import type { LoadedIndex } from './types.js';

/** The date a quote is placed at for sorting and ranges: when it was said, else when it was published. */
export function quoteDate(quote: Quote): string {
  return quote.saidAt?.value ?? quote.publishedAt ?? '';
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Builds the in-memory lookups a server needs from the plain records of an index.
 * `serializedSearch` is the search engine's saved form; without it the engine indexes `data` afresh.
 * `createEngine` replaces src/search's factory (tests, tools). `grouping` is the statement grouping stored with
 * the index; without it the quotes are grouped here.
 */
export function assembleIndex(
  data: CorpusData,
  meta: { dir: string; builtAt: string; formatVersion: number },
  serializedSearch?: string | readonly string[],
  createEngine: (data: CorpusData, serialized?: string | readonly string[], options?: { statementOf?: readonly string[] }) => SearchEngine = createSearchEngine,
  grouping?: StatementSlots,
): LoadedIndex {
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const quotes = new Map(data.quotes.map((q) => [q.id, q]));
  const speakers = new Map(data.speakers.map((s) => [s.id, s]));

  const quotesBySpeaker = new Map<string, string[]>();
  const quotesByArticle = new Map<string, string[]>();
  // Plain code-unit comparisons: ids and ISO dates are ASCII, and localeCompare costs seconds at a million quotes.
  const byArticleOrder = [...data.quotes].sort((a, b) => compareText(a.articleId, b.articleId) || a.start - b.start);
  for (const q of byArticleOrder) {
    const ids = quotesByArticle.get(q.articleId);
    if (ids) ids.push(q.id);
    else quotesByArticle.set(q.articleId, [q.id]);
  }
  const newestFirst = [...data.quotes].sort((a, b) => compareText(quoteDate(b), quoteDate(a)) || compareText(a.id, b.id));
  for (const q of newestFirst) {
    if (!q.speakerId) continue;
    const ids = quotesBySpeaker.get(q.speakerId);
    if (ids) ids.push(q.id);
    else quotesBySpeaker.set(q.speakerId, [q.id]);
  }

  // Reports of the same statement in several articles: the search shows one row for them. Grouping that fails
  // leaves every quote its own statement, and says so, rather than making the whole index unloadable.
  let statementsError: string | undefined;
  if (grouping === undefined) {
    try {
      grouping = groupStatementSlots(data.quotes);
    } catch (error) {
      statementsError = `statements: grouping ${data.quotes.length} quotes failed (${error instanceof Error ? error.message : String(error)}); every quote is served as its own statement`;
    }
  }
  const base = { ...meta, articles, quotes, speakers, quotesBySpeaker, quotesByArticle };
  if (grouping === undefined) return { ...base, search: createEngine(data, serializedSearch), statementsError };
  return { ...base, ...statementLookups(data.quotes, grouping), search: createEngine(data, serializedSearch, { statementOf: statementIds(data.quotes, grouping) }) };
}

/**
 * The statement lookups of a loaded index. Only statements of several reports are listed: a quote that is
 * in none is its own statement (the readers in src/statements and src/web fall back to the quote's id).
 */
function statementLookups(quotes: readonly Quote[], grouping: StatementSlots): Required<Pick<LoadedIndex, 'statementOf' | 'statements' | 'fragmentOf'>> {
  const statementOf = new Map<string, string>();
  const statements = new Map<string, Statement>();
  for (const g of grouping.grouped) {
    const quoteIds = g.slots.map((s) => quotes[s]!.id);
    const id = quoteIds[0]!;
    statements.set(id, { id, quoteIds, representativeId: quotes[g.representative]!.id });
    for (const q of quoteIds) statementOf.set(q, id);
  }
  const fragmentOf = new Map<string, string>();
  for (const [fragment, outer] of grouping.fragments) fragmentOf.set(quotes[fragment]!.id, quotes[outer]!.id);
  return { statementOf, statements, fragmentOf };
}

/** Statement id per quote slot, for the search engine's collapsing. */
function statementIds(quotes: readonly Quote[], grouping: StatementSlots): string[] {
  const ids = quotes.map((q) => q.id);
  for (const g of grouping.grouped) {
    const id = quotes[g.slots[0]!]!.id;
    for (const s of g.slots) ids[s] = id;
  }
  return ids;
}
