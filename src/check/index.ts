/**
 * The quote check: does a circulating quotation match what the index holds, and who really said it?
 */
export { checkQuote, resolveClaimedSpeaker, defaultCheckOptions } from './check.js';
export type {
  CheckMatch,
  CheckOptions,
  CheckRequest,
  CheckResult,
  CheckVerdict,
  MatchVerdict,
  SpeakerRef,
} from './check.js';
export { parsePastedQuote, type PastedQuote } from './parse.js';
