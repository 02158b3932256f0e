/**
 * The layout of an article text as lines of known kinds. Metadata detection and furniture
 * marking both read this; neither looks at raw characters again.
 */
import { findDates } from './dates.js';
import { captionCredit, creditWords, editorNote, imageLabel, readingTime, widgetRules } from '../lexicon/page-furniture.js';

export type LineKind =
  | 'widget'
  | 'tail-widget'
  | 'caption'
  | 'editor-note'
  | 'date-line'
  | 'byline'
  | 'label'
  | 'headline'
  | 'paragraph';

export interface Line {
  /** Offsets of the trimmed line content in the article text. */
  start: number;
  end: number;
  text: string;
  kind: LineKind;
  words: number;
}

/** Lines longer than this are body text whatever they look like (and are never scanned word by word). */
const LONG_LINE = 600;

const SENTENCE_END = /[.!?;:,…]["'”’»)]*$/;
const QUOTE_CHARS = /["“”«»„]/;
/** One word of a person's name: `Raja`, `O'Neill`, `Jean-Luc`, an initial `J.` */
const NAME_WORD = "(?:[A-Z][a-zà-ÿ]+(?:['’-][A-Za-zà-ÿ]+)*|[A-Z]\\.)";
const NAME_PARTICLE = '(?:de|da|di|du|van|von|der|den|bin|al|la|le)';
const PERSON = `${NAME_WORD}(?:\\s+(?:${NAME_PARTICLE}\\s+)?${NAME_WORD}){1,3}`;
const BARE_NAME = new RegExp(`^${PERSON}$`);
const BY_LINE = new RegExp(`^by\\s+(${PERSON}(?:\\s*(?:,|and|&)\\s*${PERSON})*)(?:\\s*[,|·•–—-]\\s*.{0,60})?$`, 'i');

function countWords(s: string): number {
  return s.split(/\s+/).filter((w) => w !== '').length;
}

/** A line that is just a date (with labels, a time or a reading time around it): "9/4/20252 min read". */
function isDateLine(text: string): boolean {
  const dates = findDates(text);
  if (dates.length === 0) return false;
  let rest = text;
  for (const d of [...dates].reverse()) rest = rest.slice(0, d.start) + ' ' + rest.slice(d.end);
  rest = rest
    .replace(readingTime, ' ')
    .replace(/\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?\b/gi, ' ')
    .replace(/\b(?:date|dated|published|posted|updated|last|first|modified|on|at)\b/gi, ' ')
    .replace(/\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b/gi, ' ')
    .replace(/[\s|·•,:\-–—/()]+/g, ' ')
    .trim();
  return rest === '';
}

function isCaption(text: string, words: number): boolean {
  if (imageLabel.test(text)) return true;
  if (words > 60 || QUOTE_CHARS.test(text)) return false;
  const credit = captionCredit.exec(text);
  if (!credit?.[1]) return false;
  const creditText = credit[1];
  return countWords(creditText) >= 2 || creditWords.test(creditText);
}

function classify(text: string): { kind: LineKind; words: number } {
  if (text.length > LONG_LINE) return { kind: 'paragraph', words: LONG_LINE / 6 };
  const words = countWords(text);
  const bare = text.replace(/^#{1,6}\s+/, '');
  for (const rule of widgetRules) {
    if (rule.pattern.test(bare)) return { kind: rule.startsTail ? 'tail-widget' : 'widget', words };
  }
  if (editorNote.test(bare)) return { kind: 'editor-note', words };
  if (isCaption(bare, words)) return { kind: 'caption', words };
  if (words <= 14 && (readingTime.test(bare) || isDateLine(bare))) return { kind: 'date-line', words };
  if (BY_LINE.test(bare) || BARE_NAME.test(bare)) return { kind: 'byline', words };
  if (SENTENCE_END.test(bare)) return { kind: 'paragraph', words };
  if (words <= 3 && bare.length <= 30 && !QUOTE_CHARS.test(bare)) return { kind: 'label', words };
  if (words <= 30) return { kind: 'headline', words };
  return { kind: 'paragraph', words };
}

/** Splits `text` into its non-blank lines (any line ending), each trimmed and classified. */
export function readLayout(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]+/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const start = m.index + lead;
    lines.push({ start, end: start + trimmed.length, text: trimmed, ...classify(trimmed) });
  }
  return lines;
}

/** A paragraph that is unmistakably body text (not a dek, title or caption). */
export function isBodyParagraph(line: Line): boolean {
  return line.kind === 'paragraph' && line.words >= 12;
}

/** Header lines are looked for among the first lines only, and never past the second body paragraph. */
const HEADER_MAX_LINES = 14;

/**
 * The masthead: indexes of the lines at the top that come before the article body proper
 * (title, section label, dek, byline, date, reading time, caption). It ends at the second body
 * paragraph, because a dek paragraph often sits above the byline.
 */
export function headerLength(lines: readonly Line[]): number {
  let paragraphs = 0;
  const limit = Math.min(lines.length, HEADER_MAX_LINES);
  for (let i = 0; i < limit; i++) {
    const line = lines[i];
    if (line && isBodyParagraph(line)) {
      paragraphs++;
      if (paragraphs === 2) return i;
    }
  }
  return limit;
}

const QUOTATION = /["“«„][^"“”«»„]+["”»]|(?:^|[\s([—–-])['‘](?=\S)[^\n]*?\S['’](?=$|[\s.,;:!?)\]—–-])/;

/** True when a line holds a quotation (`Cruz: Trump ‘Would Love’ To…`): headlines carry quotes too. */
export function hasQuotation(text: string): boolean {
  return QUOTATION.test(text);
}

/** Extracts the author from a byline-kind line: "By Jane Doe, Reporter" → "Jane Doe". */
export function bylineName(text: string): string {
  const by = BY_LINE.exec(text);
  return (by?.[1] ?? text).trim();
}

/** The same words whatever the case, quotes, spacing or closing punctuation: for repeated titles. */
export function sameHeadline(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .replace(/^#{1,6}\s+/, '')
      .toLowerCase()
      .replace(/[‘’]/g, "'")
      .replace(/[“”]/g, '"')
      .replace(/\s+/g, ' ')
      .replace(/[\s.!?:;,]+$/, '')
      .trim();
  return norm(a) !== '' && norm(a) === norm(b);
}
