/**
 * The records of a loaded index, read on demand: a quote or article is read from its file (one positioned
 * read, offsets from `records.bin`) and decoded. A million parsed quotes held about 1.4 KB each on the heap;
 * a served page reads a few dozen. Articles are kept in a small least-recently-used cache; quotes are not (a
 * read costs less than keeping it: see BENCH.md, "Ninth session: serving, part 2"), so each read of a quote
 * gives a new object: a caller changing one changes no other reader's.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import type { Article, Quote, Speaker } from '../model/types.js';
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

/**
 * Record reads of a loaded index that failed (a line that is not a record, a file cut short): an index whose
 * checksums matched can still have been written wrong. The first problem is kept for /api/health and told
 * to the listeners (the server rebuilds); each failing read still throws for its own request.
 */
export class RecordDamage {
  private first: string | null = null;
  private count = 0;
  private readonly listeners: Array<(problem: string) => void> = [];

  /** The first failed read's problem (`'index/quotes.jsonl' line 7 is not a quote row`), or null. */
  get problem(): string | null {
    return this.first;
  }

  /** How many reads failed. */
  get failures(): number {
    return this.count;
  }

  report(problem: string): void {
    this.count++;
    if (this.first !== null) return;
    this.first = problem;
    // Not inside the failing read: the listeners run after the request that found the damage.
    for (const listener of this.listeners.splice(0)) queueMicrotask(() => listener(problem));
  }

  /** Calls `listener` once, with the first problem, as soon as there is one. */
  onFirst(listener: (problem: string) => void): void {
    if (this.first !== null) queueMicrotask(() => listener(this.first!));
    else this.listeners.push(listener);
  }
}

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
  private readonly articleCache = new Lru<number, Article>(ARTICLE_CACHE);
  /**
   * Each article's publication date once its row has been read (undefined before): a quote read needs its
   * article's id (from the id table) and date only, not the whole article.
   */
  private readonly articleDates: Array<string | null | undefined>;
  private readonly speakerSlot = new Map<string, number>();
  /** The reads that failed validation so far. */
  readonly damage = new RecordDamage();

  constructor(
    private readonly files: RecordStoreFiles,
    private readonly records: RecordsFile,
    private readonly speakers: readonly Speaker[],
  ) {
    this.articleDates = new Array<string | null | undefined>(records.articleIds.size);
    this.quoteFile = new FileSlices(path.join(files.dir, files.quotes));
    this.articleFile = new FileSlices(path.join(files.dir, files.articles));
    this.textFile = new FileSlices(path.join(files.dir, files.articleTexts));
    speakers.forEach((s, i) => this.speakerSlot.set(s.id, i));
    records.extraSpeakers.forEach((id, i) => this.speakerSlot.set(id, speakers.length + i));
    this.quotes = this.keyed(
      records.quoteIds.size,
      (id) => records.quoteIds.slotOf(id),
      (slot) => this.quoteAt(slot),
      (slot) => records.quoteIds.idAt(slot),
    );
    this.articles = this.keyed(
      records.articleIds.size,
      (id) => records.articleIds.slotOf(id),
      (slot) => this.articleAt(slot),
      (slot) => records.articleIds.idAt(slot),
    );
    const lists = (
      count: number,
      slotOf: (id: string) => number,
      slots: Uint32Array,
      starts: Uint32Array,
    ): IdLists => ({
      size: count,
      has: (id) => slotOf(id) >= 0,
      get: (id) => {
        const k = slotOf(id);
        if (k < 0) return undefined;
        return Array.from(slots.subarray(starts[k], starts[k + 1]), (slot) => records.quoteIds.idAt(slot));
      },
    });
    this.quotesBySpeaker = lists(
      Array.from({ length: records.speakerStart.length - 1 }, (_, k) => k).filter(
        (k) => records.speakerStart[k + 1]! > records.speakerStart[k]!,
      ).length,
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

  private keyed<T>(
    size: number,
    slotOf: (id: string) => number,
    at: (slot: number) => T,
    idAt: (slot: number) => string,
  ): Records<T> {
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

  /** Notes a failed read and throws it, as an `IndexError` naming the file and line. */
  private fail(name: string, slot: number, why: unknown): never {
    const error =
      why instanceof IndexError
        ? why
        : new IndexError(
            `'${displayPath(path.join(this.files.dir, name))}' line ${slot + 1} ${why instanceof Error ? why.message : String(why)}`,
          );
    this.damage.report(error.problem);
    throw error;
  }

  private parse(file: FileSlices, name: string, starts: Float64Array, slot: number): unknown {
    let text: string;
    try {
      text = file.read(starts[slot]!, starts[slot + 1]!).toString('utf8');
    } catch (error) {
      return this.fail(name, slot, error);
    }
    try {
      return JSON.parse(text);
    } catch {
      return this.fail(name, slot, new Error('is not valid JSON'));
    }
  }

  /**
   * The quote in `slot` (its position in `quotes.jsonl`), read and decoded on each call. Not cached: a page's
   * records are read once per answer, and traffic cycling through more quotes than a cache holds made every
   * read a miss that also cost the cache's insert, its eviction and a quote promoted to the old generation.
   */
  quoteAt(slot: number): Quote {
    const raw = this.parse(this.quoteFile, this.files.quotes, this.records.quoteStart, slot);
    let quote: Quote;
    try {
      quote = quoteFromRow(
        raw,
        (a) => (a < this.records.articleIds.size ? this.articleKey(a) : undefined),
        (s) => this.speakers[s],
      );
    } catch (error) {
      // A bad article row was noted as such by articleAt.
      if (error instanceof IndexError) throw error;
      return this.fail(this.files.quotes, slot, error);
    }
    return quote;
  }

  /** The id and publication date of the article in `slot`, its row read only the first time. */
  private articleKey(slot: number): Pick<Article, 'id' | 'publishedAt'> {
    let publishedAt = this.articleDates[slot];
    if (publishedAt === undefined) {
      publishedAt = this.articleAt(slot).publishedAt;
      this.articleDates[slot] = publishedAt;
    }
    return { id: this.records.articleIds.idAt(slot), publishedAt };
  }

  private articleText(slot: number, start: number, end: number): string {
    try {
      return this.textFile.read(start, end).toString('utf8');
    } catch (error) {
      return this.fail(this.files.articleTexts, slot, error);
    }
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
      article = articleFromRow(raw, () => this.articleText(slot, start, end));
    } catch (error) {
      return this.fail(this.files.articles, slot, error);
    }
    this.articleCache.set(slot, article);
    return article;
  }
}
