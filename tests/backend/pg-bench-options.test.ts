import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Runs scripts/bench/postgres.ts with `args`; resolves with its exit code and stderr (no database is reached). */
function bench(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'scripts', 'bench', 'postgres.ts'), ...args],
      { cwd: root, env: { ...process.env, NODE_OPTIONS: '' } },
      (error, _stdout, stderr) => resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stderr }),
    );
  });
}

describe('the PostgreSQL benchmark refuses options it cannot use before it touches a database', () => {
  it('refuses a kept database name that is not a plain identifier', async () => {
    const r = await bench(['--keep-database', 'Bad-Name; DROP', '--url', 'postgres://nobody@127.0.0.1:1/none']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("--keep-database 'Bad-Name; DROP' is not a plain database name");
  });

  it('refuses --keep-database beside --database', async () => {
    const r = await bench(['--keep-database', 'pgx_kept', '--database', 'other']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--keep-database names the database an ingest makes');
  });

  it('refuses a heap limit that is not a whole number of megabytes', async () => {
    const r = await bench(['--cli-heap-mb', '4g']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("--cli-heap-mb '4g' is not a whole number of megabytes");
  });
});
