import path from 'node:path';

export const REBUILD_HINT = "rebuild with 'verbatim index'";

/**
 * An index that cannot be used as it is: missing, corrupt, or of an unknown format (rebuilding fixes it),
 * or a build that cannot start. The message reads `index: <problem> — <what to do>`.
 */
export class IndexError extends Error {
  override name = 'IndexError';
  /** The problem alone, without the module prefix and the advice (`'index/quotes.jsonl' checksum mismatch`). */
  readonly problem: string;

  constructor(problem: string, hint: string = REBUILD_HINT) {
    super(`index: ${problem} — ${hint}`);
    this.problem = problem;
  }
}

/** A path as shown in messages: relative to the working directory when it lies below it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
