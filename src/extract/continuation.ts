/**
 * Continuation rules: a quotation no attribution rule speaks for, after an attributed one, may
 * continue its speaker. The rules are tried in table order; the first whose condition holds gives the
 * quotation the previous attribution, with its confidence scaled by the rule's factor.
 */
import { indexAt } from './document.js';
import type { DocumentLayout } from './document.js';

/** Where an unattributed quotation stands relative to the attributed one before it. */
export interface ContinuationScene {
  text: string;
  doc: DocumentLayout;
  /** Start of the quotation's paragraph. */
  paragraphStart: number;
  /** The quotation's opening mark. */
  openAt: number;
  /** Nothing but white space stands between the paragraph's start and the quotation. */
  opensParagraph: boolean;
  /** The previous quotation: its closing mark, and whether its attribution names somebody. */
  previous: { closeAt: number; named: boolean };
  /** Characters back over which a paragraph-opening quotation inherits the previous speaker. */
  reach: number;
}

export interface ContinuationRule<Name extends string = string> {
  name: Name;
  /** The previous attribution's confidence is multiplied by this. */
  factor: number;
  applies: (scene: ContinuationScene) => boolean;
}

/** Does a sentence start in `(from, to]`? */
function sentenceEndBetween(doc: DocumentLayout, from: number, to: number): boolean {
  const i = indexAt(doc.sentences, to);
  return doc.sentences[i]! > from;
}

/** Does the quotation opening at `openAt` open a sentence (after `.`, `!`, `?`, maybe a closing mark)? */
function opensSentenceAfter(text: string, pStart: number, openAt: number): boolean {
  let i = openAt - 1;
  while (i >= pStart && (text[i] === ' ' || text[i] === '\u00A0')) i--;
  if (i >= pStart && /["”’']/u.test(text[i]!)) i--;
  return i >= pStart && /[.!?]/u.test(text[i]!);
}

/** The continuation table: order matters; the first rule whose condition holds wins. */
export const CONTINUATION_RULES = [
  {
    // A paragraph that is only a quotation, right after an attributed one, continues it.
    name: 'continuation-paragraph',
    factor: 0.8,
    applies: (s) => s.opensParagraph && s.openAt - s.previous.closeAt <= s.reach,
  },
  {
    // `"It's tough," Lee said. They live far away. "That's a hard area."`: a sentence that is only a
    // quotation, in the paragraph of an attributed one, continues its speaker
    name: 'continuation-sentence',
    factor: 0.7,
    applies: (s) => s.previous.closeAt >= s.paragraphStart && opensSentenceAfter(s.text, s.paragraphStart, s.openAt),
  },
  {
    // `"…," Lee added. But that is not the same as "properly chargeable."`: a quotation in a later
    // sentence of the paragraph, with no speaker of its own, is still the paragraph's speaker's
    name: 'continuation-in-paragraph',
    factor: 0.5,
    applies: (s) =>
      s.previous.named &&
      s.previous.closeAt >= s.paragraphStart &&
      sentenceEndBetween(s.doc, s.previous.closeAt, s.openAt),
  },
] as const satisfies readonly ContinuationRule[];

/** The name of a continuation rule (`continuation-paragraph`): the `reason` of the attributions it gives. */
export type ContinuationRuleName = (typeof CONTINUATION_RULES)[number]['name'];

/** The first continuation rule whose condition holds for `scene`, or null. */
export function findContinuation(scene: ContinuationScene): ContinuationRule<ContinuationRuleName> | null {
  return CONTINUATION_RULES.find((rule) => rule.applies(scene)) ?? null;
}
