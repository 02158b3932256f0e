/**
 * Take it with you: a search or a speaker's quotes as CSV, JSON Lines or BibTeX (`/export.csv?<search
 * params>`, `/speakers/:id/export.csv`), Atom feeds (`/feed.atom?q=…`, `/speakers/:id/feed.atom`), and
 * text-fragment links into the original article.
 *
 * Exports list every report (one row per quote, with its statement id), at most {@link MAX_EXPORT_ROWS},
 * streamed a search page at a time. Feeds show one entry per statement, newest first.
 */
import { Router } from 'express';
import type { Response } from 'express';
import type { Backend, BackendHit } from '../../backend/index.js';
import type { SearchRequest } from '../../search/types.js';
import type { Quote } from '../../model/types.js';
import { stripMarks } from '../../model/text.js';
import { parseInput } from '../errors.js';
import { lookupsFor, quoteJson, type Lookups, type QuoteJson, type Urls } from '../present.js';
import { speakerQuotesQuerySchema } from '../schemas.js';
import { runSearch, searchRequestOf, speakerOr404, type RouteContext } from '../context.js';
import { searchHref, textFragmentUrl } from '../links.js';
import { describeQuoteWhen, whenWords } from '../when.js';

export const MAX_EXPORT_ROWS = 10_000;
const EXPORT_PAGE = 1_000;
export const FEED_ENTRIES = 50;

export type ExportFormat = 'csv' | 'jsonl' | 'bib';

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  jsonl: 'application/jsonl; charset=utf-8',
  bib: 'application/x-bibtex; charset=utf-8',
};

// ── CSV ────────────────────────────────────────────────────────────────────────────────────────────

/**
 * The CSV's columns. `speaker_id` and `speaker` are the best candidate; `speaker_status` says how far it is
 * stated (attributed / probable / uncertain / unknown, by the band of `confidence`). `said_at` is the quote's
 * date at its own precision, prefixed `approx. ` when the date only stands in for when the words were said (the
 * article's publication date, `said_at_basis` inferred, or the date of the event an undated article reports,
 * `event`: see `whenWords`); `said_at_basis` is stated / relative / event / inferred, empty without a date.
 */
export const CSV_COLUMNS = [
  'quote_id',
  'statement_id',
  'text',
  'speaker_id',
  'speaker',
  'speaker_status',
  'said_at',
  'said_at_precision',
  'said_at_basis',
  'published_at',
  'publisher',
  'article_title',
  'article_url',
  'permalink',
  'kind',
  'attribution_rule',
  'confidence',
  'band',
] as const;

/**
 * Byte order mark opening every CSV: without it Excel reads UTF-8 as the local code page and shows
 * `â€œ` for a curly quote and `Ã©` for é; other readers (LibreOffice, Numbers, pandas, csv modules) skip it.
 */
export const CSV_BOM = '\ufeff';

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled. A field a
 * spreadsheet would run as a formula (starting with = + - @, tab or carriage return) gets a leading `'`.
 */
export function csvField(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: ReadonlyArray<string | number | null>): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

// ── BibTeX ─────────────────────────────────────────────────────────────────────────────────────────

const BIBTEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '^': '\\^{}',
  '~': '\\~{}',
};

/**
 * Control and format characters (C0, DEL, C1, zero-width and direction marks, lone surrogates): BibTeX and
 * LaTeX choke on them or, worse, a direction override makes the entry read other than it is.
 */
const BIBTEX_INVISIBLE = /[\p{Cc}\p{Cf}\p{Cs}]/gu;

/**
 * Text made safe inside a BibTeX field: line breaks and tabs become spaces, other control and format
 * characters are dropped, LaTeX specials escaped in one pass, so braces always balance.
 */
export function bibtexEscape(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(BIBTEX_INVISIBLE, '')
    .replace(/[\\{}$&%#_^~]/g, (c) => BIBTEX_SPECIALS[c]!);
}

/**
 * A URL for a BibTeX `url` field (read verbatim): braces and backslashes, which would unbalance it, and
 * control characters and spaces are percent-encoded.
 */
function bibtexUrl(url: string): string {
  return url
    .replace(/\s/g, (c) => encodeURIComponent(c))
    .replace(BIBTEX_INVISIBLE, (c) =>
      c.length === 1 && c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) <= 0xdfff ? '' : encodeURIComponent(c),
    )
    .replace(/[{}\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const ascii = (text: string) =>
  stripMarks(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

/** A stable key: speaker's last name, year and quote id (`virtanen2025qrepairs`). */
export function bibtexKey(quote: Quote, speakerName: string | null): string {
  const surname = ascii(speakerName?.trim().split(/\s+/).pop() ?? '') || 'anon';
  const year = /^\d{4}/.exec(quote.saidAt?.value ?? quote.publishedAt ?? '')?.[0] ?? 'nd';
  return `${surname}${year}${ascii(quote.id)}`;
}

/** `Attribution: probable (confidence 0.72, likely)`: how sure the speaker is, in every export. */
export function attributionNote(j: Pick<QuoteJson, 'speakerStatus' | 'confidence' | 'band' | 'candidate'>): string {
  const to = j.candidate && j.speakerStatus !== 'attributed' ? ` to ${j.candidate.name}` : '';
  return `Attribution: ${j.speakerStatus}${to} (confidence ${j.confidence.toFixed(2)}, ${j.band})`;
}

const BIB_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** One `@misc` entry for a quote. */
export function bibtexEntry(index: Lookups, quote: Quote, urls: Urls): string {
  const j = quoteJson(index, quote, urls);
  const speaker = quote.speakerId ? index.speakers.get(quote.speakerId) : undefined;
  const date = /^(\d{4})(?:-(\d{2}))?/.exec(quote.saidAt?.value ?? quote.publishedAt ?? '');
  const fields: Array<[string, string]> = [];
  if (j.speakerName)
    fields.push([
      'author',
      speaker?.kind === 'organization' ? `{${bibtexEscape(j.speakerName)}}` : bibtexEscape(j.speakerName),
    ]);
  fields.push(['title', `{“${bibtexEscape(quote.text)}”}`]);
  if (date) {
    fields.push(['year', date[1]!]);
    if (date[2]) fields.push(['month', BIB_MONTHS[Number(date[2]) - 1] ?? '']);
  }
  const source = [j.articleTitle ? `“${j.articleTitle}”` : null, j.publisher].filter(Boolean).join(', ');
  if (source) fields.push(['howpublished', `Quoted in ${bibtexEscape(source)}`]);
  fields.push(['url', bibtexUrl(j.permalink)]);
  const notes = [bibtexEscape(attributionNote(j))];
  // year and month above may be the publication date's or the reported event's: the note says so
  const when = describeQuoteWhen(quote);
  if (when?.approximate) notes.push(bibtexEscape(when.note));
  if (j.articleUrl) notes.push(`Original article: \\url{${bibtexUrl(j.articleUrl)}}`);
  fields.push(['note', notes.join('. ')]);
  const body = fields.map(([k, v]) => (k === 'month' ? `  ${k} = ${v}` : `  ${k} = {${v}}`)).join(',\n');
  return `@misc{${bibtexKey(quote, j.speakerName)},\n${body}\n}\n\n`;
}

// ── Atom ───────────────────────────────────────────────────────────────────────────────────────────

/** Text safe in XML content and attributes; characters XML 1.0 forbids are dropped. */
export function xmlEscape(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
  );
}

const ISO = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** An ISO date of any precision as an RFC 3339 date-time (`2025-09` → `2025-09-01T00:00:00Z`); null when it is not one. */
export function rfc3339(value: string | null | undefined): string | null {
  const m = value ? ISO.exec(value) : null;
  if (!m) return null;
  const [, y, mo = '01', d = '01', h = '00', mi = '00', s = '00', frac = '', zone] = m;
  const offset = !zone || zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${frac}${offset}`;
}

interface FeedInput {
  title: string;
  /** Absolute URL of the feed itself (its id) and of the page it follows. */
  self: string;
  alternate: string;
  quotes: Quote[];
}

/** An Atom 1.0 feed of quotes, newest first; entry ids are the quotes' permalinks. */
export function atomFeed(index: Lookups, feed: FeedInput, urls: Urls): string {
  const entries = feed.quotes.map((quote) => {
    const j = quoteJson(index, quote, urls);
    // Below certain the candidate is named as such, never as the author outright.
    const who = j.speakerName ?? (j.candidate ? `${j.candidate.name} (${j.speakerStatus})` : 'Unattributed');
    const updated =
      rfc3339(quote.saidAt?.value ?? quote.publishedAt) ?? rfc3339(index.builtAt) ?? '1970-01-01T00:00:00Z';
    const published = rfc3339(quote.publishedAt);
    const short = quote.text.length > 100 ? `${quote.text.slice(0, 99).trimEnd()}…` : quote.text;
    const source = [j.articleTitle ? `“${j.articleTitle}”` : null, j.publisher].filter(Boolean).join(', ');
    return [
      '  <entry>',
      `    <id>${xmlEscape(j.permalink)}</id>`,
      `    <title type="text">${xmlEscape(`${who}: “${short}”`)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(j.permalink)}"/>`,
      j.articleUrl ? `    <link rel="related" type="text/html" href="${xmlEscape(j.articleUrl)}"/>` : null,
      `    <updated>${updated}</updated>`,
      published ? `    <published>${published}</published>` : null,
      `    <author><name>${xmlEscape(who)}</name></author>`,
      `    <content type="text">${xmlEscape(`“${quote.text}” — ${who}${source ? `. ${source}` : ''}. ${attributionNote(j)}`)}</content>`,
      `    <category scheme="${xmlEscape(urls.base)}/confidence" term="${j.band}" label="${xmlEscape(attributionNote(j))}"/>`,
      '  </entry>',
    ]
      .filter((l): l is string => l !== null)
      .join('\n');
  });
  const newest = feed.quotes
    .map((q) => rfc3339(q.saidAt?.value ?? q.publishedAt))
    .filter((d): d is string => d !== null)
    .sort((a, b) => Date.parse(b) - Date.parse(a))[0];
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title type="text">${xmlEscape(feed.title)}</title>`,
    `  <id>${xmlEscape(feed.self)}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(feed.alternate)}"/>`,
    `  <updated>${newest ?? rfc3339(index.builtAt) ?? '1970-01-01T00:00:00Z'}</updated>`,
    '  <author><name>Verbatim</name></author>',
    '  <generator>Verbatim</generator>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

// ── Routes ─────────────────────────────────────────────────────────────────────────────────────────

function exportRow(index: Lookups, hit: BackendHit, urls: Urls, format: ExportFormat): string {
  const { quote, statementId } = hit;
  if (format === 'bib') return bibtexEntry(index, quote, urls);
  const j = quoteJson(index, quote, urls);
  if (format === 'jsonl') {
    const article = index.articles.get(quote.articleId);
    return `${JSON.stringify({ ...j, statementId, textFragmentUrl: article ? textFragmentUrl(article, quote) : null })}\n`;
  }
  const said = quote.saidAt;
  return csvRow([
    quote.id,
    statementId,
    quote.text,
    j.candidate?.id ?? null,
    j.candidate?.name ?? null,
    j.speakerStatus,
    said ? `${whenWords(said.basis).approximate ? 'approx. ' : ''}${said.value}` : null,
    said?.precision ?? null,
    said?.basis ?? null,
    quote.publishedAt,
    j.publisher,
    j.articleTitle,
    j.articleUrl,
    j.permalink,
    quote.kind,
    quote.attribution.reason,
    j.confidence,
    j.band,
  ]);
}

/** Resolves when a slow reader has taken what was written, or went away. */
function drainedOrClosed(res: Response): Promise<void> {
  return new Promise<void>((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** Rows written per chunk of an export; between chunks other requests are served. */
const EXPORT_CHUNK = 100;

/**
 * Streams every report matching `request`, at most MAX_EXPORT_ROWS: matched once (`searchRows`, under the
 * request's budget), then written a chunk at a time, yielding to the event loop between chunks (and waiting
 * for a slow reader to drain), so a large export never holds the thread for its whole length.
 */
async function streamExport(
  res: Response,
  backend: Backend,
  request: SearchRequest,
  urls: Urls,
  format: ExportFormat,
  name: string,
  cacheControl: string,
): Promise<void> {
  const all = { ...request, collapse: false, page: 1, limit: MAX_EXPORT_ROWS };
  const found = await backend.searchRows(all, MAX_EXPORT_ROWS);
  res.status(200).set({
    'Content-Type': CONTENT_TYPES[format],
    'Content-Disposition': `attachment; filename="${name}.${format}"`,
    'Cache-Control': cacheControl,
    'X-Total-Count': String(found.total),
    'X-Truncated': found.total > MAX_EXPORT_ROWS ? 'true' : 'false',
  });
  let chunk = format === 'csv' ? CSV_BOM + csvRow([...CSV_COLUMNS]) : '';
  let inChunk = 0;
  // Rows are presented a page at a time, with the records around them fetched for that page (the embedded index
  // reads them in place).
  const page: BackendHit[] = [];
  const flush = async (): Promise<boolean> => {
    const index = await lookupsFor(
      backend,
      page.map((h) => h.quote),
    );
    for (const hit of page) {
      chunk += exportRow(index, hit, urls, format);
      if (++inChunk < EXPORT_CHUNK) continue;
      const drained = res.write(chunk);
      chunk = '';
      inChunk = 0;
      if (res.destroyed) return false;
      await (drained ? new Promise<void>((resolve) => setImmediate(resolve)) : drainedOrClosed(res));
      if (res.destroyed) return false;
    }
    page.length = 0;
    return true;
  };
  for await (const hit of found.rows) {
    page.push(hit);
    if (page.length >= EXPORT_PAGE && !(await flush())) return;
  }
  if (!(await flush())) return;
  res.end(chunk);
}

const FORMATS: ExportFormat[] = ['csv', 'jsonl', 'bib'];

export function exportRouter(ctx: RouteContext): Router {
  const router = Router();

  for (const format of FORMATS) {
    router.get(`/export.${format}`, async (req, res) => {
      const backend = ctx.getBackend();
      const { request } = await searchRequestOf(backend, req, 'export query');
      const urls = ctx.urls(req);
      const options = { ...request, budgetMs: ctx.searchBudgetMs };
      return streamExport(res, backend, options, urls, format, 'verbatim-quotes', ctx.cacheControl(req));
    });
    router.get(`/speakers/:id/export.${format}`, async (req, res) => {
      const backend = ctx.getBackend();
      const speaker = await speakerOr404(backend, req);
      const query = parseInput(speakerQuotesQuerySchema, req.query, 'export query');
      const request: SearchRequest = {
        ...query,
        speakers: [speaker.id],
        publishers: [],
        from: null,
        to: null,
        budgetMs: ctx.searchBudgetMs,
      };
      return streamExport(
        res,
        backend,
        request,
        ctx.urls(req),
        format,
        `verbatim-${speaker.id}`,
        ctx.cacheControl(req),
      );
    });
  }

  router.get('/feed.atom', async (req, res) => {
    const backend = ctx.getBackend();
    const { request: query } = await searchRequestOf(backend, req, 'feed query');
    const urls = ctx.urls(req);
    const found = await runSearch(ctx, backend, { ...query, sort: 'newest', page: 1, limit: FEED_ENTRIES });
    const index = await lookupsFor(
      backend,
      found.results.map((h) => h.quote),
    );
    const params = { ...query, sort: undefined, limit: undefined };
    const feed = atomFeed(
      index,
      {
        title: query.q ? `Verbatim: quotes matching “${query.q}”` : 'Verbatim: latest quotes',
        self: urls.base + searchHref('/feed.atom', params, 1),
        alternate: urls.base + searchHref('/', params, 1),
        quotes: found.results.map((h) => h.quote),
      },
      urls,
    );
    res
      .status(200)
      .set({ 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': ctx.cacheControl(req) })
      .send(feed);
  });

  router.get('/speakers/:id/feed.atom', async (req, res) => {
    const backend = ctx.getBackend();
    const speaker = await speakerOr404(backend, req);
    const urls = ctx.urls(req);
    const found = await runSearch(ctx, backend, {
      q: '',
      speakers: [speaker.id],
      publishers: [],
      from: null,
      to: null,
      sort: 'newest',
      page: 1,
      limit: FEED_ENTRIES,
    });
    const index = await lookupsFor(
      backend,
      found.results.map((h) => h.quote),
    );
    const feed = atomFeed(
      index,
      {
        title: `Verbatim: ${speaker.name}`,
        self: `${urls.speaker(speaker.id)}/feed.atom`,
        alternate: urls.speaker(speaker.id),
        quotes: found.results.map((h) => h.quote),
      },
      urls,
    );
    res
      .status(200)
      .set({ 'Content-Type': 'application/atom+xml; charset=utf-8', 'Cache-Control': ctx.cacheControl(req) })
      .send(feed);
  });

  return router;
}
