/**
 * Windows around quotations: sentence and paragraph bounds, and the joining of a quotation split
 * by its attribution (`"A," he said, "B."`) into one quotation with two pieces.
 */
import type { QuoteSpan } from './quote-spans.js';
import { findCues } from './cues.js';
import type { Cue } from './cues.js';
import { placeTermReason } from './terms.js';
import { paragraphEndAt, paragraphStartAt } from './document.js';
import { isSentenceEnd } from './sentence-end.js';
import { isSpaceUnit } from './chars.js';
import type { DocumentLayout } from './document.js';

/** The text around one quotation that the rules read. */
export interface QuoteContext {
  text: string;
  /** Every speech cue of the text, in order (the document's: `findCues` reads a window's). */
  cues: readonly Cue[];
  /** Before the first opening mark, back to the sentence start: `[beforeStart, openAt)`. */
  beforeStart: number;
  openAt: number;
  /** The sentence before the quotation's sentence (same paragraph, or a paragraph ending in `:`). */
  previousSentence: { start: number; end: number } | null;
  /**
   * The last sentence of the paragraph before, when the quotation opens its paragraph (and no
   * quotation stands in that sentence after its start): `…, says Jo Lee, who runs the scheme.` above a
   * paragraph that is only a quotation.
   */
  previousParagraph?: { start: number; end: number } | null;
  /** Between pieces (split quotations), as ranges. */
  between: Array<{ start: number; end: number }>;
  /** After the last closing mark, to the sentence end: `[closeAt, afterEnd)`. */
  closeAt: number;
  afterEnd: number;
  /** Whether a one-word name is known in the article as a person (`Rubio` after `Marco Rubio`). */
  isPerson?: (name: string) => boolean;
  /**
   * Where the quotation's sentence goes on past later quotations, the tail after the last of them (`[start,
   * end)`: from its closing mark to the sentence end; `quoteAt`: where that quotation opens), e.g. `, said Jo
   * Lee.` in `… found “no ties,” apart from a “casual” link, said Jo Lee.` Computed on demand: most quotations
   * are attributed before the rule that reads it.
   */
  closingTail?: () => { start: number; end: number; quoteAt: number } | null;
}

/**
 * How far (characters) the rules read before a quotation's opening mark, after its closing mark, and
 * back over the sentence before it. News sentences are far shorter; the bound keeps the cost of one
 * quotation constant on text without sentence ends (a megabyte on one line, unclosed marks).
 */
export const WINDOW_REACH = 500;

/** Start of the sentence holding `pos`, not before `floor`. */
export function sentenceStart(text: string, pos: number, floor: number): number {
  // (char codes compared: no one-character string read per step)
  for (let i = pos - 1; i > floor; i--) {
    if (text.charCodeAt(i) === 10) return i + 1;
    if (isSentenceEnd(text, i)) return i + 1;
  }
  return floor;
}

/** End of the sentence holding `pos`, not after `ceil`. */
export function sentenceEnd(text: string, pos: number, ceil: number): number {
  for (let i = pos; i < ceil; i++) {
    if (text.charCodeAt(i) === 10) return i;
    if (isSentenceEnd(text, i)) return i + 1;
  }
  return ceil;
}

/** A quotation with the quotation spans it is made of (more than one when split by its attribution). */
export interface QuoteGroup {
  spans: QuoteSpan[];
}

/**
 * Joins `"A," he said, "B."` and `"A," he said. "B."` into one group: the text between the two
 * is short, in one paragraph, and holds a speech cue.
 */
export function joinSplitQuotes(doc: DocumentLayout, spans: readonly QuoteSpan[]): QuoteGroup[] {
  const { text } = doc;
  const groups: QuoteGroup[] = [];
  for (const span of spans) {
    const last = groups[groups.length - 1];
    const prev = last?.spans[last.spans.length - 1];
    if (last && prev && prev.closed && span.openAt - prev.closeAt <= 90 && span.openAt > prev.closeAt) {
      const between = text.slice(prev.closeAt, span.openAt);
      // the comma may stand inside the closing mark (`"A," he said`), left out of the piece
      const prevTail = text.slice(prev.pieces[prev.pieces.length - 1]!.end, prev.closeAt);
      if (!between.includes('\n') && (/^\s*,/u.test(between) || prevTail.includes(','))) {
        // the text between is one attribution clause, not a further sentence (`…," X said. The crowd left. "…`)
        const clause = between.replace(/[,.:]\s*$/u, '');
        const oneClause = !/[.!?]\s+\p{Lu}/u.test(
          clause.replace(/\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|[A-Z])\.\s/gu, ''),
        );
        const cues = oneClause && /[,.:]\s*$/u.test(between) ? findCues(doc.cues, prev.closeAt, span.openAt) : [];
        if (
          cues.length > 0 &&
          !opensWithTitle(text, last.spans[0]!) &&
          !subjectBeforeFirst(text, last.spans[0]!, between, cues, prev.closeAt) &&
          !attributedAfter(doc, span)
        ) {
          last.spans.push(span);
          continue;
        }
      }
    }
    groups.push({ spans: [span] });
  }
  return groups;
}

/** Adverbs that may stand beside a cue with no subject of their own (`, later said:`). */
const CUE_ADVERB = /^(?:also|then|later|simply|only|again|just|now|once|further|quickly)$/iu;

/**
 * `Ann Roe, who wrote "Sunday Roads," said: "We …"`: the words between the two quotations are a cue alone (no
 * subject of their own, before or after the verb; a finite verb, not `adding`), and the first quotation stands
 * after words of its sentence —
 * so the cue's subject is before the first quotation, which is part of that subject (a title, a term), not the
 * first piece of the words the cue brings in. A split quotation names its speaker between its pieces
 * (`"A," Roe said, "B."`, `"A," said Roe, "B."`).
 */
function subjectBeforeFirst(
  text: string,
  first: QuoteSpan,
  between: string,
  cues: readonly { start: number; end: number }[],
  from: number,
): boolean {
  // the words between, the cues taken out: none but adverbs may remain
  let rest = '';
  let at = from;
  for (const c of cues) {
    rest += text.slice(at, c.start) + ' ';
    at = c.end;
  }
  rest += text.slice(at, from + between.length);
  for (const w of rest.split(/[^\p{L}\p{N}'’-]+/u)) if (w !== '' && !CUE_ADVERB.test(w)) return false;
  // `"A," adding, "B."`: a participle goes on with the subject of the sentence that holds the first quotation
  if (cues.some((c) => /^[\p{L}-]*ing(?![\p{L}])/iu.test(text.slice(c.start, c.end)))) return false;
  // words of the same sentence before the first quotation's opening mark
  const start = sentenceStart(text, first.openAt, Math.max(0, first.openAt - WINDOW_REACH));
  return /[\p{L}\p{N}]/u.test(text.slice(start, first.openAt));
}

/** How far after a quotation its own attribution clause is looked for (characters, within its sentence). */
const OWN_CLAUSE_REACH = 90;

/**
 * Does the quotation carry an attribution of its own after it, in its sentence (`"B," Tom Park said.`,
 * `"B?" he asked`)? Then it is not the second half of the quotation before it (`"A," Lee said. "B," Tom Park
 * said.` is two quotations by two people), whoever the cues name. A quotation that ends its sentence inside
 * its marks (`"B."`) has no clause after it: a cue after that starts another sentence.
 */
function attributedAfter(doc: DocumentLayout, span: QuoteSpan): boolean {
  const { text } = doc;
  if (!span.closed) return false;
  // the closing mark and what stands just inside it (the piece may or may not hold the final stop)
  const last = span.pieces[span.pieces.length - 1]!;
  if (/[.…]/u.test(text.slice(Math.max(last.start, span.closeAt - 4), span.closeAt))) return false;
  // its sentence, up to the next quotation
  let end = sentenceEnd(text, span.closeAt, Math.min(text.length, span.closeAt + OWN_CLAUSE_REACH));
  const nextMark = text.slice(span.closeAt, end).search(/["“]/u);
  if (nextMark >= 0) end = span.closeAt + nextMark;
  return findCues(doc.cues, span.closeAt, end).length > 0;
}

/**
 * Is the first quotation of a group a title or term by its place (`author of "The Open Sea," as Lee put
 * it, "…"`)? Then a cue after it attributes the next quotation, and the two are not one split quotation.
 */
function opensWithTitle(text: string, first: QuoteSpan): boolean {
  const piece = first.pieces[0]!;
  const before = text.slice(Math.max(0, first.openAt - 40), first.openAt);
  const nl = before.lastIndexOf('\n');
  return (
    placeTermReason({
      quoted: text.slice(piece.start, piece.end),
      before: nl < 0 ? before : before.slice(nl + 1),
      after: text.slice(first.closeAt, first.closeAt + 40),
    }) !== null
  );
}

/**
 * The windows the attribution rules read for one group, with the article's `isPerson` and the group's
 * `closingTail` when given: one object literal of one shape (a spread of it into a new object, at each
 * quotation, cost about 2 % of an extraction).
 */
export function quoteContext(
  doc: DocumentLayout,
  group: QuoteGroup,
  prevCloseAt: number,
  nextOpenAt: number,
  rule: Pick<QuoteContext, 'isPerson' | 'closingTail'> = {},
): QuoteContext {
  const { text } = doc;
  const first = group.spans[0]!;
  const last = group.spans[group.spans.length - 1]!;
  const pStart = paragraphStartAt(doc, first.openAt);
  const floor = Math.max(pStart, prevCloseAt, first.openAt - WINDOW_REACH);
  const beforeStart = sentenceStart(text, first.openAt, floor);
  const pEnd = paragraphEndAt(doc, last.closeAt);
  const ceil = Math.min(pEnd, nextOpenAt, last.closeAt + WINDOW_REACH);
  const afterEnd = sentenceEnd(text, last.closeAt, ceil);
  const between: Array<{ start: number; end: number }> = [];
  for (let i = 1; i < group.spans.length; i++)
    between.push({ start: group.spans[i - 1]!.closeAt, end: group.spans[i]!.openAt });
  let previousSentence: { start: number; end: number } | null = null;
  if (beforeStart > floor) {
    previousSentence = {
      start: sentenceStart(text, beforeStart - 1, Math.max(floor, beforeStart - WINDOW_REACH)),
      end: beforeStart,
    };
  } else if (
    beforeStart === pStart &&
    pStart > 0 &&
    /:\s*$/u.test(text.slice(Math.max(0, pStart - 3), pStart)) &&
    prevCloseAt < pStart
  ) {
    // a paragraph ending in a colon introduces the quotation below it
    let prevEnd = pStart;
    while (prevEnd > 0 && isSpaceUnit(text.charCodeAt(prevEnd - 1))) prevEnd--;
    const prevStart = Math.max(paragraphStartAt(doc, prevEnd), prevCloseAt, prevEnd - WINDOW_REACH);
    previousSentence = { start: sentenceStart(text, prevEnd, prevStart), end: prevEnd };
  }
  let previousParagraph: { start: number; end: number } | null = null;
  if (beforeStart === pStart && pStart > 0 && previousSentence === null) {
    let prevEnd = pStart;
    while (prevEnd > 0 && isSpaceUnit(text.charCodeAt(prevEnd - 1))) prevEnd--;
    const prevFloor = Math.max(paragraphStartAt(doc, prevEnd), prevEnd - WINDOW_REACH);
    const start = sentenceStart(text, prevEnd - 1, prevFloor);
    // a sentence holding the previous quotation (`"…," said Lee.`) is that quotation's attribution
    if (prevEnd > start && start >= prevCloseAt) previousParagraph = { start, end: prevEnd };
  }
  return {
    text,
    cues: doc.cues,
    beforeStart,
    openAt: first.openAt,
    previousSentence,
    previousParagraph,
    between,
    closeAt: last.closeAt,
    afterEnd,
    isPerson: rule.isPerson,
    closingTail: rule.closingTail,
  };
}
