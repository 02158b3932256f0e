/**
 * Word-level comparison of two quotations: shared by statement grouping (are two reports the same words?)
 * and the quote check (how does a pasted quotation differ from the real one?).
 * Words are the search stage's folded terms (`Don’t` → `don` `t`, `Élysée` → `elysee`), so typography,
 * case and punctuation never count as a difference.
 */
import { termSpans, terms } from '../model/text.js';

/** Longer inputs are compared on their first this-many words: keeps one comparison bounded. */
export const MAX_ALIGNED_WORDS = 400;

/** The folded words of a text, at most {@link MAX_ALIGNED_WORDS}. */
export function comparableWords(text: string): string[] {
  const all = terms(text);
  return all.length > MAX_ALIGNED_WORDS ? all.slice(0, MAX_ALIGNED_WORDS) : all;
}

/** Length of the longest common subsequence of two word lists (two rolling rows); words as strings or as ids. */
export function commonWordCount(a: ArrayLike<string | number>, b: ArrayLike<string | number>): number {
  if (a.length === 0 || b.length === 0) return 0;
  let prev = new Uint16Array(b.length + 1);
  let row = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const ai = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      row[j] = ai === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    }
    [prev, row] = [row, prev];
  }
  return prev[b.length]!;
}

/** Where a short word list best fits inside a longer one: a local alignment. */
export interface LocalAlignment {
  /** Words of `a` matched to equal words of `b`. */
  matched: number;
  /** The aligned stretches of `a` and of `b`: `[aStart, aEnd)`, `[bStart, bEnd)`. */
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

const MATCH = 2;
const MISMATCH = -1;
const GAP = -1;

/**
 * Smith–Waterman over words: the stretch of `b` that `a` fits best, so that a remembered fragment is
 * compared with the part of the long quote it comes from, not with all of it
 * ("ready to provide political support" inside "We are ready to provide political support for these agreements").
 */
export function alignLocally(a: ArrayLike<string | number>, b: ArrayLike<string | number>): LocalAlignment {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return { matched: 0, aStart: 0, aEnd: 0, bStart: 0, bEnd: 0 };
  const w = m + 1;
  const score = new Int32Array((n + 1) * w);
  // 0 stop, 1 diagonal, 2 up (skip a word of a), 3 left (skip a word of b)
  const from = new Uint8Array((n + 1) * w);
  let best = 0;
  let bestI = 0;
  let bestJ = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const diag = score[(i - 1) * w + j - 1]! + (a[i - 1] === b[j - 1] ? MATCH : MISMATCH);
      const up = score[(i - 1) * w + j]! + GAP;
      const left = score[i * w + j - 1]! + GAP;
      let s = 0;
      let f = 0;
      if (diag > s) [s, f] = [diag, 1];
      if (up > s) [s, f] = [up, 2];
      if (left > s) [s, f] = [left, 3];
      score[i * w + j] = s;
      from[i * w + j] = f;
      if (s > best) [best, bestI, bestJ] = [s, i, j];
    }
  }
  let i = bestI;
  let j = bestJ;
  let matched = 0;
  while (i > 0 && j > 0 && from[i * w + j] !== 0) {
    const f = from[i * w + j];
    if (f === 1) {
      if (a[i - 1] === b[j - 1]) matched++;
      i--;
      j--;
    } else if (f === 2) i--;
    else j--;
  }
  return { matched, aStart: i, aEnd: bestI, bStart: j, bEnd: bestJ };
}

/** One step of a word diff: words kept, words only in the pasted text (`insert`), words only in the original (`delete`). */
export interface DiffOp {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

/**
 * A word diff from `original` to `pasted`, over the original's surface words (so the page shows the real
 * spelling) and the pasted text's own words. Consecutive steps of one kind are merged.
 */
export function diffWords(original: string, pasted: string): DiffOp[] {
  const o = termSpans(original).slice(0, MAX_ALIGNED_WORDS);
  const p = termSpans(pasted).slice(0, MAX_ALIGNED_WORDS);
  const n = o.length;
  const m = p.length;
  const w = m + 1;
  const table = new Uint16Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i * w + j] =
        o[i]!.term === p[j]!.term
          ? table[(i + 1) * w + j + 1]! + 1
          : Math.max(table[(i + 1) * w + j]!, table[i * w + j + 1]!);
    }
  }
  const ops: DiffOp[] = [];
  const push = (op: DiffOp['op'], text: string): void => {
    const last = ops[ops.length - 1];
    if (last && last.op === op) last.text += ` ${text}`;
    else ops.push({ op, text });
  };
  const surface = (text: string, s: { start: number; end: number }): string => text.slice(s.start, s.end);
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && o[i]!.term === p[j]!.term) {
      push('equal', surface(original, o[i]!));
      i++;
      j++;
    } else if (j < m && (i === n || table[i * w + j + 1]! >= table[(i + 1) * w + j]!)) {
      push('insert', surface(pasted, p[j]!));
      j++;
    } else {
      push('delete', surface(original, o[i]!));
      i++;
    }
  }
  return ops;
}
