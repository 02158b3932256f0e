/**
 * Finalize: the corpus-wide steps after ingest (one shard or many), as the embedded build runs them, over the
 * whole stored corpus in corpus order, under an exclusive lock (ingest batches wait):
 *
 *   read articles + quotes ─▶ resolve speakers (src/speakers) ─▶ group statements (src/statements)
 *   ─▶ a fresh search table (quote_search_next: each quote's speaker, search terms, filters and statement; the rows
 *   made on worker threads, search-rows.ts) loaded by COPY and committed ─▶ its indexes built on several connections
 *   ─▶ speakers, aliases, publishers, the term vocabulary, and the swap, in a second transaction
 *
 * Building the search rows afresh costs what reading the corpus costs already (speaker resolution needs all of it),
 * and bulk-building the indexes of a loaded table is several times faster than maintaining them row by row; readers
 * keep the old table until the second commit (the swap holds its lock for milliseconds). VACUUM ANALYZE follows, outside
 * the transaction: it sets the visibility map that lets a count read the term index without visiting rows.
 */
import { availableParallelism } from 'node:os';
import type pg from 'pg';
import type { Article, ExtractedQuote, Quote } from '../../model/types.js';
import { resolveSpeakers, type SpeakerOverrides } from '../../speakers/index.js';
import { groupStatementSlots } from '../../statements/index.js';
import { copyInto } from './ingest.js';
import { makeSearchRowsInParallel, type SearchRowInput, type SearchRowsOptions } from './search-rows.js';
import { LOCK_FINALIZE } from './migrate.js';
import { facetSamplesOf } from './search.js';
import type { SearchCounts } from './counts.js';
import {
  articleOf,
  copyLine,
  publisherKey,
  QUOTE_FIELDS,
  quoteOf,
  SEARCH_COLUMNS,
  searchLineQuote,
  withPosition,
  speakerText,
  textArray,
  type ArticleRow,
  type QuoteRow,
} from './rows.js';

/** Corpus-wide counts a search without words or filters answers from (corpus_state 'search_counts'). */
/** A date string whose code-unit order is the reverse of `date`'s (for sorting newest first, ascending). */
function invertDate(date: string): string {
  let out = '';
  for (let i = 0; i < date.length; i++) out += String.fromCharCode(0xffff - date.charCodeAt(i));
  return `${out}\uffff`;
}

export interface FinalizeSummary {
  articles: number;
  quotes: number;
  speakers: number;
  statements: number;
  seconds: number;
  /** Seconds per step: read (the corpus from the database), resolve (speakers and statements), rows (the
   * vocabulary, counts and each search row's parts), load (the search rows made and loaded by COPY, side by side),
   * index (building their indexes), swap (speakers, terms, the swap and commit), vacuum. */
  phases: Record<string, number>;
}

/** How finalize runs; see {@link defaultFinalizeOptions}. */
export interface FinalizeOptions {
  /**
   * Connections that build the fresh search table's indexes side by side (each index one `CREATE INDEX`; the server
   * builds a GIN index on one core, and the table has three). 1: one after another.
   */
  indexConnections?: number;
  /** Threads making the search rows (search-rows.ts). */
  rows?: SearchRowsOptions;
  /**
   * The most frequent words whose facet samples are counted and stored after the swap (facet_samples; see
   * storeFacetSamples), on `indexConnections` connections at once. 0: none.
   */
  facetSamples?: number;
}

/** Up to four index builds at once, no more than this machine's cores (the database is usually beside it). */
export const defaultFinalizeOptions: Required<FinalizeOptions> = {
  indexConnections: Math.max(1, Math.min(4, availableParallelism())),
  rows: {},
  facetSamples: 1_000,
};

/**
 * Whether articles were ingested (or pruned) since the last finalize: every ingest batch marks the corpus so and
 * finalize clears it (`pending_finalize` of corpus_state), so an unsharded ingest that loaded nothing still
 * finishes what a killed one left.
 */
export async function finalizePending(pool: pg.Pool): Promise<boolean> {
  const r = await pool.query<{ value: string }>("SELECT value FROM corpus_state WHERE key = 'pending_finalize'");
  return r.rows[0]?.value === 'true';
}

/**
 * Runs the corpus-wide steps over everything stored, under the finalize lock held by the session throughout (ingest
 * batches take it shared, so none commits until the swap): the reading and the load of the fresh search table in
 * one transaction, committed (readers still see only the old table); its indexes built by several connections at
 * once (a table another transaction created is invisible to them until it commits); the swap, the speakers and the
 * counts in a second transaction. A finalize stopped half-way leaves the old search table served and
 * `quote_search_next` behind, which the next one drops.
 */
export async function finalizeCorpus(pool: pg.Pool, options: FinalizeOptions = {}): Promise<FinalizeSummary> {
  const o = { ...defaultFinalizeOptions, ...options };
  const started = performance.now();
  const client = await pool.connect();
  let locked = false;
  let failed = false;
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_FINALIZE]);
    locked = true;
    const phases: Record<string, number> = {};
    let at = performance.now();
    const phase = (name: string): void => {
      const now = performance.now();
      phases[name] = (now - at) / 1000;
      at = now;
    };
    await client.query('BEGIN');
    const summary = await finalizeIn(client, phase, o.rows, async (indexes) => {
      await client.query('COMMIT');
      await buildIndexes(pool, client, indexes, o.indexConnections);
      await client.query('BEGIN');
    });
    await client.query('COMMIT');
    phase('swap');
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_FINALIZE]);
    locked = false;
    await client.query('VACUUM (ANALYZE) quote_search');
    await client.query('ANALYZE speakers');
    await client.query('ANALYZE terms');
    await client.query('ANALYZE speaker_publishers');
    phase('vacuum');
    if (o.facetSamples > 0) {
      await storeFacetSamples(pool, client, o.facetSamples, o.indexConnections);
      phase('samples');
    }
    return { ...summary, seconds: (performance.now() - started) / 1000, phases };
  } catch (error) {
    failed = true;
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    // A connection that failed is closed rather than reused: its session lock goes with it.
    if (locked && !failed) await client.query('SELECT pg_advisory_unlock($1)', [LOCK_FINALIZE]).catch(() => undefined);
    client.release(failed ? true : undefined);
  }
}

/**
 * Counts the facet samples of the `count` most frequent words (search.ts facetSamplesOf) through the served tables,
 * on `connections` connections at once, and stores them (facet_samples, migration 013) in place of the earlier
 * finalize's, unless another finalize has run meanwhile (its samples are then the current ones). After the swap and
 * VACUUM ANALYZE, so that each statement is planned as a server's is; readers that read the vocabulary before the
 * samples are stored go without them until the next finalize (their answers are the same, each such search reads
 * its word's sample itself).
 */
async function storeFacetSamples(
  pool: pg.Pool,
  client: pg.PoolClient,
  count: number,
  connections: number,
): Promise<void> {
  const words = (
    await client.query<{ term: string }>('SELECT term FROM terms ORDER BY freq DESC, term LIMIT $1', [count])
  ).rows.map((r) => r.term);
  const lanes = Math.max(1, connections);
  const parts = await Promise.all(
    Array.from({ length: lanes }, (_, lane) =>
      facetSamplesOf(
        pool,
        words.filter((_, i) => i % lanes === lane),
      ),
    ),
  );
  const samples = parts.flat();
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_FINALIZE]);
    const now = await client.query<{ value: string }>("SELECT value FROM corpus_state WHERE key = 'finalized_at'");
    const version = now.rows[0]?.value ?? '';
    if (samples.every((s) => s.version === version)) {
      await client.query('DELETE FROM facet_samples');
      await copyInto(
        client,
        'facet_samples',
        ['key', 'version', 'sample'],
        samples.map((s) => copyLine([s.key, s.version, JSON.stringify(s.sample)])),
      );
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/** An index of quote_search: its name and its definition as the catalog gives it. */
interface IndexDefinition {
  indexname: string;
  indexdef: string;
}

/**
 * Builds quote_search's indexes on quote_search_next (their definitions read from the catalog: the migrations stay the
 * only place they are written), on `connections` connections at once (`first` one of them), the GIN indexes first:
 * they take the longest, and the btrees fill in beside them.
 */
async function buildIndexes(
  pool: pg.Pool,
  first: pg.PoolClient,
  indexes: readonly IndexDefinition[],
  connections: number,
): Promise<void> {
  const statements = indexes.map(({ indexname, indexdef }) => {
    const on = / ON (?:\S+\.)?quote_search /;
    if (!on.test(indexdef)) throw new Error(`finalize: cannot read the definition of index ${indexname}: ${indexdef}`);
    return indexdef
      .replace(`INDEX ${indexname} `, `INDEX ${indexname}_next `)
      .replace(on, (m) => m.replace('quote_search', 'quote_search_next'));
  });
  const queue = [
    ...statements.filter((s) => / USING gin /.test(s)),
    ...statements.filter((s) => !/ USING gin /.test(s)),
  ];
  const others: pg.PoolClient[] = [];
  try {
    for (let i = 1; i < Math.min(connections, queue.length); i++) others.push(await pool.connect());
    const built = await Promise.allSettled(
      [first, ...others].map(async (c) => {
        // Index builds of the fresh table sort in memory up to this (the server default, 64 MB, spills to disk).
        await c.query("SET maintenance_work_mem = '256MB'");
        try {
          for (let next = queue.shift(); next !== undefined; next = queue.shift()) await c.query(next);
        } catch (error) {
          queue.length = 0; // the other connections stop after their current index
          throw error;
        } finally {
          await c.query('RESET maintenance_work_mem');
        }
      }),
    );
    const failed = built.find((b) => b.status === 'rejected');
    if (failed) throw failed.reason;
  } finally {
    for (const c of others) c.release();
  }
}

/**
 * The stored corpus read and resolved: every quote with its canonical speaker, the speakers, statements and
 * fragments, and of each article only its publisher. A function of its own so that the article texts and the
 * unresolved records (1M: over a gigabyte of the heap) are let go before the search rows are made.
 */
async function readResolved(client: pg.PoolClient, phase: (name: string) => void) {
  const articles = (
    await client.query<ArticleRow & { text: string; furniture: Article['furniture'] }>(
      `SELECT a.id, a.record_id, a.path, a.line, a.title, a.publisher, a.url, a.author, a.published_at, a.dateline,
              a.meta_origin, a.text, a.furniture FROM articles a ORDER BY a.ord, a.id`,
    )
  ).rows.map(articleOf);
  const quotes = (
    await client.query<QuoteRow>(
      `SELECT ${QUOTE_FIELDS}, NULL AS speaker_id FROM quotes q JOIN articles a ON a.id = q.article_id ORDER BY a.ord, a.id, q.seq`,
    )
  ).rows.map((r) => {
    const quote = quoteOf(r);
    // the speaker step reads what the entity layer typed each speaker as (not part of a served quote)
    if (r.attr_entity !== null) quote.attribution.entity = r.attr_entity;
    return quote;
  });
  const overridesRow = await client.query<{ value: string }>(
    "SELECT value FROM corpus_state WHERE key = 'speakers_overrides'",
  );
  const overrides = overridesRow.rows[0] ? (JSON.parse(overridesRow.rows[0].value) as SpeakerOverrides | null) : null;

  phase('read');
  // The pipeline's order and inputs: extracted quotes (no canonical speaker), their articles, the overrides.
  const extracted: ExtractedQuote[] = quotes.map(({ id: _id, speakerId: _s, publishedAt: _p, ...q }) => q);
  const { speakerIds, speakers } = resolveSpeakers(extracted, articles, overrides);
  const resolved: Quote[] = quotes.map((q, i) => ({ ...q, speakerId: speakerIds[i] ?? null }));
  const grouping = groupStatementSlots(resolved);

  const statementOf = new Array<{ id: string; pos: number; size: number; sources: number } | null>(
    resolved.length,
  ).fill(null);
  for (const g of grouping.grouped) {
    const id = resolved[g.slots[0]!]!.id;
    const sources = new Set(g.slots.map((s) => resolved[s]!.articleId)).size;
    g.slots.forEach((s, pos) => (statementOf[s] = { id, pos, size: g.slots.length, sources }));
  }
  return {
    articles: articles.length,
    publisherOf: new Map(articles.map((a) => [a.id, a.publisher])),
    resolved,
    speakers,
    statementOf,
    fragmentOf: new Map(grouping.fragments.map(([f, outer]) => [f, resolved[outer]!.id])),
    statements: grouping.grouped.length,
    /** Reports beyond the first of each statement. */
    repeatedReports: grouping.grouped.reduce((n, g) => n + g.slots.length - 1, 0),
  };
}

/**
 * Reads, resolves and loads quote_search_next in the open transaction of `client`; `buildIndexes` (given the
 * indexes of quote_search) returns with that table indexed and a new transaction open; then the swap, the speakers,
 * the vocabulary and the counts.
 */
async function finalizeIn(
  client: pg.PoolClient,
  phase: (name: string) => void,
  rowOptions: SearchRowsOptions,
  buildIndexes: (indexes: IndexDefinition[]) => Promise<void>,
): Promise<Omit<FinalizeSummary, 'seconds' | 'phases'>> {
  const { articles, publisherOf, resolved, speakers, statementOf, fragmentOf, statements, repeatedReports } =
    await readResolved(client, phase);
  const byId = new Map(speakers.map((s) => [s.id, s]));

  phase('resolve');
  // The vocabulary as the embedded index counts it (every indexed term of the text and speaker fields) and each row's
  // line are made by search-rows.ts, on several threads; the counts and the order below take little.
  const publishers = new Map<string, string>();
  const inputs = new Array<SearchRowInput>(resolved.length);
  const sortKeys: string[] = [];
  // Per speaker (and '' for none): quotes, and statements (a statement reported several times counted once).
  const counts = new Map<string, { quotes: number; statements: Set<string> }>();
  // Per speaker ('' for none) and publisher key: quotes (a speaker's page's publisher facet).
  const bySpeakerPublisher = new Map<string, Map<string, number>>();
  resolved.forEach((q, i) => {
    const publisher = publisherOf.get(q.articleId) ?? null;
    const key = publisherKey(publisher);
    if (key !== null && !publishers.has(key)) publishers.set(key, publisher!.trim());
    if (key !== null) {
      let of = bySpeakerPublisher.get(q.speakerId ?? '');
      if (!of) bySpeakerPublisher.set(q.speakerId ?? '', (of = new Map<string, number>()));
      of.set(key, (of.get(key) ?? 0) + 1);
    }
    const st = statementOf[i] ?? null;
    const c = counts.get(q.speakerId ?? '') ?? { quotes: 0, statements: new Set<string>() };
    c.quotes++;
    c.statements.add(st?.id ?? q.id);
    counts.set(q.speakerId ?? '', c);
    const line = searchLineQuote(q);
    // Dated first, newest first, then id: the order a listing reads, and the order relevance takes its candidates in.
    sortKeys.push(`${line.date ? '0' : '1'}${line.date ? invertDate(line.date) : ''}\u0000${q.id}`);
    inputs[i] = {
      quote: line,
      text: q.text,
      speaker: speakerText(q, q.speakerId ? byId.get(q.speakerId) : undefined),
      publisher,
      statement: st,
      fragmentOf: fragmentOf.get(i) ?? null,
    };
  });
  const { lines, frequency } = await makeSearchRowsInParallel(inputs, rowOptions);
  inputs.length = 0;

  phase('rows');
  // The fresh search table: the columns of quote_search, loaded, then given quote_search's indexes. Not vacuumed by
  // the server until it is swapped in: a vacuum would wait for the index builds, or they for it.
  await client.query('DROP TABLE IF EXISTS quote_search_next');
  await client.query(
    'CREATE TABLE quote_search_next (LIKE quote_search INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING CONSTRAINTS)',
  );
  await client.query('ALTER TABLE quote_search_next SET (autovacuum_enabled = false)');
  const order = Array.from(lines.keys()).sort((a, b) =>
    sortKeys[a]! < sortKeys[b]! ? -1 : sortKeys[a]! > sortKeys[b]! ? 1 : 0,
  );
  // In table order, each line let go once sent.
  function* rowsInOrder(): Iterable<string> {
    for (let pos = 0; pos < order.length; pos++) {
      const i = order[pos]!;
      yield withPosition(lines[i]!, pos);
      lines[i] = '';
    }
  }
  await copyInto(client, 'quote_search_next', SEARCH_COLUMNS, rowsInOrder());
  phase('load');
  const indexes = await client.query<IndexDefinition>(
    "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'quote_search'",
  );
  await buildIndexes(indexes.rows);
  phase('index');
  await client.query('ALTER TABLE quote_search_next RESET (autovacuum_enabled)');
  await client.query(
    'ALTER TABLE quote_search_next ADD CONSTRAINT quote_search_quote FOREIGN KEY (id) REFERENCES quotes (id) ON DELETE CASCADE',
  );
  await client.query('DROP TABLE quote_search');
  await client.query('ALTER TABLE quote_search_next RENAME TO quote_search');
  for (const { indexname } of indexes.rows) await client.query(`ALTER INDEX ${indexname}_next RENAME TO ${indexname}`);

  await client.query('DELETE FROM speaker_aliases');
  await client.query('DELETE FROM speakers');
  await copyInto(
    client,
    'speakers',
    [
      'id',
      'name',
      'kind',
      'roles',
      'quote_count',
      'first_quote_at',
      'last_quote_at',
      'search_quotes',
      'search_statements',
    ],
    speakers.map((s) =>
      copyLine([
        s.id,
        s.name,
        s.kind,
        textArray(s.roles),
        s.quoteCount,
        s.firstQuoteAt,
        s.lastQuoteAt,
        counts.get(s.id)?.quotes ?? 0,
        counts.get(s.id)?.statements.size ?? 0,
      ]),
    ),
  );
  await copyInto(
    client,
    'speaker_aliases',
    ['speaker_id', 'pos', 'alias'],
    speakers.flatMap((s) => s.aliases.map((alias, pos) => copyLine([s.id, pos, alias]))),
  );
  await client.query('DELETE FROM publishers');
  await copyInto(
    client,
    'publishers',
    ['key', 'name'],
    [...publishers].map(([key, name]) => copyLine([key, name])),
  );
  await client.query('DELETE FROM speaker_publishers');
  await copyInto(
    client,
    'speaker_publishers',
    ['speaker_id', 'publisher_key', 'quotes'],
    [...bySpeakerPublisher].flatMap(([speaker, of]) => [...of].map(([key, n]) => copyLine([speaker, key, n]))),
  );
  await client.query('DELETE FROM terms');
  await copyInto(
    client,
    'terms',
    ['term', 'freq'],
    [...frequency].map(([term, freq]) => copyLine([term, freq])),
  );
  const none = counts.get('');
  const searchCounts: SearchCounts = {
    quotes: resolved.length,
    statements: resolved.length - repeatedReports,
    unattributedQuotes: none?.quotes ?? 0,
    unattributedStatements: none?.statements.size ?? 0,
  };
  await client.query(
    `INSERT INTO corpus_state (key, value) VALUES ('pending_finalize', 'false'), ('finalized_at', $1), ('search_counts', $2),
       ('corpus_counts', $3)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    [
      new Date().toISOString(),
      JSON.stringify(searchCounts),
      JSON.stringify({ articles, quotes: resolved.length, speakers: speakers.length }),
    ],
  );
  return {
    articles,
    quotes: resolved.length,
    speakers: speakers.length,
    statements,
  };
}
