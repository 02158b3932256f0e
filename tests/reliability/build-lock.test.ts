/**
 * Two builds into one --out: the second fails at once with one line and exit 3 and leaves nothing behind; a lock
 * left by a killed build is taken over. And a build without a terminal says how far it is every few seconds.
 */
import { spawn } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { progressLines } from '../../src/cli/main.js';
import { loadIndex } from '../../src/store/index.js';
import { buildIndex, type BuildProgress } from '../../src/build/index.js';
import { fakeStages } from '../build/fakes.js';
import { inventedArticle, tempDir, writeFiles } from './helpers.js';
import { inProcess, type Run } from '../cli/helpers.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function setup(): Promise<{ dir: string; corpus: string; out: string }> {
  const t = await tempDir('lock');
  cleanups.push(t.cleanup);
  const corpus = path.join(t.dir, 'corpus');
  await writeFiles(corpus, { 'a0.txt': inventedArticle(0), 'a1.txt': inventedArticle(1) });
  return { dir: t.dir, corpus, out: path.join(t.dir, 'index') };
}

/** Runs the CLI in this process: its exit status and what it printed. */
const cli = (...args: string[]): Promise<Run> => inProcess(args);

const LOCK = '.verbatim-tmp-index.lock';

describe('one build at a time per --out', () => {
  it('a second build while the first runs fails at once (exit 3, one line), the first completes, nothing is left behind', async () => {
    const { dir, corpus, out } = await setup();
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let reading!: () => void;
    const firstReads = new Promise<void>((r) => (reading = r));
    const slow = fakeStages();
    const load = slow.loadCorpus;
    slow.loadCorpus = async (d) => {
      reading();
      await held;
      return load(d);
    };
    const first = buildIndex({ corpusDir: corpus, outDir: out, stages: slow });
    await firstReads;

    const second = await cli('index', '--corpus', corpus, '--out', out);
    expect(second.code).toBe(3);
    expect(second.stderr.trim().split('\n')).toHaveLength(1);
    expect(second.stderr).toMatch(
      new RegExp(
        `^index: another build \\(pid ${process.pid}, started [^)]+\\) is writing '.*index' — wait for it to finish`,
      ),
    );

    release();
    expect((await first).articles).toBe(2);
    expect((await loadIndex(out)).articles.size).toBe(2);
    expect((await readdir(dir)).sort()).toEqual(['corpus', 'index']);
  });

  it('a lock held by another running process is respected, and left in place', async () => {
    const { dir, corpus, out } = await setup();
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    cleanups.push(() => {
      other.kill('SIGKILL');
      return Promise.resolve();
    });
    const lock = JSON.stringify({ pid: other.pid, startedAt: '2024-01-01T00:00:00.000Z' });
    await writeFile(path.join(dir, LOCK), lock);
    const run = await cli('index', '--corpus', corpus, '--out', out);
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(new RegExp(`another build \\(pid ${other.pid}, started 2024-01-01T00:00:00.000Z\\)`));
    expect(await readFile(path.join(dir, LOCK), 'utf8')).toBe(lock);
    expect((await readdir(dir)).sort()).toEqual([LOCK, 'corpus']);
  });

  it.each([
    ['whose process is gone', JSON.stringify({ pid: 2147483646, startedAt: '2024-01-01T00:00:00.000Z' })],
    ['cut short while it was written', '{"pid": 21'],
  ])('a lock %s (a killed build) is taken over', async (_name, content) => {
    const { dir, corpus, out } = await setup();
    await writeFile(path.join(dir, LOCK), content);
    const summary = await buildIndex({ corpusDir: corpus, outDir: out, stages: fakeStages() });
    expect(summary.articles).toBe(2);
    expect((await readdir(dir)).sort()).toEqual(['corpus', 'index']);
  });
});

describe('progress without a terminal', () => {
  it('a plain line every few seconds, none before: articles done of total, quotes so far', () => {
    let now = 1_000;
    let text = '';
    const stream = new Writable({
      write(chunk, _encoding, done) {
        text += String(chunk);
        done();
      },
    });
    const lines = progressLines(stream, 5000, () => now);
    lines.update({ phase: 'extract', done: 10, total: 100, quotes: 7 });
    now += 4_999;
    lines.update({ phase: 'extract', done: 20, total: 100, quotes: 15 });
    expect(text).toBe('');
    now += 1;
    lines.update({ phase: 'extract', done: 30, total: 100, quotes: 21 });
    now += 100;
    lines.update({ phase: 'extract', done: 31, total: 100, quotes: 22 });
    now += 5_000;
    lines.update({ phase: 'search', done: 0, total: 1 });
    expect(text).toBe('index: extract 30/100 articles, 21 quotes so far\nindex: search 0/1\n');
  });

  it('a build reports the quotes found so far with its extraction progress', async () => {
    const { corpus, out } = await setup();
    const seen: BuildProgress[] = [];
    const summary = await buildIndex({
      corpusDir: corpus,
      outDir: out,
      stages: fakeStages(),
      onProgress: (p) => seen.push(p),
    });
    const extract = seen.filter((p) => p.phase === 'extract');
    expect(extract.at(-1)).toEqual({ phase: 'extract', done: 2, total: 2, quotes: summary.quotes });
    expect(summary.quotes).toBeGreaterThan(0);
  });
});
