/**
 * The search request as a client gives it (a query string, command-line options): one zod contract shared by
 * the web layer and the CLI, so both accept and refuse the same things with the same messages.
 *
 * Input is a plain object of strings (or arrays of strings for repeated fields, as express parses `?a=1&a=2`).
 * A field that takes one value says so plainly ("give 'page' only once") instead of silently picking one;
 * repeatable filters accept both forms. An empty value (an empty form field) counts as absent.
 */
import { z } from 'zod';
import type { SearchRequest, SortOrder } from './types.js';
import { MAX_QUERY_TERMS, parseQuery } from './query.js';

export const MAX_QUERY_LENGTH = 500;
export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 20;
/** Deep pages cost as much as shallow ones here, but nobody reads page 10,000: bound it. */
export const MAX_PAGE = 10_000;
export const MAX_ID_LENGTH = 200;
const MAX_FILTER_VALUES = 50;

/** One value from the query string: rejects repeats, treats an empty form field as absent. */
export function single<T extends z.ZodType>(name: string, inner: T) {
  return z.preprocess((value, ctx) => {
    if (Array.isArray(value)) {
      ctx.addIssue({ code: 'custom', message: `give '${name}' only once` });
      return z.NEVER;
    }
    return value === '' ? undefined : value;
  }, inner.optional());
}

/** A repeatable filter (`?speaker=a&speaker=b`): always an array of non-empty, trimmed strings. */
function repeatable(name: string) {
  const value = z
    .string({ error: `'${name}' must be text` })
    .max(MAX_ID_LENGTH, `'${name}' is too long (max ${MAX_ID_LENGTH} characters)`);
  return z
    .preprocess(
      (v): unknown[] => (v === undefined ? [] : Array.isArray(v) ? (v as unknown[]) : [v]),
      z.array(value).max(MAX_FILTER_VALUES, `too many '${name}' values (max ${MAX_FILTER_VALUES})`),
    )
    .transform((values) => [...new Set(values.map((v) => v.trim()).filter((v) => v !== ''))]);
}

function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const dateField = (name: string) =>
  single(
    name,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, `'${name}' must be a date as YYYY-MM-DD`)
      .refine(isCalendarDate, `'${name}' is not a real calendar date`),
  );

/**
 * A whole number within bounds, given as text. Its metadata describes it as what it means (an integer) for
 * documents generated from the schema (the web's OpenAPI).
 */
export const intField = (name: string, min: number, max: number) =>
  single(
    name,
    z
      .string()
      .regex(/^\d+$/, `'${name}' must be a whole number`)
      .transform(Number)
      .pipe(z.number().min(min, `'${name}' must be at least ${min}`).max(max, `'${name}' must be at most ${max}`)),
  ).meta({ type: 'integer', minimum: min, maximum: max });

/**
 * Search text: bounded in length and in terms. Past {@link MAX_QUERY_TERMS} words, phrase words and
 * exclusions together the query is refused (an issue naming `q`) rather than silently cut: each term is a
 * posting list to merge or a phrase to check, and a cut query would answer another question.
 */
export const queryText = single(
  'q',
  z
    .string()
    .max(MAX_QUERY_LENGTH, `'q' is too long (max ${MAX_QUERY_LENGTH} characters)`)
    .refine(
      (q) => !parseQuery(q).truncated,
      `'q' has too many terms (at most ${MAX_QUERY_TERMS} words, phrase words and -exclusions together)`,
    ),
);

/** A probability as text, `0` to `1` (`0.6`, `.9`, `1`). */
const probabilityField = (name: string) =>
  single(
    name,
    z
      .string()
      .regex(/^(?:0|1|0?\.\d+|1\.0+)$/, `'${name}' must be a number from 0 to 1 (such as 0.6)`)
      .transform(Number),
  ).meta({
    type: 'number',
    minimum: 0,
    maximum: 1,
    description: 'Only quotes whose attribution confidence is at least this',
  });

export const sortField = single(
  'sort',
  z.enum(['relevance', 'newest', 'oldest'], { error: "'sort' must be one of relevance, newest, oldest" }),
);

/** Without words there is nothing to rank by relevance: the latest quotes come first. */
export function defaultSort(q: string, sort: SortOrder | undefined): SortOrder {
  return sort ?? (q === '' ? 'newest' : 'relevance');
}

/** A search request's fields as a client sends them (the web's `GET /api/search`, the CLI's options). */
export const searchRequestSchema = z
  .object({
    q: queryText,
    speaker: repeatable('speaker'),
    publisher: repeatable('publisher'),
    from: dateField('from'),
    to: dateField('to'),
    sort: sortField,
    page: intField('page', 1, MAX_PAGE),
    limit: intField('limit', 1, MAX_LIMIT),
    minConfidence: probabilityField('minConfidence'),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: "'from' must not be after 'to'", path: ['from'] })
  .transform((v) => {
    const q = (v.q ?? '').trim();
    return {
      q,
      speakers: v.speaker,
      publishers: v.publisher,
      from: v.from ?? null,
      to: v.to ?? null,
      sort: defaultSort(q, v.sort),
      page: v.page ?? 1,
      limit: v.limit ?? DEFAULT_LIMIT,
      minConfidence: v.minConfidence ?? null,
    } satisfies SearchRequest;
  });
export type ParsedSearchRequest = z.output<typeof searchRequestSchema>;

/** A validation problem: `path` is the field name (`''` for the whole input). */
export interface RequestIssue {
  path: string;
  message: string;
}

/** Flattens zod's issues into `{path, message}` pairs, one per problem. */
export function describeIssues(error: z.ZodError): RequestIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** Raw request fields: strings, or arrays of strings for a repeated field. */
export type RawRequest = Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * Parses a search request given as plain strings (e.g. the CLI's `{q: 'tax', speaker: ['a', 'b'], page: '2'}`).
 * Every bad field is reported at once; nothing is coerced into something plausible.
 */
export function parseSearchRequest(
  input: RawRequest,
): { ok: true; request: ParsedSearchRequest } | { ok: false; issues: RequestIssue[] } {
  const result = searchRequestSchema.safeParse(input);
  return result.success ? { ok: true, request: result.data } : { ok: false, issues: describeIssues(result.error) };
}
