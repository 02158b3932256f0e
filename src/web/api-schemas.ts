/**
 * Response contracts of the JSON API, as zod schemas: the OpenAPI document is generated from them (shared
 * components under `components/schemas`), and the tests parse real answers of every JSON route with them, so
 * neither the document nor the routes can drift. Objects are strict: a field a route adds must be added here.
 */
import { z } from 'zod';

/** Named schemas: each becomes `#/components/schemas/<id>` in the OpenAPI document. */
export const apiComponents = z.registry<{ id: string; description?: string }>();

function component<T extends z.ZodType>(id: string, schema: T, description?: string): T {
  apiComponents.add(schema, { id, ...(description ? { description } : {}) });
  return schema;
}

const offset = z.int().min(0);
const isoDate = z.string().describe('ISO 8601 date or date-time, at the precision the source gives');

export const highlightSchema = component('Highlight', z.strictObject({ start: offset, end: offset }));
export const spanSchema = component('Span', z.strictObject({ start: offset, end: offset, text: z.string() }));

export const saidAtSchema = component(
  'SaidAt',
  z.strictObject({
    value: isoDate,
    precision: z
      .enum(['minute', 'day', 'month', 'year'])
      .describe(
        'how much of `value` the text gives: minute (a clock time), day, month, or year (`said in 2003`: the year alone)',
      ),
    basis: z
      .enum(['stated', 'relative', 'event', 'inferred'])
      .describe(
        'stated: the text says when; relative: a relative expression counted from the publication date; ' +
          "event: the date of the event an undated article's lead reports; inferred: the article's publication date",
      ),
    expression: spanSchema.nullable(),
  }),
  'When a quote was said, and how that was found (`basis`)',
);

export const attributionSchema = component(
  'Attribution',
  z.strictObject({
    name: z.string().nullable(),
    role: z.string().nullable(),
    kind: z.enum(['named', 'pronoun', 'nominal', 'organization']).nullable(),
    mention: spanSchema.nullable(),
    cue: spanSchema.nullable(),
    reason: z.string().describe('Name of the extraction rule that fired'),
    confidence: z.number().min(0).max(1),
  }),
  'Who said a quote, as found in its article (before corpus-wide speaker resolution)',
);

const bandSchema = z.enum(['certain', 'likely', 'uncertain']);
const speakerStatusSchema = z
  .enum(['attributed', 'probable', 'uncertain', 'unknown'])
  .describe(
    'attributed: the speaker is certain (confidence band certain) and given in speakerId/speakerName; probable ' +
      '(likely) and uncertain: only a candidate; unknown: nobody named',
  );

/** The fields every API quote object has (QuoteJson in present.ts). */
const quoteShape = {
  id: z.string(),
  articleId: z.string(),
  start: offset,
  end: offset,
  text: z.string(),
  pieces: z.array(z.strictObject({ start: offset, end: offset })),
  kind: z.enum(['full', 'partial']),
  attribution: attributionSchema,
  saidAt: saidAtSchema.nullable(),
  speakerId: z.string().nullable().describe('The speaker, only when the attribution is certain'),
  publishedAt: isoDate.nullable(),
  speakerName: z.string().nullable().describe('The speaker, only when the attribution is certain'),
  articleTitle: z.string().nullable(),
  publisher: z.string().nullable(),
  articleUrl: z.string().nullable(),
  confidence: z.number().min(0).max(1).describe('Calibrated probability that the speaker is right'),
  band: bandSchema,
  speakerStatus: speakerStatusSchema,
  candidate: z
    .strictObject({ id: z.string().nullable(), name: z.string() })
    .nullable()
    .describe('The best candidate speaker, whatever the status'),
  permalink: z.url(),
  highlights: z.array(highlightSchema),
};

export const quoteSchema = component(
  'Quote',
  z.strictObject(quoteShape),
  'A quote with its speaker, article and permalink',
);

export const searchResultSchema = component(
  'SearchResult',
  z.strictObject({
    ...quoteShape,
    score: z.number().nullable().describe('Relevance score (0 when listing; null when not a finite number)'),
    statementId: z.string(),
    reportCount: z
      .int()
      .min(1)
      .describe('How many articles report this statement (the list: /api/quotes/{id} `reports`)'),
  }),
  'One row per statement: its best-matching report',
);

const facetSchema = component(
  'FacetValue',
  z.strictObject({ id: z.string(), name: z.string(), count: z.int().min(0) }),
);

export const searchResponseSchema = component(
  'SearchResponse',
  z.strictObject({
    total: z.int().min(0),
    page: z.int().min(1),
    limit: z.int().min(1),
    took_ms: z.number().min(0),
    results: z.array(searchResultSchema),
    facets: z.strictObject({
      speakers: z.array(facetSchema),
      publishers: z.array(facetSchema),
      unattributed: z.int().min(0).optional().describe('Matches with no speaker (every filter but the speaker filter)'),
    }),
    suggestions: z.array(z.string()),
    facetsEstimated: z
      .literal(true)
      .optional()
      .describe(
        'Present when the facet counts were estimated from a bounded sample of a very large match (the PostgreSQL backend past its bound)',
      ),
    totalEstimated: z
      .literal(true)
      .optional()
      .describe(
        'Present when total is an estimate: a very large match, counted exactly only up to a bound (the PostgreSQL backend); absent, total is exact',
      ),
    undatedExcluded: z
      .int()
      .min(0)
      .optional()
      .describe('With from/to: quotes without a date that matched everything else and were left out'),
    speakers: z
      .array(
        z.strictObject({ given: z.string(), id: z.string(), name: z.string(), match: z.enum(['id', 'name', 'close']) }),
      )
      .optional()
      .describe('How each speaker= value was understood'),
  }),
);

export const speakerSchema = component(
  'Speaker',
  z.strictObject({
    id: z.string(),
    name: z.string(),
    roles: z.array(z.string()),
    aliases: z.array(z.string()),
    kind: z.enum(['person', 'organization']),
    quoteCount: z.int().min(0),
    firstQuoteAt: isoDate.nullable(),
    lastQuoteAt: isoDate.nullable(),
    url: z.url(),
  }),
);

export const speakerListSchema = component(
  'SpeakerList',
  z.strictObject({
    total: z.int().min(0),
    page: z.int().min(1),
    limit: z.int().min(1),
    results: z.array(speakerSchema),
  }),
);

export const speakerQuotesSchema = component(
  'SpeakerQuotes',
  z.strictObject({
    speaker: speakerSchema,
    quotes: z.strictObject({
      total: z.int().min(0),
      page: z.int().min(1),
      limit: z.int().min(1),
      results: z.array(quoteSchema),
    }),
  }),
);

const citationPart = z.strictObject({ text: z.string(), italic: z.boolean().optional() });
const formatted = z.strictObject({ text: z.string(), html: z.string(), parts: z.array(citationPart) });
export const citationSchema = component(
  'Citation',
  z.strictObject({
    style: z.enum(['apa', 'mla', 'chicago', 'plain']),
    label: z.string(),
    text: z.string(),
    html: z.string(),
    parts: z.array(citationPart),
    inText: z.strictObject({ ...formatted.shape, label: z.string() }).nullable(),
    permalink: formatted.nullable(),
  }),
);

export const quoteDetailSchema = component(
  'QuoteDetail',
  z.strictObject({
    ...quoteShape,
    speaker: speakerSchema.nullable(),
    citations: z.array(citationSchema),
    sameQuoteElsewhere: z.array(quoteSchema),
    textFragmentUrl: z.string().nullable(),
    statementId: z.string(),
    fragmentOf: z.string().nullable(),
    reports: z
      .array(z.strictObject({ ...quoteShape, fragmentOf: z.string().nullable() }))
      .describe('Every article reporting the statement, this quote included'),
  }),
);

const metaOrigin = z.enum(['record', 'front-matter', 'sidecar', 'detected']);
export const articleSchema = component(
  'Article',
  z.strictObject({
    id: z.string(),
    recordId: z.string().nullable(),
    path: z.string(),
    line: z.int().min(1).nullable(),
    title: z.string().nullable(),
    publisher: z.string().nullable(),
    url: z.string().nullable(),
    author: z.string().nullable(),
    publishedAt: isoDate.nullable(),
    dateline: z.string().nullable(),
    text: z.string(),
    furniture: z.array(z.strictObject({ start: offset, end: offset })),
    metaOrigin: z.partialRecord(z.enum(['title', 'publisher', 'url', 'author', 'publishedAt', 'dateline']), metaOrigin),
    quotes: z.array(quoteSchema),
  }),
);

export const healthSchema = component(
  'Health',
  z.strictObject({
    status: z.enum(['ok', 'degraded']),
    problem: z.string().optional(),
    failures: z.int().min(0).optional(),
    /** Absent when a database that does not answer cannot describe itself. */
    builtAt: z.string().nullable().optional(),
    /** The embedded index's format version. */
    formatVersion: z.int().optional(),
    /** PostgreSQL: the last migration applied, and whether articles await `verbatim db finalize`. */
    schemaVersion: z.int().optional(),
    pendingFinalize: z.boolean().optional(),
    articles: z.int().min(0).optional(),
    quotes: z.int().min(0).optional(),
    speakers: z.int().min(0).optional(),
    backend: z.enum(['embedded', 'postgres']),
    latencyMs: z.number().min(0).optional(),
  }),
);

const speakerRef = z.strictObject({ id: z.string().nullable(), name: z.string() });
export const checkResponseSchema = component(
  'CheckResponse',
  z.strictObject({
    text: z.string(),
    verdict: z.enum(['exact', 'close', 'same-speaker-different-wording', 'not-found']),
    claimedSpeaker: speakerRef.nullable(),
    speakerMatches: z.boolean().nullable(),
    actualSpeaker: speakerRef.nullable(),
    message: z.string(),
    matches: z.array(
      z.strictObject({
        speaker: speakerRef.nullable(),
        score: z.number().min(0).max(1),
        verdict: z.enum(['exact', 'close', 'related']),
        fragment: z.boolean(),
        before: z.string(),
        after: z.string(),
        diff: z.array(z.strictObject({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() })),
        reportCount: z.int().min(1),
        quote: quoteSchema,
        statementId: z.string(),
      }),
    ),
  }),
);

export const errorSchema = component(
  'Error',
  z.strictObject({
    error: z.string(),
    issues: z.array(z.strictObject({ path: z.string(), message: z.string() })).describe('One per bad parameter'),
  }),
);
