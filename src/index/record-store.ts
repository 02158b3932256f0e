/**
 * The records of a loaded index, read on demand: a quote or article is read from its file (one positioned
 * read, offsets from `records.bin`), decoded, and kept in a small least-recently-used cache. A million
 * parsed quotes held about 1.4 KB each on the heap; a served page reads a few dozen.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import type { Article, Quote, Speaker } from '../types.js';
import { displayPath, IndexError } from './errors.js';
import { articleFromRow, quoteFromRow } from './records.js';
import type { RecordsFile } from './records-file.js';

/** Read-only keyed records: what the web layer uses of a Map (a Map is one). */
export interface Records<T> {
  readonly size: number;
  get(id: string): T | undefined;
  has(id: string): boolean;
  keys(): IterableIterator<string>;
  values(): IterableIterator<T>;
}

/** Read-only id lists by key (a Map of arrays is one). */
export interface IdLists {
  readonly size: number;
  get(id: string): readonly string[] | undefined;
  has(id: string): boolean;
}

/** A small least-recently-used cache. */
class Lru<K, V> {
  private readonly map = new Map<K, V>();
  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const v = this.map.get(key);
    if (v !== undefined) {
      this.map.delete(key);
      this.map.set(key, v);
    }
    return v;
  }

  set(key: K, value: V): void {
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value!);
  }
}

/** Open files of loaded indexes are closed once nothing refers to their reader any more. */
const closer = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Already closed: nothing to do.
  }
});

/** Positioned reads from one index file, kept open (a swapped-out index keeps reading its own files). */
class FileSlices {
  private readonly fd: number;

  constructor(readonly file: string) {
    this.fd = openSync(file, 'r');
    closer.register(this, this.fd);
  }

  read(start: number, end: number): Buffer {
    const buffer = Buffer.allocUnsafe(end - start);
    let done = 0;
    while (done < buffer.length) {
      const n = readSync(this.fd, buffer, done, buffer.length - done, start + done);
      if (n === 0) throw new IndexError(`'${displayPath(this.file)}' is cut short`);
      done += n;
    }
    return buffer;
  }
}

const QUOTE_CACHE = 20_000;
const ARTICLE_CACHE = 5_000;

export interface RecordStoreFiles {
  dir: string;
  quotes: string;
  articles: string;
  articleTexts: string;
}

/** The quotes and articles of a loaded index, and the lookups over them, read on demand. */
export class RecordStore {
  readonly quotes: Records<Quote>;
  readonly articles: Records<Article>;
  readonly quotesBySpeaker: IdLists;
  readonly quotesByArticle: IdLists;
  private readonly quoteFile: FileSlices;
  private readonly articleFile: FileSlices;
  private readonly textFile: FileSlices;
  private readonly quoteCache = new Lru<number, Quote>(QUOTE_CACHE);
  private readonly articleCache = new Lru<number, Article>(ARTICLE_CACHE);
  private readonly speakerSlot = new Map<string, number>();

  constructor(
    private readonly files: RecordStoreFiles,
    private readonly records: RecordsFile,
    private readonly speakers: readonly Speaker[],
  ) {
    this.quoteFile = new FileSlices(path.join(files.dir, files.quotes));
    this.articleFile = new FileSlices(path.join(files.dir, files.articles));
    this.textFile = new FileSlices(path.join(files.dir, files.articleTexts));
    speakers.forEach((s, i) => this.speakerSlot.set(s.id, i));
    records.extraSpeakers.forEach((id, i) => this.speakerSlot.set(id, speakers.length + i));
    this.quotes = this.keyed(records.quoteIds.size, (id) => records.quoteIds.slotOf(id), (slot) => this.quoteAt(slot), (slot) => records.quoteIds.idAt(slot));
    this.articles = this.keyed(records.articleIds.size, (id) => records.articleIds.slotOf(id), (slot) => this.articleAt(slot), (slot) => records.articleIds.idAt(slot));
    const lists = (count: number, slotOf: (id: string) => number, slots: Uint32Array, starts: Uint32Array): IdLists => ({
      size: count,
      has: (id) => slotOf(id) >= 0,
      get: (id) => {
        const k = slotOf(id);
        if (k < 0) return undefined;
        return Array.from(slots.subarray(starts[k]!, starts[k + 1]!), (slot) => records.quoteIds.idAt(slot));
      },
    });
    this.quotesBySpeaker = lists(
      Array.from({ length: records.speakerStart.length - 1 }, (_, k) => k).filter((k) => records.speakerStart[k + 1]! > records.speakerStart[k]!).length,
      (id) => {
        const k = this.speakerSlot.get(id);
        return k !== undefined && records.speakerStart[k + 1]! > records.speakerStart[k]! ? k : -1;
      },
      records.bySpeaker,
      records.speakerStart,
    );
    this.quotesByArticle = lists(
      records.articleIds.size,
      (id) => records.articleIds.slotOf(id),
      records.byArticle,
      records.articleQuoteStart,
    );
  }

  private keyed<T>(size: number, slotOf: (id: string) => number, at: (slot: number) => T, idAt: (slot: number) => string): Records<T> {
    return {
      size,
      get: (id) => {
        const slot = slotOf(id);
        return slot < 0 ? undefined : at(slot);
      },
      has: (id) => slotOf(id) >= 0,
      *keys() {
        for (let slot = 0; slot < size; slot++) yield idAt(slot);
      },
      *values() {
        for (let slot = 0; slot < size; slot++) yield at(slot);
      },
    };
  }

  private parse(file: FileSlices, name: string, starts: Float64Array, slot: number): unknown {
    const text = file.read(starts[slot]!, starts[slot + 1]!).toString('utf8');
    try {
      return JSON.parse(text);
    } catch {
      throw new IndexError(`'${displayPath(path.join(this.files.dir, name))}' line ${slot + 1} is not valid JSON`);
    }
  }

  /** The quote in `slot` (its position in `quotes.jsonl`). */
  quoteAt(slot: number): Quote {
    const cached = this.quoteCache.get(slot);
    if (cached) return cached;
    const raw = this.parse(this.quoteFile, this.files.quotes, this.records.quoteStart, slot);
    let quote: Quote;
    try {
      quote = quoteFromRow(raw, (a) => (a < this.records.articleIds.size ? this.articleAt(a) : undefined), (s) => this.speakers[s]);
    } catch (error) {
      throw new IndexError(`'${displayPath(path.join(this.files.dir, this.files.quotes))}' line ${slot + 1} ${(error as Error).message}`);
    }
    this.quoteCache.set(slot, quote);
    return quote;
  }

  /** The article in `slot` (its position in `articles.jsonl`); its text is read when asked for. */
  articleAt(slot: number): Article {
    const cached = this.articleCache.get(slot);
    if (cached) return cached;
    const raw = this.parse(this.articleFile, this.files.articles, this.records.articleStart, slot);
    const start = this.records.textStart[slot]!;
    const end = this.records.textStart[slot + 1]!;
    let article: Article;
    try {
      article = articleFromRow(raw, () => this.textFile.read(start, end).toString('utf8'));
    } catch (error) {
      throw new IndexError(`'${displayPath(path.join(this.files.dir, this.files.articles))}' line ${slot + 1} ${(error as Error).message}`);
    }
    this.articleCache.set(slot, article);
    return article;
  }
}
