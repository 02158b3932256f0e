/** Records as table rows and back: the COPY text encoding, the search columns a quote is given, the row readers. */
import type { Article, ExtractedQuote, Quote, Speaker, Span } from '../../model/types.js';
import { isStopWord } from '../../model/text.js';
import { quoteDate } from '../../model/quote-date.js';
import { dateKeyOf } from '../../search/tables.js';

/** One value in COPY's text format: `\N` for null, backslash, tab, newline and carriage return escaped. */
export function copyValue(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value !== 'string') return String(value);
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/** One COPY line from its values. */
export function copyLine(values: ReadonlyArray<string | number | boolean | null | undefined>): string {
  return `${values.map(copyValue).join('\t')}\n`;
}

/** A text array literal (`{"a","b"}`) for COPY. */
export function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(',')}}`;
}

/** A lexeme longer than this is left out of the term index (PostgreSQL refuses lexemes over 2 KB). */
const MAX_LEXEME_BYTES = 2_000;

/** Whether a folded term goes into the search index and the vocabulary. */
export function indexedTerm(term: string): boolean {
  return term !== '' && !isStopWord(term) && Buffer.byteLength(term) <= MAX_LEXEME_BYTES;
}

/** Positions standing for the fields a term occurs in: 1 the quote text (weight A), 2 its speaker (B). */
const FIELDS = [
  [1, 'A'],
  [2, 'B'],
] as const;

/** The lexeme standing for two stop words side by side in a quote's text (`of_the`): never a term (terms are letters and digits). */
export function stopPairLexeme(first: string, second: string): string {
  return `${first}_${second}`;
}

/**
 * The tsvector literal of a quote's searched fields (terms are letters and digits only: nothing to quote). As in
 * the embedded index (search/build-terms.ts), a quote matches by its own words and its speaker's name; the
 * article title is kept (`folded_title`) but not searched: a title-only match showed neither word.
 *
 * Stop words are not terms, but each pair of them side by side in the text is a lexeme of its own
 * ({@link stopPairLexeme}, weight D), as the embedded engine keeps a list per stop-word pair
 * (search/stop-phrases.ts): a query of stop words only (`"you'll be"`) finds its candidates through the term
 * index instead of reading every text. No query of words asks for them, so they change no ranking.
 */
export function tsvectorOf(foldedText: string, foldedSpeaker: string): string {
  const fields = new Map<string, string[]>();
  [foldedText, foldedSpeaker].forEach((folded, f) => {
    const [position, weight] = FIELDS[f]!;
    for (const term of new Set(folded.split(' '))) {
      if (!indexedTerm(term)) continue;
      const list = fields.get(term);
      if (list) list.push(`${position}${weight}`);
      else fields.set(term, [`${position}${weight}`]);
    }
  });
  const pairs = new Set<string>();
  let previous: string | null = null;
  for (const word of foldedText.split(' ')) {
    const stop = word !== '' && isStopWord(word);
    if (stop && previous !== null) pairs.add(stopPairLexeme(previous, word));
    previous = stop ? word : null;
  }
  const out = [...fields].map(([term, at]) => `'${term}':${at.join(',')}`);
  for (const pair of pairs) out.push(`'${pair}':1D`);
  return out.join(' ');
}

/** What the embedded index indexes as a quote's speaker: the canonical name and aliases, else the name as found. */
export function speakerText(quote: Pick<Quote, 'attribution'>, speaker: Speaker | undefined): string {
  return speaker ? [speaker.name, ...speaker.aliases].join(' ') : (quote.attribution.name ?? '');
}

export const QUOTE_COLUMNS = [
  'id',
  'article_id',
  'seq',
  'start_pos',
  'end_pos',
  'text',
  'kind',
  'attr_name',
  'attr_role',
  'attr_kind',
  'attr_mention',
  'attr_cue',
  'attr_reason',
  'attr_confidence',
  'attr_entity',
  'said_at',
  'said_at_precision',
  'said_at_basis',
  'said_at_expression',
  'published_at',
  'pieces',
] as const;

const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

/** A publisher as filters and facets key it: trimmed and lower-cased; null when there is none. */
export function publisherKey(publisher: string | null): string | null {
  const p = publisher?.trim();
  return p ? p.toLowerCase() : null;
}

/** The COPY line of a quote record as extracted (speaker, statement and search row come with finalize). */
export function quoteLine(quote: ExtractedQuote & { id: string; publishedAt: string | null }, seq: number): string {
  const a = quote.attribution;
  return copyLine([
    quote.id,
    quote.articleId,
    seq,
    quote.start,
    quote.end,
    quote.text,
    quote.kind,
    a.name,
    a.role,
    a.kind,
    json(a.mention),
    json(a.cue),
    a.reason,
    a.confidence,
    a.entity,
    quote.saidAt?.value,
    quote.saidAt?.precision,
    quote.saidAt?.basis,
    json(quote.saidAt?.expression),
    quote.publishedAt,
    `{${quote.pieces.map((p) => `${p.start},${p.end}`).join(',')}}`,
  ]);
}

/** Columns of a search row (quote_search), in COPY order. */
export const SEARCH_COLUMNS = [
  'id',
  'speaker_id',
  'kind',
  'attr_confidence',
  'sort_date',
  'date_key',
  'publisher_key',
  'folded_text',
  'tsv',
  'statement_id',
  'statement_pos',
  'statement_size',
  'statement_sources',
  'fragment_of',
  'pos',
] as const;

/** What finalize derives for a quote's search row, beside the quote itself. */
export interface SearchRowParts {
  foldedText: string;
  foldedSpeaker: string;
  publisher: string | null;
  statement: { id: string; pos: number; size: number; sources: number } | null;
  fragmentOf: string | null;
}

/** What a search row takes of its quote: its id, canonical speaker, kind, confidence and date (model/quote-date.ts). */
export interface SearchLineQuote {
  id: string;
  speakerId: string | null;
  kind: Quote['kind'];
  confidence: number;
  date: string;
}

/** The {@link SearchLineQuote} of a quote. */
export function searchLineQuote(quote: Quote): SearchLineQuote {
  return {
    id: quote.id,
    speakerId: quote.speakerId,
    kind: quote.kind,
    confidence: quote.attribution.confidence,
    date: quoteDate(quote),
  };
}

/** The COPY line of a quote's search row, but its last column (`pos`: see {@link withPosition}). */
export function searchLine(quote: SearchLineQuote, parts: SearchRowParts): string {
  const date = quote.date;
  const st = parts.statement;
  return copyLine([
    quote.id,
    quote.speakerId,
    quote.kind,
    quote.confidence,
    date,
    dateKeyOf(date) ?? 0,
    publisherKey(parts.publisher),
    parts.foldedText,
    tsvectorOf(parts.foldedText, parts.foldedSpeaker),
    st?.id,
    st?.pos,
    st?.size ?? 1,
    st?.sources ?? 1,
    parts.fragmentOf,
  ]);
}

/** A {@link searchLine} with its position in newest-first order. */
export function withPosition(line: string, pos: number): string {
  return `${line.slice(0, -1)}\t${pos}\n`;
}

export const ARTICLE_COLUMNS = [
  'id',
  'ord',
  'path',
  'line',
  'record_id',
  'title',
  'publisher',
  'url',
  'author',
  'published_at',
  'dateline',
  'text',
  'furniture',
  'meta_origin',
  'content_hash',
] as const;

export function articleLine(article: Article, ord: number, contentHash: string): string {
  const a = article;
  return copyLine([
    a.id,
    ord,
    a.path,
    a.line,
    a.recordId,
    a.title,
    a.publisher,
    a.url,
    a.author,
    a.publishedAt,
    a.dateline,
    a.text,
    JSON.stringify(a.furniture),
    JSON.stringify(a.metaOrigin),
    contentHash,
  ]);
}

/** Columns a quote record is read back from, but its speaker: over alias `q` of quotes (QUOTE_FROM adds the speaker). */
export const QUOTE_FIELDS = `q.id, q.article_id, q.start_pos, q.end_pos, q.text, q.kind, q.attr_name, q.attr_role, q.attr_kind,
  q.attr_mention, q.attr_cue, q.attr_reason, q.attr_confidence, q.attr_entity, q.said_at, q.said_at_precision,
  q.said_at_basis, q.said_at_expression, q.published_at, q.pieces`;

/** Quote records (alias `q`) with their search rows (alias `s`: the canonical speaker, null before finalize). */
export const QUOTE_FROM = 'quotes q LEFT JOIN quote_search s ON s.id = q.id';

/** Columns a quote is read back from, over QUOTE_FROM. */
export const QUOTE_SELECT = `${QUOTE_FIELDS}, s.speaker_id`;

export interface QuoteRow {
  id: string;
  article_id: string;
  start_pos: number;
  end_pos: number;
  text: string;
  kind: Quote['kind'];
  attr_name: string | null;
  attr_role: string | null;
  attr_kind: Quote['attribution']['kind'];
  attr_mention: Span | null;
  attr_cue: Span | null;
  attr_reason: string;
  attr_confidence: number;
  attr_entity: 'person' | 'organization' | null;
  said_at: string | null;
  said_at_precision: NonNullable<Quote['saidAt']>['precision'] | null;
  said_at_basis: NonNullable<Quote['saidAt']>['basis'] | null;
  said_at_expression: Span | null;
  published_at: string | null;
  speaker_id: string | null;
  /** `[start, end, start, end, …]`. */
  pieces: number[];
}

function piecesOf(flat: readonly number[]): Array<{ start: number; end: number }> {
  const out = new Array<{ start: number; end: number }>(flat.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = { start: flat[2 * i]!, end: flat[2 * i + 1]! };
  return out;
}

/** A quote record from its row, in the field order the pipeline gives it. */
export function quoteOf(r: QuoteRow): Quote {
  return {
    articleId: r.article_id,
    start: r.start_pos,
    end: r.end_pos,
    text: r.text,
    pieces: piecesOf(r.pieces),
    kind: r.kind,
    attribution: {
      name: r.attr_name,
      role: r.attr_role,
      kind: r.attr_kind,
      mention: r.attr_mention,
      cue: r.attr_cue,
      reason: r.attr_reason,
      confidence: r.attr_confidence,
    },
    saidAt:
      r.said_at === null
        ? null
        : {
            value: r.said_at,
            precision: r.said_at_precision!,
            basis: r.said_at_basis!,
            expression: r.said_at_expression,
          },
    id: r.id,
    speakerId: r.speaker_id,
    publishedAt: r.published_at,
  };
}

export const ARTICLE_META_SELECT =
  'a.id, a.record_id, a.path, a.line, a.title, a.publisher, a.url, a.author, a.published_at, a.dateline, a.meta_origin';

export interface ArticleRow {
  id: string;
  record_id: string | null;
  path: string;
  line: number | null;
  title: string | null;
  publisher: string | null;
  url: string | null;
  author: string | null;
  published_at: string | null;
  dateline: string | null;
  meta_origin: Article['metaOrigin'];
  text?: string;
  furniture?: Article['furniture'];
}

export function articleMetaOf(r: ArticleRow): Omit<Article, 'text' | 'furniture'> {
  return {
    id: r.id,
    recordId: r.record_id,
    path: r.path,
    line: r.line,
    title: r.title,
    publisher: r.publisher,
    url: r.url,
    author: r.author,
    publishedAt: r.published_at,
    dateline: r.dateline,
    metaOrigin: r.meta_origin,
  };
}

export function articleOf(r: ArticleRow): Article {
  const meta = articleMetaOf(r);
  return { ...meta, text: r.text ?? '', furniture: r.furniture ?? [] };
}

export interface SpeakerRow {
  id: string;
  name: string;
  kind: Speaker['kind'];
  roles: string[];
  aliases: string[];
  quote_count: number;
  first_quote_at: string | null;
  last_quote_at: string | null;
}

export const SPEAKER_SELECT = `s.id, s.name, s.kind, s.roles, s.quote_count, s.first_quote_at, s.last_quote_at,
  ARRAY(SELECT al.alias FROM speaker_aliases al WHERE al.speaker_id = s.id ORDER BY al.pos) AS aliases`;

export function speakerOf(r: SpeakerRow): Speaker {
  return {
    id: r.id,
    name: r.name,
    roles: r.roles,
    aliases: r.aliases,
    kind: r.kind,
    quoteCount: r.quote_count,
    firstQuoteAt: r.first_quote_at,
    lastQuoteAt: r.last_quote_at,
  };
}
