/**
 * Finalize: the corpus-wide steps after ingest (one shard or many), as the embedded build runs them, over the
 * whole stored corpus in corpus order, in one transaction under an exclusive lock (ingest batches wait):
 *
 *   read articles + quotes ─▶ resolve speakers (src/speakers) ─▶ group statements (src/statements)
 *   ─▶ speakers, aliases, publishers, the term vocabulary; a fresh search table (quote_search_next: each quote's
 *   speaker, search terms, filters and statement) loaded by COPY, indexed after the load, swapped in at commit
 *
 * Building the search rows afresh costs what reading the corpus costs already (speaker resolution needs all of it),
 * and bulk-building the indexes of a loaded table is several times faster than maintaining them row by row; readers
 * keep the old table until the commit (the swap holds its lock for milliseconds). VACUUM ANALYZE follows, outside
 * the transaction: it sets the visibility map that lets a count read the term index without visiting rows.
 */
import type pg from 'pg';
import type { Article, ExtractedQuote, Quote } from '../../model/types.js';
import { foldText } from '../../model/text.js';
import { quoteDate } from '../../model/quote-date.js';
import { resolveSpeakers, type SpeakerOverrides } from '../../speakers/index.js';
import { groupStatementSlots } from '../../statements/index.js';
import { copyInto } from './ingest.js';
import { LOCK_FINALIZE } from './migrate.js';
import {
  articleOf,
  copyLine,
  indexedTerm,
  publisherKey,
  QUOTE_FIELDS,
  quoteOf,
  SEARCH_COLUMNS,
  searchLine,
  withPosition,
  speakerText,
  textArray,
  type ArticleRow,
  type QuoteRow,
  type SearchRowParts,
} from './rows.js';

/** Corpus-wide counts a search without words or filters answers from (corpus_state 'search_counts'). */
export interface SearchCounts {
  quotes: number;
  /** Statements: a statement reported several times counted once. */
  statements: number;
  unattributedQuotes: number;
  unattributedStatements: number;
}

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

/** Runs the corpus-wide steps over everything stored. */
export async function finalizeCorpus(pool: pg.Pool): Promise<FinalizeSummary> {
  const started = performance.now();
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_FINALIZE]);
    // Index builds of the fresh table sort in memory up to this (the server default, 64 MB, spills to disk).
    await client.query("SET LOCAL maintenance_work_mem = '256MB'");
    const phases: Record<string, number> = {};
    let at = performance.now();
    const phase = (name: string): void => {
      const now = performance.now();
      phases[name] = (now - at) / 1000;
      at = now;
    };
    const summary = await finalizeIn(client, phase);
    await client.query('COMMIT');
    phase('swap');
    await client.query('VACUUM (ANALYZE) quote_search');
    await client.query('ANALYZE speakers');
    await client.query('ANALYZE terms');
    await client.query('ANALYZE speaker_publishers');
    phase('vacuum');
    return { ...summary, seconds: (performance.now() - started) / 1000, phases };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function finalizeIn(
  client: pg.PoolClient,
  phase: (name: string) => void,
): Promise<Omit<FinalizeSummary, 'seconds' | 'phases'>> {
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

  const byId = new Map(speakers.map((s) => [s.id, s]));
  const articleById = new Map(articles.map((a) => [a.id, a]));
  const statementOf = new Array<{ id: string; pos: number; size: number; sources: number } | null>(
    resolved.length,
  ).fill(null);
  for (const g of grouping.grouped) {
    const id = resolved[g.slots[0]!]!.id;
    const sources = new Set(g.slots.map((s) => resolved[s]!.articleId)).size;
    g.slots.forEach((s, pos) => (statementOf[s] = { id, pos, size: g.slots.length, sources }));
  }
  const fragmentOf = new Map(grouping.fragments.map(([f, outer]) => [f, resolved[outer]!.id]));

  phase('resolve');
  // The vocabulary as the embedded index counts it: every indexed term of the text and speaker fields.
  // A term is judged indexed or not once (stop word, length), not at each of its occurrences; a speaker's folded name
  // is counted once per quote of it at the end, its terms entered when first seen (the vocabulary's order unchanged).
  const frequency = new Map<string, number>();
  const notIndexed = new Set<string>();
  const count = (folded: string, times = 1): void => {
    for (const term of folded.split(' ')) {
      const n = frequency.get(term);
      if (n !== undefined) frequency.set(term, n + times);
      else if (!notIndexed.has(term)) {
        if (indexedTerm(term)) frequency.set(term, times);
        else notIndexed.add(term);
      }
    }
  };
  const speakerQuotes = new Map<string, number>();
  const foldedSpeakers = new Map<string, string>();
  const publishers = new Map<string, string>();
  // Each row's parts (its line is made as the COPY reads it, below).
  const rowParts: Array<SearchRowParts | undefined> = [];
  const sortKeys: string[] = [];
  // Per speaker (and '' for none): quotes, and statements (a statement reported several times counted once).
  const counts = new Map<string, { quotes: number; statements: Set<string> }>();
  // Per speaker ('' for none) and publisher key: quotes (a speaker's page's publisher facet).
  const bySpeakerPublisher = new Map<string, Map<string, number>>();
  resolved.forEach((q, i) => {
    const article = articleById.get(q.articleId);
    const who = speakerText(q, q.speakerId ? byId.get(q.speakerId) : undefined);
    let fs = foldedSpeakers.get(who);
    if (fs === undefined) foldedSpeakers.set(who, (fs = foldText(who)));
    const fq = foldText(q.text);
    count(fq);
    const uses = speakerQuotes.get(fs);
    if (uses === undefined) count(fs, 0);
    speakerQuotes.set(fs, (uses ?? 0) + 1);
    const key = publisherKey(article?.publisher ?? null);
    if (key !== null && !publishers.has(key)) publishers.set(key, article!.publisher!.trim());
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
    // Dated first, newest first, then id: the order a listing reads, and the order relevance takes its candidates in.
    const date = quoteDate(q);
    sortKeys.push(`${date ? '0' : '1'}${date ? invertDate(date) : ''}\u0000${q.id}`);
    rowParts.push({
      foldedText: fq,
      foldedSpeaker: fs,
      publisher: article?.publisher ?? null,
      statement: st,
      fragmentOf: fragmentOf.get(i) ?? null,
    });
  });

  for (const [folded, quotesOf] of speakerQuotes) count(folded, quotesOf);

  phase('rows');
  // The fresh search table: the columns of quote_search, loaded, then given quote_search's indexes (their
  // definitions read from the catalog: the migrations stay the only place they are written).
  await client.query('DROP TABLE IF EXISTS quote_search_next');
  await client.query(
    'CREATE TABLE quote_search_next (LIKE quote_search INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING CONSTRAINTS)',
  );
  const order = Array.from(rowParts.keys()).sort((a, b) =>
    sortKeys[a]! < sortKeys[b]! ? -1 : sortKeys[a]! > sortKeys[b]! ? 1 : 0,
  );
  // The rows are made in table order as the COPY reads them, not all before it: this process writes out the next
  // chunk while the server parses the last (two cores busy instead of one at a time, as ingest's batches do).
  function* rowsInOrder(): Iterable<string> {
    for (let pos = 0; pos < order.length; pos++) {
      const i = order[pos]!;
      yield withPosition(searchLine(resolved[i]!, rowParts[i]!), pos);
      rowParts[i] = undefined;
    }
  }
  await copyInto(client, 'quote_search_next', SEARCH_COLUMNS, rowsInOrder());
  phase('load');
  const indexes = await client.query<{ indexname: string; indexdef: string }>(
    "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'quote_search'",
  );
  for (const { indexname, indexdef } of indexes.rows) {
    const on = / ON (?:\S+\.)?quote_search /;
    if (!on.test(indexdef)) throw new Error(`finalize: cannot read the definition of index ${indexname}: ${indexdef}`);
    await client.query(
      indexdef
        .replace(`INDEX ${indexname} `, `INDEX ${indexname}_next `)
        .replace(on, (m) => m.replace('quote_search', 'quote_search_next')),
    );
  }
  phase('index');
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
    statements: resolved.length - grouping.grouped.reduce((n, g) => n + g.slots.length - 1, 0),
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
      JSON.stringify({ articles: articles.length, quotes: resolved.length, speakers: speakers.length }),
    ],
  );
  return {
    articles: articles.length,
    quotes: resolved.length,
    speakers: speakers.length,
    statements: grouping.grouped.length,
  };
}
