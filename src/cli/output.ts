/** How the commands write: paced output, one line per skipped input, progress, and failures in one line. */
import { once } from 'node:events';
import type { BuildProgress } from '../build/index.js';
import { IndexError, systemFailure } from '../store/errors.js';
import type { InputProblem } from '../model/types.js';

export interface CliIO {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** Standard input, for `verbatim extract -` (default: the process's). */
  stdin?: NodeJS.ReadableStream;
  /** Print the stack of an internal error (VERBATIM_DEBUG=1). */
  debug?: boolean;
  /** The environment the command's defaults come from (default: the process's, through src/config.ts). */
  env?: Record<string, string | undefined>;
}

/** Writes to a stream, waiting when its buffer is full so long outputs stream at the reader's pace. */
export async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** Collects output lines into moderate chunks before writing them. */
export function lineWriter(stream: NodeJS.WritableStream) {
  let pending: string[] = [];
  let size = 0;
  return {
    async line(text: string): Promise<void> {
      pending.push(text, '\n');
      size += text.length + 1;
      if (size >= 1 << 16) await this.flush();
    },
    async flush(): Promise<void> {
      if (pending.length === 0) return;
      const chunk = pending.join('');
      pending = [];
      size = 0;
      await write(stream, chunk);
    },
  };
}

/** A problem as one stderr line that names its file and line (most messages already do). */
function problemLine(problem: InputProblem): string {
  if (problem.message.includes(`'${problem.file}'`)) return problem.message;
  return `'${problem.file}'${problem.line !== null ? ` line ${problem.line}` : ''}: ${problem.message}`;
}

export async function reportProblems(io: CliIO, problems: InputProblem[]): Promise<void> {
  for (const problem of problems) await write(io.stderr, `${problemLine(problem)}\n`);
}

function progressText(p: BuildProgress): string {
  const quotes = p.quotes !== undefined ? `, ${p.quotes} quotes so far` : '';
  return p.phase === 'extract' ? `extract ${p.done}/${p.total} articles${quotes}` : `${p.phase} ${p.done}/${p.total}`;
}

/** A one-line progress bar on a terminal, redrawn at most ten times a second. */
export function progressBar(stream: CliIO['stderr']) {
  let last = 0;
  let drawn = false;
  return {
    update(p: BuildProgress): void {
      const now = Date.now();
      if (now - last < 100 && p.done !== p.total) return;
      last = now;
      const width = 30;
      const filled = p.total > 0 ? Math.round((p.done / p.total) * width) : 0;
      const quotes = p.quotes !== undefined ? `, ${p.quotes} quotes` : '';
      stream.write(
        `\r${p.phase.padEnd(8)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done}/${p.total}${quotes}\x1b[K`,
      );
      drawn = true;
    },
    clear(): void {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}

/**
 * Progress for a log or a pipe (no terminal): a plain line at most every `everyMs`, the first one `everyMs`
 * after the start, so a short build prints nothing and a long one shows it is alive.
 */
export function progressLines(stream: NodeJS.WritableStream, everyMs = 5000, now: () => number = Date.now) {
  let last = now();
  return {
    update(p: BuildProgress): void {
      const t = now();
      if (t - last < everyMs) return;
      last = t;
      stream.write(`index: ${progressText(p)}\n`);
    },
    clear(): void {},
  };
}

/**
 * A failure in one line: an index or file-system failure as it is (no stack: it is the machine's state, not a
 * bug); anything else is an internal error, with its stack only when asked for.
 */
export function failureLine(error: unknown, debug: boolean): string {
  if (error instanceof IndexError) return error.message;
  const failure = systemFailure(error);
  const file = (error as NodeJS.ErrnoException | null)?.path;
  if (failure !== null) return `verbatim: ${file ? `'${file}': ` : ''}${failure}`;
  const message = error instanceof Error ? error.message : String(error);
  if (debug && error instanceof Error && error.stack) return `verbatim: internal error: ${error.stack}`;
  return `verbatim: internal error: ${message.split('\n')[0]} (VERBATIM_DEBUG=1 shows where)`;
}
