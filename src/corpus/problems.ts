import type { InputProblem } from '../model/types.js';

/**
 * Builds the one message shape every corpus problem uses, so a reader can jump to the input:
 * `corpus: 'news/x.jsonl' line 12: missing "text" field`.
 */
export function corpusProblem(file: string, line: number | null, what: string): InputProblem {
  const where = line === null ? `'${file}'` : `'${file}' line ${line}`;
  return { file, line, message: `corpus: ${where}: ${what}` };
}

/** Problems listed one by one per file; past this, a file's further problems are counted in one summary line. */
export const PROBLEMS_LISTED_PER_FILE = 100;

/** How many distinct reasons a summary line names (the most frequent first). */
const SUMMARY_REASONS = 3;

/** Distinct reasons counted for the summary; past this, further new reasons count as "other". */
const COUNTED_REASONS = 50;

/**
 * The problems of one file, bounded: the first `limit` are kept as they are, the rest only counted by
 * reason, so a file of a million bad records costs a hundred messages and one summary line, not a
 * million messages.
 */
export class FileProblems {
  private readonly kept: InputProblem[] = [];
  private readonly overflow = new Map<string, number>();
  private more = 0;

  constructor(
    readonly file: string,
    private readonly limit = PROBLEMS_LISTED_PER_FILE,
  ) {}

  /** Reports `reason` at `line`; `prefix` (e.g. `record 12: `) says where in the file when there are no lines. */
  add(line: number | null, reason: string, prefix = ''): void {
    if (this.kept.length < this.limit) {
      this.kept.push(corpusProblem(this.file, line, prefix + reason));
      return;
    }
    this.more += 1;
    const key = this.overflow.has(reason) || this.overflow.size < COUNTED_REASONS ? reason : 'other problems';
    this.overflow.set(key, (this.overflow.get(key) ?? 0) + 1);
  }

  /** Adds an already-built problem (its message kept as it is). */
  push(problem: InputProblem): void {
    if (this.kept.length < this.limit) this.kept.push(problem);
    else this.add(problem.line, problem.message.replace(/^corpus: '[^']*'(?: line \d+)?: /, '').replace(/^record \d+: /, ''));
  }

  get size(): number {
    return this.kept.length + this.more;
  }

  /** The kept problems, then one summary line for the rest, if any. */
  list(): InputProblem[] {
    if (this.more === 0) return this.kept.slice();
    const reasons = [...this.overflow.entries()].sort((a, b) => b[1] - a[1]);
    const named = reasons.slice(0, SUMMARY_REASONS).map(([reason, n]) => `${n.toLocaleString('en-US')} × ${reason}`);
    if (reasons.length > SUMMARY_REASONS) named.push('…');
    const summary = `… and ${this.more.toLocaleString('en-US')} more problems in this file, not listed one by one (${named.join('; ')})`;
    return [...this.kept, corpusProblem(this.file, null, summary)];
  }
}
