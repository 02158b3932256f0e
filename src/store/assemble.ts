import type { Article, CorpusData, Quote, Speaker } from '../model/types.js';
import type { SearchEngine } from '../search/types.js';
import { createSearchEngine, type EngineOptions } from '../search/index.js';
import { groupStatementSlots, type Statement, type StatementSlots } from '../statements/group.js';
import type { LoadedIndex } from './types.js';

import { quoteDate } from '../model/quote-date.js';

export { quoteDate };

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function push<K>(lists: Map<K, number[]>, key: K, slot: number): void {
  const list = lists.get(key);
  if (list) list.push(slot);
  else lists.set(key, [slot]);
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
  serializedSearch?: Uint8Array,
  createEngine: (data: CorpusData, saved?: Uint8Array, options?: EngineOptions) => SearchEngine = createSearchEngine,
  grouping?: StatementSlots,
): LoadedIndex {
  const articles = new Map<string, Article>();
  for (const a of data.articles) articles.set(a.id, a);
  const quotes = new Map<string, Quote>();
  for (const q of data.quotes) quotes.set(q.id, q);
  const speakers = new Map<string, Speaker>();
  for (const s of data.speakers) speakers.set(s.id, s);

  // Each list is gathered in input order and sorted on its own: a global sort of a million records costs seconds.
  const quotesByArticle = new Map<string, string[]>();
  const slotsByArticle = new Map<string, number[]>();
  const slotsBySpeaker = new Map<string, number[]>();
  data.quotes.forEach((q, i) => {
    push(slotsByArticle, q.articleId, i);
    if (q.speakerId) push(slotsBySpeaker, q.speakerId, i);
  });
  for (const [id, slots] of slotsByArticle) {
    quotesByArticle.set(
      id,
      slots.sort((a, b) => data.quotes[a]!.start - data.quotes[b]!.start || a - b).map((i) => data.quotes[i]!.id),
    );
  }
  // Plain code-unit comparisons: ids and ISO dates are ASCII, and localeCompare costs seconds at a million quotes.
  const dates = data.quotes.map(quoteDate);
  const newestFirst = (a: number, b: number): number =>
    compareText(dates[b]!, dates[a]!) || compareText(data.quotes[a]!.id, data.quotes[b]!.id);
  const quotesBySpeaker = new Map<string, string[]>();
  for (const [id, slots] of slotsBySpeaker)
    quotesBySpeaker.set(
      id,
      slots.sort(newestFirst).map((i) => data.quotes[i]!.id),
    );

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
  return {
    ...base,
    ...statementLookups((slot) => data.quotes[slot]!.id, grouping),
    search: createEngine(data, serializedSearch, { statementGroups: grouping.grouped }),
  };
}

/**
 * The statement lookups of a loaded index. Only statements of several reports are listed: a quote that is
 * in none is its own statement (the readers in src/statements and src/web fall back to the quote's id).
 */
export function statementLookups(
  idAt: (slot: number) => string,
  grouping: StatementSlots,
): Required<Pick<LoadedIndex, 'statementOf' | 'statements' | 'fragmentOf'>> {
  const statementOf = new Map<string, string>();
  const statements = new Map<string, Statement>();
  for (const g of grouping.grouped) {
    const quoteIds = g.slots.map(idAt);
    const id = quoteIds[0]!;
    statements.set(id, { id, quoteIds, representativeId: idAt(g.representative) });
    for (const q of quoteIds) statementOf.set(q, id);
  }
  const fragmentOf = new Map<string, string>();
  for (const [fragment, outer] of grouping.fragments) fragmentOf.set(idAt(fragment), idAt(outer));
  return { statementOf, statements, fragmentOf };
}
