/**
 * Route contracts: every query string and route parameter the site and API accept, as zod schemas.
 * Handlers only ever see the parsed values; anything else is a 400 naming the field.
 *
 * Express parses `?a=1&a=2` into an array, so a field that takes one value says so plainly
 * ("give 'page' only once") instead of silently picking one; repeatable filters accept both forms.
 */
import { z } from 'zod';
import {
  MAX_ID_LENGTH,
  MAX_LIMIT,
  MAX_PAGE,
  MAX_QUERY_LENGTH,
  DEFAULT_LIMIT,
  defaultSort,
  describeIssues,
  intField,
  queryText,
  searchRequestSchema,
  single,
  sortField,
  type ParsedSearchRequest,
  type RequestIssue,
} from '../search/request-schema.js';

export { MAX_QUERY_LENGTH, MAX_LIMIT, DEFAULT_LIMIT, MAX_PAGE, describeIssues };

/** `GET /` and `GET /api/search`: the search request contract (src/search/request-schema.ts). */
export const searchQuerySchema = searchRequestSchema;
export type SearchQuery = ParsedSearchRequest;

/** `GET /speakers/:id` and `GET /api/speakers/:id`: search within one speaker's quotes. */
export const speakerQuotesQuerySchema = z
  .object({
    q: queryText,
    sort: sortField,
    page: intField('page', 1, MAX_PAGE),
    limit: intField('limit', 1, MAX_LIMIT),
  })
  .transform((v) => {
    const q = (v.q ?? '').trim();
    return { q, sort: defaultSort(q, v.sort), page: v.page ?? 1, limit: v.limit ?? DEFAULT_LIMIT };
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
export type ValidationIssue = RequestIssue;

export const MAX_CHECK_LENGTH = 2_000;

const oneText = (name: string, max: number) =>
  z.preprocess(
    (value, ctx) => {
      if (Array.isArray(value)) {
        ctx.addIssue({ code: 'custom', message: `give '${name}' only once` });
        return z.NEVER;
      }
      return typeof value === 'string' && value.trim() === '' ? undefined : value;
    },
    z
      .string({ error: `'${name}' must be text` })
      .max(max, `'${name}' is too long (max ${max.toLocaleString('en-GB')} characters)`)
      .optional(),
  );

/** `GET /check` and `GET /api/check`: the quotation as pasted, and optionally who it is claimed to be by (id or name). */
export const checkQuerySchema = z
  .object({ text: oneText('text', MAX_CHECK_LENGTH), speaker: oneText('speaker', MAX_ID_LENGTH) })
  .transform((v) => ({ text: v.text?.trim() ?? '', speaker: v.speaker?.trim() ?? null }));
export type CheckQuery = z.output<typeof checkQuerySchema>;
