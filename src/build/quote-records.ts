/**
 * From extracted quotes to the index's Quote records: each quote's stable id (its permalink), its canonical speaker
 * (from a speaker resolution given by the caller) and its article's date. No extractor is loaded here: the PostgreSQL
 * ingest of cached extractions makes its records with this alone (pipeline.ts runs the extraction before it).
 */
import { hash } from 'node:crypto';
import type { Article, CorpusData, ExtractedQuote, InputProblem, Quote, Speaker } from '../model/types.js';
import { foldQuoteForId } from '../model/text.js';
import type { SpeakerOverrides } from '../speakers/index.js';

/** Corpus-wide speaker resolution as a stage (the real one, `resolveSpeakers`, also takes quotes read one at a time). */
export type ResolveSpeakersFn = (
  quotes: ExtractedQuote[],
  articles: Article[],
  overrides?: SpeakerOverrides | null,
) => { speakerIds: Array<string | null>; speakers: Speaker[] };

/** The records of a set of articles, with what was reported on the way. */
export interface ProcessResult extends CorpusData {
  problems: InputProblem[];
  /** How many articles took their quotes from `options.reuse`. */
  reusedArticles: number;
}

/** Extraction's outcome: the articles kept, their quotes in article order, what was reported. */
export interface Gathered {
  kept: Article[];
  extracted: ExtractedQuote[];
  problems: InputProblem[];
  reusedArticles: number;
}

/**
 * The Quote records of what extraction gathered: speakers resolved by `resolve` over all of it, ids given, each
 * quote's article date copied.
 */
export function quoteRecords(
  { kept, extracted, problems, reusedArticles }: Gathered,
  resolve: ResolveSpeakersFn,
  overrides: Parameters<ResolveSpeakersFn>[2] = null,
): ProcessResult {
  const { speakerIds, speakers } = resolve(extracted, kept, overrides);
  const byId = new Map(kept.map((a) => [a.id, a]));
  // Texts asked for one article at a time (only for quotations in several pieces), not all held at once.
  const ids = assignQuoteIds(extracted, { get: (id) => byId.get(id)?.text });
  // Each extracted quote becomes its Quote in place (the same fields in the same order as a copy would have): a
  // second object per quote is what a million-quote build cannot afford. An object that already has an id (met
  // twice in the list, or reused from an earlier pass) is copied, as every quote was before.
  const quotes = extracted as Quote[];
  extracted.forEach((q, i) => {
    const fields = {
      id: ids[i]!,
      speakerId: speakerIds[i] ?? null,
      publishedAt: byId.get(q.articleId)?.publishedAt ?? null,
    };
    quotes[i] = 'id' in q ? { ...q, ...fields } : Object.assign(q, fields);
  });
  return { articles: kept, quotes, speakers, problems, reusedArticles };
}

/** Normalises quote text for its id (see `foldQuoteForId` in model/text.ts: ids are permanent). */
export const normalizeQuoteText = foldQuoteForId;

const BASE32 = 'abcdefghijklmnopqrstuvwxyz234567';

function base32(bytes: Uint8Array, length: number): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      out += BASE32[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
    if (out.length >= length) break;
  }
  return out;
}

/**
 * A quote's stable id: base32 of sha256 over the article id, the normalised text and, for the second and later
 * occurrence of the same text within one article, the occurrence number.
 */
export function quoteId(articleId: string, text: string, occurrence = 1, length = 10): string {
  return idOfNormalized(articleId, normalizeQuoteText(text), occurrence, length);
}

function idOfNormalized(articleId: string, normalized: string, occurrence: number, length: number): string {
  const key = `${articleId}\n${normalized}${occurrence > 1 ? `\n#${occurrence}` : ''}`;
  return base32(hash('sha256', key, 'buffer'), length);
}

/**
 * Ids for a list of extracted quotes (in text order per article). Repeats within an article are numbered
 * by occurrence; in the unlikely case two articles' ids collide, both take a longer id. Given the
 * articles' texts, a quotation in several pieces is keyed by its pieces joined with one space (the
 * form its text had before pieces were joined with punctuation), so permalinks do not change.
 *
 * One article at a time: an occurrence only counts within its article, so only one article's normalised
 * texts are held at once (a corpus-wide map keyed by article id and text was most of a million-quote build's
 * speaker phase). Quotes of one article usually come together; those that do not are gathered first.
 */
export function assignQuoteIds(
  quotes: ExtractedQuote[],
  articleTexts?: { get(articleId: string): string | undefined },
): string[] {
  return assignQuoteIdsOf(
    { length: quotes.length, at: (i) => quotes[i]!, articleIdAt: (i) => quotes[i]!.articleId },
    articleTexts,
  );
}

/** Quotes read by slot: `at` may decode a fresh object each time (slots are asked for in order but for a few). */
export interface ExtractedQuoteAccess {
  length: number;
  at(slot: number): ExtractedQuote;
  /** `at(slot).articleId`, without decoding. */
  articleIdAt(slot: number): string;
}

/** Whether the quotes of each article come together (runs of one article id, none met again after another's). */
export function articlesTogether(quotes: Pick<ExtractedQuoteAccess, 'length' | 'articleIdAt'>): boolean {
  const done = new Set<string>();
  for (let from = 0; from < quotes.length;) {
    const articleId = quotes.articleIdAt(from);
    let to = from + 1;
    while (to < quotes.length && quotes.articleIdAt(to) === articleId) to++;
    if (done.has(articleId)) return false;
    done.add(articleId);
    from = to;
  }
  return true;
}

/**
 * Quote ids given as the quotes are read in slot order, an article's run at a time (see {@link assignQuoteIds}):
 * only for quotes whose articles come together ({@link articlesTogether}). A build gives the ids in the same read
 * of its quotes as speaker resolution.
 */
export class QuoteIdAssigner {
  private readonly ids: string[];
  private readonly occurrences: Uint32Array;
  private readonly seen = new Map<string, number>();
  private members: number[] = [];
  private normalized: string[] = [];
  private starts: number[] = [];
  private articleId: string | null = null;
  private next = 0;

  constructor(
    private readonly n: number,
    private readonly articleTexts?: { get(articleId: string): string | undefined },
  ) {
    this.ids = new Array<string>(n);
    this.occurrences = new Uint32Array(n);
  }

  idText(q: ExtractedQuote): string {
    const text = q.pieces.length > 1 ? this.articleTexts?.get(q.articleId) : undefined;
    return text === undefined ? q.text : q.pieces.map((p) => text.slice(p.start, p.end)).join(' ');
  }

  /** The quote of the next slot. */
  add(q: ExtractedQuote): void {
    if (q.articleId !== this.articleId) this.close();
    this.articleId = q.articleId;
    this.members.push(this.next++);
    this.normalized.push(normalizeQuoteText(this.idText(q)));
    this.starts.push(q.start);
  }

  private close(): void {
    const { members, normalized, starts, seen } = this;
    if (members.length === 0) return;
    seen.clear();
    // In text order (ties in input order: the sort is stable), as over the whole list.
    const inTextOrder = members.map((_, k) => k).sort((a, b) => starts[a]! - starts[b]!);
    for (const k of inTextOrder) {
      const occurrence = (seen.get(normalized[k]!) ?? 0) + 1;
      seen.set(normalized[k]!, occurrence);
      this.occurrences[members[k]!] = occurrence;
    }
    members.forEach(
      (i, k) => (this.ids[i] = idOfNormalized(this.articleId!, normalized[k]!, this.occurrences[i]!, 10)),
    );
    this.members = [];
    this.normalized = [];
    this.starts = [];
  }

  /** The ids, once every quote was added; an id two articles' quotes share becomes the longer id in both. */
  finish(quotes: ExtractedQuoteAccess): string[] {
    this.close();
    this.seen.clear();
    if (this.next !== this.n) throw new Error(`build: ${this.next} quotes given ids of ${this.n}`);
    return lengthenSharedIds(this.ids, this.occurrences, quotes, (q) => this.idText(q));
  }
}

/** {@link assignQuoteIds} over quotes read by slot: each quote is read once, but for the rare longer ids. */
export function assignQuoteIdsOf(
  quotes: ExtractedQuoteAccess,
  articleTexts?: { get(articleId: string): string | undefined },
): string[] {
  const idText = (q: ExtractedQuote): string => {
    const text = q.pieces.length > 1 ? articleTexts?.get(q.articleId) : undefined;
    return text === undefined ? q.text : q.pieces.map((p) => text.slice(p.start, p.end)).join(' ');
  };
  const n = quotes.length;
  if (articlesTogether(quotes)) {
    const assigner = new QuoteIdAssigner(n, articleTexts);
    for (let i = 0; i < n; i++) assigner.add(quotes.at(i));
    return assigner.finish(quotes);
  }
  const occurrences = new Uint32Array(n);
  const ids = new Array<string>(n);
  const seen = new Map<string, number>();
  const normalized: string[] = [];
  const starts: number[] = [];
  const assign = (members: readonly number[]): void => {
    seen.clear();
    normalized.length = 0;
    starts.length = 0;
    for (const i of members) {
      const q = quotes.at(i);
      normalized.push(normalizeQuoteText(idText(q)));
      starts.push(q.start);
    }
    // In text order (ties in input order: the sort is stable), as over the whole list.
    const inTextOrder = members.map((_, k) => k).sort((a, b) => starts[a]! - starts[b]!);
    for (const k of inTextOrder) {
      const occurrence = (seen.get(normalized[k]!) ?? 0) + 1;
      seen.set(normalized[k]!, occurrence);
      occurrences[members[k]!] = occurrence;
    }
    members.forEach((i, k) => (ids[i] = idOfNormalized(quotes.articleIdAt(i), normalized[k]!, occurrences[i]!, 10)));
  };
  // An article met again after another's run: each article's quotes gathered whole before their ids are given.
  const scattered = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const articleId = quotes.articleIdAt(i);
    const list = scattered.get(articleId);
    if (list) list.push(i);
    else scattered.set(articleId, [i]);
  }
  for (const members of scattered.values()) assign(members);
  normalized.length = 0;
  starts.length = 0;
  seen.clear();
  return lengthenSharedIds(ids, occurrences, quotes, idText);
}

/** An id given to quotes of two different articles: both take the longer id (16 characters instead of 10). */
function lengthenSharedIds(
  ids: string[],
  occurrences: ArrayLike<number>,
  quotes: ExtractedQuoteAccess,
  idText: (q: ExtractedQuote) => string,
): string[] {
  const owner = new Map<string, string>();
  const shared = new Set<string>();
  for (let i = 0; i < ids.length; i++) {
    const first = owner.get(ids[i]!);
    const articleId = quotes.articleIdAt(i);
    if (first === undefined) owner.set(ids[i]!, articleId);
    else if (first !== articleId) shared.add(ids[i]!);
  }
  owner.clear();
  if (shared.size === 0) return ids;
  return ids.map((id, i) =>
    shared.has(id)
      ? idOfNormalized(quotes.articleIdAt(i), normalizeQuoteText(idText(quotes.at(i))), occurrences[i]!, 16)
      : id,
  );
}
