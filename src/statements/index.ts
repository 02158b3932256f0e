/**
 * Statements: the reports of one quotation across articles, grouped (`groupStatements`), and the
 * lookups the web layer reads from a loaded index (`reportsOf`).
 */
export { groupStatements, groupStatementSlots, statementGroupsOf, defaultGroupingOptions } from './group.js';
export type { Statement, StatementGroups, StatementSlots, GroupingOptions } from './group.js';
export { alignLocally, commonWordCount, comparableWords, diffWords } from './align.js';
export type { DiffOp, LocalAlignment } from './align.js';
export { reportsOf, sourceCount, type Report } from './reports.js';
