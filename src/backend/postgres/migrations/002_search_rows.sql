-- The search rows apart from the records: a narrow table of what a search filters, counts, ranks and sorts by,
-- (re)built as a whole by `verbatim db finalize` (a fresh table loaded by COPY, indexed after the load, then swapped
-- in), so that the quotes table holds the records as ingested and is written once. A search reads these rows only,
-- and the records of the page's rows.
--
-- A database ingested before this migration keeps working without a re-ingest: its search rows are moved here as
-- they are, with the article-title field (weight C, searched before titles were left out of the search text) taken
-- out of every tsvector, as the embedded index no longer searches titles.
CREATE TABLE quote_search (
  id                 text COLLATE "C" NOT NULL,
  -- Canonical speaker (corpus-wide resolution).
  speaker_id         text COLLATE "C",
  kind               text NOT NULL,
  attr_confidence    double precision NOT NULL,
  -- The quote's date (said, else published) and its YYYYMMDD key (0: undated).
  sort_date          text COLLATE "C" NOT NULL,
  date_key           integer NOT NULL,
  undated            boolean GENERATED ALWAYS AS (date_key = 0) STORED,
  publisher_key      text,
  -- Folded text (` term term … `) for phrase checks; terms with the field they occur in (A text, B speaker).
  folded_text        text NOT NULL,
  tsv                tsvector NOT NULL,
  -- Statements: null when reported once.
  statement_id       text COLLATE "C",
  statement_pos      integer,
  statement_size     integer NOT NULL DEFAULT 1,
  statement_sources  integer NOT NULL DEFAULT 1,
  fragment_of        text COLLATE "C",
  -- Position in newest-first order (0: the newest): a query of stop words only reads the newest quotes up to a
  -- bound, as the embedded engine does.
  pos                integer NOT NULL,
  CONSTRAINT quote_search_quote FOREIGN KEY (id) REFERENCES quotes (id) ON DELETE CASCADE
);

INSERT INTO quote_search (id, speaker_id, kind, attr_confidence, sort_date, date_key, publisher_key, folded_text, tsv,
                          statement_id, statement_pos, statement_size, statement_sources, fragment_of, pos)
SELECT id, speaker_id, kind, attr_confidence, sort_date, date_key, publisher_key, folded_text, ts_filter(tsv, '{a,b}'),
       statement_id, statement_pos, statement_size, statement_sources, fragment_of,
       (row_number() OVER (ORDER BY undated, sort_date DESC, id) - 1)::integer
FROM quotes
ORDER BY undated, sort_date DESC, id;

-- Finalize copies these definitions onto the table it loads (from pg_indexes): this list is the only one.
CREATE UNIQUE INDEX quote_search_id ON quote_search (id);
CREATE INDEX quote_search_tsv ON quote_search USING gin (tsv);
CREATE INDEX quote_search_newest ON quote_search (undated, sort_date DESC, id);
-- A speaker's page: its rows newest first, and its facet and statement counts from the index alone.
CREATE INDEX quote_search_speaker ON quote_search (speaker_id, undated, sort_date DESC, id) INCLUDE (publisher_key);
CREATE INDEX quote_search_statement ON quote_search (statement_id) WHERE statement_id IS NOT NULL;
CREATE INDEX quote_search_publisher ON quote_search (publisher_key);
CREATE INDEX quote_search_pos ON quote_search (pos);

-- Per speaker, counted by finalize: the quotes (what the speaker facet counts) and the statements (the total of a
-- speaker's page, one row per statement). The unattributed counts are kept in corpus_state.
ALTER TABLE speakers ADD COLUMN search_quotes integer NOT NULL DEFAULT 0;
ALTER TABLE speakers ADD COLUMN search_statements integer NOT NULL DEFAULT 0;
UPDATE speakers s SET search_quotes = c.n, search_statements = c.st
FROM (SELECT speaker_id, count(*)::int AS n, count(DISTINCT coalesce(statement_id, id))::int AS st
      FROM quote_search WHERE speaker_id IS NOT NULL GROUP BY speaker_id) c
WHERE c.speaker_id = s.id;
INSERT INTO corpus_state (key, value)
SELECT 'search_counts', json_build_object(
  'quotes', count(*), 'statements', count(DISTINCT coalesce(statement_id, id)),
  'unattributedQuotes', count(*) FILTER (WHERE speaker_id IS NULL),
  'unattributedStatements', count(DISTINCT coalesce(statement_id, id)) FILTER (WHERE speaker_id IS NULL))::text
FROM quote_search
ON CONFLICT (key) DO UPDATE SET value = excluded.value;

-- The records keep what ingest writes; what finalize derives lives in quote_search.
ALTER TABLE quotes
  DROP COLUMN speaker_id, DROP COLUMN sort_date, DROP COLUMN undated, DROP COLUMN date_key, DROP COLUMN publisher_key,
  DROP COLUMN folded_text, DROP COLUMN folded_title, DROP COLUMN tsv, DROP COLUMN statement_id,
  DROP COLUMN statement_pos, DROP COLUMN statement_size, DROP COLUMN statement_sources, DROP COLUMN fragment_of;
