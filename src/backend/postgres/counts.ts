/** The corpus-wide totals `db finalize` stores with each search version (read by search.ts for the empty query). */
export interface SearchCounts {
  quotes: number;
  /** Statements: a statement reported several times counted once. */
  statements: number;
  unattributedQuotes: number;
  unattributedStatements: number;
}
