/**
 * Cutting text into plain and marked runs, so templates can escape every run and wrap the marked ones.
 * Nothing here produces HTML: the views escape each run with `<%=`.
 */
import type { Article, Quote } from '../model/types.js';
import type { Highlight } from './types.js';

/** A run of text; `mark` says whether it is highlighted. */
export interface Segment {
  text: string;
  mark: boolean;
}

/** Merges overlapping or touching ranges and clamps them to `[0, length)`. */
function normaliseRanges(ranges: ReadonlyArray<{ start: number; end: number }>, length: number): Highlight[] {
  const sorted = ranges
    .map((r) => ({ start: Math.max(0, Math.min(length, r.start)), end: Math.max(0, Math.min(length, r.end)) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: Highlight[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/** Splits `text` into runs, marking the given ranges (e.g. a search hit's highlights in a quote). */
export function markRanges(text: string, ranges: ReadonlyArray<{ start: number; end: number }>): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const r of normaliseRanges(ranges, text.length)) {
    if (r.start > at) segments.push({ text: text.slice(at, r.start), mark: false });
    segments.push({ text: text.slice(r.start, r.end), mark: true });
    at = r.end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), mark: false });
  return segments;
}

/**
 * The stretch of the article from the start of the paragraph holding the quote to the end of the one where it ends.
 * A paragraph ends at a line break (plain-text articles use one or two, JSON records often one).
 */
export function paragraphAround(article: Article, quote: Quote): { start: number; end: number; segments: Segment[] } {
  const text = article.text;
  const from = Math.max(0, Math.min(quote.start, text.length));
  const to = Math.max(from, Math.min(quote.end, text.length));
  const start = from === 0 ? 0 : text.lastIndexOf('\n', from - 1) + 1;
  const nextBreak = text.indexOf('\n', to);
  const end = nextBreak === -1 ? text.length : nextBreak;
  const pieces = quote.pieces.length > 0 ? quote.pieces : [{ start: quote.start, end: quote.end }];
  const local = pieces.map((p) => ({ start: p.start - start, end: p.end - start }));
  return { start, end, segments: markRanges(text.slice(start, end), local) };
}

/** A run of article text: plain, or part of an extracted quote (with the quote's id). */
export interface ArticleRun {
  text: string;
  quoteId: string | null;
  /** True on the run that closes its quote: where the speaker is shown. */
  endsQuote: boolean;
}

/**
 * The article's paragraphs with its furniture (widgets, captions) left out and each quote's pieces tagged.
 * Works per character so overlapping pieces and furniture cannot produce a broken split.
 */
export function articleParagraphs(article: Article, quotes: readonly Quote[]): ArticleRun[][] {
  const text = article.text;
  const skip = new Uint8Array(text.length);
  for (const f of article.furniture) skip.fill(1, Math.max(0, f.start), Math.min(text.length, f.end));
  const owner = new Int32Array(text.length).fill(-1);
  const lastEnd = quotes.map((q, i) => {
    const pieces = q.pieces.length > 0 ? q.pieces : [{ start: q.start, end: q.end }];
    let end = 0;
    for (const p of pieces) {
      owner.fill(i, Math.max(0, p.start), Math.min(text.length, p.end));
      end = Math.max(end, Math.min(text.length, p.end));
    }
    return end;
  });

  const paragraphs: ArticleRun[][] = [];
  let current: ArticleRun[] = [];
  const flush = () => {
    if (current.some((r) => r.text.trim() !== '')) paragraphs.push(current);
    current = [];
  };
  let runStart = 0;
  const push = (end: number) => {
    if (end <= runStart) return;
    const i = owner[runStart] ?? -1;
    if (skip[runStart] !== 1) {
      current.push({
        text: text.slice(runStart, end),
        quoteId: i >= 0 ? (quotes[i]?.id ?? null) : null,
        endsQuote: i >= 0 && lastEnd[i] === end,
      });
    }
  };
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '\n' && owner[i] === -1) {
      push(i);
      flush();
      runStart = i + 1;
      continue;
    }
    if (i > runStart && (owner[i] !== owner[i - 1] || skip[i] !== skip[i - 1])) {
      push(i);
      runStart = i;
    }
  }
  push(text.length);
  flush();
  return paragraphs;
}

/** Lowercased words only: how two quotes are compared for "the same words". */
export function normaliseForComparison(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
