/**
 * Metadata read from the article text itself, for whatever the record, front matter or
 * sidecar did not give: title, author, publication date and dateline.
 */
import { findDates, MONTH_NAME } from './dates.js';
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

/** How far into the text a bare (unlabelled) date still counts as the article's date. */
const DATE_WINDOW = 1000;

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
 * Explicit dates first (a labelled date, a date line, a byline with a date), else the first full
 * date near the top of the text: "On September 4, 2025, …".
 */
function detectPublishedAt(text: string, lines: readonly Line[], header: number): string | null {
  for (const line of lines.slice(0, header)) {
    const labelled = leadingDateLabel(line.text);
    if (labelled) return labelled.iso;
    if (line.kind === 'date-line' || line.kind === 'byline') {
      const [date] = findDates(line.text);
      if (date) return date.iso;
    }
  }
  const [first] = findDates(text.slice(0, DATE_WINDOW));
  return first ? first.iso : null;
}

export interface DatelineRule {
  name: string;
  /** Anchored at the start of the first body paragraph; group `place` is the dateline. */
  pattern: RegExp;
}

const CAPS_PLACE = `[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:, [A-Z][A-Za-z.'’-]+(?: [A-Z][A-Za-z.'’-]+)?)?`;
const TITLE_PLACE = `[A-Z][a-zà-ÿ.'’-]+(?: [A-Z][a-zà-ÿ.'’-]+){0,2}`;
const SHORT_DATE = `(?:,\\s*${MONTH_NAME}\\.?\\s+\\d{1,2})`;
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

function detectDateline(lines: readonly Line[], header: number): string | null {
  const first = lines.slice(0, header + 1).find(isBodyParagraph);
  if (!first) return null;
  const labelled = leadingDateLabel(first.text);
  const body = labelled ? first.text.slice(labelled.end).trimStart() : first.text;
  for (const rule of datelineRules) {
    const place = rule.pattern.exec(body)?.groups?.['place'];
    if (place) return place.replace(/[,\s]+$/, '');
  }
  return null;
}

/** Reads title, author, date and dateline off the text's layout. */
export function detectMetadata(text: string, lines: readonly Line[], header: number): DetectedMeta {
  return {
    title: detectTitle(lines, header),
    author: detectAuthor(lines, header),
    authorByLabel: lines.slice(0, header).some((l) => l.kind === 'byline' && /^by\s/i.test(l.text)),
    publishedAt: detectPublishedAt(text, lines, header),
    dateline: detectDateline(lines, header),
  };
}
