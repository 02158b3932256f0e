/**
 * The build's quotes on disk. As each article's quotes are extracted they are written as its line of the new
 * index's `extract-cache.jsonl` (in its temp folder: the file the index keeps, the same bytes `cacheLines`
 * writes), and the build keeps only where each quote's row is and a few small columns. Speaker resolution,
 * quote ids, statements, the search file and the record files then read the rows back a pass at a time
 * ({@link SpilledQuotes}): no stage holds every quote as an object, so the heap no longer grows by about a
 * kilobyte a quote.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { WrittenFile } from '../store/files.js';
import { cacheRow, quoteOfCacheRow, type ExtractedRow } from '../store/records.js';
import type { Article, ExtractedQuote, Quote } from '../model/types.js';
import type { QuoteList } from '../model/quote-list.js';
import { Column, Column64 } from '../lib/column.js';

/** Bytes gathered before they are written. */
const WRITE_BYTES = 1 << 22;
/** Bytes read at a time when the rows are read in order. */
const READ_BYTES = 1 << 22;

/** Writes the cache lines of the build's articles as they are extracted, noting where each quote's row is. */
export class QuoteSpill {
  private pending: string[] = [];
  private pendingBytes = 0;
  private bytes = 0;
  private articles = 0;
  private readonly hash: Hash = createHash('sha256');
  private readonly rowAt = new Column64();
  private readonly rowBytes = new Column();
  private readonly articleOf = new Column();
  private readonly quoteStart = new Column();
  private kinds = new Uint8Array(1 << 12);
  /** Per quote, when it was said (`saidAt.value`) or null; equal values share a string. */
  private readonly saidAt: Array<string | null> = [];
  private readonly saidAtShared = new Map<string, string>();

  private constructor(
    readonly file: string,
    private handle: FileHandle | null,
  ) {}

  static async create(file: string): Promise<QuoteSpill> {
    return new QuoteSpill(file, await open(file, 'wx'));
  }

  /** Quotes written so far. */
  get count(): number {
    return this.rowAt.length;
  }

  /**
   * The next kept article's quotes, under its cache key: its line is `JSON.stringify([key, articleId, rows])`,
   * made here from its parts so that each row's place in it is known.
   */
  add(key: string, articleId: string, quotes: readonly ExtractedQuote[]): void {
    const slot = this.articles++;
    const head = `[${JSON.stringify(key)},${JSON.stringify(articleId)},[`;
    this.push(head);
    quotes.forEach((q, k) => {
      if (k > 0) this.push(',');
      const row = JSON.stringify(cacheRow(q));
      const length = Buffer.byteLength(row, 'utf8');
      if (this.count === this.kinds.length) {
        const grown = new Uint8Array(this.kinds.length * 2);
        grown.set(this.kinds);
        this.kinds = grown;
      }
      this.kinds[this.count] = q.kind === 'full' ? 1 : 0;
      this.rowAt.push(this.bytes + this.pendingBytes);
      this.rowBytes.push(length);
      this.articleOf.push(slot);
      this.quoteStart.push(q.start);
      const said = q.saidAt?.value ?? null;
      let shared = said === null ? null : this.saidAtShared.get(said);
      if (said !== null && shared === undefined) this.saidAtShared.set(said, (shared = said));
      this.saidAt.push(shared ?? null);
      this.pending.push(row);
      this.pendingBytes += length;
    });
    this.push(']]\n');
  }

  private push(text: string): void {
    this.pending.push(text);
    this.pendingBytes += Buffer.byteLength(text, 'utf8');
  }

  /** Writes what was added (called between batches; `add` gathers at most a few MB past it). */
  async flush(force = false): Promise<void> {
    if (this.pending.length === 0 || (!force && this.pendingBytes < WRITE_BYTES)) return;
    const buffer = Buffer.from(this.pending.join(''), 'utf8');
    if (buffer.length !== this.pendingBytes)
      throw new Error('build: the quote rows did not encode to their measured length');
    this.pending = [];
    this.pendingBytes = 0;
    this.hash.update(buffer);
    this.bytes += buffer.length;
    if (this.handle === null) throw new Error('build: quotes were added after the cache file was finished');
    await this.handle.write(buffer);
  }

  /** Writes the rest, fsyncs and closes the file; its rows are then read back through {@link SpilledQuotes}. */
  async finish(articles: readonly Article[]): Promise<{ written: WrittenFile; quotes: SpilledQuotes }> {
    if (articles.length !== this.articles)
      throw new Error(`build: ${this.articles} articles' quotes were written, ${articles.length} articles kept`);
    await this.flush(true);
    await this.handle!.sync();
    await this.handle!.close();
    this.handle = null;
    const n = this.count;
    const quotes = new SpilledQuotes(this.file, articles, {
      rowAt: this.rowAt.data.slice(0, n),
      rowBytes: this.rowBytes.data.slice(0, n),
      articleOf: this.articleOf.data.slice(0, n),
      quoteStart: this.quoteStart.data.slice(0, n),
      full: this.kinds.slice(0, n),
      saidAt: this.saidAt,
    });
    this.saidAtShared.clear();
    return { written: { bytes: this.bytes, sha256: this.hash.digest('hex') }, quotes };
  }

  /** Closes the file if the build stopped before finishing it (the temp folder is removed by the build). */
  async abandon(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    await handle?.close();
  }
}

interface SpillColumns {
  rowAt: Float64Array;
  rowBytes: Uint32Array;
  articleOf: Uint32Array;
  quoteStart: Uint32Array;
  full: Uint8Array;
  saidAt: Array<string | null>;
}

/**
 * The build's quotes, read back from the cache file as they are asked for. Before `complete` they are the
 * extracted quotes (`extractedAt`, `extracted()`); after it, the index's quotes with their ids, speakers and
 * publication dates (`at`, iteration), the `QuoteList` the later stages take.
 */
export class SpilledQuotes implements QuoteList {
  readonly length: number;
  private fd: number | null;
  private window = Buffer.alloc(0);
  private windowAt = 0;
  private windowEnd = 0;
  private ids: string[] | null = null;
  private speakerIds: Array<string | null> | null = null;
  private dates: string[] | null = null;
  /** Per article slot, the publication date its quotes take (that of the last kept article with its id). */
  private published: Array<string | null> = [];
  private lastAt = -1;

  constructor(
    private readonly file: string,
    readonly articles: readonly Article[],
    private readonly columns: SpillColumns,
  ) {
    this.length = columns.rowAt.length;
    this.fd = openSync(file, 'r');
  }

  /** The cache file and where each quote's row is in it (for a reader on another thread: statements-job.ts). */
  rowPlaces(): { file: string; rowAt: Float64Array; rowBytes: Uint32Array } {
    return { file: this.file, rowAt: this.columns.rowAt, rowBytes: this.columns.rowBytes };
  }

  /** The article slot of a quote. */
  articleSlotOf(slot: number): number {
    return this.columns.articleOf[slot]!;
  }

  /** A quote's row: slots asked for in order are read a window at a time, any other alone. */
  private row(slot: number): ExtractedRow {
    const sequential = slot === this.lastAt + 1;
    this.lastAt = slot;
    const at = this.columns.rowAt[slot]!;
    const length = this.columns.rowBytes[slot]!;
    if (at < this.windowAt || at + length > this.windowEnd) {
      const size = sequential ? Math.max(READ_BYTES, length) : length;
      if (this.window.length < size) this.window = Buffer.allocUnsafe(size);
      this.windowAt = at;
      this.windowEnd = at + this.read(this.window, size, at);
      if (this.windowEnd < at + length)
        throw new Error(`build: '${this.file}' was cut short while the build read its quotes`);
    }
    const start = at - this.windowAt;
    return JSON.parse(this.window.toString('utf8', start, start + length)) as ExtractedRow;
  }

  private read(buffer: Buffer, size: number, position: number): number {
    if (this.fd === null) throw new Error('build: a quote was asked for after the build closed its quotes file');
    let got = 0;
    while (got < size) {
      const n = readSync(this.fd, buffer, got, size - got, position + got);
      if (n === 0) break;
      got += n;
    }
    return got;
  }

  /** The extracted quote of a slot (decoded; a read of the file unless the slot follows the last one read). */
  extractedAt(slot: number): ExtractedQuote {
    const article = this.articles[this.columns.articleOf[slot]!]!;
    return quoteOfCacheRow(article.id, this.row(slot));
  }

  /** Every extracted quote, in slot order. */
  *extracted(): Generator<ExtractedQuote> {
    for (let i = 0; i < this.length; i++) yield this.extractedAt(i);
  }

  /** Makes the quotes the index's: their ids and speaker ids (parallel to the slots), dates from their articles. */
  complete(ids: string[], speakerIds: Array<string | null>): void {
    if (ids.length !== this.length || speakerIds.length !== this.length)
      throw new Error(`build: ${ids.length} ids and ${speakerIds.length} speakers for ${this.length} quotes`);
    this.ids = ids;
    this.speakerIds = speakerIds;
    const byId = new Map(this.articles.map((a) => [a.id, a]));
    this.published = this.articles.map((a) => byId.get(a.id)?.publishedAt ?? null);
    byId.clear();
    // A quote's date: when it was said, else when its article was published (quoteDate). Equal dates share a string.
    const shared = new Map<string, string>();
    const dates = new Array<string>(this.length);
    for (let i = 0; i < this.length; i++) {
      const date = this.columns.saidAt[i] ?? this.published[this.columns.articleOf[i]!] ?? '';
      let one = shared.get(date);
      if (one === undefined) shared.set(date, (one = date));
      dates[i] = one;
    }
    this.dates = dates;
    // Read once: the dates are the quotes' from now on.
    this.columns.saidAt = [];
  }

  private completed(): { ids: string[]; speakerIds: Array<string | null>; dates: string[] } {
    if (this.ids === null || this.speakerIds === null || this.dates === null)
      throw new Error('build: the quotes were read as the index has them before their ids were given');
    return { ids: this.ids, speakerIds: this.speakerIds, dates: this.dates };
  }

  private quote(slot: number): Quote {
    const { ids, speakerIds } = this.completed();
    const q = this.extractedAt(slot) as Quote;
    // The fields in the order the build gave them (see `finish` in pipeline.ts).
    q.id = ids[slot]!;
    q.speakerId = speakerIds[slot] ?? null;
    q.publishedAt = this.published[this.columns.articleOf[slot]!] ?? null;
    return q;
  }

  at(slot: number): Quote {
    return this.quote(slot);
  }

  idAt(slot: number): string {
    return this.completed().ids[slot]!;
  }

  articleIdAt(slot: number): string {
    return this.articles[this.columns.articleOf[slot]!]!.id;
  }

  speakerIdAt(slot: number): string | null {
    return this.completed().speakerIds[slot] ?? null;
  }

  dateAt(slot: number): string {
    return this.completed().dates[slot]!;
  }

  startAt(slot: number): number {
    return this.columns.quoteStart[slot]!;
  }

  fullAt(slot: number): boolean {
    return this.columns.full[slot] === 1;
  }

  *[Symbol.iterator](): Iterator<Quote> {
    for (let i = 0; i < this.length; i++) yield this.quote(i);
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    this.window = Buffer.alloc(0);
  }
}
