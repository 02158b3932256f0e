/**
 * Serving from several processes (WEB_CONCURRENCY, src/server-cluster.ts): the workers share the port and the
 * index; a SIGHUP rebuild is loaded by every one of them before it counts as done, and SIGTERM stops them all.
 */
import { spawn } from 'node:child_process';
import { get } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/build/index.js';
import { finished, inventedArticle, repo, tempDir, waitFor, writeFiles } from './helpers.js';

let root: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir('cluster'));
});

afterAll(async () => {
  await cleanup();
});

/** The quote count of /api/health over a new connection each time (so the primary hands each to the next worker). */
function healthQuotes(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(`${url}/api/health`, { agent: false }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve((JSON.parse(body) as { quotes: number }).quotes));
    }).on('error', reject);
  });
}

describe('verbatim serve with WEB_CONCURRENCY=2', () => {
  it('a SIGHUP rebuild is served by both workers; SIGTERM stops the primary and every worker', async () => {
    const corpusDir = path.join(root, 'corpus');
    const indexDir = path.join(root, 'index');
    await writeFiles(corpusDir, { 'a30.txt': inventedArticle(30), 'a31.txt': inventedArticle(31) });
    await buildIndex({ corpusDir, outDir: indexDir });

    // Its own process group, so that what is left of it afterwards can be asked for.
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(repo, 'src', 'cli', 'main.ts'),
        'serve',
        '--port',
        '0',
        '--corpus',
        corpusDir,
        '--index',
        indexDir,
      ],
      {
        cwd: repo,
        env: { ...process.env, NO_COLOR: '1', HOST: '127.0.0.1', BASE_URL: '', WEB_CONCURRENCY: '2' },
        stdio: ['ignore', 'pipe', 'pipe'],
        detached: true,
      },
    );
    const done = finished(child);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    try {
      const url = await waitFor(
        () => /at (http:\/\/127\.0\.0\.1:\d+) \(2 processes\)/.exec(stdout)?.[1],
        'the workers to listen',
        30_000,
      );
      const before = await Promise.all(Array.from({ length: 8 }, () => healthQuotes(url)));
      expect(before).toEqual(Array(8).fill(6));

      await writeFiles(corpusDir, { 'a32.txt': inventedArticle(32) });
      child.kill('SIGHUP');
      // Logged by the primary only once every worker has loaded the new index and said how many quotes it serves.
      await waitFor(
        () => (/server: now serving 9 quotes/.test(stderr) ? true : undefined),
        'both workers to load the rebuilt index',
        60_000,
        50,
      );
      const after = await Promise.all(Array.from({ length: 8 }, () => healthQuotes(url)));
      expect(after).toEqual(Array(8).fill(9));
    } finally {
      child.kill('SIGTERM');
    }
    const run = await done;
    expect(run.code).toBe(0);
    expect(stderr).toMatch(/server: SIGTERM received, closing 2 workers/);
    // No process of the group is left: the workers ended with the primary.
    await waitFor(
      () => {
        try {
          process.kill(-child.pid!, 0);
          return undefined;
        } catch (error) {
          return (error as NodeJS.ErrnoException).code === 'ESRCH' ? true : undefined;
        }
      },
      'every worker to end',
      10_000,
      50,
    );
  }, 120_000);
});
