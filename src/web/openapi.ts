/**
 * An OpenAPI 3.1 description of the JSON API, feeds and exports, generated from the same zod contracts the
 * handlers parse their input with (parameters) and the tests parse their answers with (responses, as shared
 * components), so the document cannot drift from what the server accepts and returns.
 */
import { z } from 'zod';
import {
  checkQuerySchema,
  idParamsSchema,
  searchQuerySchema,
  speakerListQuerySchema,
  speakerQuotesQuerySchema,
} from './schemas.js';
import { apiComponents } from './api-schemas.js';

type JsonSchema = Record<string, unknown>;

interface Parameter {
  name: string;
  in: 'query' | 'path';
  required: boolean;
  schema: JsonSchema;
  description?: string;
}

/** Query or path parameters from an object schema, described as the client sends them (input side). */
function parameters(schema: z.ZodType, where: 'query' | 'path'): Parameter[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, s]) => {
    const { description, ...rest } = s;
    // A number given as text (`page=2`) is described as the number it is; its text pattern says nothing more.
    if (rest.type === 'integer' || rest.type === 'number') delete rest.pattern;
    return {
      name,
      in: where,
      required: where === 'path' || (json.required ?? []).includes(name),
      schema: rest,
      ...(typeof description === 'string' ? { description } : {}),
    };
  });
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

const errors = {
  '400': {
    description: 'Invalid input: one issue per bad parameter',
    content: { 'application/json': { schema: ref('Error') } },
  },
  '404': { description: 'Unknown id', content: { 'application/json': { schema: ref('Error') } } },
  '405': { description: 'Not GET or HEAD (the `Allow` header lists the methods)' },
  '503': { description: 'Over the search time budget (Retry-After) or the index is being rebuilt' },
};

/** One GET operation answering 200 with `content` (media type → schema). */
function operation(
  operationId: string,
  summary: string,
  params: Parameter[],
  content: Record<string, JsonSchema>,
  description?: string,
) {
  const media = Object.fromEntries(Object.entries(content).map(([type, schema]) => [type, { schema }]));
  return {
    get: {
      operationId,
      summary,
      ...(description ? { description } : {}),
      parameters: params,
      responses: { '200': { description: 'OK', content: media }, ...errors },
    },
  };
}

/** A JSON operation answering with a shared component. */
function json(operationId: string, summary: string, params: Parameter[], schema: string, description?: string) {
  return operation(operationId, summary, params, { 'application/json': ref(schema) }, description);
}

/** A feed or export: a file of `type`. */
function file(operationId: string, summary: string, params: Parameter[], type: string, description?: string) {
  return operation(operationId, summary, params, { [type]: { type: 'string' } }, description);
}

/** The shared response schemas, as `components/schemas`. */
function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiComponents, { uri: (id) => `#/components/schemas/${id}` }) as {
    schemas: Record<string, JsonSchema>;
  };
  return Object.fromEntries(
    Object.entries(schemas).map(([id, s]) => {
      const { $schema: _schema, $id: _id, ...rest } = s;
      return [id, rest];
    }),
  );
}

const EXPORT_NOTE =
  'Every report (not one per statement), at most 10,000 rows (X-Total-Count, X-Truncated). Each row carries the ' +
  'attribution confidence and its band, and the said-at date with its precision and basis.';
const CSV_NOTE =
  `${EXPORT_NOTE} UTF-8 with a byte order mark (so spreadsheet programs keep accents and curly quotes); cells ` +
  "starting = + - @ are prefixed with '; said_at is prefixed 'approx. ' when it only stands in for when the words were said (basis inferred: the publication date; event: the date of the event an undated article reports).";

/** The API's OpenAPI document, with `serverUrl` as its server. */
export function openApiDocument(serverUrl: string): Record<string, unknown> {
  const id = parameters(idParamsSchema, 'path');
  const search = parameters(searchQuerySchema, 'query');
  const speakerQuotes = [...id, ...parameters(speakerQuotesQuerySchema, 'query')];
  return {
    openapi: '3.1.0',
    info: {
      title: 'Verbatim API',
      version: '2',
      description:
        'Search quotes, speakers and the articles they come from. Read-only: GET and HEAD, callable from other ' +
        'origins (CORS). A speaker is stated as fact (speakerId, speakerName) only when the attribution is certain; ' +
        'below that see speakerStatus and candidate. Search rows give reportCount; /api/quotes/{id} lists reports.',
    },
    servers: [{ url: serverUrl }],
    paths: {
      '/api/search': json(
        'searchQuotes',
        'Search quotes',
        search,
        'SearchResponse',
        'speaker= takes an id, a name or an alias (case and accents ignored), or a close spelling when only one ' +
          'speaker is that close; an unknown speaker is a 400 suggesting close ones. With from/to, quotes without ' +
          'a date are left out and counted in undatedExcluded. minConfidence keeps quotes whose attribution is at least that sure.',
      ),
      '/api/quotes/{id}': json(
        'getQuote',
        'One quote, with citations, its reports and the same quote elsewhere',
        id,
        'QuoteDetail',
      ),
      '/api/speakers': json(
        'listSpeakers',
        'All speakers, most quoted first',
        parameters(speakerListQuerySchema, 'query'),
        'SpeakerList',
      ),
      '/api/speakers/{id}': json('getSpeaker', 'One speaker and their quotes', speakerQuotes, 'SpeakerQuotes'),
      '/api/articles/{id}': json('getArticle', 'One article and the quotes extracted from it', id, 'Article'),
      '/api/health': json('getHealth', 'Index status (503 when degraded)', [], 'Health'),
      '/api/check': json(
        'checkQuote',
        'Check a quotation: the closest real quotes with word diffs, a verdict and whether the claimed speaker said it',
        parameters(checkQuerySchema, 'query'),
        'CheckResponse',
      ),
      '/api/openapi.json': {
        get: {
          operationId: 'getOpenApi',
          summary: 'This document',
          parameters: [],
          responses: { '200': { description: 'OK', content: { 'application/json': { schema: { type: 'object' } } } } },
        },
      },
      '/export.csv': file('exportSearchCsv', 'A search as CSV', search, 'text/csv', CSV_NOTE),
      '/export.jsonl': file(
        'exportSearchJsonl',
        'A search as JSON Lines (one Quote object per line)',
        search,
        'application/jsonl',
        EXPORT_NOTE,
      ),
      '/export.bib': file(
        'exportSearchBibtex',
        'A search as BibTeX @misc entries',
        search,
        'application/x-bibtex',
        EXPORT_NOTE,
      ),
      '/feed.atom': file(
        'searchFeed',
        'Atom feed of a search, newest first, one entry per statement',
        search,
        'application/atom+xml',
      ),
      '/speakers/{id}/export.csv': file(
        'exportSpeakerCsv',
        "A speaker's quotes as CSV",
        speakerQuotes,
        'text/csv',
        CSV_NOTE,
      ),
      '/speakers/{id}/export.jsonl': file(
        'exportSpeakerJsonl',
        "A speaker's quotes as JSON Lines",
        speakerQuotes,
        'application/jsonl',
        EXPORT_NOTE,
      ),
      '/speakers/{id}/export.bib': file(
        'exportSpeakerBibtex',
        "A speaker's quotes as BibTeX",
        speakerQuotes,
        'application/x-bibtex',
        EXPORT_NOTE,
      ),
      '/speakers/{id}/feed.atom': file(
        'speakerFeed',
        "Atom feed of a speaker's quotes, newest first",
        id,
        'application/atom+xml',
      ),
    },
    components: { schemas: componentSchemas() },
  };
}
