import type { Quote } from './types.js';

/** The date a quote is placed at for sorting and ranges: when it was said, else when it was published. */
export function quoteDate(quote: Quote): string {
  return quote.saidAt?.value ?? quote.publishedAt ?? '';
}
