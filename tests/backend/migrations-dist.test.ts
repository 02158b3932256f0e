/**
 * The shipped form carries the PostgreSQL migrations: `verbatim db migrate` run from dist/ (the bin, `npm run
 * verbatim`) reads the SQL files beside the compiled migrate.js, which tsc does not emit; bin/build-dist.js copies
 * them. No database needed: the migrations dist/ lists are those of src/.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { listMigrations } from '../../src/backend/postgres/migrate.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

beforeAll(() => {
  // What `npm start` does first: compile when dist/ is missing or older than src/ (at once when current).
  const build = spawnSync(process.execPath, [path.join(repo, 'bin', 'build-dist.js'), '--if-stale'], {
    cwd: repo,
    encoding: 'utf8',
  });
  expect(build.status, build.stderr + build.stdout).toBe(0);
}, 300_000);

describe('the migrations in dist/', () => {
  it('are the ones of src/, found by the compiled migrate.js', async () => {
    const compiled = (await import(
      pathToFileURL(path.join(repo, 'dist', 'backend', 'postgres', 'migrate.js')).href
    )) as {
      listMigrations: typeof listMigrations;
    };
    const shipped = await compiled.listMigrations();
    const source = await listMigrations();
    expect(shipped.length).toBeGreaterThan(0);
    expect(shipped).toEqual(source);
  });
});
