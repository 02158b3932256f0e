/**
 * Index files written wrong but with matching checksums (the manifest rewritten to fit): quote or article
 * lines that are not records, a speakers file of `null` lines. On start they are refused like a corrupt file
 * and the index is rebuilt; a bad record found while serving fails its own request with 503, makes
 * /api/health say `degraded` (503) and starts a rebuild in the background.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { INDEX_FILES, MANIFEST_FILE, type LoadedIndex } from '../../src/store/index.js';
import { buildIndex } from '../../src/build/index.js';
import { startServer } from '../../src/server.js';
import { createApp } from '../../src/web/app.js';
import { inventedArticle, tempDir, waitFor, writeFiles } from './helpers.js';

let root: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir('bad-records'));
  vi.stubEnv('BASE_URL', '');
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await cleanup();
});

async function builtCorpus(name: string, articles: number): Promise<{ corpusDir: string; indexDir: string }> {
  const corpusDir = path.join(root, name, 'corpus');
  const indexDir = path.join(root, name, 'index');
  await writeFiles(
    corpusDir,
    Object.fromEntries(Array.from({ length: articles }, (_, n) => [`a${n}.txt`, inventedArticle(n)])),
  );
  await buildIndex({ corpusDir, outDir: indexDir });
  return { corpusDir, indexDir };
}

/** Rewrites the lines of one index file with `rewrite` and records its new size and checksum in the manifest. */
async function rewriteLines(
  indexDir: string,
  name: string,
  rewrite: (line: string, i: number) => string,
): Promise<string[]> {
  const file = path.join(indexDir, name);
  const lines = (await readFile(file, 'utf8')).split('\n').slice(0, -1);
  const bytes = Buffer.from(lines.map((line, i) => `${rewrite(line, i)}\n`).join(''), 'utf8');
  await writeFile(file, bytes);
  const manifestFile = path.join(indexDir, MANIFEST_FILE);
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as {
    files: Record<string, { bytes: number; sha256: string }>;
  };
  manifest.files[name] = { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  await writeFile(manifestFile, JSON.stringify(manifest, null, 2));
  return lines;
}

/** A JSON line of the same byte length that is not a record (the offsets in records.bin still fit). */
const sameLengthGarbage = (line: string): string => `"${'x'.repeat(Buffer.byteLength(line, 'utf8') - 2)}"`;

describe('records that are not records, with matching checksums', () => {
  it.each([
    [INDEX_FILES.quotes, /quotes\.jsonl' line 1 is not a quote row/],
    [INDEX_FILES.articles, /articles\.jsonl' line 1 is not an article row/],
  ])(
    '%s of garbage lines: the start rebuilds the index and serves it',
    async (name, problem) => {
      const { corpusDir, indexDir } = await builtCorpus(`start-${name}`, 4);
      await rewriteLines(indexDir, name, sameLengthGarbage);
      const log: string[] = [];
      const server = await startServer({
        port: 0,
        host: '127.0.0.1',
        corpusDir,
        indexDir,
        handleSignals: false,
        log: (m) => log.push(m),
      });
      try {
        expect(log.find((m) => m.startsWith('index: rebuilding'))).toMatch(problem);
        const health = await fetch(`${server.url}/api/health`);
        expect(health.status).toBe(200);
        expect(((await health.json()) as { quotes: number }).quotes).toBe(12);
        expect((await fetch(`${server.url}/api/search?q=spring`)).status).toBe(200);
      } finally {
        await server.close();
      }
    },
    60_000,
  );

  it('a speakers file of null lines: the start rebuilds instead of stopping with a TypeError', async () => {
    const { corpusDir, indexDir } = await builtCorpus('start-speakers', 4);
    await rewriteLines(indexDir, INDEX_FILES.speakers, () => 'null');
    const log: string[] = [];
    const server = await startServer({
      port: 0,
      host: '127.0.0.1',
      corpusDir,
      indexDir,
      handleSignals: false,
      log: (m) => log.push(m),
    });
    try {
      expect(log.find((m) => m.startsWith('index: rebuilding'))).toMatch(
        /speakers\.jsonl' line 1 is not a speaker record/,
      );
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
      expect((await fetch(`${server.url}/speakers`)).status).toBe(200);
    } finally {
      await server.close();
    }
  }, 60_000);

  it('a bad quote found while serving: 503 for that request, health degraded, then rebuilt in the background', async () => {
    // Over 128 quotes, so that the load's spread of checked records leaves some unread (line 2 here).
    const { corpusDir, indexDir } = await builtCorpus('serving', 50);
    const lines = await rewriteLines(indexDir, INDEX_FILES.quotes, (line, i) =>
      i === 1 ? sameLengthGarbage(line) : line,
    );
    const id = (JSON.parse(lines[1]!) as [string])[0];
    const log: string[] = [];
    const server = await startServer({
      port: 0,
      host: '127.0.0.1',
      corpusDir,
      indexDir,
      handleSignals: false,
      log: (m) => log.push(m),
    });
    try {
      const damaged: LoadedIndex = server.index();
      expect(log.some((m) => m.startsWith('index: rebuilding'))).toBe(false);
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);

      const bad = await fetch(`${server.url}/api/quotes/${encodeURIComponent(id)}`);
      expect(bad.status).toBe(503);
      expect(((await bad.json()) as { error: string }).error).toMatch(/being rebuilt/);
      // What /api/health says of the index that failed (the server may already have swapped in the rebuilt one).
      const health = await request(createApp(() => damaged, { log: () => {} })).get('/api/health');
      expect(health.status).toBe(503);
      const healthBody = health.body as { status: string; problem: string };
      expect(healthBody.status).toBe('degraded');
      expect(healthBody.problem).toMatch(/quotes\.jsonl' line 2 is not a quote row/);

      await waitFor(() => (server.index() !== damaged ? true : undefined), 'the background rebuild', 60_000, 50);
      expect(log).toContainEqual(
        expect.stringMatching(/quotes\.jsonl' line 2 is not a quote row — serving degraded, rebuilding the index$/),
      );
      expect((await fetch(`${server.url}/api/quotes/${encodeURIComponent(id)}`)).status).toBe(200);
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    } finally {
      await server.close();
    }
  }, 90_000);
});
