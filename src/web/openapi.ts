/**
 * An OpenAPI 3.1 description of the JSON API, generated from the same zod contracts the handlers parse with,
 * so the document cannot drift from what the server accepts.
 */
import { z } from 'zod';
import {
  idParamsSchema,
  searchQuerySchema,
  speakerListQuerySchema,
  speakerQuotesQuerySchema,
  checkQuerySchema,
} from './schemas.js';

interface Parameter {
  name: string;
  in: 'query' | 'path';
  required: boolean;
  schema: unknown;
}

/** Query or path parameters from an object schema, described as the client sends them (input side). */
function parameters(schema: z.ZodType, where: 'query' | 'path'): Parameter[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, unknown>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: s,
  }));
}

const errorResponses = {
  '400': { description: 'Invalid input: `{error, issues: [{path, message}]}`' },
  '404': { description: 'Unknown id: `{error, issues: []}`' },
};

function get(summary: string, params: Parameter[]) {
  return { get: { summary, parameters: params, responses: { '200': { description: 'OK' }, ...errorResponses } } };
}

/** The API's OpenAPI document, with `serverUrl` as its server. */
export function openApiDocument(serverUrl: string): Record<string, unknown> {
  const id = parameters(idParamsSchema, 'path');
  return {
    openapi: '3.1.0',
    info: { title: 'Verbatim API', version: '1', description: 'Search quotes, speakers and the articles they come from.' },
    servers: [{ url: serverUrl }],
    paths: {
      '/api/search': get('Search quotes', parameters(searchQuerySchema, 'query')),
      '/api/quotes/{id}': get('One quote, with citations and the same quote in other articles', id),
      '/api/speakers': get('All speakers, most quoted first', parameters(speakerListQuerySchema, 'query')),
      '/api/speakers/{id}': get('One speaker and their quotes', [...id, ...parameters(speakerQuotesQuerySchema, 'query')]),
      '/api/articles/{id}': get('One article and the quotes extracted from it', id),
      '/api/health': get('Index status', []),
      '/api/check': get(
        'Check a quotation: the closest real quotes with word diffs, a verdict (exact, close, same-speaker-different-wording, not-found) and whether the claimed speaker said it',
        parameters(checkQuerySchema, 'query'),
      ),
      '/export.csv': get('Every report matching a search as CSV (search parameters; at most 10,000 rows; cells starting = + - @ are prefixed with \')', parameters(searchQuerySchema, 'query')),
      '/export.jsonl': get('Every report matching a search as JSON Lines (one quote object per line)', parameters(searchQuerySchema, 'query')),
      '/export.bib': get('Every report matching a search as BibTeX @misc entries', parameters(searchQuerySchema, 'query')),
      '/feed.atom': get('Atom feed of a search, newest first, one entry per statement', parameters(searchQuerySchema, 'query')),
      '/speakers/{id}/export.csv': get("A speaker's quotes as CSV (also .jsonl, .bib)", [...id, ...parameters(speakerQuotesQuerySchema, 'query')]),
      '/speakers/{id}/feed.atom': get("Atom feed of a speaker's quotes, newest first", id),
    },
  };
}
