import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import path from 'node:path';
import { quoteDate } from '../model/quote-date.js';
import { lowerBound } from '../lib/sorted.js';
import type { CorpusData, Quote } from '../model/types.js';
import { foldText, isStopWord } from '../model/text.js';
import { quoteList, type QuoteList } from '../model/quote-list.js';

/**
 * Everything the engine keeps per quote slot (its position in the index's quotes): dates and facet keys in
 * typed arrays, so that filters, facets and sorting over a million matches walk numbers rather than
 * records. A loaded index views them in its search file (see saved-index.ts); records are decoded on demand.
 */
export interface QuoteTables {
  /** How many quote slots there are. */
  count: number;
  /** The quote in a slot (decoded on demand in a loaded index). */
  quoteAt(slot: number): Quote;
  /**
   * The quote's own text (`Quote.text`) from a column held in memory, without decoding its record; null when
   * the search file was written without that column (then `quoteAt(slot).text`).
   */
  quoteTextOf: ((slot: number) => string) | null;
  /** The same texts as UTF-8 bytes, `bytes[start[slot], start[slot + 1])`; null when not held that way. */
  quoteTexts: { bytes: Uint8Array; start: Float64Array } | null;
  /** Folded quote text (see `foldText`) of a slot, for phrase checks. */
  foldedTextOf(slot: number): string;
  /** Whether the folded text of a slot holds `needle` (a phrase check without decoding the text). */
  foldedIncludes(slot: number, needle: string): boolean;
  /**
   * Per slot, {@link PAIR_WORDS} words of bits: the hashes of the quote's adjacent word pairs (see
   * `pairSignatures`). A phrase whose pairs' bits are not all set cannot be in the quote, so most phrase
   * candidates are turned away without reading their text. Null in a search file written without them.
   */
  pairSignature: Uint32Array | null;
  /** Quote date as YYYYMMDD (missing month/day as 01); 0 when the quote has no date. */
  dateKey: Int32Array;
  /** The attribution's confidence (`attribution.confidence`): the `minConfidence` filter reads no record. */
  confidence: Float64Array;
  /** The quote's kind as {@link KIND_CODES} numbers it (another value 255): the `kind` filter reads no record. */
  kindOf: Uint8Array;
  /**
   * Quote slots from newest to oldest (ties by quote id), undated quotes last; and each slot's rank in it.
   * `oldest…` is the dated part reversed, undated quotes still last.
   */
  newestOrder: Uint32Array;
  newestRank: Uint32Array;
  oldestRank: Uint32Array;
  /** Index into `speakers` / `publishers`, or -1. */
  speakerOf: Int32Array;
  publisherOf: Int32Array;
  speakers: Array<{ id: string; name: string }>;
  speakerIndex: Map<string, number>;
  /** Per speaker slot, its quote slots newest first: a speaker's page without a pass over every quote. */
  quotesOfSpeaker: Uint32Array[];
  /** Publishers keyed by their lower-cased name; `name` is the spelling seen first. */
  publishers: Array<{ id: string; name: string }>;
  publisherIndex: Map<string, number>;
  /** Every indexed term, sorted, with how often it occurs: for bounded prefix expansion. */
  vocabulary: string[];
  termFrequency: Uint32Array;
  /** A hash of everything indexed, to tell whether a saved index belongs to this data. */
  fingerprint: string;
}

/** The tables as built from the records, with the folded fields minisearch indexes. */
export interface BuiltTables extends QuoteTables {
  quotes: readonly Quote[];
  foldedText: string[];
  /** Folded speaker name + aliases: what minisearch indexes besides the text. */
  foldedSpeaker: string[];
}

/** What {@link completeTables} derives the rest from: the columns a search file stores. */
export type TableColumns = Pick<
  QuoteTables,
  | 'count'
  | 'quoteAt'
  | 'quoteTextOf'
  | 'quoteTexts'
  | 'foldedTextOf'
  | 'foldedIncludes'
  | 'pairSignature'
  | 'dateKey'
  | 'confidence'
  | 'kindOf'
  | 'newestOrder'
  | 'speakerOf'
  | 'publisherOf'
  | 'speakers'
  | 'publishers'
  | 'vocabulary'
  | 'termFrequency'
  | 'fingerprint'
>;

/** The tables from their stored columns: ranks, per-speaker lists and name lookups are derived (linear, typed arrays). */
export function completeTables(c: TableColumns): QuoteTables {
  const n = c.count;
  const { newestOrder, dateKey, speakerOf } = c;
  const newestRank = new Uint32Array(n);
  for (let r = 0; r < n; r++) newestRank[newestOrder[r]!] = r;
  let dated = n;
  while (dated > 0 && dateKey[newestOrder[dated - 1]!] === 0) dated--;
  const oldestRank = new Uint32Array(n);
  for (let r = 0; r < n; r++) oldestRank[newestOrder[r]!] = r < dated ? dated - 1 - r : r;

  const speakerTotals = new Uint32Array(c.speakers.length);
  for (let i = 0; i < n; i++) if (speakerOf[i]! >= 0) speakerTotals[speakerOf[i]!]!++;
  const quotesOfSpeaker = Array.from(speakerTotals, (total) => new Uint32Array(total));
  const filled = new Uint32Array(c.speakers.length);
  for (let r = 0; r < n; r++) {
    const slot = newestOrder[r]!;
    const s = speakerOf[slot]!;
    if (s >= 0) quotesOfSpeaker[s]![filled[s]!++] = slot;
  }
  const speakerIndex = new Map(c.speakers.map((s, i) => [s.id, i]));
  const publisherIndex = new Map(c.publishers.map((p, i) => [p.id.toLowerCase(), i]));
  return { ...c, newestRank, oldestRank, quotesOfSpeaker, speakerIndex, publisherIndex };
}

/** The quote kinds' numbers in the `kindOf` column. */
export const KIND_CODES: Readonly<Record<Quote['kind'], number>> = { full: 0, partial: 1 };
/** `kindOf`'s number for a kind that is neither (a record written by hand): no kind filter keeps it. */
const OTHER_KIND = 255;

/** A quote kind's number in the `kindOf` column. */
export function kindCode(kind: string): number {
  return Object.hasOwn(KIND_CODES, kind) ? KIND_CODES[kind as Quote['kind']] : OTHER_KIND;
}

/** 32-bit words per quote in a pair signature: 256 bits, about an eighth set by a quote of 35 words. */
export const PAIR_WORDS = 8;

function pairBit(first: string, second: string): number {
  return fnv1a(fnv1a(fnv1a(0x811c9dc5, first), ' '), second) & (PAIR_WORDS * 32 - 1);
}

/** The pair signatures of folded texts (` term term … `), {@link PAIR_WORDS} words per text. */
export function pairSignatures(foldedTexts: readonly string[]): Uint32Array {
  const out = new Uint32Array(foldedTexts.length * PAIR_WORDS);
  foldedTexts.forEach((text, slot) => addPairSignature(out, slot, text));
  return out;
}

/** Sets the bits of one folded text's pair signature in slot `slot` of `out`. */
function addPairSignature(out: Uint32Array, slot: number, text: string): void {
  const words = text.split(' ');
  for (let i = 1; i + 1 < words.length; i++) {
    if (!words[i] || !words[i + 1]) continue;
    const bit = pairBit(words[i]!, words[i + 1]!);
    out[slot * PAIR_WORDS + (bit >>> 5)]! |= 1 << (bit & 31);
  }
}

/** The bits a quote's pair signature must hold for it to contain every phrase of `phrases`; null when none has two words. */
export function phraseSignature(phrases: ReadonlyArray<readonly string[]>): Uint32Array | null {
  const mask = new Uint32Array(PAIR_WORDS);
  let any = false;
  for (const p of phrases) {
    for (let i = 0; i + 1 < p.length; i++) {
      const bit = pairBit(p[i]!, p[i + 1]!);
      mask[bit >>> 5]! |= 1 << (bit & 31);
      any = true;
    }
  }
  return any ? mask : null;
}

const DATE = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/;

/** `2025-09-04T16:25+02:00` → 20250904, `2025-09` → 20250901; null when it is not a date. */
export function dateKeyOf(value: string | null | undefined): number | null {
  const m = value ? DATE.exec(value) : null;
  if (!m) return null;
  return Number(m[1]) * 10_000 + Number(m[2] ?? '01') * 100 + Number(m[3] ?? '01');
}

/** The full date string a quote is placed at: when it was said, else when its article was published. */
function fnv1a(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Builds the side tables for `data`; pure, deterministic, linear in the corpus size. */
export function buildTables(data: CorpusData): BuiltTables {
  const foldedText: string[] = new Array<string>(data.quotes.length);
  const pairSignature = new Uint32Array(data.quotes.length * PAIR_WORDS);
  const core = tableCore(data, (slot, folded) => {
    foldedText[slot] = folded;
    addPairSignature(pairSignature, slot, folded);
  });
  const tables = completeTables({
    ...core.columns,
    foldedTextOf: (slot) => foldedText[slot]!,
    foldedIncludes: (slot, needle) => foldedText[slot]!.includes(needle),
    pairSignature,
  });
  return { ...tables, quotes: data.quotes, foldedText, foldedSpeaker: core.foldedSpeaker };
}

/** Folded texts as one UTF-8 blob: slot i's bytes are `bytes[start[i], start[i + 1])`. */
export interface FoldedBlob {
  bytes: Buffer;
  start: Float64Array;
}

/**
 * The same blob written to a scratch file as it was made (a build's: the texts are not held while the term index
 * is built, only where each starts): slot i's bytes are the file's `[start[i], start[i + 1])`.
 */
export interface BlobFile {
  file: string;
  start: Float64Array;
}

/** A packed blob, held or in its scratch file. */
export type PackedBlob = FoldedBlob | BlobFile;

/**
 * Bytes read from a blob file at a time when it is read in order, and gathered before they are appended to one
 * (changed by tests only, to cross their edges with a few quotes).
 */
export const blobFileSizes = { readBytes: 1 << 22, writeBytes: 1 << 20 };

/** Bytes `[from, to)` of a file, read into a buffer of their own. */
export function readFileRange(file: string, from: number, to: number): Buffer {
  // Never a slice of node's shared pool: a piece's bytes are transferred to a worker.
  const buffer = Buffer.allocUnsafeSlow(to - from);
  const fd = openSync(file, 'r');
  try {
    for (let got = 0; got < buffer.length;) {
      const n = readSync(fd, buffer, got, buffer.length - got, from + got);
      if (n === 0) throw new Error(`search: the scratch file '${file}' was cut short`);
      got += n;
    }
  } finally {
    closeSync(fd);
  }
  return buffer;
}

/** The bytes of slots `[from, to)` of a blob: a view of a held one, a read of a file's. */
export function blobRange(blob: PackedBlob, from: number, to: number): Uint8Array {
  const a = blob.start[from]!;
  const b = blob.start[to]!;
  return 'bytes' in blob ? blob.bytes.subarray(a, b) : readFileRange(blob.file, a, b);
}

/** The whole blob's bytes in order, in chunks of a few MB (each its own buffer) for a file's. */
export function* blobChunks(blob: PackedBlob): Generator<Uint8Array> {
  if ('bytes' in blob) {
    yield blob.bytes;
    return;
  }
  const total = blob.start[blob.start.length - 1]!;
  for (let at = 0; at < total; at += blobFileSizes.readBytes)
    yield readFileRange(blob.file, at, Math.min(total, at + blobFileSizes.readBytes));
}

/** The blob's texts in slot order, from `from` on (a file's read a window at a time). */
export function* blobTexts(blob: PackedBlob, from = 0): Generator<string> {
  const n = blob.start.length - 1;
  if ('bytes' in blob) {
    for (let slot = from; slot < n; slot++) yield blob.bytes.toString('utf8', blob.start[slot], blob.start[slot + 1]);
    return;
  }
  let slot = from;
  while (slot < n) {
    // A window of whole texts: at least one, then as many as fit in the read size.
    let to = slot + 1;
    while (to < n && blob.start[to + 1]! - blob.start[slot]! <= blobFileSizes.readBytes) to++;
    const window = readFileRange(blob.file, blob.start[slot]!, blob.start[to]!);
    const base = blob.start[slot]!;
    for (; slot < to; slot++) yield window.toString('utf8', blob.start[slot]! - base, blob.start[slot + 1]! - base);
  }
}

/** UTF-8 texts appended one after the other into a growing buffer, and where each starts. */
class BlobWriter {
  readonly start: Float64Array;
  private bytes: Buffer;
  private used = 0;
  constructor(n: number, guess: number) {
    this.start = new Float64Array(n + 1);
    this.bytes = Buffer.allocUnsafe(Math.max(1 << 16, guess));
  }
  add(slot: number, text: string): void {
    const length = Buffer.byteLength(text, 'utf8');
    if (this.used + length > this.bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.used + length, Math.ceil(this.bytes.length * 1.5)));
      this.bytes.copy(grown, 0, 0, this.used);
      this.bytes = grown;
    }
    this.start[slot] = this.used;
    this.used += this.bytes.write(text, this.used, length, 'utf8');
  }
  /** The blob at its size (the growing buffer's spare room released). */
  finish(n: number): FoldedBlob {
    this.start[n] = this.used;
    const blob = Buffer.allocUnsafe(this.used);
    this.bytes.copy(blob, 0, 0, this.used);
    this.bytes = Buffer.alloc(0);
    return { bytes: blob, start: this.start };
  }
}

/** {@link BlobWriter} into a scratch file: a buffer of `blobFileSizes.writeBytes` is held, not the blob. */
class BlobFileWriter {
  readonly start: Float64Array;
  private readonly buffer = Buffer.allocUnsafe(blobFileSizes.writeBytes);
  private used = 0;
  private written = 0;
  private fd: number | null;
  constructor(
    n: number,
    readonly file: string,
  ) {
    this.start = new Float64Array(n + 1);
    this.fd = openSync(file, 'wx');
  }
  add(slot: number, text: string): void {
    const length = Buffer.byteLength(text, 'utf8');
    this.start[slot] = this.written + this.used;
    if (this.used + length > this.buffer.length) this.flush();
    if (length > this.buffer.length) this.write(Buffer.from(text, 'utf8'));
    else this.used += this.buffer.write(text, this.used, length, 'utf8');
  }
  private write(bytes: Uint8Array): void {
    if (this.fd === null) throw new Error(`search: '${this.file}' was written to after it was finished`);
    for (let at = 0; at < bytes.length;) at += writeSync(this.fd, bytes, at, bytes.length - at);
    this.written += bytes.length;
  }
  private flush(): void {
    if (this.used > 0) this.write(this.buffer.subarray(0, this.used));
    this.used = 0;
  }
  finish(n: number): BlobFile {
    this.flush();
    this.start[n] = this.written;
    this.close();
    return { file: this.file, start: this.start };
  }
  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}

/**
 * The tables as a build makes them for the search file: {@link BuiltTables}' columns, but the folded texts held
 * as one UTF-8 blob (what the search file stores) rather than a string per quote, and the folded speaker fields
 * as a slot into a list of the distinct ones. The same values as {@link buildTables}, byte for byte.
 */
export interface PackedTables extends QuoteTables {
  folded: PackedBlob;
  /** The quotes' own texts as one UTF-8 blob (what the search file stores), read in the same pass as the rest. */
  ownTexts: PackedBlob;
  /** Per quote slot, the position of its folded speaker field in `speakerFields`. */
  speakerField: Uint32Array;
  speakerFields: string[];
}

/** Data whose quotes may be read one at a time (a build's, held on disk: see src/model/quote-list.ts). */
export type TableData = Omit<CorpusData, 'quotes'> & { quotes: readonly Quote[] | QuoteList };

export interface PackedTablesOptions {
  /**
   * A folder (existing, the caller's to remove) where the two text blobs are written as they are made instead of
   * held (`folded.bin`, `texts.bin`): what a build's search phase then holds no longer grows by the texts' bytes.
   */
  spillDir?: string;
}

/** {@link buildTables} with the folded texts packed (see {@link PackedTables}). */
export function buildPackedTables(data: TableData, options: PackedTablesOptions = {}): PackedTables {
  const n = data.quotes.length;
  const { spillDir } = options;
  const folded = spillDir ? new BlobFileWriter(n, path.join(spillDir, 'folded.bin')) : new BlobWriter(n, n * 64);
  let own: BlobWriter | BlobFileWriter;
  try {
    own = spillDir ? new BlobFileWriter(n, path.join(spillDir, 'texts.bin')) : new BlobWriter(n, n * 64);
  } catch (error) {
    if (folded instanceof BlobFileWriter) folded.close();
    throw error;
  }
  const pairSignature = new Uint32Array(n * PAIR_WORDS);
  const speakerField = new Uint32Array(n);
  const fieldSlot = new Map<string, number>();
  const speakerFields: string[] = [];
  let core: ReturnType<typeof tableCore>;
  try {
    core = tableCore(data, (slot, foldedText, foldedSpeaker, text) => {
      folded.add(slot, foldedText);
      own.add(slot, text);
      addPairSignature(pairSignature, slot, foldedText);
      let f = fieldSlot.get(foldedSpeaker);
      if (f === undefined) {
        fieldSlot.set(foldedSpeaker, (f = speakerFields.length));
        speakerFields.push(foldedSpeaker);
      }
      speakerField[slot] = f;
    });
  } catch (error) {
    if (folded instanceof BlobFileWriter) folded.close();
    if (own instanceof BlobFileWriter) own.close();
    throw error;
  }
  const blob = folded.finish(n);
  const texts = own.finish(n);
  const textOf = (b: PackedBlob, slot: number): string =>
    'bytes' in b
      ? b.bytes.toString('utf8', b.start[slot], b.start[slot + 1])
      : readFileRange(b.file, b.start[slot]!, b.start[slot + 1]!).toString('utf8');
  const tables = completeTables({
    ...core.columns,
    quoteTexts: 'bytes' in texts ? texts : null,
    quoteTextOf: (slot) => textOf(texts, slot),
    foldedTextOf: (slot) => textOf(blob, slot),
    foldedIncludes: (slot, needle) => {
      const range = blobRange(blob, slot, slot + 1);
      return Buffer.from(range.buffer, range.byteOffset, range.byteLength).indexOf(Buffer.from(needle, 'utf8')) >= 0;
    },
    pairSignature,
  });
  return { ...tables, ownTexts: texts, folded: blob, speakerField, speakerFields };
}

/**
 * What both forms of the tables share: one pass over the quotes giving the columns, each quote's folded text and
 * folded speaker field passed to `onFolded` (in slot order) for the caller to keep as it likes.
 */
function tableCore(
  data: TableData,
  onFolded: (slot: number, foldedText: string, foldedSpeaker: string, text: string) => void,
): {
  columns: Omit<TableColumns, 'foldedTextOf' | 'foldedIncludes' | 'pairSignature'>;
  foldedSpeaker: string[];
} {
  const quotes = quoteList(data.quotes);
  const n = quotes.length;
  const articles = new Map(data.articles.map((a) => [a.id, a]));
  const speakerRecords = new Map(data.speakers.map((s) => [s.id, s]));

  const speakers: Array<{ id: string; name: string }> = [];
  const speakerIndex = new Map<string, number>();
  const publishers: Array<{ id: string; name: string }> = [];
  const publisherIndex = new Map<string, number>();

  const foldedSpeaker: string[] = new Array<string>(n);
  const dateKey = new Int32Array(n);
  const confidence = new Float64Array(n);
  const kindOf = new Uint8Array(n);
  const speakerOf = new Int32Array(n).fill(-1);
  const publisherOf = new Int32Array(n).fill(-1);
  const foldedSpeakers = new Map<string, string>();
  const frequency = new Map<string, number>();
  let hash = 0x811c9dc5;

  const count = (folded: string): void => {
    for (const term of folded.split(' ')) {
      if (term && !isStopWord(term)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
    }
  };

  // The quotes are read once, in order (a build's from disk).
  let i = 0;
  for (const quote of quotes) {
    const article = articles.get(quote.articleId);

    let speakerText: string;
    if (quote.speakerId) {
      let s = speakerIndex.get(quote.speakerId);
      const record = speakerRecords.get(quote.speakerId);
      if (s === undefined) {
        s = speakers.length;
        speakers.push({ id: quote.speakerId, name: record?.name ?? quote.attribution.name ?? quote.speakerId });
        speakerIndex.set(quote.speakerId, s);
      }
      speakerOf[i] = s;
      speakerText = record ? [record.name, ...record.aliases].join(' ') : (quote.attribution.name ?? '');
    } else speakerText = quote.attribution.name ?? '';

    const publisher = article?.publisher?.trim();
    if (publisher) {
      const key = publisher.toLowerCase();
      let p = publisherIndex.get(key);
      if (p === undefined) {
        p = publishers.length;
        publishers.push({ id: publisher, name: publisher });
        publisherIndex.set(key, p);
      }
      publisherOf[i] = p;
    }

    // Many quotes share a speaker or an article: fold each distinct string once.
    let fs = foldedSpeakers.get(speakerText);
    if (fs === undefined) foldedSpeakers.set(speakerText, (fs = foldText(speakerText)));
    const fq = foldText(quote.text);
    onFolded(i, fq, fs, quote.text);
    foldedSpeaker[i] = fs;
    count(fq);
    count(fs);
    dateKey[i] = dateKeyOf(quoteDate(quote)) ?? 0;
    confidence[i] = quote.attribution.confidence;
    kindOf[i] = kindCode(quote.kind);
    hash = fnv1a(fnv1a(fnv1a(hash, quote.id), fq), fs);
    i++;
  }
  if (i !== n) throw new Error(`search: ${i} quotes read of ${n}`);
  foldedSpeakers.clear();

  const dates = Array.from({ length: n }, (_, slot) => quotes.dateAt(slot));
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => {
    const undatedA = dateKey[a] === 0;
    if (undatedA !== (dateKey[b] === 0)) return undatedA ? 1 : -1;
    const da = dates[a]!;
    const db = dates[b]!;
    if (da !== db) return da < db ? 1 : -1;
    const ia = quotes.idAt(a);
    const ib = quotes.idAt(b);
    return ia < ib ? -1 : ia > ib ? 1 : a - b;
  });
  const newestOrder = Uint32Array.from(order);
  const vocabulary = [...frequency.keys()].sort();
  const termFrequency = Uint32Array.from(vocabulary, (t) => frequency.get(t) ?? 0);

  return {
    columns: {
      count: n,
      quoteAt: (slot) => quotes.at(slot),
      quoteTextOf: (slot) => quotes.at(slot).text,
      quoteTexts: null,
      dateKey,
      confidence,
      kindOf,
      newestOrder,
      speakerOf,
      publisherOf,
      speakers,
      publishers,
      vocabulary,
      termFrequency,
      fingerprint: `${n}:${hash.toString(16)}`,
    },
    foldedSpeaker,
  };
}

/**
 * Up to `limit` indexed terms that start with `prefix` (the prefix itself excluded), most frequent
 * first: a bounded stand-in for an unbounded prefix scan (`b` alone would expand to every b-word); none
 * longer than `maxLength`.
 */
export function prefixExpansions(
  tables: Pick<QuoteTables, 'vocabulary' | 'termFrequency'>,
  prefix: string,
  limit: number,
  maxLength = Infinity,
): string[] {
  return prefixExpansionPositions(tables, prefix, limit, maxLength).map((i) => tables.vocabulary[i]!);
}

/** {@link prefixExpansions} as positions in the vocabulary. */
export function prefixExpansionPositions(
  tables: Pick<QuoteTables, 'vocabulary' | 'termFrequency'>,
  prefix: string,
  limit: number,
  maxLength = Infinity,
): number[] {
  const vocab = tables.vocabulary;
  const frequency = tables.termFrequency;
  const lo = lowerBound(vocab, prefix);
  const end = prefixEnd(vocab, prefix, lo);
  if (!(Number.isInteger(limit) && limit >= 0 && limit < end - lo)) {
    const found: number[] = [];
    for (let i = lo; i < end; i++) if (vocab[i] !== prefix && vocab[i]!.length <= maxLength) found.push(i);
    // By frequency, then by term: the vocabulary's order.
    found.sort((a, b) => frequency[b]! - frequency[a]! || a - b);
    return found.slice(0, limit);
  }
  // The best `limit` by frequency, then by term (vocabulary order), kept in order as the range is read: a term
  // that cannot enter is passed over by its frequency alone (a short prefix starts a thousand terms).
  const best: number[] = [];
  for (let i = lo; i < end; i++) {
    const f = frequency[i]!;
    if (best.length === limit && !(f > frequency[best[limit - 1]!]!)) continue;
    if (vocab[i] === prefix || vocab[i]!.length > maxLength) continue;
    if (best.length === limit) best.pop();
    let at = best.length;
    while (at > 0 && frequency[best[at - 1]!]! < f) at--;
    best.splice(at, 0, i);
  }
  return best;
}

/** The end of the range of the sorted `vocab` that starts at `lo` and holds the terms starting with `prefix`. */
function prefixEnd(vocab: readonly string[], prefix: string, lo: number): number {
  let a = lo;
  let b = vocab.length;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (vocab[mid]!.startsWith(prefix)) a = mid + 1;
    else b = mid;
  }
  return a;
}

/** True when `term` is in the vocabulary. */
export function hasTerm(tables: QuoteTables, term: string): boolean {
  const vocab = tables.vocabulary;
  const lo = lowerBound(vocab, term);
  return vocab[lo] === term;
}
