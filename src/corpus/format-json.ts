/** `.json` (one article object or an array of them) and `.jsonl` (one article per line). */
import type { InputProblem } from '../model/types.js';
import type { ArticleIdentity } from '../model/ids.js';
import { corpusProblem, FileProblems } from './problems.js';
import { articleRecordSchema, describeIssue, type ArticleRecord, type Draft, type GivenMeta } from './schemas.js';

export interface FormatResult {
  drafts: Draft[];
  problems: InputProblem[];
  /**
   * Records the file holds, read or left out (a draft's `position` is at most this): a load gives each file this
   * many places in corpus order, so that an article's place does not depend on which of the others were read.
   * Absent: one.
   */
  records?: number;
}

/**
 * Which records of a file a reader gives (one shard of a corpus): a record left out is not built, and its problems
 * are left to the load that keeps it (a record's identity is its id when it has a valid one, else its place in the
 * file: the article id it has or would have).
 */
export type KeepRecord = (identity: ArticleIdentity) => boolean;

function givenMeta(record: ArticleRecord): GivenMeta {
  const given: GivenMeta = {};
  const set = (field: keyof GivenMeta, value: string | null | undefined) => {
    if (value != null && value.trim() !== '') given[field] = value.trim();
  };
  set('title', record.title);
  set('publisher', record.publisher ?? record.source);
  set('url', record.url);
  set('author', record.author);
  set('publishedAt', record.publishedAt);
  set('dateline', record.dateline);
  return given;
}

function toDraft(input: unknown, path: string, line: number | null, position: number | null): Draft | string {
  const parsed = articleRecordSchema.safeParse(input);
  if (!parsed.success) return describeIssue(parsed.error, input);
  const record = parsed.data;
  // The record's text is kept exactly as given: gold offsets are scored against it.
  return { recordId: record.id, path, line, position, text: record.text, given: givenMeta(record), givenOrigin: 'record' };
}

/** The record id a parsed value gives its article (as the schema reads it), null when it gives none that is valid. */
function givenRecordId(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !('id' in value)) return null;
  const id = value.id;
  return (typeof id === 'string' && id !== '') || typeof id === 'number' ? String(id) : null;
}

/** An id key or value could hide behind an escape: `"\u0069d"` is `"id"` to JSON.parse. */
const ESCAPED_I_OR_D = /\\u00(?:69|64)/;
const LEADING_ID = /^\s*\{\s*"id"\s*:\s*"([^"\\]+)"/;

/**
 * The record id of a JSON Lines line read without parsing it: the id when the line opens with `{"id":"…"` (no escape
 * in the value) and names no other `id` key, null when the line names no `id` key at all; undefined when it cannot
 * be told so cheaply (the line is parsed). Whatever it says is what JSON.parse and the schema would say of a valid
 * record, and a line that is not one is reported by the load its answer sends it to.
 */
export function quickRecordId(line: string): string | null | undefined {
  if (ESCAPED_I_OR_D.test(line)) return undefined;
  const lead = LEADING_ID.exec(line);
  if (lead) return line.includes('"id"', lead[0].length) ? undefined : lead[1]!;
  return line.includes('"id"') ? undefined : null;
}

/** A `.json` file: one article object, or an array of them (problems name the record's index). */
export function readJson(text: string, path: string, keep?: KeepRecord): FormatResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    return { drafts: [], problems: [corpusProblem(path, null, `not valid JSON (${(err as Error).message})`)] };
  }
  if (Array.isArray(value)) {
    // A million bad records give a hundred messages and a summary, not a million messages.
    const drafts: Draft[] = [];
    const problems = new FileProblems(path);
    value.forEach((item, i) => {
      if (keep && !keep({ recordId: givenRecordId(item), path, position: i + 1 })) return;
      const draft = toDraft(item, path, null, i + 1);
      if (typeof draft === 'string') problems.add(null, draft, `record ${i + 1}: `);
      else drafts.push(draft);
    });
    return { drafts, problems: problems.list(), records: value.length };
  }
  const draft = toDraft(value, path, null, null);
  if (typeof draft === 'string') {
    const what = typeof value === 'object' && value !== null ? draft : 'expected an article object or an array of them';
    return { drafts: [], problems: [corpusProblem(path, null, what)] };
  }
  return { drafts: [draft], problems: [] };
}

/**
 * A `.jsonl` file: a broken line is reported with its number and the other lines still load. With `keep`, a line
 * whose record id can be read without parsing it ({@link quickRecordId}) is left out unparsed when `keep` refuses it.
 */
export function readJsonLines(text: string, path: string, keep?: KeepRecord): FormatResult {
  const drafts: Draft[] = [];
  const problems = new FileProblems(path);
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const source = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (source.trim() === '') return;
    const quick = keep ? quickRecordId(source) : undefined;
    if (keep && quick !== undefined && !keep({ recordId: quick, path, position: lineNo })) return;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (err) {
      if (!keep || keep({ recordId: quick ?? null, path, position: lineNo }))
        problems.add(lineNo, `not valid JSON (${(err as Error).message})`);
      return;
    }
    if (keep && quick === undefined && !keep({ recordId: givenRecordId(value), path, position: lineNo })) return;
    const draft = toDraft(value, path, lineNo, lineNo);
    if (typeof draft === 'string') problems.add(lineNo, draft);
    else drafts.push(draft);
  });
  return { drafts, problems: problems.list(), records: lines.length };
}
