/**
 * What the API returns and the pages show, derived from the corpus (a Backend): a handler fetches what a page
 * needs (`lookupsFor`), then these plain functions present it.
 */
import type { Article, Quote, Speaker } from '../model/types.js';
import type { Highlight, SearchHit, SearchResponse } from '../search/types.js';
import type { LoadedIndex } from '../store/types.js';
import { quoteDate } from '../model/quote-date.js';
import { whenWords } from './when.js';
import { unnamedSpeaker } from './citations.js';
import type { StatementLookup } from '../statements/reports.js';
import { EmbeddedBackend, type Backend, type BackendHit } from '../backend/index.js';
import { confidenceBand, type ConfidenceBand } from '../extract/confidence.js';
import { sourceCount } from '../statements/index.js';
import { comparableWords } from '../statements/index.js';
import { terms } from '../model/text.js';

/**
 * The records a page shows around its quotes, by id: a loaded index is one (read as it is), and for any other
 * backend `lookupsFor` fetches those of a page's quotes at once.
 */
export interface Lookups {
  articles: { get(id: string): Article | undefined };
  speakers: { get(id: string): Speaker | undefined };
  /** When the served data was built (feeds' fallback dates). */
  builtAt: string | null;
}

/** The lookups for `quotes` (and `more` speaker ids): the index itself for the embedded backend, else fetched. */
export async function lookupsFor(
  backend: Backend,
  quotes: readonly Quote[],
  more: readonly string[] = [],
  /** false: the articles are shown by title, publisher and url only (their texts need not be read). */
  articleTexts = true,
): Promise<Lookups> {
  if (backend instanceof EmbeddedBackend) return backend.index();
  const speakerIds = [
    ...new Set([...quotes.map((q) => q.speakerId).filter((id): id is string => id !== null), ...more]),
  ];
  const [articles, speakers, description] = await Promise.all([
    backend.articles([...new Set(quotes.map((q) => q.articleId))], { text: articleTexts }),
    Promise.all(speakerIds.map((id) => backend.speaker(id))),
    backend.describe(),
  ]);
  return {
    articles,
    speakers: new Map(speakers.filter((s): s is Speaker => s !== null).map((s) => [s.id, s])),
    builtAt: description.builtAt,
  };
}

/** The backend's own lookups when it is an embedded index (statements read in place), else null. */
function statementLookup(index: Lookups): StatementLookup | null {
  return 'quotes' in index && 'statementOf' in index ? (index as unknown as StatementLookup) : null;
}

/** Absolute URLs for the site's pages. */
export interface Urls {
  base: string;
  quote(id: string): string;
  speaker(id: string): string;
  article(id: string): string;
}

/** Builds absolute URLs from a base like `https://verbatim.example` (no trailing slash). */
export function urlsFor(base: string): Urls {
  const b = base.replace(/\/+$/, '');
  return {
    base: b,
    quote: (id) => `${b}/q/${encodeURIComponent(id)}`,
    speaker: (id) => `${b}/speakers/${encodeURIComponent(id)}`,
    article: (id) => `${b}/articles/${encodeURIComponent(id)}`,
  };
}

/**
 * How far the API states who said a quote, by the band of its calibrated confidence: `attributed` (certain:
 * the speaker is given as fact), `probable` (likely), `uncertain` (a candidate, but no better than a guess),
 * `unknown` (nobody named).
 */
export type SpeakerStatus = 'attributed' | 'probable' | 'uncertain' | 'unknown';

/** Who may have said a quote, with how sure the attribution is. */
export interface AttributionJson {
  /** The calibrated probability that the speaker is right (`attribution.confidence`), 0..1. */
  confidence: number;
  band: ConfidenceBand;
  speakerStatus: SpeakerStatus;
  /** The best candidate speaker, whatever the status (the speaker itself when attributed); null when unknown. */
  candidate: { id: string | null; name: string } | null;
}

/** The attribution of a quote as the API and the exports state it. */
export function attributionJson(index: Lookups, quote: Quote): AttributionJson {
  const { confidence } = quote.attribution;
  const band = confidenceBand(confidence);
  const speaker = quote.speakerId ? index.speakers.get(quote.speakerId) : undefined;
  const name = speaker?.name ?? quote.attribution.name;
  const candidate = name ? { id: speaker?.id ?? quote.speakerId ?? null, name } : null;
  const speakerStatus: SpeakerStatus =
    candidate === null ? 'unknown' : band === 'certain' ? 'attributed' : band === 'likely' ? 'probable' : 'uncertain';
  return { confidence, band, speakerStatus, candidate };
}

/**
 * A quote as the API returns it: the record plus who, where and its permalink. `speakerId` and `speakerName`
 * state the speaker as fact, so they are set only when the attribution is certain (`speakerStatus: 'attributed'`);
 * below that the name is only the `candidate`.
 */
export interface QuoteJson extends Quote, AttributionJson {
  speakerName: string | null;
  articleTitle: string | null;
  publisher: string | null;
  articleUrl: string | null;
  permalink: string;
  highlights: Highlight[];
}

/** The quote record with `speakerId` cleared unless the attribution is certain, and what the API adds before its permalink. */
function quoteFields(index: Lookups, quote: Quote): Omit<QuoteJson, 'permalink' | 'highlights'> {
  const article = index.articles.get(quote.articleId);
  const attribution = attributionJson(index, quote);
  const attributed = attribution.speakerStatus === 'attributed';
  return {
    ...(attributed || quote.speakerId === null ? quote : { ...quote, speakerId: null }),
    speakerName: attributed ? (attribution.candidate?.name ?? null) : null,
    articleTitle: article?.title ?? null,
    publisher: article?.publisher ?? null,
    articleUrl: article?.url ?? null,
    ...attribution,
  };
}

export function quoteJson(index: Lookups, quote: Quote, urls: Urls, highlights: Highlight[] = []): QuoteJson {
  return { ...quoteFields(index, quote), permalink: urls.quote(quote.id), highlights };
}

/**
 * The `/api/search` answer, serialised once, in two parts around the value of `took_ms`, so that an answer kept
 * in the cache can be sent again with the time the second request took (`head + took + tail` is the JSON).
 */
export interface SearchAnswer {
  head: string;
  tail: Buffer;
  /** Roughly what it holds in memory. */
  bytes: number;
}

/** Extra fields of a search answer, after `suggestions`. */
export interface SearchAnswerExtras {
  /** How each `speaker=` value was understood (an id, a name or alias, or a close spelling). */
  speakers?: ReadonlyArray<{ given: string; id: string; name: string; match: 'id' | 'name' | 'close' }>;
  /** The facet counts were estimated from a bounded sample of a very large match (the backend says so). */
  facetsEstimated?: boolean;
  /** The total was estimated (a very large match, past the backend's bound). */
  totalEstimated?: boolean;
}

export function searchAnswer(
  index: Lookups,
  found: SearchResponse,
  urls: Urls,
  extras: SearchAnswerExtras = {},
): SearchAnswer {
  // The keys in the order the API has always given them; what was added since comes last.
  const head = `{"total":${JSON.stringify(found.total)},"page":${JSON.stringify(found.page)},"limit":${JSON.stringify(found.limit)},"took_ms":`;
  const values = rowValues(index, found.results, urls);
  if (values !== null) {
    // What follows `took_ms`, as one object serialised at once: its `{` becomes the `,` after the time.
    const tail: Record<string, unknown> = { results: values, facets: found.facets, suggestions: found.suggestions };
    if (found.undatedExcluded !== undefined) tail.undatedExcluded = found.undatedExcluded;
    if (extras.speakers && extras.speakers.length > 0) tail.speakers = extras.speakers;
    if (extras.facetsEstimated === true) tail.facetsEstimated = true;
    if (extras.totalEstimated === true) tail.totalEstimated = true;
    const body = ownBuffer(JSON.stringify(tail));
    body[0] = COMMA;
    return { head, tail: body, bytes: 2 * head.length + body.length };
  }
  const rows = found.results.map((hit) => searchRowJson(index, hit, urls));
  const more =
    (found.undatedExcluded !== undefined ? `,"undatedExcluded":${JSON.stringify(found.undatedExcluded)}` : '') +
    (extras.speakers && extras.speakers.length > 0 ? `,"speakers":${JSON.stringify(extras.speakers)}` : '') +
    (extras.facetsEstimated === true ? ',"facetsEstimated":true' : '') +
    (extras.totalEstimated === true ? ',"totalEstimated":true' : '');
  const body = ownBuffer(
    `,"results":[${rows.join(',')}],"facets":${JSON.stringify(found.facets)},"suggestions":${JSON.stringify(found.suggestions)}${more}}`,
  );
  // The head is a string: two bytes a character at most.
  return { head, tail: body, bytes: 2 * head.length + body.length };
}

const utf8 = new TextEncoder();
/** Work space of {@link ownBuffer}: room for the longest answer so far, three bytes a UTF-16 unit (grown as needed). */
let encoded = new Uint8Array(0);

/**
 * A string's UTF-8 bytes in memory of their own. `Buffer.from` puts a short string (under 4 KB) in a slice of
 * a shared 8 KB pool slab, and a kept slice keeps its whole slab alive: a cache of small answers then held
 * many times what it counted (a 16 MB cache held 217 MB). Encoded once into a work buffer and copied: measuring
 * the length first (`Buffer.byteLength`) and then writing reads a string twice, and a string of two-byte
 * characters (most answers: a curly quote or a dash in one quote makes the whole answer so) costs about a
 * nanosecond a character each time, twice what `encodeInto` takes for both.
 */
function ownBuffer(text: string): Buffer {
  const most = 3 * text.length;
  if (encoded.length < most) encoded = new Uint8Array(Math.max(most, 2 * encoded.length));
  const { written } = utf8.encodeInto(text, encoded);
  const out = Buffer.allocUnsafeSlow(written);
  out.set(encoded.subarray(0, written));
  return out;
}

/** What a search row adds to the quote record, in this order (after the quote's own fields). */
const ROW_FIELDS = [
  'speakerName',
  'articleTitle',
  'publisher',
  'articleUrl',
  'confidence',
  'band',
  'speakerStatus',
  'candidate',
  'permalink',
  'highlights',
  'score',
  'statementId',
  'reportCount',
];

const COMMA = 0x2c;

/**
 * The rows of a page as plain objects that `JSON.stringify` writes as {@link searchRowJson} does (the quote's own
 * fields in its order, `speakerId` nulled in place unless attributed, then the row's), in one native call on its
 * fast path instead of a string per row and per value; null when a row cannot be made so (see rowValue), and
 * the page is then written row by row.
 */
function rowValues(index: Lookups, hits: ReadonlyArray<SearchHit | BackendHit>, urls: Urls): object[] | null {
  const rows = new Array<object>(hits.length);
  for (let i = 0; i < hits.length; i++) {
    const row = rowValue(index, hits[i]!, urls);
    if (row === null) return null;
    rows[i] = row;
  }
  return rows;
}

/**
 * One row as an object: a copy of the quote record's own enumerable fields (what a spread copies, in the same
 * order) with the row's fields added. Null for a record whose copy would not serialise as the spread does: one
 * with a `toJSON`, a confidence that is not a number, a key the row also adds, or an own `__proto__` key (which
 * an assignment would not copy as a field).
 */
function rowValue(index: Lookups, hit: SearchHit | BackendHit, urls: Urls): Record<string, unknown> | null {
  const { quote, highlights, score } = hit;
  const record = quote as unknown as Record<string, unknown>;
  if (typeof quote.attribution.confidence !== 'number' || typeof record.toJSON === 'function' || sharesRowField(quote))
    return null;
  const row: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    if (key === '__proto__') return null;
    row[key] = record[key];
  }
  const attribution = attributionJson(index, quote);
  const attributed = attribution.speakerStatus === 'attributed';
  if (!attributed && quote.speakerId !== null) row.speakerId = null;
  const article = articleOf(index, quote.articleId);
  const { statementId, reportCount } = statementOfHit(index, hit);
  row.speakerName = attributed ? (attribution.candidate?.name ?? null) : null;
  row.articleTitle = article.title;
  row.publisher = article.publisher;
  row.articleUrl = article.url;
  row.confidence = attribution.confidence;
  row.band = attribution.band;
  row.speakerStatus = attribution.speakerStatus;
  row.candidate = attribution.candidate;
  row.permalink = urls.quote(quote.id);
  row.highlights = highlights ?? null;
  row.score = score ?? null;
  row.statementId = statementId ?? null;
  row.reportCount = reportCount ?? null;
  return row;
}

/** JSON for a row value; `null` where a spread copy would have had `undefined` (left out, which breaks the text). */
function json(value: unknown): string {
  return JSON.stringify(value ?? null);
}

/** Whether the quote record has a key of its own that a search row also adds (a spread would keep it in place). */
function sharesRowField(quote: Quote): boolean {
  for (const k of ROW_FIELDS) if (k in quote) return true;
  return false;
}

/**
 * `JSON.stringify(quoteFields(index, quote))` without its closing brace, written without building the spread copy
 * (which V8 serialises on its slow path, six times the record's own cost): the record as it is (or with
 * `speakerId` null, the only field the copy changes), then the added fields by hand in the copy's order. Null when
 * that would not be the same text: a record with a `toJSON`, none of its own fields, a confidence that is not a
 * number (the copy would leave it out), or a key the row also adds (see sharesRowField, checked by the caller).
 */
function rowHead(index: Lookups, quote: Quote): string | null {
  const attribution = attributionJson(index, quote);
  const { confidence, candidate } = attribution;
  if (typeof confidence !== 'number' || typeof (quote as { toJSON?: unknown }).toJSON === 'function') return null;
  const attributed = attribution.speakerStatus === 'attributed';
  const own = JSON.stringify(attributed || quote.speakerId === null ? quote : { ...quote, speakerId: null });
  if (own === undefined || own.length < 3) return null;
  return (
    `${own.slice(0, -1)},"speakerName":${json(attributed ? (candidate?.name ?? null) : null)}` +
    `${articleFields(index, quote.articleId)},"confidence":${JSON.stringify(confidence)}` +
    `,"band":${json(attribution.band)},"speakerStatus":${json(attribution.speakerStatus)},"candidate":${
      candidate === null ? 'null' : `{"id":${json(candidate.id)},"name":${json(candidate.name)}}`
    }`
  );
}

/** What a row shows of its article. */
interface ArticleShown {
  title: string | null;
  publisher: string | null;
  url: string | null;
}
/**
 * What rows show of the articles shown lately, per index (the few most recent thousand, in the order first
 * shown): an article found by its id costs a search of the id table and a record read, and a page's twenty rows
 * come from a few hundred articles.
 */
const articlesShown = new WeakMap<Lookups, Map<string, ArticleShown>>();
const ARTICLES_SHOWN_KEPT = 20_000;

function articleOf(index: Lookups, articleId: string): ArticleShown {
  let kept = articlesShown.get(index);
  if (!kept) articlesShown.set(index, (kept = new Map<string, ArticleShown>()));
  let shown = kept.get(articleId);
  if (shown === undefined) {
    const article = index.articles.get(articleId);
    shown = { title: article?.title ?? null, publisher: article?.publisher ?? null, url: article?.url ?? null };
    kept.set(articleId, shown);
    if (kept.size > ARTICLES_SHOWN_KEPT) kept.delete(kept.keys().next().value!);
  }
  return shown;
}

/** `,"articleTitle":…,"publisher":…,"articleUrl":…` of an article, for a row written by hand. */
function articleFields(index: Lookups, articleId: string): string {
  const { title, publisher, url } = articleOf(index, articleId);
  return `,"articleTitle":${json(title)},"publisher":${json(publisher)},"articleUrl":${json(url)}`;
}

/** A hit's statement and how many articles report it: from the backend's hit, else from an index's statements. */
function statementOfHit(index: Lookups, hit: SearchHit | BackendHit): { statementId: string; reportCount: number } {
  if ('statementId' in hit) return { statementId: hit.statementId, reportCount: hit.sources };
  const lookup = statementLookup(index);
  return {
    statementId: lookup?.statementOf?.get(hit.quote.id) ?? hit.quote.id,
    reportCount: lookup ? sourceCount(lookup, hit.quote) : 1,
  };
}

/**
 * One search result row as JSON: the same text as `JSON.stringify({...quoteJson(…), score, statementId, reportCount})`,
 * made from the record's own JSON (rowHead) and the values of this request.
 */
function searchRowJson(index: Lookups, hit: SearchHit | BackendHit, urls: Urls): string {
  const { quote, highlights, score } = hit;
  // One row per statement: how many articles report it, and its id (see /api/quotes/:id for the reports).
  const { statementId, reportCount } = statementOfHit(index, hit);
  // A quote record with a key of its own that the row also adds keeps it in place in a spread copy: not cut.
  const head = sharesRowField(quote) ? null : rowHead(index, quote);
  if (head === null)
    return JSON.stringify({ ...quoteJson(index, quote, urls, highlights), score, statementId, reportCount });
  return `${head},"permalink":${json(urls.quote(quote.id))},"highlights":${json(highlights)},"score":${json(score)},"statementId":${json(statementId)},"reportCount":${json(reportCount)}}`;
}

export function speakerJson(speaker: Speaker, urls: Urls): Speaker & { url: string } {
  return { ...speaker, url: urls.speaker(speaker.id) };
}

/** A name as its folded terms (src/model/text.ts) joined by spaces: `Volodymyr Zelenskyy's` → `volodymyr zelenskyy s`. */
function foldedName(name: string): string {
  return terms(name).join(' ');
}

/** Speakers whose name or an alias contains `q` (case- and accent-insensitive), most quoted first. */
export function filterSpeakers(all: readonly Speaker[], q: string): Speaker[] {
  const needle = foldedName(q);
  const matching =
    needle === ''
      ? [...all]
      : all.filter((s) => [s.name, ...s.aliases, ...s.roles].some((n) => foldedName(n).includes(needle)));
  return matching.sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name));
}

/** Quotes shorter than this are not matched by containment: "yes" is inside too many things. */
const MIN_CONTAINED_LENGTH = 20;
/** Phrase hits read per lookup: enough for `max` after dropping the quote's own article. */
const ELSEWHERE_HITS = 60;

/**
 * The same quote reported elsewhere: other articles' quotes with the same words (ignoring case and
 * punctuation), or where one contains the other (a fragment quoted in full in another report).
 * Candidates come from the index, never from a pass over every quote: the reports grouped with it at
 * build time (same wording, fragments cut from it or it from them; src/statements) and a phrase search
 * for its words (every quote that contains them). Each candidate is then checked on its words.
 */
export async function sameQuoteElsewhere(source: Backend | LoadedIndex, quote: Quote, max = 20): Promise<Quote[]> {
  const backend = 'kind' in source ? source : new EmbeddedBackend(source);
  // "The same words" as statement grouping and the quote check count them (statements/align.ts): folded
  // whole words, so a containment is of whole words too ("ferry pie" is not inside "ferry pier").
  const words = comparableWords(quote.text).join(' ');
  if (words === '') return [];
  const found = new Map<string, Quote>();
  const consider = (other: Quote | undefined): void => {
    if (!other || other.articleId === quote.articleId || found.has(other.id)) return;
    const otherWords = comparableWords(other.text).join(' ');
    if (otherWords === '') return;
    const same = otherWords === words;
    const contains =
      Math.min(otherWords.length, words.length) >= MIN_CONTAINED_LENGTH &&
      (` ${otherWords} `.includes(` ${words} `) || ` ${words} `.includes(` ${otherWords} `));
    if (same || contains) found.set(other.id, other);
  };
  const [statement, hits] = await Promise.all([
    backend.reports(quote.id),
    backend.search({
      q: `"${words}"`,
      speakers: [],
      publishers: [],
      from: null,
      to: null,
      sort: 'oldest',
      page: 1,
      limit: ELSEWHERE_HITS,
      collapse: false,
    }),
  ]);
  if (statement && statement.reports.length > 1) for (const r of statement.reports) consider(r.quote);
  for (const hit of hits.results) consider(hit.quote);
  return [...found.values()].sort((a, b) => quoteDate(a).localeCompare(quoteDate(b))).slice(0, max);
}

/** One bar of a speaker's timeline. */
export interface TimelineBar {
  /** `2025-09` (or `2025` when the span is long and bars are years). */
  period: string;
  label: string;
  count: number;
}

const MAX_MONTH_BARS = 60;

/**
 * Quotes per month from the speaker's first to last dated quote (per year beyond five years), from the backend's
 * count of quotes per month (`YYYY-MM`; see `Backend.speakerMonths`).
 */
export function speakerTimeline(months: ReadonlyMap<string, number>): TimelineBar[] {
  const keys = [...months.keys()].sort();
  const first = keys[0];
  const last = keys[keys.length - 1];
  if (!first || !last) return [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  const endYear = Number(last.slice(0, 4));
  const endMonth = Number(last.slice(5, 7));
  const span = (endYear - year) * 12 + (endMonth - month) + 1;
  const bars: TimelineBar[] = [];
  if (span > MAX_MONTH_BARS) {
    for (let y = year; y <= endYear; y += 1) {
      const count = keys.filter((k) => k.startsWith(`${y}-`)).reduce((n, k) => n + (months.get(k) ?? 0), 0);
      bars.push({ period: String(y), label: String(y), count });
    }
    return bars;
  }
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  for (let i = 0; i < span; i += 1) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    bars.push({ period: key, label: `${names[month - 1]} ${year}`, count: months.get(key) ?? 0 });
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return bars;
}

/** JSON for a `<script type="application/ld+json">` block: `<`, `>`, `&` and line separators escaped. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** schema.org `Quotation` for a quote's permalink page. */
export function quotationLd(
  quote: Quote,
  article: Article,
  speaker: Speaker | null,
  urls: Urls,
): Record<string, unknown> {
  const name = speaker?.name ?? quote.attribution.name;
  // The creator is stated as fact only when the attribution is certain (as in the API's speakerStatus).
  const creator =
    name && confidenceBand(quote.attribution.confidence) === 'certain'
      ? {
          '@type': speaker?.kind === 'organization' ? 'Organization' : 'Person',
          name,
          ...(speaker ? { url: urls.speaker(speaker.id) } : {}),
        }
      : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Quotation',
    '@id': urls.quote(quote.id),
    url: urls.quote(quote.id),
    text: quote.text,
    ...(creator ? { creator, spokenByCharacter: creator } : {}),
    // dateCreated is when the words were said, so only a date the article gives for them (stated, or counted from
    // its publication: `on Tuesday`). An approximate one (the publication date standing in, or the date of the event
    // reported) is left out: a reader of the markup would take it as fact; isBasedOn.datePublished carries the
    // article's date.
    ...(quote.saidAt && !whenWords(quote.saidAt.basis).approximate ? { dateCreated: quote.saidAt.value } : {}),
    // How the date was found (stated / relative / event / inferred from publication, or only `published`), and how
    // sure the attribution is: a reader of the markup gets the same caveats as one of the page.
    additionalProperty: [
      {
        '@type': 'PropertyValue',
        name: 'saidAtBasis',
        value: quote.saidAt?.basis ?? (quote.publishedAt ? 'published' : 'unknown'),
      },
      ...(quote.saidAt ? [{ '@type': 'PropertyValue', name: 'saidAtPrecision', value: quote.saidAt.precision }] : []),
      { '@type': 'PropertyValue', name: 'attributionConfidence', value: quote.attribution.confidence },
      { '@type': 'PropertyValue', name: 'attributionBand', value: confidenceBand(quote.attribution.confidence) },
    ],
    isBasedOn: {
      '@type': 'NewsArticle',
      headline: article.title ?? undefined,
      url: article.url ?? urls.article(article.id),
      datePublished: article.publishedAt ?? undefined,
      author: article.author ? { '@type': 'Person', name: article.author } : undefined,
      publisher: article.publisher ? { '@type': 'Organization', name: article.publisher } : undefined,
    },
  };
}

const LEAD_WORDS = 10;

/**
 * What to call an article: its title, or — for an article that has none (a plain-text page that starts with its
 * dateline) — the first words of its lead in brackets, the way a citation describes an untitled work:
 * `[In a significant step toward bolstering Ukraine's security …]`.
 */
export function articleLabel(article: Article): string {
  const title = article.title?.trim();
  if (title) return title;
  const { text } = article;
  let start = 0;
  for (const range of article.furniture) {
    if (range.start > start + 1) break;
    start = Math.max(start, range.end);
  }
  let lead = text.slice(start, start + 600).trim();
  // "Paris, France – In a significant step…": the dateline is not the story's first words.
  if (article.dateline && lead.startsWith(article.dateline))
    lead = lead.slice(article.dateline.length).replace(/^\s*[-–—:]\s*/u, '');
  lead = lead.replace(/^\s*date\s+\d{4}-\d{2}-\d{2}\s*/iu, '');
  const words = lead.split(/\s+/u).filter((w) => w !== '');
  if (words.length === 0) return 'Untitled article';
  const shown = words
    .slice(0, LEAD_WORDS)
    .join(' ')
    .replace(/[,;:.]$/u, '');
  return `[${shown}${words.length > LEAD_WORDS ? ' …' : ''}]`;
}

/** How a page names a quote's speaker: as fact only when the attribution is certain. */
export interface AttributionView {
  band: ConfidenceBand;
  /** The attribution's confidence in whole percent. */
  percent: number;
  /** The canonical speaker's name, else the name found in the article, else null (unattributed). */
  name: string | null;
  /** Words before the name (`probably`, `uncertain:`) and after it (`?`), empty when certain. */
  before: string;
  after: string;
  /** With no name: how the quote is credited (`Unnamed speaker (Harbour Office spokesman)`, else `Unattributed`). */
  unnamed: string;
}

/**
 * The speaker as a card or permalink states it: `X` when certain, `probably X` when likely, `uncertain: X?`
 * below that, so a guess is never printed as if it were known.
 */
export function attributionView(quote: Quote, speaker: Speaker | null): AttributionView {
  const band = confidenceBand(quote.attribution.confidence);
  const name = speaker?.name ?? quote.attribution.name ?? null;
  const percent = Math.round(quote.attribution.confidence * 100);
  const unnamed = unnamedSpeaker(quote);
  if (name === null || band === 'certain') return { band, percent, name, before: '', after: '', unnamed };
  return band === 'likely'
    ? { band, percent, name, before: 'probably ', after: '', unnamed }
    : { band, percent, name, before: 'uncertain: ', after: '?', unnamed };
}
