import { terms } from '../model/text.js';

/** At most this many terms (words, phrase words and exclusions together) are kept from a query. */
export const MAX_QUERY_TERMS = 32;
/** Longer input is cut before parsing: nobody types 4,000 characters into a search box. */
const MAX_QUERY_CHARS = 4_000;

/** One part of a query as the user typed it. */
export interface QueryClause {
  kind: 'word' | 'phrase';
  /** `-word` / `-"phrase"`: quotes matching it are left out. */
  negated: boolean;
  /** The clause as typed, without its `-` and quotation marks (for rebuilding query strings). */
  raw: string;
  /**
   * Its folded terms. A typed word can give several (`e-mail` → `e`, `mail`); they are all required,
   * but only a phrase requires them adjacent.
   */
  terms: string[];
}

/** A query split into what must, and must not, match. */
export interface ParsedQuery {
  clauses: QueryClause[];
  /** Required single terms, deduplicated, in typed order. */
  words: string[];
  /** Required phrases, each as its folded terms (two or more). */
  phrases: string[][];
  excludedWords: string[];
  excludedPhrases: string[][];
  /** The last required word when the query ends with it: it is matched as a prefix too (`infla` → `inflation`). */
  prefixWord: string | null;
  /** True when terms beyond {@link MAX_QUERY_TERMS} were dropped. */
  truncated: boolean;
}

// Straight, curly and low-9 double quotes all open or close a phrase.
const QUOTE_CHARS = new Set(['"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB']);
const CONTROL = /[\p{Cc}\p{Cf}]/gu;

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || /\s/u.test(c);
}

/**
 * Splits query text into words, `"exact phrases"`, `-excluded` words and `-"excluded phrases"`.
 * Never throws: an unbalanced quotation mark is ignored (what follows is read as words), control
 * characters are spaces, operators with nothing after them are dropped, and terms past
 * {@link MAX_QUERY_TERMS} are cut.
 */
export function parseQuery(q: string): ParsedQuery {
  const text = String(q ?? '')
    .slice(0, MAX_QUERY_CHARS)
    .replace(CONTROL, ' ');
  const clauses: QueryClause[] = [];
  let budget = MAX_QUERY_TERMS;
  let truncated = false;
  let endsWithWord = false;

  const push = (clause: Omit<QueryClause, 'terms'>, found: string[]): void => {
    if (found.length === 0) return;
    if (budget <= 0) {
      truncated = true;
      return;
    }
    const kept = found.slice(0, budget);
    if (kept.length < found.length) truncated = true;
    budget -= kept.length;
    // A "phrase" of one term is just an exact word.
    const kind = clause.kind === 'phrase' && kept.length === 1 ? 'word' : clause.kind;
    // Written out, not `{ ...clause, kind, terms }`: on Node 20 a spread copy given a new key survives minor
    // collections and is promoted (BENCH.md, "Thirteenth session: serve"), about 1 MB a scavenge here.
    clauses.push({ kind, negated: clause.negated, raw: clause.raw, terms: kept });
  };

  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (isSpace(c)) {
      i++;
      continue;
    }
    let negated = false;
    let j = i;
    if (c === '-' || c === '\u2212') {
      negated = true;
      j++;
    }
    const open = text[j];
    if (open !== undefined && QUOTE_CHARS.has(open)) {
      let close = j + 1;
      while (close < text.length && !QUOTE_CHARS.has(text[close]!)) close++;
      if (close < text.length) {
        const raw = text.slice(j + 1, close);
        push({ kind: 'phrase', negated, raw }, terms(raw));
        endsWithWord = false;
        i = close + 1;
        continue;
      }
      // Unbalanced quotation mark: skip it and read on as plain words.
      i = j + 1;
      continue;
    }
    let end = j;
    while (end < text.length && !isSpace(text[end]!) && !QUOTE_CHARS.has(text[end]!)) end++;
    const raw = text.slice(j, end);
    const found = terms(raw);
    push({ kind: 'word', negated, raw }, found);
    if (found.length > 0) endsWithWord = !negated;
    i = end;
  }

  const words: string[] = [];
  const phrases: string[][] = [];
  const excludedWords: string[] = [];
  const excludedPhrases: string[][] = [];
  for (const clause of clauses) {
    if (clause.kind === 'phrase') (clause.negated ? excludedPhrases : phrases).push(clause.terms);
    // `-e-mail` excludes the adjacent pair, not every quote with an `e` or a `mail` in it.
    else if (clause.negated) {
      if (clause.terms.length === 1) excludedWords.push(clause.terms[0]!);
      else excludedPhrases.push(clause.terms);
    } else for (const t of clause.terms) if (!words.includes(t)) words.push(t);
  }
  const last = clauses.at(-1);
  const prefixWord = endsWithWord && last && last.kind === 'word' && !last.negated ? (last.terms.at(-1) ?? null) : null;
  return { clauses, words, phrases, excludedWords, excludedPhrases, prefixWord, truncated };
}

/** Rebuilds query text from clauses (used to offer relaxed or corrected queries). */
export function formatQuery(clauses: readonly QueryClause[]): string {
  return clauses
    .map((c) => {
      const body = c.kind === 'phrase' ? `"${c.raw.trim()}"` : c.raw;
      return c.negated ? `-${body}` : body;
    })
    .join(' ');
}
