/**
 * Windows around quotations: sentence and paragraph bounds, and the joining of a quotation split
 * by its attribution (`"A," he said, "B."`) into one quotation with two pieces.
 */
import type { QuoteSpan } from './quote-spans.js';
import type { QuoteContext } from './speakers.js';
import { findCues } from './cues.js';
import { isSentenceEnd } from './document.js';

export function paragraphStart(text: string, pos: number): number {
  const nl = text.lastIndexOf('\n', pos - 1);
  return nl + 1;
}

export function paragraphEnd(text: string, pos: number): number {
  const nl = text.indexOf('\n', pos);
  return nl < 0 ? text.length : nl;
}

/** Start of the sentence holding `pos`, not before `floor`. */
export function sentenceStart(text: string, pos: number, floor: number): number {
  for (let i = pos - 1; i > floor; i--) {
    if (text[i] === '\n') return i + 1;
    if (isSentenceEnd(text, i)) return i + 1;
  }
  return floor;
}

/** End of the sentence holding `pos`, not after `ceil`. */
export function sentenceEnd(text: string, pos: number, ceil: number): number {
  for (let i = pos; i < ceil; i++) {
    if (text[i] === '\n') return i;
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
export function joinSplitQuotes(text: string, spans: readonly QuoteSpan[]): QuoteGroup[] {
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
        const oneClause = !/[.!?]\s+\p{Lu}/u.test(clause.replace(/\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|[A-Z])\.\s/gu, ''));
        if (oneClause && /[,.:]\s*$/u.test(between) && findCues(text, prev.closeAt, span.openAt).length > 0) {
          last.spans.push(span);
          continue;
        }
      }
    }
    groups.push({ spans: [span] });
  }
  return groups;
}

/** The windows the attribution rules read for one group. */
export function quoteContext(text: string, group: QuoteGroup, prevCloseAt: number, nextOpenAt: number): QuoteContext {
  const first = group.spans[0]!;
  const last = group.spans[group.spans.length - 1]!;
  const pStart = paragraphStart(text, first.openAt);
  const floor = Math.max(pStart, prevCloseAt);
  const beforeStart = sentenceStart(text, first.openAt, floor);
  const pEnd = paragraphEnd(text, last.closeAt);
  const ceil = Math.min(pEnd, nextOpenAt);
  const afterEnd = sentenceEnd(text, last.closeAt, ceil);
  const between: Array<{ start: number; end: number }> = [];
  for (let i = 1; i < group.spans.length; i++) between.push({ start: group.spans[i - 1]!.closeAt, end: group.spans[i]!.openAt });
  let previousSentence: { start: number; end: number } | null = null;
  if (beforeStart > floor) {
    previousSentence = { start: sentenceStart(text, beforeStart - 1, floor), end: beforeStart };
  } else if (beforeStart === pStart && pStart > 0 && /:\s*$/u.test(text.slice(Math.max(0, pStart - 3), pStart)) && prevCloseAt < pStart) {
    // a paragraph ending in a colon introduces the quotation below it
    let prevEnd = pStart;
    while (prevEnd > 0 && /\s/u.test(text[prevEnd - 1]!)) prevEnd--;
    const prevStart = Math.max(paragraphStart(text, prevEnd), prevCloseAt);
    previousSentence = { start: sentenceStart(text, prevEnd, prevStart), end: prevEnd };
  }
  return { text, beforeStart, openAt: first.openAt, previousSentence, between, closeAt: last.closeAt, afterEnd };
}
