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

/**
 * A build refused before any work because its folders are given wrong (`--out` is not a folder Verbatim may
 * replace, or it overlaps the corpus): changing `--corpus`/`--out` fixes it. The CLI exits 2 on it.
 */
export class BuildRefusedError extends IndexError {
  override name = 'BuildRefusedError';
}

/** File-system failures that are the machine's state, not a bug: reported in one line, never with a stack. */
const SYSTEM_FAILURES: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on device',
  EDQUOT: 'disk quota exceeded',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'is a folder',
  EEXIST: 'already exists',
  ENOENT: 'no such file or folder',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EIO: 'input/output error',
  ENAMETOOLONG: 'name too long',
  EBUSY: 'resource busy',
  EADDRINUSE: 'address already in use',
};

/** `no space left on device (ENOSPC)` for a file-system failure Verbatim expects, or null for anything else. */
export function systemFailure(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (typeof code !== 'string' || !(code in SYSTEM_FAILURES)) return null;
  return `${SYSTEM_FAILURES[code]} (${code})`;
}
