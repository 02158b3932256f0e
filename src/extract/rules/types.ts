/**
 * The shape of an attribution rule: what it finds (a cue and a speaker phrase) and its name and confidence.
 */
import type { Cue, NounPhrase } from '../cues.js';
import type { QuoteContext } from '../context.js';

export interface RuleHit {
  /** The speech cue, or null for the subject rules that fire without one. */
  cue: Cue | null;
  speaker: NounPhrase;
}

/**
 * The windows a rule reads: the quotation's context, and where its sentence goes on past later
 * quotations, the tail after the last of them (`[start, end)`: from its closing mark to the sentence
 * end; `quoteAt`: where that quotation opens), e.g. `, said Jo Lee.` in `… found “no ties,” apart from a “casual” link, said Jo Lee.`
 */
export type RuleContext = QuoteContext & {
  /** Computed on demand: most quotations are attributed before the rule that reads it. */
  closingTail?: () => { start: number; end: number; quoteAt: number } | null;
};

export interface AttributionRule<Name extends string = string> {
  name: Name;
  confidence: number;
  find: (ctx: RuleContext) => RuleHit | null;
}

/** Cues that may stand before their subject (`"…," said Smith`, `mused the host`, `agrees Jo Lee`): intransitive speech verbs, past or present. */
