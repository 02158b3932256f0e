import type { CorpusData, Quote } from '../types.js';
import type { SearchEngine } from '../search/types.js';
import { createSearchEngine } from '../search/index.js';
import { groupStatements } from '../statements/group.js';
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
 * `createEngine` replaces src/search's factory (tests, tools).
 */
export function assembleIndex(
  data: CorpusData,
  meta: { dir: string; builtAt: string; formatVersion: number },
  serializedSearch?: string | readonly string[],
  createEngine: (data: CorpusData, serialized?: string | readonly string[], options?: { statementOf?: readonly string[] }) => SearchEngine = createSearchEngine,
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
  // (at a million quotes it has run out of Set capacity) leaves every quote its own statement, and says so,
  // rather than making the whole index unloadable.
  let grouped: ReturnType<typeof groupStatements> | null = null;
  let statementsError: string | undefined;
  try {
    grouped = groupStatements(data.quotes);
  } catch (error) {
    statementsError = `statements: grouping ${data.quotes.length} quotes failed (${error instanceof Error ? error.message : String(error)}); every quote is served as its own statement`;
  }
  const base = { ...meta, articles, quotes, speakers, quotesBySpeaker, quotesByArticle };
  if (grouped === null) return { ...base, search: createEngine(data, serializedSearch), statementsError };
  return {
    ...base,
    search: createEngine(data, serializedSearch, { statementOf: grouped.statementOf }),
    statementOf: new Map(data.quotes.map((q, i) => [q.id, grouped.statementOf[i]!])),
    statements: new Map(grouped.statements.map((s) => [s.id, s])),
    fragmentOf: grouped.fragmentOf,
  };
}
