/**
 * Why an attribution was given: the name of the attribution rule or continuation rule that gave it,
 * or `none`. Derived from the rule tables, so a reason is always the name of a rule in them.
 */
import type { Attribution, ExtractedQuote } from '../model/types.js';
import type { AttributionRuleName } from './rules/index.js';
import type { ContinuationRuleName } from './continuation.js';

export type AttributionReason = AttributionRuleName | ContinuationRuleName | 'none';

/** An attribution as the extractor gives it: its reason is a rule's name. */
export type ExtractedAttribution = Attribution<AttributionReason>;

/** A quotation as the extractor gives it. */
export type ReasonedQuote = ExtractedQuote<AttributionReason>;
