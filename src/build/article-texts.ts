/**
 * Article texts on disk during a build. Once quotes are extracted, the texts are written to the new index's
 * `article-texts.bin` (in its temp folder, the file the index keeps) and the articles go on as records that
 * read their text back from it when asked: speaker resolution asks for a few (surname-only mentions), quote
 * ids for quotations in pieces. The heap no longer holds every article's text through the rest of the build.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { WrittenFile } from '../store/files.js';
import type { Article } from '../model/types.js';

/** A lone surrogate is written as U+FFFD: such a text would not read back the same, so it stays in memory. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The texts as written: the file, each text's UTF-8 length, and a reader for the articles that point at it. */
export interface TextsOnDisk {
  written: WrittenFile;
  /** Per article (in the order given), the UTF-8 length of its text. */
  byteLengths: number[];
  /** The articles, each reading its text from the file (the same string it had). */
  articles: Article[];
  /** Closes the file; the articles' texts cannot be read after. */
  close(): void;
}

/** Texts recently read, kept: a surname's article is asked for its text several times in a row. */
const RECENT = 16;

class TextFile {
  private fd: number | null;
  private readonly recent = new Map<number, string>();
  /** Where each text starts in the file, and (one past the last) where the last ends. */
  start = new Float64Array(1024 + 1);
  constructor(file: string) {
    this.fd = openSync(file, 'r');
  }
  read(slot: number): string {
    const cached = this.recent.get(slot);
    if (cached !== undefined) return cached;
    if (this.fd === null) throw new Error('index: an article text was asked for after the build closed its file');
    const length = this.start[slot + 1]! - this.start[slot]!;
    const buffer = Buffer.allocUnsafe(length);
    for (let at = 0; at < length;) {
      const got = readSync(this.fd, buffer, at, length - at, this.start[slot]! + at);
      if (got === 0) throw new Error('index: the article texts file was cut short while the build read it');
      at += got;
    }
    const text = buffer.toString('utf8');
    if (this.recent.size >= RECENT) this.recent.delete(this.recent.keys().next().value!);
    this.recent.set(slot, text);
    return text;
  }
  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    this.recent.clear();
  }
}

/** An article whose text is read from the build's texts file when asked (its other fields held as they were). */
class ArticleOnDisk implements Article {
  id: string;
  recordId: string | null;
  path: string;
  line: number | null;
  title: string | null;
  publisher: string | null;
  url: string | null;
  author: string | null;
  publishedAt: string | null;
  dateline: string | null;
  furniture: Article['furniture'];
  metaOrigin: Article['metaOrigin'];
  // Private fields: not enumerable, so the record serialises as an article's fields do.
  readonly #file: TextFile;
  readonly #slot: number;
  constructor(a: Article, file: TextFile, slot: number) {
    this.#file = file;
    this.#slot = slot;
    this.id = a.id;
    this.recordId = a.recordId;
    this.path = a.path;
    this.line = a.line;
    this.title = a.title;
    this.publisher = a.publisher;
    this.url = a.url;
    this.author = a.author;
    this.publishedAt = a.publishedAt;
    this.dateline = a.dateline;
    this.furniture = a.furniture;
    this.metaOrigin = a.metaOrigin;
  }
  get text(): string {
    return this.#file.read(this.#slot);
  }
}

/** Bytes encoded at a time: one buffer, reused. */
const CHUNK_BYTES = 1 << 22;

/**
 * The bytes of `articleTexts(articles)`, encoded into one reused buffer rather than a buffer per text: each chunk
 * is only valid until the next is asked for (`writeDurable` writes one before asking for the next).
 */
function* encodedTexts(
  articles: readonly Article[],
  byteLengths: readonly number[],
  chunk: Buffer,
): Generator<Uint8Array> {
  const chunkBytes = chunk.length;
  let used = 0;
  for (const [i, a] of articles.entries()) {
    const length = byteLengths[i]!;
    if (used + length > chunkBytes && used > 0) {
      yield chunk.subarray(0, used);
      used = 0;
    }
    if (length > chunkBytes) yield Buffer.from(a.text, 'utf8');
    else used += chunk.write(a.text, used, length, 'utf8');
  }
  if (used > 0) yield chunk.subarray(0, used);
}

/**
 * Writes article texts to `file` (what `article-texts.bin` holds) a batch of articles at a time, and gives the
 * articles reading them back: the build appends each batch once its quotes are extracted, so it never holds
 * every text at once.
 */
export class TextsWriter {
  private readonly hash = createHash('sha256');
  private bytes = 0;
  private count = 0;
  private readonly byteLengths: number[] = [];
  private constructor(
    private handle: FileHandle | null,
    private readonly texts: TextFile,
    private readonly chunk: Buffer,
  ) {}

  /** Creates `file` (it must not exist). */
  static async create(file: string, chunkBytes = CHUNK_BYTES): Promise<TextsWriter> {
    const handle = await open(file, 'wx');
    try {
      return new TextsWriter(handle, new TextFile(file), Buffer.allocUnsafe(chunkBytes));
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /** Appends the texts of `articles` and gives the articles reading them back from the file. */
  async append(articles: readonly Article[]): Promise<Article[]> {
    if (this.handle === null) throw new Error('index: article texts appended after their file was finished');
    const lengths = articles.map((a) => Buffer.byteLength(a.text, 'utf8'));
    for (const part of encodedTexts(articles, lengths, this.chunk)) {
      this.hash.update(part);
      for (let at = 0; at < part.length;) at += (await this.handle.write(part, at, part.length - at)).bytesWritten;
    }
    let start = this.texts.start;
    if (this.count + articles.length + 1 > start.length) {
      const grown = new Float64Array(Math.max(start.length * 2, this.count + articles.length + 1));
      grown.set(start);
      this.texts.start = start = grown;
    }
    const from = this.count;
    lengths.forEach((length, k) => {
      start[from + k + 1] = start[from + k]! + length;
      this.byteLengths.push(length);
      this.bytes += length;
    });
    this.count += articles.length;
    return articles.map((a, k) => (LONE_SURROGATE.test(a.text) ? a : new ArticleOnDisk(a, this.texts, from + k)));
  }

  /** Syncs and closes the file for writing: the texts read back until `close` of the result. */
  async finish(): Promise<Omit<TextsOnDisk, 'articles'>> {
    const handle = this.handle;
    this.handle = null;
    if (handle !== null) {
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    return {
      written: { bytes: this.bytes, sha256: this.hash.digest('hex') },
      byteLengths: this.byteLengths,
      close: () => this.texts.close(),
    };
  }

  /** Closes the file (a build that failed): nothing is synced. */
  async abandon(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    this.texts.close();
    await handle?.close();
  }
}

/** Writes the articles' texts to `file` (what `article-texts.bin` holds) and gives the articles reading them back. */
export async function textsToDisk(
  file: string,
  articles: readonly Article[],
  chunkBytes = CHUNK_BYTES,
): Promise<TextsOnDisk> {
  const writer = await TextsWriter.create(file, chunkBytes);
  try {
    const onDisk = await writer.append(articles);
    return { ...(await writer.finish()), articles: onDisk };
  } catch (error) {
    await writer.abandon();
    throw error;
  }
}
