/**
 * Ingest: a corpus folder into the database, in batches of articles, each batch one transaction loaded by COPY.
 *
 *   read this shard's files and lines only (shard-read.ts) ─▶ skip those whose content hash is stored ─▶ read their
 *   cached extractions ─▶ per round of articles:
 *   extract (worker threads, started once a round) ─▶ per batch: BEGIN; delete the batch's old rows; COPY articles,
 *   quotes (with their pieces); COMMIT
 *
 * Ingest writes the records only (quotes has a primary key and an article index, nothing else to maintain): the
 * search rows, their indexes, speakers and statements are built by finalize from the stored corpus.
 *
 * Idempotent per article: re-running loads nothing twice, a changed article's quotes are replaced, and `prune`
 * deletes the articles whose files are gone. A killed ingest leaves whole batches only, and the next run resumes
 * with the articles not stored yet. Speakers and statements are corpus-wide: `finalize` (finalize.ts) runs after.
 */
import { createHash } from 'node:crypto';
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { ExtractFn, processArticlesInParallel } from '../../build/pipeline.js';
import { quoteRecords } from '../../build/quote-records.js';
import { extractorSourceVersion } from '../../build/source-version.js';
import { loadSpeakerOverrides } from '../../speakers/overrides.js';
import type { Article, ExtractedQuote, InputProblem, Quote } from '../../model/types.js';
import { LOCK_FINALIZE } from './migrate.js';
import { ARTICLE_COLUMNS, articleLine, QUOTE_COLUMNS, quoteLine } from './rows.js';
import { PLACES_PER_FILE, readShard, type Shard, type ShardLoad } from './shard-read.js';
import { corpusProblem } from '../../corpus/problems.js';
import { cachedQuotes, cutPartialLine, readExtractCache, type CachedLine } from './extract-cache.js';

export type { Shard } from './shard-read.js';

export interface IngestOptions {
  corpusDir: string;
  /** Default: the whole corpus. */
  shard?: Shard;
  /** Delete stored articles (of this shard) that the corpus no longer holds. */
  prune?: boolean;
  /**
   * Articles loaded per transaction (default 4,000: about 18,000 quotes; a killed ingest loses at most the batch in
   * flight, which the next run loads again).
   */
  batchArticles?: number;
  /**
   * Articles extracted per round (default 20,000): the extraction workers start once a round (each start loads the
   * extractor and warms its JIT again), and a round's quotes are held in memory until its batches are written.
   */
  roundArticles?: number;
  /** Worker threads for extraction (default: the machine's parallelism). */
  threads?: number;
  /**
   * An extraction cache file (JSON Lines `[content hash, article id, extracted quotes]`, the quotes as the extractor
   * returned them, the entity type included): articles found there under their current hash are not extracted again, and what this
   * run extracts is appended. Lets a corpus be loaded again (another database, other shards) without extracting it.
   */
  extractCache?: string;
  /** Speaker overrides file (default `<corpus>/speakers.json`). */
  speakersFile?: string;
  onProgress?: (progress: IngestProgress) => void;
  /** Tests and tools: replace extraction. */
  extractQuotes?: ExtractFn;
  extractorVersion?: string;
}

export interface IngestProgress {
  done: number;
  total: number;
  quotes: number;
}

export interface IngestSummary {
  /** Articles of the corpus in this shard. */
  articles: number;
  /** Articles extracted and stored by this run (new or changed). */
  loaded: number;
  unchanged: number;
  /** Stored articles deleted because their file is gone (`prune`). */
  pruned: number;
  quotes: number;
  problems: InputProblem[];
  seconds: number;
  /** Seconds spent extracting (worker threads and this one). */
  extractSeconds: number;
  /** Articles whose quotes came from the extraction cache. */
  cachedArticles: number;
  /** Seconds reading this shard's part of the corpus (its files and lines read, parsed and built) and hashing it. */
  readSeconds: number;
  /** Seconds reading the extraction cache (this shard's entries, by its key index; see extract-cache.ts). */
  cacheSeconds: number;
  /** Seconds the database took to store the batches (transactions: delete, COPY, commit), apart from loading, extraction and making the rows. */
  writeSeconds: number;
}

/** Parses `i/n` (1-based, as typed: `--shard 2/4`) into a shard. */
export function parseShard(text: string): Shard | null {
  const m = /^(\d{1,4})\/(\d{1,4})$/.exec(text.trim());
  if (!m) return null;
  const i = Number(m[1]);
  const n = Number(m[2]);
  if (n < 1 || i < 1 || i > n) return null;
  return { index: i - 1, count: n };
}

/**
 * The shard of a key (e.g. a removed file's path, whose stored articles that shard prunes): the first four bytes of
 * sha256(key), modulo the number of shards.
 */
export function shardOf(key: string, count: number): number {
  return createHash('sha256').update(key).digest().readUInt32BE(0) % count;
}

function contentHash(extractorVersion: string, article: Article): string {
  return createHash('sha256').update(extractorVersion).update('\0').update(JSON.stringify(article)).digest('hex');
}

/** Streams `lines` into `COPY table (columns) FROM STDIN` on `client`. */
export async function copyInto(
  client: pg.PoolClient,
  table: string,
  columns: readonly string[],
  lines: Iterable<string>,
): Promise<void> {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
  await pipeline(Readable.from(chunked(lines)), stream);
}

/** Lines joined into chunks of about 64 KB: one write per chunk instead of per line. */
function* chunked(lines: Iterable<string>): Iterable<string> {
  let parts: string[] = [];
  let size = 0;
  for (const line of lines) {
    parts.push(line);
    size += line.length;
    if (size >= 1 << 16) {
      yield parts.join('');
      parts = [];
      size = 0;
    }
  }
  if (parts.length > 0) yield parts.join('');
}

/** Speaker resolution is corpus-wide (finalize): extraction here leaves every quote without a canonical speaker. */
const noSpeakers = (quotes: readonly unknown[]) => ({ speakerIds: quotes.map(() => null), speakers: [] });

/** Extracts a round's articles that the cache lacks (the extractor imported on first use). */
async function extractRound(...args: Parameters<typeof processArticlesInParallel>) {
  const { processArticlesInParallel } = await import('../../build/pipeline.js');
  return processArticlesInParallel(...args);
}

/** Ingests `options.corpusDir` into the database of `pool` (migrated). */
export async function ingestCorpus(pool: pg.Pool, options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const corpusDir = path.resolve(options.corpusDir);
  const shard = options.shard ?? { index: 0, count: 1 };
  const batchSize = Math.max(1, options.batchArticles ?? 4_000);
  const progress = options.onProgress ?? (() => {});
  const extractorVersion = options.extractorVersion ?? (await extractorSourceVersion());

  // Only this shard's files and lines are read and built; each article keeps its place in corpus order (its `ord`,
  // the same whichever process loads it).
  const loaded = await readShard(corpusDir, shard);
  const problems: InputProblem[] = [...loaded.problems];
  const speakers = await loadSpeakerOverrides(options.speakersFile ?? path.join(corpusDir, 'speakers.json'));
  // The speakers file is the first shard's to report.
  if (shard.index === 0) for (const p of speakers.problems) problems.push(p);

  const mine = loaded.articles;
  const ord = new Map(mine.map((a, i) => [a.id, loaded.ords[i]!]));
  // What is stored of these articles (an id may be stored from another place: a duplicate, see `write`); with
  // `prune`, every stored article, to find those of this shard's files that the corpus no longer holds.
  const stored = new Map<string, { hash: string; ord: number; path: string; line: number | null }>();
  const storedRows = (
    await pool.query<{ id: string; content_hash: string; ord: string; path: string; line: number | null }>(
      options.prune
        ? 'SELECT id, content_hash, ord, path, line FROM articles'
        : 'SELECT id, content_hash, ord, path, line FROM articles WHERE id = ANY($1::text[])',
      options.prune ? [] : [mine.map((a) => a.id)],
    )
  ).rows;
  for (const r of storedRows)
    stored.set(r.id, { hash: r.content_hash, ord: Number(r.ord), path: r.path, line: r.line });

  const hashes = new Map(mine.map((a) => [a.id, contentHash(extractorVersion, a)]));
  const readSeconds = (performance.now() - started) / 1000;
  const pending = mine.filter((a) => stored.get(a.id)?.hash !== hashes.get(a.id));
  const moved = mine.filter(
    (a) => stored.has(a.id) && stored.get(a.id)!.hash === hashes.get(a.id) && stored.get(a.id)!.ord !== ord.get(a.id),
  );
  const present = new Set(mine.map((a) => a.id));
  // Pruned by this shard: stored articles of its own files and lines that it did not load, and those of removed
  // files that hash to it.
  const gone = options.prune
    ? storedRows
        .filter((r) =>
          loaded.fileIndex.has(r.path)
            ? loaded.owns(r.path, r.line) && !present.has(r.id)
            : shard.count === 1 || shardOf(r.path, shard.count) === shard.index,
        )
        .map((r) => r.id)
    : [];

  const cacheStarted = performance.now();
  const cachedLines = options.extractCache
    ? await readExtractCache(options.extractCache, new Map(pending.map((a) => [hashes.get(a.id)!, a.id])))
    : new Map<string, CachedLine>();
  const cacheSeconds = (performance.now() - cacheStarted) / 1000;
  let cachedArticles = 0;

  let writeSeconds = 0;
  let quotes = 0;
  let loadedArticles = 0;
  // A batch meets another shard's over a duplicate article id (both insert it): the transaction that loses the race
  // fails (unique violation, or a deadlock detected) and is tried again, then seeing the other's rows.
  const write = async (work: (client: pg.PoolClient) => Promise<void>): Promise<void> => {
    for (let attempt = 1; ; attempt++) {
      try {
        return await writeOnce(work);
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (attempt >= 5 || (code !== '23505' && code !== '40P01')) throw error;
      }
    }
  };
  const writeOnce = async (work: (client: pg.PoolClient) => Promise<void>): Promise<void> => {
    const t = performance.now();
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      // A commit need not wait for its WAL to reach the disk: a crash can lose the last batches, never half of one,
      // and the next ingest loads them again (their content hashes are not stored).
      await client.query('SET LOCAL synchronous_commit = off');
      // Finalize takes this lock exclusively: it reads a corpus no batch is changing.
      await client.query('SELECT pg_advisory_xact_lock_shared($1)', [LOCK_FINALIZE]);
      await work(client);
      await client.query(
        `INSERT INTO corpus_state (key, value) VALUES ('pending_finalize', 'true'), ('speakers_overrides', $1)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
        [JSON.stringify(speakers.overrides)],
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
      writeSeconds += (performance.now() - t) / 1000;
    }
  };

  const roundSize = Math.max(batchSize, options.roundArticles ?? 20_000);
  let inflight: Promise<void> = Promise.resolve();
  let extractSeconds = 0;
  progress({ done: 0, total: pending.length, quotes: 0 });
  for (let round = 0; round < pending.length; round += roundSize) {
    const roundArticles = pending.slice(round, round + roundSize);
    const t = performance.now();
    // This round's cached extractions, parsed now; the fresh ones are appended to the cache after the round.
    const reused = new Map<string, ExtractedQuote[]>();
    for (const a of roundArticles) {
      const cached = cachedLines.get(hashes.get(a.id)!);
      if (cached === undefined) continue;
      reused.set(a.id, cachedQuotes(options.extractCache!, cached, a.id));
      cachedLines.delete(hashes.get(a.id)!);
    }
    cachedArticles += reused.size;
    const fresh: Array<{ key: string; articleId: string; quotes: ExtractedQuote[] }> = [];
    // A round whose extractions all come from the cache needs no extractor: it is loaded (pipeline.ts) only for a
    // round with articles to extract, so a process loading cached extractions starts without it.
    const processed =
      reused.size === roundArticles.length
        ? quoteRecords(
            {
              kept: roundArticles,
              extracted: roundArticles.flatMap((a) => reused.get(a.id)!),
              problems: [],
              reusedArticles: reused.size,
            },
            noSpeakers,
          )
        : await extractRound(roundArticles, {
            extract: options.extractQuotes,
            resolveSpeakers: noSpeakers,
            threads: options.threads,
            reuse: (a) => reused.get(a.id),
            onExtracted: options.extractCache
              ? (a, quotes, wasReused) => {
                  if (!wasReused) fresh.push({ key: hashes.get(a.id)!, articleId: a.id, quotes });
                }
              : undefined,
          });
    // A last line cut short (a run killed while appending) is cut off before new lines are appended.
    if (options.extractCache && fresh.length > 0) await cutPartialLine(options.extractCache);
    if (options.extractCache && fresh.length > 0)
      await appendFile(
        options.extractCache,
        fresh.map((f) => `${JSON.stringify([f.key, f.articleId, f.quotes])}\n`).join(''),
      );
    extractSeconds += (performance.now() - t) / 1000;
    for (const p of processed.problems) problems.push(p);
    const quotesOf = new Map<string, Quote[]>();
    for (const q of processed.quotes) {
      const list = quotesOf.get(q.articleId);
      if (list) list.push(q);
      else quotesOf.set(q.articleId, [q]);
    }
    const extracted = new Map(processed.articles.map((a) => [a.id, a]));
    for (let at = 0; at < roundArticles.length; at += batchSize) {
      const batch = roundArticles.slice(at, at + batchSize);
      // The rows are written out before the transaction opens: it holds the database only for the COPYs.
      const articles = batch.map((a) => extracted.get(a.id)).filter((a): a is Article => a !== undefined);
      const rows = articles.map((a) => ({
        article: a,
        line: articleLine(a, ord.get(a.id)!, hashes.get(a.id)!),
        quotes: (quotesOf.get(a.id) ?? []).map((q, seq) => quoteLine(q, seq)),
      }));
      // One batch is written while the next one's rows are made (the server parses one COPY while this process
      // writes out the next: two cores busy instead of one at a time). Batches still commit in order, one at a time.
      await inflight;
      const done = Math.min(pending.length, round + at + batch.length);
      let settled: Settled = { skip: new Set(), reports: [] };
      inflight = write(async (client) => {
        settled = await settleStored(client, batch, ord, loaded);
        const kept = rows.filter((r) => !settled.skip.has(r.article.id));
        await copyInto(
          client,
          'articles',
          ARTICLE_COLUMNS,
          kept.map((r) => r.line),
        );
        await copyInto(
          client,
          'quotes',
          QUOTE_COLUMNS,
          kept.flatMap((r) => r.quotes),
        );
      }).then(() => {
        const kept = rows.filter((r) => !settled.skip.has(r.article.id));
        for (const r of kept) quotes += r.quotes.length;
        loadedArticles += kept.length;
        for (const p of settled.reports) problems.push(p);
        progress({ done, total: pending.length, quotes });
      });
      // Handled here so that a failure while the next rows are made is not reported as unhandled; awaited below.
      inflight.catch(() => undefined);
    }
    await inflight;
  }

  if (gone.length > 0 || moved.length > 0) {
    await write(async (client) => {
      if (gone.length > 0) await deleteArticles(client, gone);
      if (moved.length > 0) {
        await client.query(
          'UPDATE articles a SET ord = m.ord FROM unnest($1::text[], $2::bigint[]) AS m(id, ord) WHERE a.id = m.id',
          [moved.map((a) => a.id), moved.map((a) => ord.get(a.id)!)],
        );
      }
    });
  }

  return {
    articles: mine.length,
    loaded: loadedArticles,
    unchanged: mine.length - pending.length,
    pruned: gone.length,
    quotes,
    problems,
    seconds: (performance.now() - started) / 1000,
    extractSeconds,
    cachedArticles,
    readSeconds,
    cacheSeconds,
    writeSeconds,
  };
}

/** What a batch leaves out (its articles that duplicate an earlier one's id) and the duplicates it reports. */
interface Settled {
  skip: Set<string>;
  reports: InputProblem[];
}

/**
 * Before a batch is copied, within its transaction: the stored rows of its article ids, locked. A row of one of
 * this shard's places, of a file gone from the corpus, or of the same file with the same text (the record moved
 * within its file) is the article's older version: deleted, to be replaced.
 * A row of another shard's place is another article of the same id: as one process keeps the first in corpus
 * order and reports the others, the earlier of the two is kept and the later reported, whichever shard came first.
 */
async function settleStored(
  client: pg.PoolClient,
  batch: readonly Article[],
  ord: ReadonlyMap<string, number>,
  loaded: ShardLoad,
): Promise<Settled> {
  const settled: Settled = { skip: new Set(), reports: [] };
  if (batch.length === 0) return settled;
  const byId = new Map(batch.map((a) => [a.id, a]));
  const rows = (
    await client.query<{ id: string; ord: string; path: string; line: number | null; text_md5: string }>(
      'SELECT id, ord, path, line, md5(text) AS text_md5 FROM articles WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE',
      [[...byId.keys()]],
    )
  ).rows;
  const remove: string[] = [];
  const where = (path: string, line: number | null) => (line === null ? `'${path}'` : `'${path}' line ${line}`);
  for (const r of rows) {
    const a = byId.get(r.id)!;
    const file = loaded.fileIndex.get(r.path);
    // Its own place, a removed file, or the same record moved within its file (lines put before it): replaced.
    const moved = r.path === a.path && r.text_md5 === createHash('md5').update(a.text).digest('hex');
    if (file === undefined || loaded.owns(r.path, r.line) || moved) {
      remove.push(r.id);
      continue;
    }
    // Its place now (its file may have moved in walk order); a JSON array's record keeps its stored place.
    const theirs = file * PLACES_PER_FILE + (r.line !== null ? r.line - 1 : Number(r.ord) % PLACES_PER_FILE);
    const duplicate = (path: string, line: number | null, first: string) =>
      corpusProblem(path, line, `duplicate article id '${r.id}' (first used by ${first}); skipped`);
    if (theirs < ord.get(a.id)!) {
      settled.skip.add(a.id);
      settled.reports.push(duplicate(a.path, a.line, where(r.path, r.line)));
    } else {
      remove.push(r.id);
      settled.reports.push(duplicate(r.path, r.line, where(a.path, a.line)));
    }
  }
  await deleteArticles(client, remove);
  return settled;
}

/**
 * Deletes articles with their quotes (no foreign key cascade there: migration 004), the search rows
 * following their quotes by quote_search's foreign key. Nothing to do for articles never stored (a first load).
 */
async function deleteArticles(client: pg.PoolClient, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await client.query('DELETE FROM quotes WHERE article_id = ANY($1::text[])', [ids]);
  await client.query('DELETE FROM articles WHERE id = ANY($1::text[])', [ids]);
}
