/**
 * Route contracts: every query string and route parameter the site and API accept, as zod schemas.
 * Handlers only ever see the parsed values; anything else is a 400 naming the field.
 *
 * Express parses `?a=1&a=2` into an array, so a field that takes one value says so plainly
 * ("give 'page' only once") instead of silently picking one; repeatable filters accept both forms.
 */
import { z } from 'zod';
import type { SortOrder } from '../search/types.js';
import { MAX_QUERY_TERMS, parseQuery } from '../search/index.js';

export const MAX_QUERY_LENGTH = 500;
export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 20;
/** Deep pages cost as much as shallow ones here, but nobody reads page 10,000: bound it. */
export const MAX_PAGE = 10_000;
const MAX_ID_LENGTH = 200;
const MAX_FILTER_VALUES = 50;

/** One value from the query string: rejects repeats, treats an empty form field as absent. */
function single<T extends z.ZodType>(name: string, inner: T) {
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
  return z
    .preprocess((value) => {
      if (value === undefined) return [];
      return Array.isArray(value) ? value : [value];
    }, z.array(z.string({ error: `'${name}' must be text` }).max(MAX_ID_LENGTH, `'${name}' is too long (max ${MAX_ID_LENGTH} characters)`)).max(MAX_FILTER_VALUES, `too many '${name}' values (max ${MAX_FILTER_VALUES})`))
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

const intField = (name: string, min: number, max: number) =>
  single(
    name,
    z
      .string()
      .regex(/^\d+$/, `'${name}' must be a whole number`)
      .transform(Number)
      .pipe(z.number().min(min, `'${name}' must be at least ${min}`).max(max, `'${name}' must be at most ${max}`)),
  );

/**
 * Search text: bounded in length and in terms. Past {@link MAX_QUERY_TERMS} words, phrase words and
 * exclusions together the query is refused (a 400 naming `q`) rather than silently cut: each term is a
 * posting list to merge or a phrase to check, and a cut query would answer another question.
 */
const queryText = single(
  'q',
  z
    .string()
    .max(MAX_QUERY_LENGTH, `'q' is too long (max ${MAX_QUERY_LENGTH} characters)`)
    .refine((q) => !parseQuery(q).truncated, `'q' has too many terms (at most ${MAX_QUERY_TERMS} words, phrase words and -exclusions together)`),
);

const sortField = single(
  'sort',
  z.enum(['relevance', 'newest', 'oldest'], { error: "'sort' must be one of relevance, newest, oldest" }),
);

/** `GET /` and `GET /api/search`. */
export const searchQuerySchema = z
  .object({
    q: queryText,
    speaker: repeatable('speaker'),
    publisher: repeatable('publisher'),
    from: dateField('from'),
    to: dateField('to'),
    sort: sortField,
    page: intField('page', 1, MAX_PAGE),
    limit: intField('limit', 1, MAX_LIMIT),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: "'from' must not be after 'to'", path: ['from'] })
  .transform((v) => {
    const q = (v.q ?? '').trim();
    // Without words there is nothing to rank by relevance: the latest quotes come first.
    const sort: SortOrder = v.sort ?? (q === '' ? 'newest' : 'relevance');
    return {
      q,
      speakers: v.speaker,
      publishers: v.publisher,
      from: v.from ?? null,
      to: v.to ?? null,
      sort,
      page: v.page ?? 1,
      limit: v.limit ?? DEFAULT_LIMIT,
    };
  });
export type SearchQuery = z.output<typeof searchQuerySchema>;

/** `GET /speakers/:id` and `GET /api/speakers/:id`: search within one speaker's quotes. */
export const speakerQuotesQuerySchema = z
  .object({ q: queryText, sort: sortField, page: intField('page', 1, MAX_PAGE), limit: intField('limit', 1, MAX_LIMIT) })
  .transform((v) => {
    const q = (v.q ?? '').trim();
    const sort: SortOrder = v.sort ?? (q === '' ? 'newest' : 'relevance');
    return { q, sort, page: v.page ?? 1, limit: v.limit ?? DEFAULT_LIMIT };
  });
export type SpeakerQuotesQuery = z.output<typeof speakerQuotesQuerySchema>;

/** `GET /speakers` and `GET /api/speakers`: a name filter over the speaker list. */
export const speakerListQuerySchema = z
  .object({
    q: single('q', z.string().max(MAX_QUERY_LENGTH, `'q' is too long (max ${MAX_QUERY_LENGTH} characters)`)),
    page: intField('page', 1, MAX_PAGE),
    limit: intField('limit', 1, MAX_LIMIT),
  })
  .transform((v) => ({ q: (v.q ?? '').trim(), page: v.page ?? 1, limit: v.limit ?? MAX_LIMIT }));
export type SpeakerListQuery = z.output<typeof speakerListQuerySchema>;

/** `:id` in `/q/:id`, `/speakers/:id`, `/articles/:id` and their API twins. */
export const idParamsSchema = z.object({
  id: z
    .string()
    .min(1, "'id' must not be empty")
    .max(MAX_ID_LENGTH, `'id' is too long (max ${MAX_ID_LENGTH} characters)`)
    // eslint-disable-next-line no-control-regex
    .regex(/^[^\u0000-\u001f\u007f]+$/, "'id' must not contain control characters"),
});
export type IdParams = z.output<typeof idParamsSchema>;

/** A validation problem as the API reports it. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** Flattens zod's issues into `{path, message}` pairs (`path` is the field name, `''` for the whole input). */
export function describeIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}
