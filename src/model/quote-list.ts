/**
 * The quotes of an index by slot, as the build's later stages read them: a plain array, or quotes held on disk
 * (src/build/quote-spill.ts) and decoded when asked. The columns a stage compares many times (ids, dates,
 * positions) are asked for apart, so a sort never decodes a record.
 */
import { quoteDate } from './quote-date.js';
import type { Quote } from './types.js';

export interface QuoteList extends Iterable<Quote> {
  readonly length: number;
  /** The quote in a slot: a fresh object when decoded, which the list does not keep. */
  at(slot: number): Quote;
  /** `at(slot).id`, without decoding. */
  idAt(slot: number): string;
  /** `quoteDate(at(slot))`, without decoding. */
  dateAt(slot: number): string;
  /** `at(slot).articleId`, without decoding. */
  articleIdAt(slot: number): string;
  /** `at(slot).speakerId`, without decoding. */
  speakerIdAt(slot: number): string | null;
  /** `at(slot).start`, without decoding. */
  startAt(slot: number): number;
  /** `at(slot).kind === 'full'`, without decoding. */
  fullAt(slot: number): boolean;
}

/** `quotes` as a {@link QuoteList} (a list is given back as it is). */
export function quoteList(quotes: readonly Quote[] | QuoteList): QuoteList {
  if (!Array.isArray(quotes)) return quotes as QuoteList;
  const array = quotes as readonly Quote[];
  return {
    length: array.length,
    at: (slot) => array[slot]!,
    idAt: (slot) => array[slot]!.id,
    dateAt: (slot) => quoteDate(array[slot]!),
    articleIdAt: (slot) => array[slot]!.articleId,
    speakerIdAt: (slot) => array[slot]!.speakerId,
    startAt: (slot) => array[slot]!.start,
    fullAt: (slot) => array[slot]!.kind === 'full',
    [Symbol.iterator]: () => array[Symbol.iterator](),
  };
}
