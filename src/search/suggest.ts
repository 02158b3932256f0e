import type { Relaxation, SearchRequest } from './types.js';
import { isStopWord } from '../model/text.js';
import { formatQuery, parseQuery, type ParsedQuery, type QueryClause } from './query.js';
import { hasTerm, prefixExpansions } from './tables.js';
import { FUZZY_WEIGHT, type MatchContext } from './match.js';

/** Counts the results a request would give (same matching and filters, nothing else). */
export type CountResults = (
  parsed: ParsedQuery,
  request: Pick<SearchRequest, 'speakers' | 'publishers' | 'from' | 'to'>,
) => number;

/** At most this many "drop a word" queries are tried. */
const MAX_DROP_TRIES = 8;

/**
 * What to offer when nothing matched: the query with misspelt words corrected from the index
 * vocabulary, the query with one clause dropped, and filters that could be dropped. Every offer is
 * checked to give results before it is made.
 */
export function suggestAlternatives(
  ctx: MatchContext,
  parsed: ParsedQuery,
  request: SearchRequest,
  count: CountResults,
): { suggestions: string[]; relaxations: Relaxation[] } {
  const suggestions: string[] = [];
  const offer = (q: string): void => {
    if (q.trim() && !suggestions.includes(q) && count(parseQuery(q), request) > 0) suggestions.push(q);
  };

  let corrected = false;
  const spelled = parsed.clauses.map((clause): QueryClause => {
    if (clause.negated || clause.kind === 'phrase') return clause;
    const fixed = clause.terms.map((t) =>
      knownTerm(ctx, t, t === parsed.prefixWord) ? t : (closestTerm(ctx, t) ?? t),
    );
    if (fixed.every((t, i) => t === clause.terms[i])) return clause;
    corrected = true;
    return { ...clause, raw: fixed.join(' '), terms: fixed };
  });
  if (corrected) offer(formatQuery(spelled));

  if (parsed.clauses.length > 1) {
    for (let i = 0; i < parsed.clauses.length && i < MAX_DROP_TRIES; i++) {
      offer(formatQuery(parsed.clauses.filter((_, j) => j !== i)));
    }
  }

  const relaxations: Relaxation[] = [];
  const tryDrop = (
    drop: Relaxation['drop'],
    relaxed: Pick<SearchRequest, 'speakers' | 'publishers' | 'from' | 'to'>,
  ): void => {
    const total = count(parsed, relaxed);
    if (total > 0) relaxations.push({ drop, total });
  };
  if (request.speakers.length > 0) tryDrop('speakers', { ...request, speakers: [] });
  if (request.publishers.length > 0) tryDrop('publishers', { ...request, publishers: [] });
  if (request.from !== null || request.to !== null) tryDrop('dates', { ...request, from: null, to: null });
  return { suggestions, relaxations };
}

function knownTerm(ctx: MatchContext, term: string, isPrefix: boolean): boolean {
  if (isStopWord(term) || hasTerm(ctx.tables, term)) return true;
  return isPrefix && prefixExpansions(ctx.tables, term, 1).length > 0;
}

/**
 * The indexed term closest to a misspelt one (up to two edits): the variant whose matches would score
 * most, each weighted as a fuzzy match is (minisearch's suggestion score for a one-word query).
 */
function closestTerm(ctx: MatchContext, term: string): string | null {
  if (term.length < 3) return null;
  let best: string | null = null;
  let bestScore = 0;
  for (const [variant, distance] of ctx.terms.fuzzy(term, term.length >= 6 ? 2 : 1)) {
    const postings = ctx.terms.postings(variant, 'all');
    if (!postings) continue;
    let sum = 0;
    for (let j = 0; j < postings.scores.length; j++) sum += postings.scores[j]!;
    const score = (sum * FUZZY_WEIGHT * variant.length) / (variant.length + distance);
    if (score > bestScore) {
      best = variant;
      bestScore = score;
    }
  }
  return best;
}
