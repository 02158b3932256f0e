/**
 * Finalize: the corpus-wide steps after ingest (one shard or many), as the embedded build runs them, over the
 * whole stored corpus in corpus order, in one transaction under an exclusive lock (ingest batches wait):
 *
 *   read articles + quotes ─▶ resolve speakers (src/speakers) ─▶ group statements (src/statements)
 *   ─▶ speakers, aliases, publishers, the term vocabulary; each quote's speaker, search terms and statement
 */
import type pg from 'pg';
import type { Article, ExtractedQuote, Quote } from '../../model/types.js';
import { foldText } from '../../model/text.js';
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
  speakerText,
  textArray,
  tsvectorOf,
  type ArticleRow,
  type QuoteRow,
} from './rows.js';

export interface FinalizeSummary {
  articles: number;
  quotes: number;
  speakers: number;
  statements: number;
  seconds: number;
}

/** Runs the corpus-wide steps over everything stored. */
export async function finalizeCorpus(pool: pg.Pool): Promise<FinalizeSummary> {
  const started = performance.now();
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_FINALIZE]);
    const summary = await finalizeIn(client);
    await client.query('COMMIT');
    return { ...summary, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function finalizeIn(client: pg.PoolClient): Promise<Omit<FinalizeSummary, 'seconds'>> {
  const articles = (
    await client.query<ArticleRow & { text: string; furniture: Article['furniture'] }>(
      `SELECT a.id, a.record_id, a.path, a.line, a.title, a.publisher, a.url, a.author, a.published_at, a.dateline,
              a.meta_origin, a.text, a.furniture FROM articles a ORDER BY a.ord, a.id`,
    )
  ).rows.map(articleOf);
  // Pieces read in one pass beside the quotes: a subquery per quote costs a lookup each.
  const pieces = new Map<string, Array<{ start: number; end: number }>>();
  for (const r of (
    await client.query<{ quote_id: string; start_pos: number; end_pos: number }>(
      'SELECT quote_id, start_pos, end_pos FROM quote_pieces ORDER BY quote_id, piece',
    )
  ).rows) {
    const list = pieces.get(r.quote_id);
    if (list) list.push({ start: r.start_pos, end: r.end_pos });
    else pieces.set(r.quote_id, [{ start: r.start_pos, end: r.end_pos }]);
  }
  const quotes = (
    await client.query<Omit<QuoteRow, 'pieces'>>(
      `SELECT ${QUOTE_FIELDS} FROM quotes q JOIN articles a ON a.id = q.article_id ORDER BY a.ord, a.id, q.seq`,
    )
  ).rows.map((r) => {
    const quote = quoteOf({ ...r, pieces: pieces.get(r.id) ?? [] });
    // the speaker step reads what the entity layer typed each speaker as (not part of a served quote)
    if (r.attr_entity !== null) quote.attribution.entity = r.attr_entity;
    return quote;
  });
  const overridesRow = await client.query<{ value: string }>(
    "SELECT value FROM corpus_state WHERE key = 'speakers_overrides'",
  );
  const overrides = overridesRow.rows[0] ? (JSON.parse(overridesRow.rows[0].value) as SpeakerOverrides | null) : null;

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

  // The vocabulary as the embedded index counts it: every indexed term of the text and speaker fields.
  const frequency = new Map<string, number>();
  const count = (folded: string): void => {
    for (const term of folded.split(' ')) if (indexedTerm(term)) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  };
  const foldedTitles = new Map<string, string>();
  const foldedSpeakers = new Map<string, string>();
  const publishers = new Map<string, string>();
  const lines: string[] = [];
  resolved.forEach((q, i) => {
    const article = articleById.get(q.articleId);
    const title = article?.title ?? '';
    let ft = foldedTitles.get(title);
    if (ft === undefined) foldedTitles.set(title, (ft = foldText(title)));
    const who = speakerText(q, q.speakerId ? byId.get(q.speakerId) : undefined);
    let fs = foldedSpeakers.get(who);
    if (fs === undefined) foldedSpeakers.set(who, (fs = foldText(who)));
    const fq = foldText(q.text);
    count(fq);
    count(fs);
    const key = publisherKey(article?.publisher ?? null);
    if (key !== null && !publishers.has(key)) publishers.set(key, article!.publisher!.trim());
    const st = statementOf[i];
    lines.push(
      copyLine([
        q.id,
        q.speakerId,
        tsvectorOf(fq, fs, ft),
        st?.id,
        st?.pos,
        st?.size ?? 1,
        st?.sources ?? 1,
        fragmentOf.get(i),
      ]),
    );
  });

  await client.query(
    `CREATE TEMP TABLE finalized (id text COLLATE "C", speaker_id text COLLATE "C", tsv tsvector, statement_id text COLLATE "C",
       statement_pos integer, statement_size integer, statement_sources integer, fragment_of text COLLATE "C") ON COMMIT DROP`,
  );
  await copyInto(
    client,
    'finalized',
    ['id', 'speaker_id', 'tsv', 'statement_id', 'statement_pos', 'statement_size', 'statement_sources', 'fragment_of'],
    lines,
  );
  await client.query(
    `UPDATE quotes q SET speaker_id = f.speaker_id, tsv = f.tsv, statement_id = f.statement_id, statement_pos = f.statement_pos,
       statement_size = f.statement_size, statement_sources = f.statement_sources, fragment_of = f.fragment_of
     FROM finalized f WHERE q.id = f.id AND (q.speaker_id, q.tsv, q.statement_id, q.statement_pos, q.statement_size, q.statement_sources, q.fragment_of)
       IS DISTINCT FROM (f.speaker_id, f.tsv, f.statement_id, f.statement_pos, f.statement_size, f.statement_sources, f.fragment_of)`,
  );

  await client.query('DELETE FROM speaker_aliases');
  await client.query('DELETE FROM speakers');
  await copyInto(
    client,
    'speakers',
    ['id', 'name', 'kind', 'roles', 'quote_count', 'first_quote_at', 'last_quote_at'],
    speakers.map((s) =>
      copyLine([s.id, s.name, s.kind, textArray(s.roles), s.quoteCount, s.firstQuoteAt, s.lastQuoteAt]),
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
  await client.query('DELETE FROM terms');
  await copyInto(
    client,
    'terms',
    ['term', 'freq'],
    [...frequency].map(([term, freq]) => copyLine([term, freq])),
  );
  await client.query(
    `INSERT INTO corpus_state (key, value) VALUES ('pending_finalize', 'false'), ('finalized_at', $1)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
    [new Date().toISOString()],
  );
  return {
    articles: articles.length,
    quotes: resolved.length,
    speakers: speakers.length,
    statements: grouping.grouped.length,
  };
}
