/**
 * `serve --watch` with the index folder inside the watched corpus: the build's own writes (the index, its
 * temp folders and lock) must not start another build. Two corpus changes give exactly two rebuilds.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startServer, watchFilter, type RunningServer } from '../../src/server.js';
import { inventedArticle, markerWord, tempDir, waitFor, writeFiles } from './helpers.js';

let root: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir('watch-loop'));
  vi.stubEnv('BASE_URL', '');
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await cleanup();
});

describe('the watcher', () => {
  it('ignores the index folder, build temps and locks, hidden and non-article files', () => {
    const relevant = watchFilter('/c', '/c/data/index');
    for (const name of [
      'data/index',
      'data/index/quotes.jsonl',
      'data/.verbatim-tmp-index-new-1-ab/quotes.jsonl',
      'data/index.lock',
      '.git/HEAD',
      'a.txt.swp',
      'notes.pdf',
      'x~',
    ]) {
      expect([name, relevant(name)]).toEqual([name, false]);
    }
    for (const name of ['a.txt', 'news/b.jsonl', 'c.html', 'a.txt.meta.json', 'speakers.json', 'news', null]) {
      expect([name, relevant(name)]).toEqual([name, true]);
    }
  });

  it('with the index inside the corpus, two changes give exactly two rebuilds (no loop)', async () => {
    const corpusDir = path.join(root, 'corpus');
    const indexDir = path.join(corpusDir, 'index');
    await writeFiles(corpusDir, { 'a0.txt': inventedArticle(0), 'a1.txt': inventedArticle(1) });
    const log: string[] = [];
    let server: RunningServer;
    try {
      server = await startServer({
        port: 0,
        host: '127.0.0.1',
        corpusDir,
        indexDir,
        watch: true,
        handleSignals: false,
        log: (m) => log.push(m),
      });
    } catch (error) {
      // A build that refuses an index inside its corpus cannot loop either: that refusal is the answer then.
      expect(String(error)).toMatch(/inside/);
      return;
    }
    try {
      const searchable = (n: number) => async () => {
        const res = await fetch(`${server.url}/api/search?q=${markerWord(n, 0)}`);
        return ((await res.json()) as { total: number }).total > 0 || undefined;
      };
      await writeFiles(corpusDir, { 'a2.txt': inventedArticle(2) });
      await waitFor(searchable(2), 'the first watched rebuild', 60_000, 50);
      // The build just wrote its index inside the corpus; the next change is what must make the second build.
      await writeFiles(corpusDir, { 'a3.txt': inventedArticle(3) });
      await waitFor(searchable(3), 'the second watched rebuild', 60_000, 50);
      // Any build started by the last one's writes would be under way by the time a third change is served.
      await writeFiles(corpusDir, { 'a4.txt': inventedArticle(4) });
      await waitFor(searchable(4), 'the third watched rebuild', 60_000, 50);
      expect(log.filter((m) => m.startsWith('server: now serving'))).toEqual([
        'server: now serving 9 quotes',
        'server: now serving 12 quotes',
        'server: now serving 15 quotes',
      ]);
    } finally {
      await server.close();
    }
  }, 180_000);
});
