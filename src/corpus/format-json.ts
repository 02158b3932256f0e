/** `.json` (one article object or an array of them) and `.jsonl` (one article per line). */
import type { InputProblem } from '../model/types.js';
import { corpusProblem, FileProblems } from './problems.js';
import { articleRecordSchema, describeIssue, type ArticleRecord, type Draft, type GivenMeta } from './schemas.js';

export interface FormatResult {
  drafts: Draft[];
  problems: InputProblem[];
}

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

/** A `.json` file: one article object, or an array of them (problems name the record's index). */
export function readJson(text: string, path: string): FormatResult {
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
      const draft = toDraft(item, path, null, i + 1);
      if (typeof draft === 'string') problems.add(null, draft, `record ${i + 1}: `);
      else drafts.push(draft);
    });
    return { drafts, problems: problems.list() };
  }
  const draft = toDraft(value, path, null, null);
  if (typeof draft === 'string') {
    const what = typeof value === 'object' && value !== null ? draft : 'expected an article object or an array of them';
    return { drafts: [], problems: [corpusProblem(path, null, what)] };
  }
  return { drafts: [draft], problems: [] };
}

/** A `.jsonl` file: a broken line is reported with its number and the other lines still load. */
export function readJsonLines(text: string, path: string): FormatResult {
  const drafts: Draft[] = [];
  const problems = new FileProblems(path);
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const source = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (source.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (err) {
      problems.add(lineNo, `not valid JSON (${(err as Error).message})`);
      return;
    }
    const draft = toDraft(value, path, lineNo, lineNo);
    if (typeof draft === 'string') problems.add(lineNo, draft);
    else drafts.push(draft);
  });
  return { drafts, problems: problems.list() };
}
