import type { Article, Quote, Speaker } from '../model/types.js';
import type { SearchEngine } from '../search/types.js';
import type { Statement } from '../statements/group.js';
import type { IdLists, Records } from './record-store.js';

/** A built index, loaded and ready to serve. */
export interface LoadedIndex {
  /** Directory the index was loaded from. */
  dir: string;
  /** When it was built (ISO) and its format version, from the manifest. */
  builtAt: string;
  formatVersion: number;
  /**
   * Articles and quotes by id. A loaded index reads them from its files when asked (see record-store.ts),
   * so iterating over all of them decodes every one: fine for a tool, not for a request.
   */
  articles: Records<Article>;
  quotes: Records<Quote>;
  speakers: Map<string, Speaker>;
  /** Speaker id → quote ids, newest first. */
  quotesBySpeaker: IdLists;
  /** Article id → quote ids, in text order. */
  quotesByArticle: IdLists;
  search: SearchEngine;
  /**
   * One quote, many reports (src/statements). Optional: an index assembled without them serves every
   * quote as its own statement. Quote id → statement id; statement id → statement; fragment quote id →
   * the longer quote of the same statement it was cut from.
   */
  statementOf?: Map<string, string>;
  /** Why statement grouping failed and was left out, when it did (the index is served without it). */
  statementsError?: string;
  statements?: Map<string, Statement>;
  fragmentOf?: Map<string, string>;
  /**
   * Record reads that failed since the index was loaded (a file written wrong whose checksum still matched):
   * the first problem, how many, and a way to hear of the first. Absent for an index assembled in memory.
   */
  damage?: IndexDamage;
}

export interface IndexDamage {
  readonly problem: string | null;
  readonly failures: number;
  onFirst(listener: (problem: string) => void): void;
}
