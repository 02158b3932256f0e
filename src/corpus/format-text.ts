/** `.txt` (the whole file is the article) and `.md` (YAML front matter, then the body). */
import { parse as parseYaml } from 'yaml';
import { normalizeNewlines } from './decode.js';
import type { FormatResult } from './format-json.js';
import { corpusProblem } from './problems.js';
import { describeIssue, frontMatterSchema, type GivenMeta } from './schemas.js';

/** A `.txt` file: the decoded text with LF line endings is the article text. */
export function readText(text: string, path: string): FormatResult {
  return {
    drafts: [{ recordId: null, path, line: null, position: null, text: normalizeNewlines(text), given: {}, givenOrigin: 'record' }],
    problems: [],
  };
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/**
 * A `.md` file: optional YAML front matter between `---` lines, then the body as the text.
 * Front matter that is not YAML (or not a mapping) skips the file with a problem rather than
 * guessing which lines were meant as metadata.
 */
export function readMarkdown(raw: string, path: string): FormatResult {
  const text = normalizeNewlines(raw);
  const fail = (what: string): FormatResult => ({ drafts: [], problems: [corpusProblem(path, null, what)] });
  if (!text.startsWith('---\n') && !text.startsWith('--- \n')) {
    return { drafts: [{ recordId: null, path, line: null, position: null, text, given: {}, givenOrigin: 'front-matter' }], problems: [] };
  }
  const block = FRONT_MATTER.exec(text);
  if (!block) return fail("front matter opens with '---' but is never closed");
  let data: unknown;
  try {
    data = parseYaml(block[1] ?? '');
  } catch (err) {
    return fail(`front matter is not valid YAML (${(err as Error).message.split('\n')[0]})`);
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) return fail('front matter is not a YAML mapping of field: value');
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) return fail(`front matter: ${describeIssue(parsed.error, data)}`);
  const fm = parsed.data;
  const given: GivenMeta = {};
  const set = (field: keyof GivenMeta, value: string | null | undefined) => {
    if (value != null && value.trim() !== '') given[field] = value.trim();
  };
  set('title', fm.title);
  set('publisher', fm.publisher ?? fm.source);
  set('url', fm.url);
  set('author', fm.author);
  set('publishedAt', fm.publishedAt ?? fm.published ?? fm.date);
  set('dateline', fm.dateline);
  const body = text.slice(block[0].length);
  if (body.trim() === '') return fail('no article text after the front matter');
  return { drafts: [{ recordId: fm.id, path, line: null, position: null, text: body, given, givenOrigin: 'front-matter' }], problems: [] };
}
