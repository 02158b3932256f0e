/**
 * Records of the time stage: calendar days, clock times, a rule's hit and the rule table's shape.
 */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export interface Clock {
  h: number;
  min: number;
}

/** What one matched time expression says, before choosing among several. */
export interface TimeHit {
  rule: string;
  start: number;
  end: number;
  clock?: Clock;
  /** An explicit zone written after the clock: a fixed offset or an IANA zone. */
  offset?: string;
  zone?: string;
  day?: Ymd;
  month?: { y: number; m: number };
  /**
   * A stretch of days the expression places the speech in, no finer (`last week`, `three weeks ago`, `in
   * 2004`, `in a 2015 interview`): its month when the stretch lies in one month, else no date at all.
   */
  span?: { from: Ymd; to: Ymd };
  /** True when the expression only places the quote relative to the publication date (`on Tuesday`, `yesterday`). */
  relative?: boolean;
  /** A relative day in an article without a publication date: the quote's day is unknown. */
  unresolved?: boolean;
}

export interface RuleContext {
  /** The article date, when known (precision day). */
  articleDay: Ymd | null;
  /** The article month, when at least that is known. */
  articleMonth: { y: number; m: number } | null;
  /**
   * The day a year-less date (`On Aug. 28`) takes its year from: the article date, else the event
   * date of the lead (see `leadEventDay`). Relative words (`on Tuesday`) never read it.
   */
  yearDay: Ymd | null;
}

/**
 * Where a rule's matches can begin: at an ASCII digit that no digit precedes (`digit`: any run of digits;
 * `digits-1-2`: a run of one or two; `digits-4-hyphen`: a run of four followed by `-`), or at the start of a
 * word (no `[A-Za-z0-9_]` before it) that begins with one of the listed words, compared as the pattern's `i`
 * flag says. The pattern is tried only there, not at every offset of the article.
 */
export type RuleOpening = DigitOpening | readonly string[];
export type DigitOpening = 'digit' | 'digits-1-2' | 'digits-4-hyphen';

/** A time expression rule: a named pattern and what a match means. Null from `read` drops the match. */
export interface TimeRule {
  name: string;
  pattern: RegExp;
  /** Every match of `pattern` begins at such an offset (tests/time/rule-openings.test.ts checks it). */
  opensWith: RuleOpening;
  /**
   * True when every match's opening word is a whole word: no `[A-Za-z0-9_]` follows it (`in` of `in May`,
   * never of `into`). Words that merely begin so (`and`, `then`, `Inside`) are then not tried at all.
   */
  wholeOpeningWords?: boolean;
  /**
   * True when every match's whole opening word is followed by white space and an ASCII digit (`a 2015
   * interview`): the word is then an opening only there. Needs `wholeOpeningWords`.
   */
  digitAfterOpeningWord?: boolean;
  read: (match: RegExpExecArray, ctx: RuleContext) => Omit<TimeHit, 'rule' | 'start' | 'end'> | null;
}
