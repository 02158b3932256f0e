/**
 * `records.bin`: what lets a loaded index find its records without parsing them (a section container, see
 * src/search/sections.ts). Per quote and article the byte offset of its line in `quotes.jsonl` /
 * `articles.jsonl`, per article where its text starts in `article-texts.bin`; every id (one UTF-8 blob,
 * with slots sorted by id for binary search); and each speaker's quotes (newest first) and each article's
 * quotes (text order) as slot lists. Loading reads this file and the small speakers file only; a record is
 * read from its file and decoded when asked for (see record-store.ts).
 */
import { z } from 'zod';
import { encodeSections, Sections } from '../search/sections.js';
import type { Article, Quote, Speaker } from '../model/types.js';
import { quoteList, type QuoteList } from '../model/quote-list.js';

export const RECORDS_FORMAT = 'verbatim-records';
export const RECORDS_FORMAT_VERSION = 1;

const Meta = z.object({
  quotes: z.number().int().nonnegative(),
  articles: z.number().int().nonnegative(),
  /** Speaker ids that quotes name but the speakers file does not hold; their lists follow the file's speakers'. */
  extraSpeakers: z.array(z.string()),
});

/** Byte lengths of what the build wrote for each record, in order. */
export interface WrittenLengths {
  quoteLines: number[];
  articleLines: number[];
  articleTexts: number[];
}

function cumulative(lengths: readonly number[]): Float64Array {
  const out = new Float64Array(lengths.length + 1);
  for (let i = 0; i < lengths.length; i++) out[i + 1] = out[i]! + lengths[i]!;
  return out;
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function idSections(prefix: string, ids: readonly string[]): Array<[string, Uint8Array | Uint32Array | Float64Array]> {
  const encoded = ids.map((id) => Buffer.from(id, 'utf8'));
  const start = cumulative(encoded.map((b) => b.length));
  const order = Uint32Array.from(ids.keys()).sort((a, b) => compareText(ids[a]!, ids[b]!) || a - b);
  return [
    [`${prefix}Ids`, Buffer.concat(encoded)],
    [`${prefix}IdStart`, start],
    [`${prefix}IdOrder`, order],
  ];
}

/** Slot lists grouped by key: `starts[k]…starts[k+1]` in `slots` are key k's, ordered by `compare`. */
function grouped(
  keys: Int32Array,
  groups: number,
  compare: (a: number, b: number) => number,
): { slots: Uint32Array; starts: Uint32Array } {
  const starts = new Uint32Array(groups + 1);
  for (const k of keys) if (k >= 0) starts[k + 1]!++;
  for (let g = 0; g < groups; g++) starts[g + 1]! += starts[g]!;
  const slots = new Uint32Array(starts[groups]!);
  const filled = starts.slice(0, groups);
  keys.forEach((k, slot) => {
    if (k >= 0) slots[filled[k]!++] = slot;
  });
  for (let g = 0; g < groups; g++) {
    const part = Array.from(slots.subarray(starts[g], starts[g + 1])).sort(compare);
    slots.set(part, starts[g]);
  }
  return { slots, starts };
}

/** The bytes of `records.bin` for the records the build wrote (in chunks). */
export function* encodeRecordsFile(
  given: readonly Quote[] | QuoteList,
  articles: readonly Article[],
  speakers: readonly Speaker[],
  lengths: WrittenLengths,
): Generator<Uint8Array> {
  const articleSlot = new Map<string, number>();
  articles.forEach((a, i) => articleSlot.set(a.id, i));
  const speakerSlot = new Map<string, number>();
  speakers.forEach((s, i) => speakerSlot.set(s.id, i));
  const extraSpeakers: string[] = [];
  // Only the columns are read (a build's quotes are on disk: see src/model/quote-list.ts).
  const quotes = quoteList(given);
  const speakerOf = new Int32Array(quotes.length).fill(-1);
  const articleOf = new Int32Array(quotes.length).fill(-1);
  for (let i = 0; i < quotes.length; i++) {
    articleOf[i] = articleSlot.get(quotes.articleIdAt(i)) ?? -1;
    const speakerId = quotes.speakerIdAt(i);
    if (speakerId === null) continue;
    let s = speakerSlot.get(speakerId);
    if (s === undefined) {
      speakerSlot.set(speakerId, (s = speakers.length + extraSpeakers.length));
      extraSpeakers.push(speakerId);
    }
    speakerOf[i] = s;
  }
  // Newest first (plain code-unit comparisons: ids and ISO dates are ASCII), then by id; text order in an article.
  const newestFirst = (a: number, b: number): number =>
    compareText(quotes.dateAt(b), quotes.dateAt(a)) || compareText(quotes.idAt(a), quotes.idAt(b));
  const bySpeaker = grouped(speakerOf, speakers.length + extraSpeakers.length, newestFirst);
  const byArticle = grouped(articleOf, articles.length, (a, b) => quotes.startAt(a) - quotes.startAt(b) || a - b);
  const meta: z.infer<typeof Meta> = { quotes: quotes.length, articles: articles.length, extraSpeakers };
  yield* encodeSections(RECORDS_FORMAT, RECORDS_FORMAT_VERSION, meta, [
    ['quoteStart', cumulative(lengths.quoteLines)],
    ['articleStart', cumulative(lengths.articleLines)],
    ['textStart', cumulative(lengths.articleTexts)],
    ...idSections(
      'quote',
      Array.from({ length: quotes.length }, (_, i) => quotes.idAt(i)),
    ),
    ...idSections(
      'article',
      articles.map((a) => a.id),
    ),
    ['bySpeaker', bySpeaker.slots],
    ['speakerStart', bySpeaker.starts],
    ['byArticle', byArticle.slots],
    ['articleQuoteStart', byArticle.starts],
  ]);
}

/** Ids in a blob with offsets, found by binary search over the slots sorted by id. */
export class IdTable {
  constructor(
    private readonly blob: Buffer,
    private readonly start: Float64Array,
    private readonly order: Uint32Array,
  ) {}

  get size(): number {
    return this.order.length;
  }

  idAt(slot: number): string {
    return this.blob.toString('utf8', this.start[slot], this.start[slot + 1]);
  }

  /** The slot of `id`, or -1. */
  slotOf(id: string): number {
    let lo = 0;
    let hi = this.order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.idAt(this.order[mid]!) < id) lo = mid + 1;
      else hi = mid;
    }
    return lo < this.order.length && this.idAt(this.order[lo]!) === id ? this.order[lo]! : -1;
  }
}

/** A read `records.bin`. */
export interface RecordsFile {
  quoteStart: Float64Array;
  articleStart: Float64Array;
  textStart: Float64Array;
  quoteIds: IdTable;
  articleIds: IdTable;
  extraSpeakers: string[];
  bySpeaker: Uint32Array;
  speakerStart: Uint32Array;
  byArticle: Uint32Array;
  articleQuoteStart: Uint32Array;
}

/** Reads `records.bin`; throws saying what is wrong when it does not fit `counts` (the caller names the file). */
export function readRecordsFile(
  buffer: Buffer,
  counts: { quotes: number; articles: number; speakers: number },
): RecordsFile {
  const file = Sections.read(buffer, RECORDS_FORMAT, RECORDS_FORMAT_VERSION);
  const parsed = Meta.safeParse(file.meta);
  if (!parsed.success) throw new Error(`its header is invalid (${parsed.error.issues[0]?.message ?? 'bad shape'})`);
  const meta = parsed.data;
  if (meta.quotes !== counts.quotes || meta.articles !== counts.articles) {
    throw new Error(
      `is for ${meta.quotes} quotes and ${meta.articles} articles, not ${counts.quotes} and ${counts.articles}`,
    );
  }
  const ids = (prefix: string, n: number): IdTable => {
    const blob = file.bytes(`${prefix}Ids`);
    const start = file.get(`${prefix}IdStart`, 'f64');
    const order = file.get(`${prefix}IdOrder`, 'u32');
    if (start.length !== n + 1 || order.length !== n || start[n] !== blob.length)
      throw new Error(`its ${prefix} ids do not fit`);
    for (const slot of order) if (slot >= n) throw new Error(`its ${prefix} id order names slot ${slot}`);
    return new IdTable(blob, start, order);
  };
  const records: RecordsFile = {
    quoteStart: file.get('quoteStart', 'f64'),
    articleStart: file.get('articleStart', 'f64'),
    textStart: file.get('textStart', 'f64'),
    quoteIds: ids('quote', meta.quotes),
    articleIds: ids('article', meta.articles),
    extraSpeakers: meta.extraSpeakers,
    bySpeaker: file.get('bySpeaker', 'u32'),
    speakerStart: file.get('speakerStart', 'u32'),
    byArticle: file.get('byArticle', 'u32'),
    articleQuoteStart: file.get('articleQuoteStart', 'u32'),
  };
  const speakerKeys = counts.speakers + meta.extraSpeakers.length;
  if (
    records.quoteStart.length !== meta.quotes + 1 ||
    records.articleStart.length !== meta.articles + 1 ||
    records.textStart.length !== meta.articles + 1 ||
    records.speakerStart.length !== speakerKeys + 1 ||
    records.speakerStart[speakerKeys] !== records.bySpeaker.length ||
    records.articleQuoteStart.length !== meta.articles + 1 ||
    records.articleQuoteStart[meta.articles] !== records.byArticle.length
  ) {
    throw new Error('its tables do not fit its counts');
  }
  for (const slot of records.bySpeaker) if (slot >= meta.quotes) throw new Error(`names quote slot ${slot}`);
  for (const slot of records.byArticle) if (slot >= meta.quotes) throw new Error(`names quote slot ${slot}`);
  return records;
}
