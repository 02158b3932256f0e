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
