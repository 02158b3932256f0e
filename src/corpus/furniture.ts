/**
 * Page furniture: the parts of a text that are not the article (mastheads, widgets, captions,
 * teasers of other stories). Extraction skips these ranges. Inside the body only lines that are
 * unmistakably furniture are marked: a real paragraph never is.
 */
import { leadingDateLabel } from './detect-meta.js';
import { hasQuotation, isBodyParagraph, sameHeadline, type Line, type LineKind } from './layout.js';

export interface Range {
  start: number;
  end: number;
}

/**
 * Advertising and promotion inside an article, as named rules. A line that only labels an ad
 * (`Advertisement`, `Sponsored by AutoMart`, `Promoted`) is furniture; so is a promotional line: a
 * call to action outside any quotation (`Shop now`, `Use code SAVE10`) with a price, an address or
 * few words around it (`Unbeatable prices from £9.99 — shop now at automart.example`).
 */
export const adRules = {
  label: /^(?:advertisement|advertising|advert|ad|ads by \S+|sponsored(?: (?:content|post|story|stories|links?|by .{1,60}))?|promoted(?: (?:content|stories|links?|post|by .{1,60}))?|paid (?:content|post|partnership|promotion)(?: (?:by|with|for) .{1,60})?|partner content|in partnership with .{1,60}|ad feature|advertorial|presented by .{1,60})[.:]?$/i,
  callToAction: /\b(?:(?:shop|buy|order|book|call|subscribe|download|register|sign up|enquire|apply|reserve|get yours|get started|get a (?:free )?quote|claim yours|save)\s+(?:now|today|online|here)|shop (?:the|our) (?:range|sale|collection)|learn more|find out more|click here|tap here|use (?:promo |discount )?code\s+[A-Z0-9]{3,}|while stocks last|limited[- ]time offer|offer ends|t&cs apply|terms (?:and|&) conditions apply|free (?:delivery|shipping|trial))\b/i,
  price: /[$£€¥]\s?\d[\d,]*(?:\.\d{1,2})?|\b\d+(?:\.\d+)?\s?(?:%|per ?cent) off\b/i,
  address: /\b[\w-]+\.(?:com|co\.uk|net|org|shop|store|example)\b|\b(?:0\d{3,4}|\+\d{1,3})[\s-]?\d{3}[\s-]?\d{3,4}\b/i,
} as const;

/** A promotional line: a call to action outside quotation marks, with a price, an address or at most 20 words. */
function isPromo(line: Line): boolean {
  if (line.words > 60) return false;
  const unquoted = line.text.replace(/“[^”]*”|"[^"]*"|‘[^’]*’(?!\p{L})/gu, ' ');
  if (!adRules.callToAction.test(unquoted)) return false;
  return adRules.price.test(line.text) || adRules.address.test(line.text) || line.words <= 20;
}

/** True when only a line break (no blank line) separates two lines: one block of a page. */
function sameBlock(text: string, upper: Line, lower: Line): boolean {
  return /^[ \t]*\r?\n[ \t]*$/.test(text.slice(upper.end, lower.start));
}

/** How many lines after an ad label its copy may run before the call to action that ends it. */
const AD_COPY_LINES = 3;

/**
 * Ads inside the text: a label line, the copy under it up to its call to action, and a promotional
 * line with the short lines of its own block above it (`"Unbeatable prices," says AutoMart.` /
 * `Shop now at automart.example`). A long body paragraph is never ad copy.
 */
function adRanges(text: string, lines: readonly Line[]): Range[] {
  const ranges: Range[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (adRules.label.test(line.text.replace(/^#{1,6}\s+/, ''))) {
      ranges.push({ start: line.start, end: line.end });
      for (let j = i + 1; j < lines.length && j <= i + AD_COPY_LINES; j++) {
        const copy = lines[j]!;
        if (copy.words > 40) break;
        if (isPromo(copy)) {
          ranges.push({ start: lines[i + 1]!.start, end: copy.end });
          break;
        }
      }
    } else if (isPromo(line)) {
      let first = i;
      while (first > 0 && first > i - AD_COPY_LINES) {
        const above = lines[first - 1]!;
        if (!sameBlock(text, above, lines[first]!) || isBodyParagraph(above) || above.words > 20 || above.kind === 'byline' || above.kind === 'date-line') break;
        first--;
      }
      ranges.push({ start: lines[first]!.start, end: line.end });
    }
  }
  return ranges;
}

/** Kinds that are furniture wherever they stand. */
const ALWAYS: ReadonlySet<LineKind> = new Set(['widget', 'tail-widget', 'caption', 'editor-note']);
/** Kinds that mark the masthead (and reopen it after a dek paragraph). */
const MASTHEAD: ReadonlySet<LineKind> = new Set(['date-line', 'byline']);
/** Kinds that belong to a block of widgets just above a teaser feed ("Article image" / "News Feed"). */
const WIDGET_BLOCK: ReadonlySet<LineKind> = new Set(['widget', 'tail-widget', 'caption', 'label']);

/**
 * Where the teaser tail starts: the first feed widget ("News Feed", "Related", "Show More")
 * after some body text, extended back over the widget block right above it.
 */
function tailStart(lines: readonly Line[]): number {
  const firstBody = lines.findIndex(isBodyParagraph);
  if (firstBody < 0) return lines.length;
  let t = lines.findIndex((l, i) => i > firstBody && l.kind === 'tail-widget');
  if (t < 0) return lines.length;
  while (t - 1 > firstBody && WIDGET_BLOCK.has(lines[t - 1]?.kind ?? 'paragraph')) t--;
  return t;
}

/** Short lines without sentence punctuation left at the very end ("Scroll to Top", tags). */
function trailingStart(lines: readonly Line[], end: number): number {
  let t = end;
  for (;;) {
    const line = lines[t - 1];
    if (!line || t - 1 === 0) return t;
    const shortHeading = line.kind === 'headline' && line.words <= 5 && !hasQuotation(line.text);
    if (!(ALWAYS.has(line.kind) || line.kind === 'label' || shortHeading)) return t;
    t--;
  }
}

/**
 * Furniture ranges of `text`, sorted and non-overlapping. `title` (given or detected) marks its
 * own line and any repeat of it in the masthead. When the title was given (record, front matter)
 * other headline-like lines in the masthead are left alone: an unpunctuated first line under a
 * given title is usually the lead sentence ("Japan's brewers are making money from…").
 */
export function findFurniture(text: string, lines: readonly Line[], header: number, title: string | null, titleGiven: boolean): Range[] {
  const ranges: Range[] = [];
  const mark = (start: number, end: number) => ranges.push({ start, end });
  const tail = tailStart(lines);
  const trailing = trailingStart(lines, tail);
  const top = Math.min(header, trailing);

  let mastheadOpen = true;
  let titleSeen = false;
  for (let i = 0; i < top; i++) {
    const line = lines[i];
    if (!line) continue;
    const isTitle = title !== null && sameHeadline(line.text, title);
    // A headline can carry a quotation (`Graham: Trump’s ‘Hateful Rhetoric’ …`) that annotators
    // count as a quote: its first appearance stays in the text, only repeats are furniture.
    const quoted = hasQuotation(line.text);
    if (isTitle) {
      if (!quoted || titleSeen) mark(line.start, line.end);
      titleSeen = true;
    } else if (ALWAYS.has(line.kind) || MASTHEAD.has(line.kind)) {
      mark(line.start, line.end);
      if (MASTHEAD.has(line.kind)) mastheadOpen = true;
    } else if (line.kind === 'label' || line.kind === 'headline') {
      if (mastheadOpen && !quoted && !titleGiven) mark(line.start, line.end);
    } else {
      // "date 2025-09-04 Top officials…": a date label glued to the first paragraph.
      const labelled = leadingDateLabel(line.text);
      if (labelled) mark(line.start, line.start + labelled.end);
      if (isBodyParagraph(line)) mastheadOpen = false;
    }
  }
  for (let i = top; i < trailing; i++) {
    const line = lines[i];
    if (line && ALWAYS.has(line.kind)) mark(line.start, line.end);
  }
  for (const r of adRanges(text, lines)) mark(r.start, r.end);
  const lastLine = lines[lines.length - 1];
  const firstTrailing = lines[trailing];
  if (firstTrailing && lastLine) mark(firstTrailing.start, lastLine.end);
  return mergeRanges(ranges);
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}
