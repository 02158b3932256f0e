/**
 * A rebuild runs off the serving thread: while the build of a slow corpus file is under way (its load phase
 * has started and no new index is served yet), /api/health still answers, from the old index. Ordering
 * only: the health answer must come in before the server says it serves the new index.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/build/index.js';
import { finished, inventedArticle, spawnVerbatim, tempDir, waitFor, writeFiles } from './helpers.js';

let root: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir('off-thread'));
});

afterAll(() => cleanup());

/** An HTML page that takes the loader (jsdom + Readability) seconds: tens of thousands of nested elements. */
function slowHtml(): string {
  const paragraphs = Array.from(
    { length: 10_000 },
    (_, i) => `<div class="c${i % 97}"><p><span>Paragraph ${i} of a long page about nothing.</span></p></div>`,
  );
  return `<!doctype html><html><head><title>A slow page</title></head><body><article>${paragraphs.join('')}</article></body></html>`;
}

describe('a rebuild does not stall the server', () => {
  it('/api/health answers while a SIGHUP rebuild of a slow file is in progress', async () => {
    const corpusDir = path.join(root, 'corpus');
    const indexDir = path.join(root, 'index');
    await writeFiles(corpusDir, { 'a0.txt': inventedArticle(0), 'a1.txt': inventedArticle(1) });
    await buildIndex({ corpusDir, outDir: indexDir });
    const child = spawnVerbatim(['serve', '--port', '0', '--corpus', corpusDir, '--index', indexDir], {
      HOST: '127.0.0.1',
      BASE_URL: '',
    });
    const done = finished(child);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    try {
      const url = await waitFor(
        () => /at (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout)?.[1],
        'the server to listen',
        60_000,
      );
      await writeFiles(corpusDir, { 'slow.html': slowHtml() });
      child.kill('SIGHUP');
      // The build has begun loading the corpus (the slow page is in it).
      await waitFor(() => (/index: load\b/.test(stderr) ? true : undefined), 'the rebuild to start loading', 60_000);
      const health = await fetch(`${url}/api/health`);
      const servedNewYet = /server: now serving/.test(stderr);
      expect(health.status).toBe(200);
      expect(((await health.json()) as { quotes: number }).quotes).toBe(6);
      expect(servedNewYet).toBe(false);
    } finally {
      // Closing stops the build under way.
      child.kill('SIGTERM');
      expect((await done).code).toBe(0);
    }
  }, 200_000);
});
