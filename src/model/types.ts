/**
 * The plain records that flow through Verbatim's stages:
 *
 *   corpus files ─▶ Article ─▶ ExtractedQuote[] ─▶ (speakers) Quote[] + Speaker[] ─▶ index
 *
 * Every stage is a function from records to records. Offsets are JavaScript string indices
 * (UTF-16 code units) into `Article.text`, so anything shown can be traced back to the source.
 */

/** A half-open character range `[start, end)` into an article's text, with the text it covers. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Where a metadata field's value came from. */
export type MetaOrigin = 'record' | 'front-matter' | 'sidecar' | 'detected';

/** One news article, as loaded from the corpus. */
export interface Article {
  /** Stable id: derived from the record id when there is one, else from the corpus-relative path. */
  id: string;
  /** The record's own id as given (`.json`/`.jsonl`/front matter), else null. */
  recordId: string | null;
  /** Corpus-relative path of the file the article came from (POSIX separators). */
  path: string;
  /** 1-based line in `path` for `.jsonl` records, else null. */
  line: number | null;
  title: string | null;
  publisher: string | null;
  url: string | null;
  author: string | null;
  /** ISO 8601: `YYYY-MM-DD`, or a full date-time with offset when the source gives one. */
  publishedAt: string | null;
  /** Dateline place (`Paris, France`), when the text or record gives one. */
  dateline: string | null;
  /**
   * The article body that quotes are extracted from and whose offsets they keep.
   * For `.json`/`.jsonl` records this is the record's `text` exactly as given.
   */
  text: string;
  /** Ranges of `text` that are page furniture (widgets, captions, teasers): extraction skips them. */
  furniture: Array<{ start: number; end: number }>;
  /** Where each metadata field came from, for display and debugging. */
  metaOrigin: Partial<Record<'title' | 'publisher' | 'url' | 'author' | 'publishedAt' | 'dateline', MetaOrigin>>;
}

/** A problem with one input that was reported and skipped; the rest of the work goes on. */
export interface InputProblem {
  /** Corpus-relative (or as-given) path of the file. */
  file: string;
  /** 1-based line when the problem is on one line (a broken `.jsonl` record), else null. */
  line: number | null;
  message: string;
}

export type SpeakerKind = 'named' | 'pronoun' | 'nominal' | 'organization';

/** What kind of quotation: whole sentence(s), a fragment woven into reported speech, or a block. */
export type QuoteKind = 'full' | 'partial';

/** How fine a said-at is: a minute, a day, a month, or only a year (`said in 2003`, `a 2017 blog post`). */
export type SaidAtPrecision = 'minute' | 'day' | 'month' | 'year';

/** When a quote was said, as far as the article tells. */
export interface SaidAt {
  /** ISO 8601: `2025-09-04T16:25+02:00`, `2025-09-04T16:25` (no zone known), `2025-09-04`, `2025-09`, `2025`. */
  value: string;
  precision: SaidAtPrecision;
  /**
   * How the value was found: `stated`, the text says when (`at 16:25`, `on September 4, 2025`);
   * `relative`, a relative expression (`on Tuesday`, `yesterday`) resolved against the publication
   * date; `event`, the date of the event an undated article's lead reports (`announced on
   * September 4, 2025, that…`) when the quote's own sentences say nothing; `inferred`, the
   * article's publication date.
   */
  basis: 'stated' | 'relative' | 'event' | 'inferred';
  /** The time expression that gave it (`at 16:25 local time`, `on Tuesday`), when stated. */
  expression: Span | null;
  /**
   * The time rule that read the expression (`clock-12h`, `weekday`; a clock and the date of its
   * sentence: `clock-24h+date-month-day`; see src/extract/time/rules.ts). Absent for `inferred`, and
   * on records read back from an index (the index stores saidAt field by field, without it).
   */
  rule?: string;
}

/**
 * Who said a quote, as found inside one article (before corpus-wide canonicalisation). `Reason` is
 * narrowed by the extractor to its rules' names (src/extract/reasons.ts); records read back from an
 * index keep a string.
 */
export interface Attribution<Reason extends string = string> {
  /** The speaker's name in its fullest form within the article (`Emmanuel Macron`), or null. */
  name: string | null;
  /** Role or title found with the name (`French President`), or null. */
  role: string | null;
  kind: SpeakerKind | null;
  /** The mention next to the cue that names the speaker (`Macron`, `he`, `the official`). */
  mention: Span | null;
  /** The speech cue (`said`, `according to`, `wrote on Telegram`). */
  cue: Span | null;
  /** Name of the rule that fired (see the rule tables in src/extract). */
  reason: Reason;
  /** 0..1: how sure the rule is. */
  confidence: number;
  /**
   * What the speaker is, as the entity layer of the extractor typed it in its article (src/extract/entities.ts):
   * a person or an organisation; null when nobody is named. Absent on records read back from an index and on
   * records written by hand, where the speaker's kind falls back to the shape of the name.
   */
  entity?: 'person' | 'organization' | null;
}

/** A quotation found in an article by the extractor (`Reason`: see Attribution). */
export interface ExtractedQuote<Reason extends string = string> {
  articleId: string;
  /** Start of the first piece (quotation marks excluded). */
  start: number;
  /** End of the last piece (quotation marks excluded). */
  end: number;
  /**
   * The quoted words: the pieces joined with the source's own punctuation (`A, b.`, `A. B`), or ` … `
   * where words of the source stand between pieces that do not continue one sentence (see
   * src/extract/quote-text.ts). The id is still derived from the pieces joined with one space.
   */
  text: string;
  /** The pieces when a quotation is interrupted by its attribution or runs over paragraphs. */
  pieces: Array<{ start: number; end: number }>;
  kind: QuoteKind;
  attribution: Attribution<Reason>;
  saidAt: SaidAt | null;
}

/** A quote as indexed: an extracted quote with its stable id and canonical speaker. */
export interface Quote extends ExtractedQuote {
  /** Stable short id, from the article id and the normalised quote text. */
  id: string;
  /** Canonical speaker id (slug), or null when nobody is named. */
  speakerId: string | null;
  publishedAt: string | null;
}

/** One person or organisation across the whole corpus. */
export interface Speaker {
  /** Stable slug (`emmanuel-macron`). */
  id: string;
  /** The fullest name seen (`Emmanuel Macron`). */
  name: string;
  /** Roles seen with the name, most frequent first (`French President`). */
  roles: string[];
  /** Every other way the corpus names this speaker (`Macron`, `Emmanuel Macron's`). */
  aliases: string[];
  kind: 'person' | 'organization';
  quoteCount: number;
  /** ISO dates of the first and last quote (by saidAt, else publishedAt). */
  firstQuoteAt: string | null;
  lastQuoteAt: string | null;
}

/** Everything a built index holds, as plain records. */
export interface CorpusData {
  articles: Article[];
  quotes: Quote[];
  speakers: Speaker[];
}
