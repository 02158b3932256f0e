/** The `verbatim` command in a process of its own, as an operator runs it, against a test database. */
import { execFile } from 'node:child_process';
import path from 'node:path';

export const repo = path.resolve(import.meta.dirname, '..', '..');
/** The CLI through tsx, from this checkout's sources: the executable, then its arguments before the command's. */
export const cli = [process.execPath, '--import', 'tsx', path.join(repo, 'src', 'cli', 'main.ts')] as const;

/** Runs `verbatim ARGS` with DATABASE_URL set; resolves with its exit code and output, never rejects. */
export function runCli(args: string[], databaseUrl: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      cli[0],
      [...cli.slice(1), ...args],
      { cwd: repo, env: { ...process.env, DATABASE_URL: databaseUrl } },
      (error, stdout, stderr) => {
        resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}
