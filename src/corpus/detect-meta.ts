/**
 * Metadata read from the article text itself, for whatever the record, front matter or
 * sidecar did not give: title, author, publication date and dateline.
 */
import { findDates } from './dates.js';
import { MONTH_NAME } from '../lexicon/calendar.js';
import { bylineName, isBodyParagraph, type Line } from './layout.js';
import { dateLabel } from '../lexicon/page-furniture.js';

export interface DetectedMeta {
  title: string | null;
  author: string | null;
  publishedAt: string | null;
  dateline: string | null;
  /** True when the author came from a "By …" line, false for a bare name line. */
  authorByLabel: boolean;
}

/**
 * The title is the first headline-like line at the very top (a one- to three-word section
 * label like "War" above it is skipped); an article that opens with body text has none.
 */
function detectTitle(lines: readonly Line[], header: number): string | null {
  for (const line of lines.slice(0, header)) {
    if (line.kind === 'headline' && line.words >= 3) return line.text.replace(/^#{1,6}\s+/, '');
    if (line.kind === 'paragraph' || line.kind === 'byline') return null;
  }
  return null;
}

function detectAuthor(lines: readonly Line[], header: number): string | null {
  const byline = lines.slice(0, header).find((l) => l.kind === 'byline');
  return byline ? bylineName(byline.text) : null;
}

/** "date 2025-09-04 Top officials…": the label and date at the start of a line, else null. */
export function leadingDateLabel(text: string): { end: number; iso: string } | null {
  const label = dateLabel.exec(text);
  if (!label) return null;
  const [date] = findDates(text);
  if (!date || date.start !== label[0].length) return null;
  return { end: date.end, iso: date.iso };
}

/**
 * The date the page itself gives for the article, read only where a page puts it: a labelled date
 * (`date 2025-09-04`, `Published: 5 March 2024`), a line that is only a date (`9/4/2025 · 2 min read`),
 * a byline with a date, or a dated dateline opening the body (`PARIS, Sept. 3, 2025 –`). A date
 * anywhere else is something the article reports (`until 15 July 2006`, `three months to
 * 31 December 2004`, `On March 5 the council met`), never the article's own date: null then.
 */
function detectPublishedAt(lines: readonly Line[], header: number): string | null {
  for (const line of lines.slice(0, header)) {
    const labelled = leadingDateLabel(line.text);
    if (labelled) return labelled.iso;
    if (line.kind === 'date-line' || line.kind === 'byline') {
      const [date] = findDates(line.text);
      if (date) return date.iso;
    }
  }
  const dated = openingDateline(lines, header)?.date;
  if (dated) {
    const [date] = findDates(dated);
    if (date) return date.iso;
  }
  return null;
}

export interface DatelineRule {
  name: string;
  /** Anchored at the start of the first body paragraph; group `place` is the dateline. */
  pattern: RegExp;
}

const CAPS_PLACE = `[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:, [A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+)?)?`;
const TITLE_PLACE = `[A-Z][a-zà-ÿ.'’-]+(?: [A-Z][a-zà-ÿ.'’-]+){0,2}`;
/** `, Sept. 3` or `, Sept. 3, 2025` after the place: group `date`. */
const SHORT_DATE = `(?:,\\s*(?<date>${MONTH_NAME}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?))`;
const AGENCY = `\\([A-Za-z][A-Za-z .&/-]{0,24}\\)`;
const DASH = `\\s*[-–—]{1,2}\\s+`;

export const datelineRules: readonly DatelineRule[] = [
  // "PARIS (Reuters) - …", "LONDON, Sept 3 (AP) — …", "Kyiv (AFP) – …"
  { name: 'place-agency', pattern: new RegExp(`^(?<place>${CAPS_PLACE}|${TITLE_PLACE}(?:, ${TITLE_PLACE})?)${SHORT_DATE}?\\s*${AGENCY}${DASH}`) },
  // "WASHINGTON — …", "NEW YORK, Sept. 3 — …"
  { name: 'caps-place', pattern: new RegExp(`^(?<place>${CAPS_PLACE})${SHORT_DATE}?${DASH}`) },
  // "Paris, France – …" (a title-case place needs its region, or any capitalised opener would match)
  { name: 'place-region', pattern: new RegExp(`^(?<place>${TITLE_PLACE}, ${TITLE_PLACE})${SHORT_DATE}?${DASH}`) },
];

/** The dateline opening the first body paragraph: its place and, when written, its date. */
function openingDateline(lines: readonly Line[], header: number): { place: string; date: string | null } | null {
  const first = lines.slice(0, header + 1).find(isBodyParagraph);
  if (!first) return null;
  const labelled = leadingDateLabel(first.text);
  const body = labelled ? first.text.slice(labelled.end).trimStart() : first.text;
  for (const rule of datelineRules) {
    const groups = rule.pattern.exec(body)?.groups;
    const place = groups?.['place'];
    if (place) return { place: place.replace(/[,\s]+$/, ''), date: groups?.['date'] ?? null };
  }
  return null;
}

/** Reads title, author, date and dateline off the text's layout. */
export function detectMetadata(_text: string, lines: readonly Line[], header: number): DetectedMeta {
  return {
    title: detectTitle(lines, header),
    author: detectAuthor(lines, header),
    authorByLabel: lines.slice(0, header).some((l) => l.kind === 'byline' && /^by\s/i.test(l.text)),
    publishedAt: detectPublishedAt(lines, header),
    dateline: openingDateline(lines, header)?.place ?? null,
  };
}
