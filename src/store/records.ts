/**
 * The record files of an index in a compact form that loads fast:
 *
 * - `articles.jsonl`: one JSON array per article, its fields in a fixed order, without its text;
 *   `article-texts.bin` holds the texts, UTF-8, one after the other in article order. A loaded article reads its
 *   text from that buffer when asked (only article and permalink pages ask), so the heap holds no article text.
 * - `extract-cache.jsonl`: per article `[cache key, article id, extracted quote rows]`, the rows as in quotes.jsonl
 *   without what speaker resolution adds.
 * - `quotes.jsonl`: one JSON array per quote. The article and speaker are slots (positions in their files), so
 *   a loaded quote shares their id strings, and `publishedAt` is the article's unless it differs.
 */
import path from 'node:path';
import type { Article, Attribution, ExtractedQuote, Quote, SaidAt, Span, Speaker } from '../model/types.js';
import { displayPath, IndexError } from './errors.js';

type SpanRow = [start: number, end: number, text: string] | null;

type ArticleRow = [
  id: string,
  recordId: string | null,
  path: string,
  line: number | null,
  title: string | null,
  publisher: string | null,
  url: string | null,
  author: string | null,
  publishedAt: string | null,
  dateline: string | null,
  furniture: Array<{ start: number; end: number }>,
  metaOrigin: Article['metaOrigin'],
  textBytes: number,
];

type QuoteRow = [
  id: string,
  article: number,
  start: number,
  end: number,
  text: string,
  pieces: number[],
  kind: Quote['kind'],
  /** Speaker slot, the id itself when it is not in the speakers file, or null. */
  speaker: number | string | null,
  name: string | null,
  role: string | null,
  speakerKind: Attribution['kind'],
  mention: SpanRow,
  cue: SpanRow,
  reason: string,
  confidence: number,
  saidAt: [value: string, precision: SaidAt['precision'], basis: SaidAt['basis'], expression: SpanRow] | null,
  /** 0: the article's publishedAt. */
  publishedAt: string | null | 0,
];

/**
 * The lines of `articles.jsonl` (texts left out: see {@link articleTexts}); `textBytes`, when given, holds each
 * text's UTF-8 length (so that texts kept on disk need not be read again).
 */
export function* articleLines(articles: readonly Article[], textBytes?: readonly number[]): Iterable<string> {
  for (const [i, a] of articles.entries()) {
    const row: ArticleRow = [
      a.id,
      a.recordId,
      a.path,
      a.line,
      a.title,
      a.publisher,
      a.url,
      a.author,
      a.publishedAt,
      a.dateline,
      a.furniture,
      a.metaOrigin,
      textBytes?.[i] ?? Buffer.byteLength(a.text, 'utf8'),
    ];
    yield `${JSON.stringify(row)}\n`;
  }
}

/**
 * The contents of `article-texts.bin`, in chunks of a few MB. Each text is encoded on its own, so its byte
 * length is the one `articleLines` recorded (a lone surrogate becomes U+FFFD, one UTF-16 unit as before).
 */
export function* articleTexts(articles: readonly Article[]): Iterable<Uint8Array> {
  let chunk: Buffer[] = [];
  let bytes = 0;
  for (const a of articles) {
    const text = Buffer.from(a.text, 'utf8');
    chunk.push(text);
    bytes += text.length;
    if (bytes >= 1 << 22) {
      yield Buffer.concat(chunk);
      chunk = [];
      bytes = 0;
    }
  }
  if (chunk.length > 0) yield Buffer.concat(chunk);
}

const spanRow = (s: Span | null): SpanRow => (s ? [s.start, s.end, s.text] : null);

/** The lines of `quotes.jsonl`. */
export function* quoteLines(
  quotes: Iterable<Quote>,
  articles: readonly Article[],
  speakers: readonly Speaker[],
): Iterable<string> {
  const articleSlot = new Map<string, number>();
  articles.forEach((a, i) => articleSlot.set(a.id, i));
  const speakerSlot = new Map<string, number>();
  speakers.forEach((s, i) => speakerSlot.set(s.id, i));
  for (const q of quotes) {
    const slot = articleSlot.get(q.articleId);
    if (slot === undefined)
      throw new Error(`index: quote '${q.id}' names article '${q.articleId}', which is not in the index`);
    const pieces: number[] = [];
    for (const p of q.pieces) pieces.push(p.start, p.end);
    const at = q.attribution;
    const row: QuoteRow = [
      q.id,
      slot,
      q.start,
      q.end,
      q.text,
      pieces,
      q.kind,
      q.speakerId === null ? null : (speakerSlot.get(q.speakerId) ?? q.speakerId),
      at.name,
      at.role,
      at.kind,
      spanRow(at.mention),
      spanRow(at.cue),
      at.reason,
      at.confidence,
      q.saidAt ? [q.saidAt.value, q.saidAt.precision, q.saidAt.basis, spanRow(q.saidAt.expression)] : null,
      q.publishedAt === articles[slot]!.publishedAt ? 0 : q.publishedAt,
    ];
    yield `${JSON.stringify(row)}\n`;
  }
}

export type ExtractedRow = [
  start: number,
  end: number,
  text: string,
  pieces: number[],
  kind: Quote['kind'],
  name: string | null,
  role: string | null,
  speakerKind: Attribution['kind'],
  mention: SpanRow,
  cue: SpanRow,
  reason: string,
  confidence: number,
  saidAt: QuoteRow[15],
  entity: 'person' | 'organization' | null,
];

/**
 * The shape of an extraction cache row: part of every cache key (see `cacheKey` in build.ts), so a cache written
 * with rows of another shape is never read as this one. 2: the entity layer's type of the speaker (`entity`) kept.
 */
export const CACHE_ROW_VERSION = 2;

/** An article's extraction result under the cache key it was made for (see `cacheKey` in build.ts). */
export interface CacheEntry {
  key: string;
  articleId: string;
  quotes: ExtractedQuote[];
}

/** The lines of `extract-cache.jsonl`, made one at a time as they are written. */
export function* cacheLines(entries: Iterable<CacheEntry>): Iterable<string> {
  for (const { key, articleId, quotes } of entries) yield cacheLine(key, articleId, quotes);
}

function cacheLine(key: string, articleId: string, quotes: readonly ExtractedQuote[]): string {
  return `${JSON.stringify([key, articleId, quotes.map(cacheRow)])}\n`;
}

/**
 * An extracted quote as a row of `extract-cache.jsonl` (what a build keeps of it: the rows are also the form a
 * build holds its quotes in on disk, see src/build/quote-spill.ts). {@link quoteOfCacheRow} reads it back.
 */
export function cacheRow(q: ExtractedQuote): ExtractedRow {
  const pieces: number[] = [];
  for (const p of q.pieces) pieces.push(p.start, p.end);
  const at = q.attribution;
  return [
    q.start,
    q.end,
    q.text,
    pieces,
    q.kind,
    at.name,
    at.role,
    at.kind,
    spanRow(at.mention),
    spanRow(at.cue),
    at.reason,
    at.confidence,
    q.saidAt ? [q.saidAt.value, q.saidAt.precision, q.saidAt.basis, spanRow(q.saidAt.expression)] : null,
    at.entity ?? null,
  ];
}

/** The extracted quote of a cache row (see {@link cacheRow}) of article `articleId`. */
export function quoteOfCacheRow(articleId: string, r: ExtractedRow): ExtractedQuote {
  const pieces = new Array<{ start: number; end: number }>(r[3].length / 2);
  for (let p = 0; p < pieces.length; p++) pieces[p] = { start: r[3][2 * p]!, end: r[3][2 * p + 1]! };
  const saidAt = r[12];
  const entity = r[13];
  return {
    articleId,
    start: r[0],
    end: r[1],
    text: r[2],
    pieces,
    kind: r[4],
    attribution: {
      name: r[5],
      role: r[6],
      kind: r[7],
      mention: spanOf(r[8]),
      cue: spanOf(r[9]),
      reason: r[10],
      confidence: r[11],
      ...(entity === 'person' || entity === 'organization' ? { entity } : {}),
    },
    saidAt: saidAt ? { value: saidAt[0], precision: saidAt[1], basis: saidAt[2], expression: spanOf(saidAt[3]) } : null,
  };
}

/** The entries of `extract-cache.jsonl` (parsed lines), as cache key → extracted quotes; throws on a line of another shape. */
export function readCacheLines(lines: unknown[]): Map<string, ExtractedQuote[]> {
  const cache = new Map<string, ExtractedQuote[]>();
  for (const line of lines) {
    if (
      !Array.isArray(line) ||
      line.length !== 3 ||
      typeof line[0] !== 'string' ||
      typeof line[1] !== 'string' ||
      !Array.isArray(line[2])
    ) {
      throw new Error('index: not an extraction cache line');
    }
    const articleId = line[1];
    cache.set(
      line[0],
      (line[2] as ExtractedRow[]).map((r) => quoteOfCacheRow(articleId, r)),
    );
  }
  return cache;
}

const spanOf = (s: SpanRow): Span | null => (s ? { start: s[0], end: s[1], text: s[2] } : null);

// Cheap structural checks of a row read back (its checksum may match a file that was written wrong): each
// field's type, so a bad row is refused naming the field instead of failing later with a TypeError.
const isString = (v: unknown): v is string => typeof v === 'string';
const isStringOrNull = (v: unknown): boolean => v === null || typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isSpanRow = (v: unknown): boolean =>
  v === null || (Array.isArray(v) && v.length === 3 && isCount(v[0]) && isCount(v[1]) && isString(v[2]));
const isObject = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first field of an article row that does not have its type, or null. */
function badArticleField(r: unknown[]): string | null {
  if (!isString(r[0])) return 'id';
  if (!isStringOrNull(r[1])) return 'recordId';
  if (!isString(r[2])) return 'path';
  if (!(r[3] === null || isCount(r[3]))) return 'line';
  for (const [k, name] of [
    [4, 'title'],
    [5, 'publisher'],
    [6, 'url'],
    [7, 'author'],
    [8, 'publishedAt'],
    [9, 'dateline'],
  ] as const) {
    if (!isStringOrNull(r[k])) return name;
  }
  if (
    !Array.isArray(r[10]) ||
    !r[10].every((f) => isObject(f) && isCount((f as { start: unknown }).start) && isCount((f as { end: unknown }).end))
  )
    return 'furniture';
  if (!isObject(r[11])) return 'metaOrigin';
  if (!isCount(r[12])) return 'textBytes';
  return null;
}

/** The first field of a quote row that does not have its type, or null. */
function badQuoteField(r: unknown[]): string | null {
  if (!isString(r[0])) return 'id';
  if (!isCount(r[1])) return 'article';
  if (!isCount(r[2]) || !isCount(r[3])) return 'start/end';
  if (!isString(r[4])) return 'text';
  if (!Array.isArray(r[5]) || r[5].length % 2 !== 0 || !r[5].every(isCount)) return 'pieces';
  if (!isString(r[6])) return 'kind';
  if (!(r[7] === null || isCount(r[7]) || isString(r[7]))) return 'speaker';
  if (!isStringOrNull(r[8]) || !isStringOrNull(r[9]) || !isStringOrNull(r[10])) return 'attribution';
  if (!isSpanRow(r[11]) || !isSpanRow(r[12])) return 'mention/cue';
  if (!isString(r[13]) || typeof r[14] !== 'number') return 'reason/confidence';
  const saidAt = r[15];
  if (!(
    saidAt === null ||
    (Array.isArray(saidAt) &&
      saidAt.length === 4 &&
      isString(saidAt[0]) &&
      isString(saidAt[1]) &&
      isString(saidAt[2]) &&
      isSpanRow(saidAt[3]))
  ))
    return 'saidAt';
  if (!(r[16] === 0 || isStringOrNull(r[16]))) return 'publishedAt';
  return null;
}

/** Why a parsed speakers-file line is not a speaker, or null when it is one. */
export function speakerProblem(raw: unknown): string | null {
  if (!isObject(raw)) return 'is not a speaker record';
  const s = raw as Record<string, unknown>;
  if (!isString(s.id) || s.id === '') return 'has no speaker id';
  if (!isString(s.name)) return 'has no speaker name';
  if (!Array.isArray(s.roles) || !s.roles.every(isString)) return "has a bad 'roles' field";
  if (!Array.isArray(s.aliases) || !s.aliases.every(isString)) return "has a bad 'aliases' field";
  if (s.kind !== 'person' && s.kind !== 'organization') return "has a bad 'kind' field";
  if (!isCount(s.quoteCount)) return "has a bad 'quoteCount' field";
  if (!isStringOrNull(s.firstQuoteAt) || !isStringOrNull(s.lastQuoteAt)) return 'has bad quote dates';
  return null;
}

/**
 * One article from its parsed row; `text` reads its text when asked. Throws (saying why) on a row of
 * another shape; the caller names the file and line.
 */
export function articleFromRow(raw: unknown, text: () => string): Article {
  if (!Array.isArray(raw) || raw.length !== 13) throw new Error('is not an article row');
  const bad = badArticleField(raw);
  if (bad) throw new Error(`is not an article row (bad '${bad}' field)`);
  const r = raw as ArticleRow;
  return {
    id: r[0],
    recordId: r[1],
    path: r[2],
    line: r[3],
    title: r[4],
    publisher: r[5],
    url: r[6],
    author: r[7],
    publishedAt: r[8],
    dateline: r[9],
    get text() {
      return text();
    },
    furniture: r[10],
    metaOrigin: r[11],
  };
}

/** The byte length of an article row's text (its last field). */
export function articleTextBytes(raw: unknown): number {
  return Array.isArray(raw) && typeof raw[12] === 'number' ? raw[12] : 0;
}

/**
 * One quote from its parsed row; article and speaker slots are looked up with `articleAt` / `speakerAt`.
 * Throws (saying why) on a row of another shape or a slot that is not there.
 */
export function quoteFromRow(
  raw: unknown,
  articleAt: (slot: number) => Pick<Article, 'id' | 'publishedAt'> | undefined,
  speakerAt: (slot: number) => Speaker | undefined,
): Quote {
  if (!Array.isArray(raw) || raw.length !== 17) throw new Error('is not a quote row');
  const bad = badQuoteField(raw);
  if (bad) throw new Error(`is not a quote row (bad '${bad}' field)`);
  const r = raw as QuoteRow;
  const article = articleAt(r[1]);
  if (!article) throw new Error(`names article slot ${r[1]}, which is not there`);
  const pieces = new Array<{ start: number; end: number }>(r[5].length / 2);
  for (let p = 0; p < pieces.length; p++) pieces[p] = { start: r[5][2 * p]!, end: r[5][2 * p + 1]! };
  const speaker = r[7];
  let speakerId: string | null;
  if (typeof speaker === 'number') {
    speakerId = speakerAt(speaker)?.id ?? null;
    if (speakerId === null) throw new Error(`names speaker slot ${speaker}, which is not there`);
  } else speakerId = speaker;
  const saidAt = r[15];
  return {
    articleId: article.id,
    start: r[2],
    end: r[3],
    text: r[4],
    pieces,
    kind: r[6],
    attribution: {
      name: r[8],
      role: r[9],
      kind: r[10],
      mention: spanOf(r[11]),
      cue: spanOf(r[12]),
      reason: r[13],
      confidence: r[14],
    },
    saidAt: saidAt ? { value: saidAt[0], precision: saidAt[1], basis: saidAt[2], expression: spanOf(saidAt[3]) } : null,
    id: r[0],
    speakerId,
    publishedAt: r[16] === 0 ? article.publishedAt : r[16],
  };
}

/** Turns parsed rows back into records, refusing (naming the file and line) a row of the wrong shape. */
export class RecordReader {
  constructor(private readonly dir: string) {}

  private refuse(name: string, line: number, why: string): never {
    throw new IndexError(`'${displayPath(path.join(this.dir, name))}' line ${line} ${why}`);
  }

  /** Articles from their rows, each reading its text from `texts` (the bytes of `article-texts.bin`). */
  articles(name: string, rows: unknown[], texts: Buffer, textsName: string): Article[] {
    const out = new Array<Article>(rows.length);
    let offset = 0;
    rows.forEach((raw, i) => {
      const start = offset;
      const end = (offset += articleTextBytes(raw));
      try {
        out[i] = articleFromRow(raw, () => texts.toString('utf8', start, end));
      } catch (error) {
        this.refuse(name, i + 1, (error as Error).message);
      }
    });
    if (offset !== texts.length) {
      throw new IndexError(
        `'${displayPath(path.join(this.dir, textsName))}' holds ${texts.length} bytes, its articles ${offset}`,
      );
    }
    return out;
  }

  /** Quotes from their rows; article and speaker slots become the loaded records' ids. */
  quotes(name: string, rows: unknown[], articles: readonly Article[], speakers: readonly Speaker[]): Quote[] {
    return rows.map((raw, i) => {
      try {
        return quoteFromRow(
          raw,
          (slot) => articles[slot],
          (slot) => speakers[slot],
        );
      } catch (error) {
        return this.refuse(name, i + 1, (error as Error).message);
      }
    });
  }
}
