import path from 'node:path';

/** An index that cannot be used as it is: missing, corrupt, or of an unknown format. Rebuilding fixes it. */
export class IndexError extends Error {
  override name = 'IndexError';
}

/** A path as shown in messages: relative to the working directory when it lies below it. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

export const REBUILD_HINT = "rebuild with 'verbatim index'";
