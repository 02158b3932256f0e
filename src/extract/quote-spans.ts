/**
 * Stage 1: find quotation spans.
 *
 * Two linear passes over the text. Double marks (“ ” " '' `` « » „) first, across paragraphs, so
 * that a quotation re-opened in each paragraph becomes one quotation with one piece per paragraph.
 * Then single marks (‘ ’ ') in the stretches left outside double quotations, where a mark only
 * counts when it flanks words the way a quotation mark does (not `Ukraine's`, `'90s`, `voters'`).
 * Marks nested inside a quotation are left to it: only top-level quotations come out.
 */

import { adSlotLine, teaserLine } from '../lexicon/page-furniture.js';
import { isLowerUnit, isSpaceUnit } from './chars.js';
import { isSentenceEnd } from './sentence-end.js';

/** A half-open range of the article text. */
export interface Range {
  start: number;
  end: number;
}

/** A quotation as found by its marks; offsets exclude the marks. */
export interface QuoteSpan {
  pieces: Range[];
  /** Where the first opening mark starts (or the first piece, for an unopened block). */
  openAt: number;
  /** Where the last closing mark ends (or the last piece ends, when unclosed). */
  closeAt: number;
  /** Whether the final closing mark was found. */
  closed: boolean;
  family: 'double' | 'single';
}

type Role = 'open' | 'close' | 'either';

interface Mark {
  pos: number;
  len: number;
  role: Role;
  /** The opening character, to pair German „ with “. */
  ch: string;
}

const SPACE = /\s/u;
/** Characters after which an opening mark may stand: `(“`, `—'`, ` "`. */
const OPEN_BEFORE = /[\s([{\-–—/:;,]/u;
/** Characters before which a closing mark may stand: `”.`, `',`, `"—`, `”[Source.]`. */
const CLOSE_AFTER = /[\s.,;:!?)[\]}\-–—/…]/u;
const WORDCHAR = /[\p{L}\p{N}]/u;
/** `,` `.` `!` `?` `…`: what ends a quotation's words just inside its closing mark. */
const CLOSING_PUNCTUATION: ReadonlySet<number> = new Set([44, 46, 33, 63, 0x2026]);
/** Elisions written with an opening apostrophe: `'90s`, `'em`, `'til`, `'cause`, `rock 'n' roll`. */
const ELISION_AFTER = /^(?:\d\d(?:s\b|\b)|em\b|til\b|tis\b|twas\b|cause\b|bout\b|n['’])/iu;

const isQuoteChar = (c: string | undefined): boolean => c !== undefined && `"“”‘’'«»„‟\``.includes(c);

function canOpen(text: string, pos: number, len: number): boolean {
  const prev = pos > 0 ? text[pos - 1] : undefined;
  const next = text[pos + len];
  if (next === undefined || SPACE.test(next)) return false;
  return prev === undefined || OPEN_BEFORE.test(prev) || isQuoteChar(prev);
}

/** Thin, hair and narrow no-break spaces: typography's spacing between two marks, not a word break. */
const isThinSpace = (c: string | undefined): boolean => c === '\u2009' || c === '\u200a' || c === '\u202f';

function canClose(text: string, pos: number, len: number): boolean {
  const prev = pos > 0 ? text[pos - 1] : undefined;
  const next = text[pos + len];
  if (prev === undefined) return false;
  // `…die?’ ”` written `…die?'\u2009"`: a thin space set between a nested mark and the outer closing one
  if (SPACE.test(prev) && !(isThinSpace(prev) && isQuoteChar(text[pos - 2]))) return false;
  return next === undefined || CLOSE_AFTER.test(next) || isQuoteChar(next);
}

/**
 * The code units `doubleMarks` reads (`"`, `'`, `` ` `` and `«` `»` `“` `”` `„` `‟`), searched for by the
 * regex engine: its native scan of a character class passes over the text several times faster than a loop
 * reading each char code (no `u` flag: code units, as the loop read them).
 */
const DOUBLE_MARK_UNIT = /["'`\u00ab\u00bb\u201c-\u201f]/g;
/** `'`, `‘`, `’`: the code units `singleMarks` reads, found the same way. */
const SINGLE_MARK_UNIT = /['\u2018\u2019]/g;

/** Position of the first code unit of `unit` (a global, non-`u` class) at or after `from`, or the text's length. */
function nextUnit(unit: RegExp, text: string, from: number): number {
  unit.lastIndex = from;
  return unit.test(text) ? unit.lastIndex - 1 : text.length;
}

/**
 * `nextUnit(SINGLE_MARK_UNIT, text, from)` for the ascending stretches of one text: the mark found last is
 * reused while `from` stays between the position asked before and it, so stretches holding no mark (each
 * search runs on past the stretch to the next mark) cost one scan of the text, not one each.
 */
function singleMarkFinder(text: string): (from: number) => number {
  let asked = -1;
  let found = -1;
  return (from) => {
    if (asked < 0 || from < asked || from > found) found = nextUnit(SINGLE_MARK_UNIT, text, from);
    asked = from;
    return found;
  };
}

/** Tokenises the double-family marks of `text`, in order. */
function doubleMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  const n = text.length;
  // most characters are no mark: only the code units that may be one are visited
  for (let i = nextUnit(DOUBLE_MARK_UNIT, text, 0); i < n; i = nextUnit(DOUBLE_MARK_UNIT, text, i + 1)) {
    const c = text[i]!;
    switch (c) {
      case '“':
      case '‟':
      case '«':
      case '„':
        marks.push({ pos: i, len: 1, role: 'open', ch: c });
        break;
      case '”':
      case '»':
        marks.push({ pos: i, len: 1, role: 'close', ch: c });
        break;
      case '"':
        marks.push({ pos: i, len: 1, role: 'either', ch: c });
        break;
      case '`':
        if (text[i + 1] === '`') {
          marks.push({ pos: i, len: 2, role: 'open', ch: '`' });
          i++;
        }
        break;
      case "'": {
        let j = i;
        while (j < n && text[j] === "'") j++;
        const run = j - i;
        if (run === 2) marks.push({ pos: i, len: 2, role: 'either', ch: "''" });
        // `'''`: a single nested in a double, closing (`Obama,'''`) or opening (`'''Tis`)
        else if (run === 3) {
          if (canClose(text, i, 3)) marks.push({ pos: i + 1, len: 2, role: 'close', ch: "''" });
          else if (canOpen(text, i, 3)) marks.push({ pos: i, len: 2, role: 'open', ch: "''" });
        }
        i = j - 1;
        break;
      }
      default:
        break;
    }
  }
  return marks;
}

function trimRange(text: string, start: number, end: number): Range {
  let s = start;
  let e = end;
  // (char codes: no one-character string and pattern per step)
  while (s < e && isSpaceUnit(text.charCodeAt(s))) s++;
  while (e > s && isSpaceUnit(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

/**
 * End of the paragraph containing `pos` (index of its newline, or the text length), for positions
 * asked in ascending order: the newline found last is reused while `pos` stays before it, so a long
 * line with many marks is scanned once, not once per mark.
 */
function paragraphEnds(text: string): (pos: number) => number {
  let from = -1;
  let end = -1;
  return (pos: number): number => {
    if (pos < from || pos > end) {
      const nl = text.indexOf('\n', pos);
      end = nl < 0 ? text.length : nl;
    }
    from = pos;
    return end;
  };
}

/** First non-space index at or after `pos`. */
/** The first position at or after `pos` (and before `end`, the text's end unless given) that is not white space. */
function skipSpace(text: string, pos: number, end = text.length): number {
  let i = pos;
  while (i < end && isSpaceUnit(text.charCodeAt(i))) i++;
  return i;
}

/** The first letters (lower-cased char codes) of the labels of `teaserLine` and `adSlotLine`. */
const FURNITURE_INITIALS: ReadonlySet<number> = new Set([...'aclmrsvw'].map((c) => c.charCodeAt(0)));

/** The longest line read as page furniture: a label and a teaser's title. */
const FURNITURE_LINE_MAX = 240;

/**
 * Is `[start, end)`, one line, page furniture set inside the article (`Story continues below advertisement`,
 * `WATCH: …`, `RELATED: …`)? Such a line is never inside a quotation: a quotation runs past it, and its own
 * marks open none.
 */
function isFurnitureLine(text: string, start: number, end: number): boolean {
  if (end - start > FURNITURE_LINE_MAX || end <= start) return false;
  // (most lines are told by their first letter: every label opens with one of `a c l m r s v w`)
  const first = skipSpace(text, start);
  if (first >= end || !FURNITURE_INITIALS.has(text.charCodeAt(first) | 0x20)) return false;
  const line = text.slice(start, end).trim();
  return teaserLine.test(line) || adSlotLine.test(line);
}

/**
 * For positions asked in ascending order: does the position stand on a furniture line? One test per line, and
 * a line longer than any furniture is told by its length.
 */
function furnitureLines(text: string): (pos: number) => boolean {
  let lineEnd = -1;
  let verdict = false;
  return (pos: number): boolean => {
    if (pos > lineEnd) {
      const nl = text.indexOf('\n', pos);
      lineEnd = nl < 0 ? text.length : nl;
      verdict =
        lineEnd - pos <= FURNITURE_LINE_MAX && isFurnitureLine(text, text.lastIndexOf('\n', pos - 1) + 1, lineEnd);
    }
    return verdict;
  };
}

/** Ranges of the text, sorted by start and not overlapping. */
type SortedRanges = readonly Range[];

/** Sorts `ranges` by start (a copy, unless already sorted). */
function sortedRanges(ranges: readonly Range[]): SortedRanges {
  for (let i = 1; i < ranges.length; i++)
    if (ranges[i]!.start < ranges[i - 1]!.start) return [...ranges].sort((a, b) => a.start - b.start);
  return ranges;
}

/** The range of `ranges` holding `pos`, or null (a binary search: the last range starting at or before `pos`). */
function rangeAt(ranges: SortedRanges, pos: number): Range | null {
  let lo = 0;
  let hi = ranges.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return null;
  const r = ranges[found]!;
  return pos < r.end ? r : null;
}

/**
 * Is the line `[start, end)` all inside one range of `skip` (the page furniture the corpus layout marked: a
 * caption, a widget, an editor's note)? A range over part of a line only (a date label glued to a paragraph)
 * leaves the line a paragraph.
 */
function isSkippedLine(text: string, skip: SortedRanges, start: number, end: number): boolean {
  if (skip.length === 0) return false;
  const r = rangeAt(skip, start);
  return r !== null && r.end >= trimRange(text, start, end).end;
}

/**
 * The first paragraph start at or after `pos` that is not a furniture line nor a line of the page furniture
 * in `skip` (skipping over any).
 */
function skipFurniture(text: string, pos: number, skip: SortedRanges): number {
  let start = skipSpace(text, pos);
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (start >= text.length || !(isFurnitureLine(text, start, end) || isSkippedLine(text, skip, start, end)))
      return start;
    start = skipSpace(text, end);
  }
}

/**
 * Is the break between `[from, end)` and the paragraph at `next` a line broken mid-sentence: the words before
 * it end on a letter, a digit or a comma, and the next paragraph opens with a lower-case letter?
 */
function isBrokenLine(text: string, from: number, end: number, next: number): boolean {
  if (next >= text.length || !isLowerUnit(text.charCodeAt(next))) return false;
  const before = trimRange(text, from, end);
  if (before.end <= before.start) return false;
  const last = text[before.end - 1]!;
  return last === ',' || WORDCHAR.test(last);
}

interface Open {
  mark: Mark;
  pieces: Range[];
  pieceStart: number;
  openAt: number;
}

/** A closing mark that pairs with `open`: German „ closes with “ too. */
function closes(mark: Mark, open: Mark, text: string): boolean {
  if (mark.role === 'close') return true;
  if (mark.role === 'either')
    return (
      canClose(text, mark.pos, mark.len) ||
      !canOpen(text, mark.pos, mark.len) ||
      // `"… to different audiences,"Katie Roe said`: the space after the closing mark was lost; a mark
      // written right after the open quotation's own final punctuation closes it (one straight
      // quotation does not open inside another)
      (mark.ch === open.ch && CLOSING_PUNCTUATION.has(text.charCodeAt(mark.pos - 1)))
    );
  // “ as a closer: after „, or written where a closer belongs (`word“ `)
  return mark.ch === '“' && (open.ch === '„' || (canClose(text, mark.pos, 1) && !canOpen(text, mark.pos, 1)));
}

/**
 * `"We are ready," he said`: a comma just inside the closing mark is the host sentence's punctuation,
 * not the speaker's words; the piece ends before it.
 */
function dropClosingComma(text: string, r: Range): Range {
  if (r.end - r.start < 2 || text[r.end - 1] !== ',') return r;
  return trimRange(text, r.start, r.end - 1);
}

/**
 * A word by which speakers name themselves or those they speak to (`I`, `we`, `our`, `you`): the words of a
 * quotation, seldom a reporter's. (`US`, in capitals, is the country.)
 */
const PERSONAL =
  /(?<![\p{L}\p{N}'’-])(?:I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself|[Ww]e|us|[Oo]ur|[Oo]urs|[Oo]urselves|[Yy]ou|[Yy]our|[Yy]ours|[Yy]ourself)(?![\p{L}\p{N}-])/u;

const PERSONAL_ALL = new RegExp(PERSONAL.source, 'gu');

/** A reporter's speech verb (`Jo Lee said`, `he added:`): a sentence holding one reports, it does not quote. */
const REPORTING_ALL =
  /(?<![\p{L}-])(?:said|says|added|adds|told|tells|explained|wrote|writes|according to)(?![\p{L}-])/gu;

/** `.`, `!`, `?` */
const isStopCode = (c: number): boolean => c === 46 || c === 33 || c === 63;

/**
 * Does a sentence end at `i`, before a space: its punctuation (`isSentenceEnd`), or a mark closing a nested
 * quotation right after it (`….’ `, `…?" `)?
 */
const endsSentenceAt = (text: string, i: number): boolean =>
  isStopCode(text.charCodeAt(i)) ? isSentenceEnd(text, i) : isQuoteChar(text[i]) && isStopCode(text.charCodeAt(i - 1));

/**
 * The words of a quotation whose closing mark is missing, without the narration after them. A closing mark
 * lost at a lost paragraph break lets the quotation run on over the reporter's sentences (`"I will give my
 * prize money to the appeal. Four other players have pledged theirs.`). Where the speaker says `I`, `we` or
 * `you`, the quotation keeps its sentences up to the last one that does (all of them when the last one
 * does); where no sentence does, it keeps those before the first that reports speech (`He added:`).
 */
/** A sentence's punctuation (maybe closing a nested quotation) before a space: where a sentence may end. */
const MAY_END = /[.!?]["'”’»]?\s/u;

/** Does a sentence end at `i` (its last character), before a space? */
const endsAt = (text: string, i: number): boolean => isSpaceUnit(text.charCodeAt(i + 1)) && endsSentenceAt(text, i);

/** The end of the sentence of `[from, end)` holding `from` (`end` for the last one). */
function sentenceEndFrom(text: string, from: number, end: number): number {
  for (let i = from; i < end - 1; i++) if (endsAt(text, i)) return i + 1;
  return end;
}

function withoutRunOn(text: string, r: Range): Range {
  const words = text.slice(r.start, r.end);
  // one sentence (most pieces): nothing to cut
  if (!MAY_END.test(words)) return r;
  let lastPersonal = -1;
  PERSONAL_ALL.lastIndex = 0;
  for (let m = PERSONAL_ALL.exec(words); m !== null; m = PERSONAL_ALL.exec(words)) lastPersonal = m.index;
  if (lastPersonal >= 0) {
    const end = sentenceEndFrom(text, r.start + lastPersonal, r.end);
    return end === r.end ? r : trimRange(text, r.start, end);
  }
  // no sentence in the first or second person: the sentence after the first that reports speech
  const firstEnd = sentenceEndFrom(text, r.start, r.end);
  if (firstEnd === r.end) return r;
  REPORTING_ALL.lastIndex = firstEnd - r.start;
  const report = REPORTING_ALL.exec(words);
  if (report === null) return r;
  let cut = firstEnd;
  for (let i = firstEnd; i < r.start + report.index; i++) if (endsAt(text, i)) cut = i + 1;
  return trimRange(text, r.start, cut);
}

/**
 * A reporter's past speech verb not itself quoting (`Roe said the club`, `Lee also revealed that`, not `people
 * said 'you …'`), or a reporter's participle of speech after a clause (`Roe was careful not to gloat, saying the
 * result was close`).
 */
const REPORTED =
  /(?:(?<![\p{L}-])(?:said|added|told|explained|wrote|revealed|warned|insisted|admitted|stated|claimed|confirmed)|,\s+saying)(?![\p{L}-])(?!\s*[,:]?\s*['‘"“])/u;

/** A verb of a reporter's attribution set inside a sentence: `, the agency said`, `, said Jo Lee`. */
const INSIDE_VERB = String.raw`(?:said|says|added|adds|told|tells|explained|warned|noted|insisted|admitted|stated|claimed|argued|wrote)`;
/** Whom such an attribution names: a pronoun, `the agency`, `a spokesman`, `Jo Lee`, `Mr Lee`. */
const INSIDE_SUBJECT = String.raw`(?:he|she|they|it|(?:the|a|an)(?:\s+[\p{Ll}-]+){1,3}|(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]+)`;
/** Words the verb may take before the sentence ends: `in its report`, `on Monday`, `reporters`, `the BBC`. */
const INSIDE_TAIL = String.raw`(?:\s+(?:in|on|at|to|from|during|after|before|last|this|yesterday|today|earlier|later)(?:\s+[^\s.!?,;:"“”]+){1,5}|\s+(?:reporters|journalists|(?:the\s+)?\p{Lu}[^\s.!?,;:"“”]*(?:\s+\p{Lu}[^\s.!?,;:"“”]*){0,3}))?`;
/**
 * `"… is likely to continue, the agency said in its report. Growth will slow …`: a reporter's attribution closing
 * a sentence inside a quotation whose closing mark is missing — the mark was lost before its comma.
 */
const ATTRIBUTION_INSIDE = new RegExp(
  String.raw`,\s+(?:${INSIDE_SUBJECT}\s+${INSIDE_VERB}|${INSIDE_VERB}\s+${INSIDE_SUBJECT})${INSIDE_TAIL}[.!?](?=\s|$)`,
  'u',
);

/** Does a capital letter (after any white space) stand at `i`, or nothing but white space before `end`? */
function capitalOrEnd(text: string, i: number, end: number): boolean {
  const j = skipSpace(text, i);
  return j >= end || /\p{Lu}/u.test(text[j]!);
}

/**
 * Where a single closing mark ends the double quotation `r` (its closing mark typed as a single one): a mark after a
 * sentence's final punctuation, before a capital or the end, with no single quotation open inside (`"… we always
 * think it's a bit more.' The orchestra plays on`). -1 when none does.
 */
function singleCloseAt(text: string, r: Range): number {
  let open = false;
  for (let i = r.start; i < r.end; i++) {
    const code = text.charCodeAt(i);
    if (code !== 39 && code !== 0x2018 && code !== 0x2019) continue;
    const prev = text[i - 1];
    const next = text[i + 1];
    // `it's`, `Lee’s`; `''` is a double mark
    if (
      prev === "'" ||
      next === "'" ||
      (prev !== undefined && next !== undefined && WORDCHAR.test(prev) && WORDCHAR.test(next))
    )
      continue;
    if (code !== 0x2019 && canOpen(text, i, 1) && !ELISION_AFTER.test(text.slice(i + 1, i + 6))) {
      open = true;
      continue;
    }
    if (code === 0x2018 || !canClose(text, i, 1)) continue;
    if (open) open = false;
    else if (isStopCode(text.charCodeAt(i - 1)) && capitalOrEnd(text, i + 1, r.end)) return i;
  }
  return -1;
}

/**
 * Where the words of the unclosed quotation `r` evidently end, its closing mark lost or mistyped: before a single
 * closing mark (`singleCloseAt`; `single` true) or before a reporter's attribution inside a sentence
 * (`ATTRIBUTION_INSIDE`). Null when neither shows.
 */
function lostCloseAt(text: string, r: Range): { at: number; single: boolean } | null {
  const single = singleCloseAt(text, r);
  const inside = ATTRIBUTION_INSIDE.exec(text.slice(r.start, single < 0 ? r.end : single));
  if (inside !== null) return { at: r.start + inside.index, single: false };
  return single < 0 ? null : { at: single, single: true };
}

/**
 * The words of the unclosed quotation `r`: up to its lost closing mark (`lostCloseAt`), where that shows, and
 * without the narration after them (`withoutRunOn`) — before an attribution inside a sentence too, which may close
 * a reporter's paraphrase after the quotation (`"We are concerned. This mirrored earlier concerns, it said.`).
 * `closeAt`: just past a mistyped single closing mark, or null where the quotation's range keeps running to the
 * paragraph's end or the next mark as before (moved before an attribution inside, `, he said`, the rules after a
 * quotation took that `he` for someone else than the cue before it named).
 */
function unclosedWords(text: string, r: Range): { words: Range; closeAt: number | null } {
  const lost = lostCloseAt(text, r);
  if (lost === null) return { words: withoutRunOn(text, r), closeAt: null };
  const words = trimRange(text, r.start, lost.at);
  if (lost.single) return { words, closeAt: lost.at + 1 };
  return { words: withoutRunOn(text, words), closeAt: null };
}

/**
 * `Lee added: "We won. "I was calm. Meanwhile Roe said the club was pleased. "Our …`: a piece running on from
 * the quotation into a reporter's sentence with a speech verb before the next opening mark — the first
 * quotation's close was lost, and the next mark opens another quotation.
 */
function reportsAfterQuote(text: string, piece: Range): boolean {
  if (lostCloseAt(text, piece) !== null) return true;
  const kept = withoutRunOn(text, piece);
  return kept.end < piece.end && REPORTED.test(text.slice(kept.end, piece.end));
}

/** How far before an opening mark an open parenthesis is looked for. */
const PAREN_LOOKBACK = 300;

/**
 * `(… among those who are “somewhat liberal), education (…) and …`: a quotation opened inside parentheses whose
 * closing mark is lost ends at the parenthesis that closes around it, not at the end of the paragraph.
 */
function withinParentheses(text: string, openAt: number, r: Range): Range {
  let depth = 0;
  for (let i = openAt - 1; i >= Math.max(0, openAt - PAREN_LOOKBACK); i--) {
    const c = text.charCodeAt(i);
    if (c === 10) break;
    if (c === 41) depth--;
    else if (c === 40 && ++depth > 0) break;
  }
  if (depth <= 0) return r;
  let inner = 0;
  for (let i = r.start; i < r.end; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) inner++;
    else if (c === 41 && inner-- === 0) return trimRange(text, r.start, i);
  }
  return r;
}

function finishDouble(text: string, o: Open, end: number, closeAt: number, closed: boolean, out: QuoteSpan[]): void {
  const trimmed = trimRange(text, o.pieceStart, end);
  const words = closed
    ? { words: dropClosingComma(text, trimmed), closeAt: null }
    : unclosedWords(text, o.pieces.length === 0 ? withinParentheses(text, o.openAt, trimmed) : trimmed);
  const last = words.words;
  // (the words after a mistyped closing mark are the reporter's: the quotation closes at that mark)
  const close = words.closeAt ?? closeAt;
  const pieces = last.end > last.start ? [...o.pieces, last] : o.pieces;
  if (pieces.length > 0) out.push({ pieces, openAt: o.openAt, closeAt: close, closed, family: 'double' });
}

/** Are the two marks after `k` closing marks in the same paragraph (`“ … “ … ” … ”`)? */
function isNestedPair(marks: readonly Mark[], k: number, paraEnd: number): boolean {
  const inner = marks[k + 1];
  const outer = marks[k + 2];
  return (
    inner !== undefined &&
    outer !== undefined &&
    inner.role === 'close' &&
    outer.role === 'close' &&
    outer.pos < paraEnd
  );
}

/**
 * `… who declined to be named."We were deceived."`: with no quotation open, a straight mark glued between a
 * sentence's final punctuation and a capital letter opens one (the space before it was lost), when the next mark,
 * in the same paragraph, can close it.
 */
function opensGlued(text: string, marks: readonly Mark[], k: number, paraEnd: number): boolean {
  const m = marks[k]!;
  if (m.len !== 1 || !isStopCode(text.charCodeAt(m.pos - 1)) || !/\p{Lu}/u.test(text[m.pos + 1] ?? '')) return false;
  const next = marks[k + 1];
  return next !== undefined && next.pos < paraEnd && next.role !== 'open' && canClose(text, next.pos, next.len);
}

/**
 * `… most of the delegates. ” In the case of Iowa, the race is over,” wrote the magazine.`: with no quotation open, a
 * closing curly mark standing alone between spaces opens one (typed for the opening mark) when the next mark, in
 * the same paragraph, closes it.
 */
function opensAlone(text: string, marks: readonly Mark[], k: number, paraEnd: number): boolean {
  const m = marks[k]!;
  if (m.ch !== '”' || !SPACE.test(text[m.pos - 1] ?? ' ') || !SPACE.test(text[m.pos + 1] ?? '')) return false;
  const next = marks[k + 1];
  return next !== undefined && next.pos < paraEnd && next.role === 'close' && canClose(text, next.pos, next.len);
}

/** Most curly pairs read past to find the straight mark closing around them (bounds the look-ahead). */
const NESTED_PAIRS = 8;

/**
 * Is the curly mark at `k` the opening of a pair nested in the straight quotation `open`: closed by the
 * next mark, a curly one, and, after any more curly pairs, a straight mark in the paragraph that can
 * close `open` (`"They call it “a tax” and “a levy” at once," she said`)?
 */
function isNestedCurly(text: string, marks: readonly Mark[], k: number, open: Open, paraEnd: number): boolean {
  if (open.mark.ch !== '"' || marks[k]!.ch !== '“') return false;
  for (let j = k + 1; j < marks.length && j <= k + 2 * NESTED_PAIRS; j += 2) {
    const inner = marks[j]!;
    if (inner.ch !== '”' || inner.pos >= paraEnd) return false;
    const next = marks[j + 1];
    // `"A CNN panel met. ⏎ "Lee defended the “term of endearment” line.`: a paragraph of a straight quotation
    // that opens each paragraph again and never closes (an excerpt of another outlet) holds curly pairs too
    if (next === undefined || next.pos >= paraEnd) return open.pieces.length > 0;
    if (next.ch === '"') return canClose(text, next.pos, next.len);
    if (next.ch !== '“') return false;
  }
  return false;
}

/** Most words a quotation nested with straight marks inside a straight one has (`the "Father of the House"`). */
const NESTED_WORDS = 10;

/**
 * Is the straight mark at `k` the opening of a short pair nested in the straight quotation `open`, typed with the
 * same marks (`"The "United States" is not holding anyone. They are held by the SDF," he wrote`)? It stands in the
 * middle of a sentence (after a word, not after a pause that opens a quotation), the next mark in the paragraph
 * closes it, and then the outer quotation shows it goes on: the mark after the pair closes (`…the SDF," he`), or
 * opens the next paragraph of the quotation after the paragraph's final punctuation, or, after a sentence's end in
 * the paragraph, re-opens a quotation whose words speak in the first or second person (`"I said he was going to
 * "fake" an injury. "He also agreed …`). A reporter's own term after a lost or stray mark (`productivity
 * "retirement … would need "significant" changes. He called …`) shows none of these.
 */
function isNestedStraight(text: string, marks: readonly Mark[], k: number, open: Open, paraEnd: number): boolean {
  const m = marks[k]!;
  if (open.mark.ch !== '"' || m.ch !== '"' || !canOpen(text, m.pos, 1) || canClose(text, m.pos, 1)) return false;
  let b = m.pos - 1;
  while (b > open.pieceStart && isSpaceUnit(text.charCodeAt(b))) b--;
  if (b <= open.pieceStart || !WORDCHAR.test(text[b]!)) return false;
  const inner = marks[k + 1];
  if (inner === undefined || inner.ch !== '"' || inner.pos >= paraEnd) return false;
  if (!canClose(text, inner.pos, 1) || canOpen(text, inner.pos, 1)) return false;
  const nested = text.slice(m.pos + 1, inner.pos).trim();
  if (nested === '' || nested.split(/\s+/u).length > NESTED_WORDS) return false;
  const after = marks[k + 2];
  if (after === undefined || after.ch !== '"') return false;
  const endsSentence = (end: number): boolean => /[.!?…]["'”’]?$/u.test(text.slice(inner.pos + 1, end).trimEnd());
  if (after.pos > paraEnd) {
    // the quotation's next paragraph, opened again
    return (
      after.pos === skipSpace(text, paraEnd, after.pos + 1) && canOpen(text, after.pos, 1) && endsSentence(paraEnd)
    );
  }
  if (canClose(text, after.pos, 1) && !canOpen(text, after.pos, 1)) return true;
  return (
    canOpen(text, after.pos, 1) && endsSentence(after.pos) && PERSONAL.test(text.slice(open.pieceStart, after.pos))
  );
}

/**
 * Is `piece`, opened by the mark at `openAt`, a partial quotation: words quoted inside the reporter's sentence (the
 * mark after a word), opening lower-case (`Lee said the plan was "a disaster.`)? News style carries a quotation open
 * into the next paragraph only when it is a full sentence of its own; a partial one left open at the paragraph's end
 * lost its closing mark there, and a mark opening the next paragraph opens another quotation (`"We will fight it,"
 * said Jo Roe.`).
 */
function isPartialPiece(text: string, openAt: number, piece: Range): boolean {
  if (piece.end <= piece.start || !isLowerUnit(text.charCodeAt(piece.start))) return false;
  let b = openAt - 1;
  while (b >= 0 && isSpaceUnit(text.charCodeAt(b))) b--;
  return b >= 0 && WORDCHAR.test(text[b]!);
}

/**
 * Pass 1: double-mark quotations, including multi-paragraph ones. The marks of page furniture (label lines, and
 * the ranges of `skip`: captions, widgets, notes) open and close nothing, and a quotation runs past such lines to
 * its next paragraph.
 */
function findDoubleQuotes(text: string, skip: SortedRanges): QuoteSpan[] {
  const onFurniture = furnitureLines(text);
  const marks = doubleMarks(text).filter(
    (m) => !onFurniture(m.pos) && (skip.length === 0 || rangeAt(skip, m.pos) === null),
  );
  const paragraphEnd = paragraphEnds(text);
  const out: QuoteSpan[] = [];
  let open: Open | null = null;
  let openParaEnd = -1;
  for (let k = 0; k < marks.length; k++) {
    const m = marks[k]!;
    // `"… the role they took was like an ⏎ agent provocateur ⏎ and perhaps …"`: a line broken in the middle of a
    // sentence (words set apart in the source) goes on in the next paragraph, which opens lower-case
    while (open !== null && m.pos > openParaEnd) {
      const next = skipFurniture(text, openParaEnd, skip);
      if (next >= m.pos || !isBrokenLine(text, open.pieceStart, openParaEnd, next)) break;
      const piece = trimRange(text, open.pieceStart, openParaEnd);
      if (piece.end > piece.start) open.pieces.push(piece);
      open.pieceStart = next;
      openParaEnd = paragraphEnd(next);
    }
    if (open !== null && m.pos > openParaEnd) {
      // The quotation ran to the end of its paragraph without closing. (A furniture line between two
      // paragraphs of a quotation is not one of them: the next paragraph is the one after it.)
      const nextStart = skipFurniture(text, openParaEnd, skip);
      const reopened = m.pos === nextStart && m.role !== 'close' && canOpen(text, m.pos, m.len);
      const piece = trimRange(text, open.pieceStart, openParaEnd);
      if (reopened && open.mark.ch === '"' && m.ch === '“' && open.pieces.length === 0) {
        // `"Reporters asked him about it. ⏎ “I won't say,” he said.`: a paragraph opened with a straight
        // mark and left open, then one opened with a curly mark, is a stray mark before prose, not the
        // first paragraph of one quotation (a quotation keeps its marks' style across paragraphs)
        open = { mark: m, pieces: [], pieceStart: m.pos + m.len, openAt: m.pos };
        openParaEnd = paragraphEnd(m.pos);
        continue;
      }
      if (
        reopened &&
        (lostCloseAt(text, piece) !== null || (open.pieces.length === 0 && isPartialPiece(text, open.openAt, piece)))
      ) {
        // `"… a bit more.' The band played on. ⏎ "Next …`: the paragraph's quotation closed before the paragraph
        // did (its mark mistyped or lost; lost, too, after a partial quotation); the next paragraph's mark opens
        // another
        finishDouble(text, open, openParaEnd, openParaEnd, false, out);
        open = { mark: m, pieces: [], pieceStart: m.pos + m.len, openAt: m.pos };
        openParaEnd = paragraphEnd(m.pos);
        continue;
      }
      if (reopened) {
        // “Para one …  ⏎ “Para two …”: one quotation, one piece per paragraph.
        if (piece.end > piece.start) open.pieces.push(piece);
        open.pieceStart = m.pos + m.len;
        openParaEnd = paragraphEnd(m.pos);
        continue;
      }
      const nextEnd = paragraphEnd(nextStart);
      if (
        m.pos < nextEnd &&
        m.role !== 'open' &&
        canClose(text, m.pos, m.len) &&
        nextStart < text.length &&
        lostCloseAt(text, piece) === null
      ) {
        // A block opened once and closed at the end of the next paragraph.
        if (piece.end > piece.start) open.pieces.push(piece);
        open.pieceStart = nextStart;
        openParaEnd = nextEnd;
      } else {
        finishDouble(text, open, openParaEnd, openParaEnd, false, out);
        open = null;
      }
    }
    if (open === null) {
      // `"“You don’t win states,” Lee said`: a straight mark doubling a curly opening one opens nothing
      if (m.ch === '"' && text[m.pos + 1] === '“') continue;
      if (
        m.role === 'close' &&
        !(m.ch === '”' && canOpen(text, m.pos, 1) && !canClose(text, m.pos, 1)) &&
        !opensAlone(text, marks, k, paragraphEnd(m.pos))
      )
        continue;
      if (m.role === 'either' && !canOpen(text, m.pos, m.len) && !opensGlued(text, marks, k, paragraphEnd(m.pos)))
        continue;
      open = { mark: m, pieces: [], pieceStart: m.pos + m.len, openAt: m.pos };
      openParaEnd = paragraphEnd(m.pos);
      continue;
    }
    if (closes(m, open.mark, text)) {
      finishDouble(text, open, m.pos, m.pos + m.len, true, out);
      open = null;
      continue;
    }
    // `“Lee's claim that the port “has to close” makes no sense,” Roe said`: a curly quotation nested
    // in a curly one with the same marks — the next two marks close, the inner one and then the outer
    if (m.role === 'open' && open.mark.role === 'open' && isNestedPair(marks, k, openParaEnd)) {
      k++;
      continue;
    }
    // `"Lee's claim that the port “has to close” makes no sense," Roe said`: curly marks nested in a
    // straight quotation, which closes after them
    if (isNestedCurly(text, marks, k, open, openParaEnd)) {
      k++;
      continue;
    }
    // `"The "United States" holds no one," he wrote`: straight marks nested in a straight quotation
    if (isNestedStraight(text, marks, k, open, openParaEnd)) {
      k++;
      continue;
    }
    // An opening mark while one is open: a paragraph break was lost (`… end." "Next …`),
    // or the earlier closing mark is missing. Sentence-final text before it keeps one quotation.
    const before = trimRange(text, open.pieceStart, m.pos);
    const lastChar = before.end > before.start ? text[before.end - 1]! : '';
    if (/[.!?…]/u.test(lastChar) && !reportsAfterQuote(text, before)) {
      if (before.end > before.start) open.pieces.push(before);
      open.pieceStart = m.pos + m.len;
    } else {
      // `… unless productivity rises "retirement programmes would need "significant" changes`: a straight mark opening in the
      // middle of a sentence a pair closed in the paragraph, after words of one sentence that end on no punctuation,
      // leaves the words before it with no known end — a stray mark, or a quotation whose close is lost in them
      const next = marks[k + 1];
      const stray =
        open.pieces.length === 0 &&
        open.mark.ch === '"' &&
        m.ch === '"' &&
        WORDCHAR.test(lastChar) &&
        // (words running over a sentence's end are cut there: `"only 10% of it. Dr Lee, … after "tremendous …`)
        !MAY_END.test(text.slice(before.start, before.end)) &&
        next !== undefined &&
        next.pos < paragraphEnd(m.pos) &&
        next.role !== 'open' &&
        canClose(text, next.pos, next.len) &&
        !canOpen(text, next.pos, next.len);
      if (!stray) finishDouble(text, open, m.pos, m.pos, false, out);
      open = { mark: m, pieces: [], pieceStart: m.pos + m.len, openAt: m.pos };
    }
    openParaEnd = paragraphEnd(m.pos);
  }
  if (open !== null) finishDouble(text, open, openParaEnd, openParaEnd, false, out);
  return out;
}

interface SingleMark {
  pos: number;
  open: boolean;
  close: boolean;
}

/** Single-mark candidates in `[from, to)`: apostrophes and elisions are left out. */
function singleMarks(text: string, from: number, to: number, next: (from: number) => number): SingleMark[] {
  const marks: SingleMark[] = [];
  for (let i = next(from); i < to; i = next(i + 1)) {
    const c = text[i]!;
    if (c === "'" && (text[i + 1] === "'" || text[i - 1] === "'")) continue;
    const prev = text[i - 1];
    const next = text[i + 1];
    // don't, Ukraine's, O'Brien
    if (prev !== undefined && next !== undefined && WORDCHAR.test(prev) && WORDCHAR.test(next)) continue;
    let open = c !== '’' && canOpen(text, i, 1);
    if (open && ELISION_AFTER.test(text.slice(i + 1, i + 6))) open = false;
    if (c === '’' && canOpen(text, i, 1) && !canClose(text, i, 1) && !ELISION_AFTER.test(text.slice(i + 1, i + 6)))
      open = true;
    const close = c !== '‘' && canClose(text, i, 1);
    if (open || close) marks.push({ pos: i, open, close });
  }
  return marks;
}

/**
 * Words that never follow a possessive (`voters' concerns`): after `s'` they follow a closing mark (`known as 'The
 * Invincibles' after winning all their games`).
 */
const NO_POSSESSED =
  /^(?:after|and|as|at|because|before|but|by|for|from|in|into|is|of|on|or|since|than|that|to|was|were|when|which|while|who|with)(?![\p{L}'’-])/u;

/** `voters' ` closes a quotation only when no later mark in the paragraph can. */
function isPossessive(text: string, pos: number): boolean {
  if (text[pos - 1] !== 's' || text[pos + 1] !== ' ' || !/[\p{Ll}]/u.test(text[pos + 2] ?? '')) return false;
  return !NO_POSSESSED.test(text.slice(pos + 2, pos + 10));
}

/** Most words a single-quoted subheading has. */
const SUBHEADING_WORDS = 5;

/**
 * A later paragraph that is only a short single-quoted phrase is a subheading set in headline style
 * (`'Relationships that last.'` between two paragraphs of prose), not a quotation.
 */
function isSubheading(text: string, paraStart: number, paraEnd: number, openAt: number, closeAt: number): boolean {
  if (paraStart === 0 || skipSpace(text, paraStart) !== openAt) return false;
  if (text.slice(closeAt, paraEnd).trim() !== '') return false;
  return (
    text
      .slice(openAt + 1, closeAt - 1)
      .trim()
      .split(/\s+/u).length <= SUBHEADING_WORDS
  );
}

/**
 * Does the paragraph `[start, end)` end a sentence, and the next paragraph with words (before `to`) open with a
 * single mark: the paragraph of a quotation re-opened there (`'The players' families came. ⏎ 'We won,' he said.`)?
 */
function reopensNext(text: string, start: number, end: number, to: number): boolean {
  const words = trimRange(text, start, end);
  if (words.end <= words.start || !/[.!?…]/u.test(text[words.end - 1]!)) return false;
  // (white space holds the blank lines between the paragraphs)
  const at = skipSpace(text, end, to);
  if (at >= to) return false;
  const c = text.charCodeAt(at);
  // (the one code unit asked is a mark: no search past it)
  return (c === 39 || c === 0x2018 || c === 0x2019) && singleMarks(text, at, at + 1, (f) => f).some((m) => m.open);
}

/** Pass 2: single-mark quotations inside one stretch of text outside double quotations. */
function findSingleQuotes(
  text: string,
  from: number,
  to: number,
  out: QuoteSpan[],
  paragraphEnd: (pos: number) => number,
  nextMark: (from: number) => number,
): void {
  let paraStart = from;
  // `Jo Lee said: 'We are ready. ⏎ 'Our members worked hard,' she added.`: a quotation left open at the end of a
  // paragraph whose next paragraph opens with a mark goes on there (the house style that quotes with single
  // marks re-opens each paragraph of one quotation, as with double ones)
  let pending: { openAt: number; pieces: Range[] } | null = null;
  while (paraStart < to) {
    let paraEnd = paragraphEnd(paraStart);
    if (paraEnd > to) paraEnd = to;
    if (skipSpace(text, paraStart, paraEnd) >= paraEnd || isFurnitureLine(text, paraStart, paraEnd)) {
      paraStart = paraEnd + 1;
      continue;
    }
    const marks = singleMarks(text, paraStart, paraEnd, nextMark);
    // closerAfter[k]: some mark after k closes without being a possessive, before any mark that only opens
    // (`from ‘Boasters’ and ‘Blasphemers’`: the mark after `Boasters` closes, the next quotation opens after it)
    const closerAfter: boolean[] = new Array<boolean>(marks.length).fill(false);
    for (let k = marks.length - 2; k >= 0; k--) {
      const next = marks[k + 1]!;
      closerAfter[k] =
        next.open && !next.close ? false : closerAfter[k + 1]! || (next.close && !isPossessive(text, next.pos));
    }
    let openAt = -1;
    // the quotation's first opening mark and its pieces in earlier paragraphs
    let origin = -1;
    let earlier: Range[] = [];
    let k = 0;
    const first = marks[0];
    if (pending !== null && first !== undefined && first.open && first.pos === skipSpace(text, paraStart, paraEnd)) {
      openAt = first.pos;
      origin = pending.openAt;
      earlier = pending.pieces;
      k = 1;
    }
    pending = null;
    for (; k < marks.length; k++) {
      const m = marks[k]!;
      if (openAt < 0) {
        if (m.open) {
          openAt = m.pos;
          origin = m.pos;
          earlier = [];
        }
        continue;
      }
      if (!m.close) continue;
      if (isPossessive(text, m.pos) && (closerAfter[k] || reopensNext(text, paraStart, paraEnd, to))) continue;
      const piece = dropClosingComma(text, trimRange(text, openAt + 1, m.pos));
      if (
        piece.end > piece.start &&
        (earlier.length > 0 || !isSubheading(text, paraStart, paraEnd, openAt, m.pos + 1))
      ) {
        out.push({ pieces: [...earlier, piece], openAt: origin, closeAt: m.pos + 1, closed: true, family: 'single' });
      }
      openAt = -1;
    }
    if (openAt >= 0) {
      const piece = trimRange(text, openAt + 1, paraEnd);
      if (
        piece.end > piece.start &&
        /[.!?…]$/u.test(text[piece.end - 1]!) &&
        (earlier.length > 0 || !isPartialPiece(text, openAt, piece))
      )
        pending = { openAt: origin, pieces: [...earlier, piece] };
    }
    paraStart = paraEnd + 1;
  }
}

/** A name line closing a pull quote: `Jo Lee.`, `Former mayor Jo Lee.`, `Jo Lee, city treasurer.` */
const NAME_LINE = /^(?:[\p{L}.’'-]+\s+){0,3}\p{Lu}[\p{L}.’'-]*\s+\p{Lu}[\p{L}’'-]+(?:,\s+[^.!?,]{1,60})?\.?$/u;
/** How many opening characters of a pull quote must occur elsewhere in the article. */
const PULL_ECHO = 30;

/**
 * A pull quote: a box that repeats words the article quotes elsewhere, its last paragraph naming the
 * speaker (`"We will rebuild the harbour. ⏎ Maria Lopez, mayor."`). The quotation stands in the text
 * already; the box is page furniture.
 */
function isPullQuote(text: string, q: QuoteSpan): boolean {
  if (q.pieces.length < 2) return false;
  const last = q.pieces[q.pieces.length - 1]!;
  if (last.end - last.start > 80 || !NAME_LINE.test(text.slice(last.start, last.end))) return false;
  const first = q.pieces[0]!;
  if (first.end - first.start < PULL_ECHO) return false;
  const echo = text.slice(first.start, first.start + PULL_ECHO);
  const at = text.indexOf(echo);
  return at !== first.start || text.indexOf(echo, first.start + 1) >= 0;
}

/**
 * Finds the top-level quotations of `text`, in text order, skipping any that start inside `skip`
 * ranges (page furniture).
 */
const NAME = String.raw`(?:\p{Lu}[\p{L}\p{M}’'-]*\s+){0,2}\p{Lu}[\p{L}\p{M}’'-]*`;
const SAY = String.raw`(?:said|says|added|adds|told|explained|continued|insisted|admitted|commented|replied|stated|noted)`;
/** `Jo Lee added: "`: a name and a speech verb right before a colon opening a quotation; group 1 the name. */
const NAME_SAID_COLON = new RegExp(String.raw`(?:^|[\n.!?]\s*|\s)(${NAME})\s+${SAY}\s*:\s*$`, 'u');
/** `," said Mara Quist.` or `," Mara Quist said.` after a quotation's closing mark; group 1 or 2 the name. */
const NAME_SAID_AFTER = new RegExp(String.raw`^\s*(?:${SAY}\s+(${NAME})\s*[.,;]|(${NAME})\s+${SAY}(?![\p{L}]))`, 'u');
const PRONOUN = /^(?:He|She|They|It|We|I|You)$/u;

/** The words of a name, or null for none or a pronoun. */
function nameWords(name: string | undefined): string[] | null {
  if (name === undefined || PRONOUN.test(name)) return null;
  return name.split(/\s+/u);
}

/**
 * `Jo Lee added: "We won. ⏎ "We kept going. ⏎ "We were unlucky," said Mara Quist.`: a quotation opened after
 * one named speaker's colon, left open paragraph after paragraph (its close lost), whose last paragraph
 * closes before another name's cue, is two quotations — the last paragraph is the other speaker's.
 */
function splitLostClose(text: string, q: QuoteSpan): QuoteSpan[] {
  if (!q.closed || q.pieces.length < 2) return [q];
  const last = q.pieces[q.pieces.length - 1]!;
  // (the last paragraph leans on a cue after it: `…," said`, not `…." Lee said later`)
  if (!/[,?!]/u.test(text.slice(last.end, q.closeAt))) return [q];
  const markAt = last.start - 1;
  if (!'"“'.includes(text[markAt] ?? '') || !/\n\s*$/u.test(text.slice(Math.max(0, markAt - 4), markAt))) return [q];
  const before = NAME_SAID_COLON.exec(text.slice(Math.max(0, q.openAt - 80), q.openAt));
  const after = NAME_SAID_AFTER.exec(text.slice(q.closeAt, q.closeAt + 80));
  const opener = nameWords(before?.[1]);
  const closer = nameWords(after?.[1] ?? after?.[2]);
  if (opener === null || closer === null || closer.some((w) => opener.includes(w))) return [q];
  const earlier = q.pieces.slice(0, -1);
  return [
    { ...q, pieces: earlier, closeAt: earlier[earlier.length - 1]!.end, closed: false },
    { ...q, pieces: [last], openAt: markAt },
  ];
}

/** Most words a single-quoted term has (`'chip and pin' cards`). */
const TERM_WORDS = 3;

/**
 * A determiner right before a quoted stretch: `this 'put'`, `an 'opening bid'` (not `that`, which may open a clause;
 * nor a name's possessive, which tells whose word it is: `the president's 'pivot' to Asia`).
 */
const DETERMINER_BEFORE = /(?<![\p{L}\p{N}'’-])(?:the|a|an|this|these|those|its|his|their|whose)\s+$/iu;

/**
 * Words that go on a sentence after a quotation (`'cheated' during the match`, `'put' is valid`, `'offshore' if
 * costs rise`) and so are no noun the quoted words modify.
 */
const SENTENCE_GOES_ON = new Set(
  (
    'a about above across after again against all along already also am among an and any are around as at ' +
    'be because been before behind being below between beyond both but by can could despite did do does down ' +
    'during each either even ever every except for from had has have he her here him his how however if in ' +
    'including inside instead into is it its just last least less like many may me might more most much must ' +
    'my near neither never next no nor not now of off on once only onto or our out outside over per rather ' +
    'said say says she should since so some such than that the their them then there these they this those ' +
    'though through throughout thus till to today told too toward towards under unless until up upon us very ' +
    'via was we were what when where whether which while who whom whose why will with within without would ' +
    'yesterday yet you your'
  ).split(' '),
);

/**
 * End of the text's first line when it reads as a headline (short, one sentence, a paragraph of its own), else 0. A
 * headline quotes speech with single marks in the house style that quotes with double ones in its body (`Lee
 * slams 'reckless' plan`).
 */
function headlineEnd(text: string): number {
  const nl = text.indexOf('\n');
  if (nl < 0 || nl > 200) return 0;
  return /[.!?]["”’']?\s+\p{Lu}/u.test(text.slice(0, nl)) ? 0 : nl;
}

/** The lower-case word right after a closing mark and a space (not a link's scheme, `https:`), or null. */
const WORD_AFTER = /^[ \u00a0]+(\p{Ll}[\p{Ll}-]*)(?![\p{L}\p{N}'’:])/u;

/**
 * Is the single-quoted stretch `q` a term set apart in a house style that quotes speech with double marks (a scare
 * quote, a coinage, a name): a few words with no punctuation of speech, inside a noun phrase — after a determiner
 * (`claims that this 'put' is valid`, `an 'opening bid'`) or before the noun they modify (`'card-not-present'
 * fraud`, `his 'silence' gesture`)? A headline is left alone (`headlineEnd`).
 */
function isSingleQuotedTerm(text: string, q: QuoteSpan): boolean {
  if (q.family !== 'single' || q.pieces.length !== 1) return false;
  // (the words between the marks, with any comma or period the piece leaves out: `as 'cheating,' prompting`)
  const words = text.slice(q.openAt + 1, q.closeAt - 1);
  if (/[.!?,;:…"“”]/u.test(words) || words.split(/\s+/u).length > TERM_WORDS) return false;
  if (DETERMINER_BEFORE.test(text.slice(Math.max(0, q.openAt - 30), q.openAt))) return true;
  const after = WORD_AFTER.exec(text.slice(q.closeAt, q.closeAt + 40));
  if (after === null) return false;
  const word = after[1]!;
  // (`'wardrobe malfunction' encouraged`, `'dirty' politically`: a verb or an adverb, not a noun)
  return !SENTENCE_GOES_ON.has(word) && !/(?:ed|ly)$/u.test(word);
}

export function findQuoteSpans(text: string, skip: readonly Range[] = []): QuoteSpan[] {
  const ranges = sortedRanges(skip);
  // (a loop, not `filter` and `flatMap`: flatMap's generic flattening of a one-element array per quotation cost
  // more than the tests)
  const doubles: QuoteSpan[] = [];
  for (const q of findDoubleQuotes(text, ranges)) {
    if (isPullQuote(text, q)) continue;
    const split = splitLostClose(text, q);
    if (split.length === 1) doubles.push(split[0]!);
    else for (const part of split) doubles.push(part);
  }
  const all: QuoteSpan[] = [...doubles];
  const paragraphEnd = paragraphEnds(text);
  // (one finder for the stretches between the double quotations, which come in text order)
  const nextMark = singleMarkFinder(text);
  let cursor = 0;
  for (const q of doubles) {
    if (q.openAt > cursor) findSingleQuotes(text, cursor, q.openAt, all, paragraphEnd, nextMark);
    cursor = Math.max(cursor, q.closeAt);
  }
  if (cursor < text.length) findSingleQuotes(text, cursor, text.length, all, paragraphEnd, nextMark);
  // where speech is quoted with double marks, a few single-quoted words inside a noun phrase are a term
  const headEnd = headlineEnd(text);
  const found = doubles.some((q) => q.closed)
    ? all.filter((q) => q.openAt < headEnd || !isSingleQuotedTerm(text, q))
    : all;
  found.sort((a, b) => a.openAt - b.openAt);
  if (skip.length === 0) return found;
  return found.filter((q) => rangeAt(ranges, q.openAt) === null);
}
