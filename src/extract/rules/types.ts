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

/** The windows a rule reads: the quotation's context (src/extract/context.ts), its sentence's closing tail included. */
export type RuleContext = QuoteContext;

export interface AttributionRule<Name extends string = string> {
  name: Name;
  confidence: number;
  find: (ctx: RuleContext) => RuleHit | null;
}

/** Cues that may stand before their subject (`"…," said Smith`, `mused the host`, `agrees Jo Lee`): intransitive speech verbs, past or present. */
