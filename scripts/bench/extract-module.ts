/**
 * The extractor of a loaded `src/extract/index` module (this checkout's, another checkout's or dist's) as the
 * benches run it: one name splitter kept across all the articles, as a build's thread keeps it, when the
 * module has one (`nameSplitter`); older checkouts kept theirs in the module.
 */
import type { extractQuotes, nameSplitter } from '../../src/extract/index.js';
import type { Article, ExtractedQuote } from '../../src/model/types.js';

export interface ExtractModule {
  extractQuotes: typeof extractQuotes;
  nameSplitter?: typeof nameSplitter;
}

export function extractorOf(module: ExtractModule): (article: Article) => ExtractedQuote[] {
  const { extractQuotes, nameSplitter } = module;
  if (nameSplitter === undefined) return (article) => extractQuotes(article);
  const names = nameSplitter();
  return (article) => extractQuotes(article, { names });
}
