-- Verbatim on PostgreSQL: articles, speakers with aliases, quotes with their pieces, attribution, said-at,
-- statements (one quote reported by several articles), the term vocabulary for typo tolerance.
-- Identifiers and sort keys compare by code unit ("C"), as the embedded index does.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE articles (
  id            text COLLATE "C" PRIMARY KEY,
  -- Position in the corpus as loaded (files in walk order, records in file order): finalize reads in this order.
  ord           bigint NOT NULL,
  path          text NOT NULL,
  line          integer,
  record_id     text,
  title         text,
  publisher     text,
  url           text,
  author        text,
  published_at  text,
  dateline      text,
  text          text NOT NULL,
  furniture     jsonb NOT NULL,
  meta_origin   jsonb NOT NULL,
  -- sha256 of the extractor version and the whole article: an unchanged article is not loaded twice.
  content_hash  text NOT NULL,
  ingested_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX articles_ord ON articles (ord);

CREATE TABLE speakers (
  id              text COLLATE "C" PRIMARY KEY,
  name            text COLLATE "C" NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('person', 'organization')),
  roles           text[] NOT NULL,
  quote_count     integer NOT NULL,
  first_quote_at  text,
  last_quote_at   text
);

CREATE TABLE speaker_aliases (
  speaker_id  text COLLATE "C" NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
  pos         integer NOT NULL,
  alias       text NOT NULL,
  PRIMARY KEY (speaker_id, pos)
);

CREATE TABLE quotes (
  id                 text COLLATE "C" PRIMARY KEY,
  article_id         text COLLATE "C" NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  -- Position among its article's quotes as extracted.
  seq                integer NOT NULL,
  start_pos          integer NOT NULL,
  end_pos            integer NOT NULL,
  text               text NOT NULL,
  kind               text NOT NULL,
  -- Attribution: who, the cue it was found from, the rule that fired and how sure it is.
  attr_name          text,
  attr_role          text,
  attr_kind          text,
  attr_mention       jsonb,
  attr_cue           jsonb,
  attr_reason        text NOT NULL,
  attr_confidence    double precision NOT NULL,
  -- When it was said: value, precision, how it was found, the expression it came from.
  said_at            text,
  said_at_precision  text,
  said_at_basis      text,
  said_at_expression jsonb,
  published_at       text,
  -- Canonical speaker: set by finalize (corpus-wide resolution).
  speaker_id         text COLLATE "C",
  -- Derived for search: the quote's date (said, else published) and its YYYYMMDD key (0: undated).
  sort_date          text COLLATE "C" NOT NULL,
  date_key           integer NOT NULL,
  undated            boolean GENERATED ALWAYS AS (date_key = 0) STORED,
  publisher_key      text,
  -- Folded text (` term term … `) for phrase checks; terms with the field they occur in (A text, B speaker, C title).
  folded_text        text NOT NULL,
  folded_title       text NOT NULL,
  tsv                tsvector NOT NULL,
  -- Statements, set by finalize: null when reported once.
  statement_id       text COLLATE "C",
  statement_pos      integer,
  statement_size     integer NOT NULL DEFAULT 1,
  statement_sources  integer NOT NULL DEFAULT 1,
  fragment_of        text COLLATE "C"
);
CREATE INDEX quotes_article ON quotes (article_id, start_pos);
CREATE INDEX quotes_tsv ON quotes USING gin (tsv);
CREATE INDEX quotes_newest ON quotes (undated, sort_date DESC, id);
CREATE INDEX quotes_speaker_newest ON quotes (speaker_id, undated, sort_date DESC, id);
CREATE INDEX quotes_statement ON quotes (statement_id) WHERE statement_id IS NOT NULL;
CREATE INDEX quotes_publisher ON quotes (publisher_key);

CREATE TABLE quote_pieces (
  quote_id   text COLLATE "C" NOT NULL REFERENCES quotes (id) ON DELETE CASCADE,
  piece      integer NOT NULL,
  start_pos  integer NOT NULL,
  end_pos    integer NOT NULL,
  PRIMARY KEY (quote_id, piece)
);

-- Every indexed term (stop words left out) with how often it occurs: prefix expansion and typo tolerance.
CREATE TABLE terms (
  term  text COLLATE "C" PRIMARY KEY,
  freq  integer NOT NULL
);
CREATE INDEX terms_trgm ON terms USING gin (term gin_trgm_ops);

-- Publishers by lower-cased name, with the spelling seen first in corpus order.
CREATE TABLE publishers (
  key   text PRIMARY KEY,
  name  text COLLATE "C" NOT NULL
);

-- Corpus-wide state: when finalize last ran, whether an ingest changed articles since.
CREATE TABLE corpus_state (
  key    text PRIMARY KEY,
  value  text NOT NULL
);
