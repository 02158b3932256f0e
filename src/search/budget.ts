/**
 * A search's CPU budget: a deadline the engine's loops look at every few thousand steps, so one costly
 * query (many common words, phrases over long texts) is stopped instead of holding the only thread.
 */

/** Thrown when a search runs past its budget (`SearchRequest.budgetMs`); the web layer answers 503. */
export class SearchBudgetExceeded extends Error {
  constructor(readonly budgetMs: number) {
    super(`search: the query ran past its budget of ${budgetMs} ms`);
    this.name = 'SearchBudgetExceeded';
  }
}

/** A deadline in `performance.now()` time; `Infinity` (no budget) never expires. */
export interface Deadline {
  at: number;
  budgetMs: number;
}

export const NO_DEADLINE: Deadline = { at: Infinity, budgetMs: Infinity };

/** A deadline `budgetMs` from now; none when the budget is not a positive finite number. */
export function deadlineIn(budgetMs: number | undefined): Deadline {
  if (budgetMs === undefined || !Number.isFinite(budgetMs) || budgetMs <= 0) return NO_DEADLINE;
  return { at: performance.now() + budgetMs, budgetMs };
}

/** How many loop steps go between two looks at the clock (a power of two, minus one, as a mask). */
export const CHECK_EVERY = 4095;

/** Throws {@link SearchBudgetExceeded} when the deadline has passed. */
export function checkDeadline(deadline: Deadline): void {
  if (deadline.at !== Infinity && performance.now() > deadline.at) throw new SearchBudgetExceeded(deadline.budgetMs);
}
