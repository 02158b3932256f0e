/**
 * Exit statuses say what happened (0 ok, 1 inputs skipped, 2 usage, 3 failed), failures are one line (no stack
 * for a full disk or a read-only output), and an output that cannot be written is found before any work.
 *
 * Run as root, permissions do not block writes: a read-only output is made with a read-only tmpfs mount and a
 * full disk with a tiny one, when this machine lets the tests mount (else those two are skipped); a folder of
 * sysfs, where nobody may create anything, stands for an unwritable output everywhere.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { failureLine } from '../../src/cli/main.js';
import { IndexError, loadIndex } from '../../src/store/index.js';
import { buildIndex } from '../../src/build/index.js';
import type { Article, InputProblem } from '../../src/model/types.js';
import { fakeStages } from '../build/fakes.js';
import { inventedArticle, tempDir, writeFiles } from './helpers.js';
import { inProcess, type Run } from '../cli/helpers.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function root(): Promise<string> {
  const t = await tempDir('exit');
  cleanups.push(t.cleanup);
  return t.dir;
}

/** Runs the CLI in this process: its exit status and what it printed. */
const cli = (...args: string[]): Promise<Run> => inProcess(args);

/** What stderr says besides the progress lines a slow build prints every few seconds: exactly one line. */
const oneLine = (text: string) =>
  expect(
    text
      .trim()
      .split('\n')
      .filter((l) => !/^index: (scan|load|extract|speakers|statements|search|write) \d/.test(l)),
  ).toHaveLength(1);

/** Fake stages that record whether the corpus was read at all. */
function watchedStages() {
  const calls = { loadCorpus: 0 };
  const stages = fakeStages();
  const load = stages.loadCorpus;
  stages.loadCorpus = (dir) => {
    calls.loadCorpus++;
    return load(dir);
  };
  return { stages, calls };
}

describe('exit statuses', () => {
  it('`verbatim --help` lists them', async () => {
    const run = await cli('--help');
    expect(run.code).toBe(0);
    for (const line of [
      /^ {2}0 {2}all went well/m,
      /^ {2}1 {2}done, but some inputs were skipped/m,
      /^ {2}2 {2}usage/m,
      /^ {2}3 {2}failed/m,
    ])
      expect(run.stdout).toMatch(line);
  });

  it('an internal error is one line with exit 3; its stack only with VERBATIM_DEBUG', () => {
    const error = new TypeError('cannot read properties of undefined');
    expect(failureLine(error, false)).toBe(
      'verbatim: internal error: cannot read properties of undefined (VERBATIM_DEBUG=1 shows where)',
    );
    expect(failureLine(error, true)).toContain('\n    at ');
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    expect(failureLine(full, true)).toBe('verbatim: no space left on device (ENOSPC)');
  });

  it('150,000 articles that fail extraction and 150,000 bad speaker entries: the build completes with every one counted, no RangeError', async () => {
    const dir = await root();
    const corpus = path.join(dir, 'corpus');
    await writeFiles(corpus, { 'a0.txt': inventedArticle(0) });
    const many = 150_000;
    const article = (i: number): Article => ({
      id: `a${i}`,
      recordId: null,
      path: 'feed.jsonl',
      line: i + 1,
      title: null,
      publisher: null,
      url: null,
      author: null,
      publishedAt: null,
      dateline: null,
      text: 'x',
      furniture: [],
      metaOrigin: {},
    });
    const badSpeakers: InputProblem[] = Array.from({ length: many }, (_, i) => ({
      file: 'speakers.json',
      line: i + 1,
      message: 'bad entry',
    }));
    const stages = fakeStages({
      loadCorpus: () => ({ articles: Array.from({ length: many }, (_, i) => article(i)), problems: [] }),
      loadSpeakerOverrides: () => Promise.resolve({ overrides: null, problems: badSpeakers }),
      extractQuotes: () => {
        throw new Error('unreadable');
      },
    });
    const summary = await buildIndex({ corpusDir: corpus, outDir: path.join(dir, 'index'), stages });
    expect(summary.skipped).toBe(2 * many);
  }, 120_000);
});

describe('an output that cannot be written fails first, in one line, exit 3', () => {
  it('an --out where nothing may be created (sysfs): refused before the corpus is read', async () => {
    const dir = await root();
    await writeFiles(dir, { 'corpus/a0.txt': inventedArticle(0) });
    const out = '/sys/verbatim-test-not-writable/index';
    const { stages, calls } = watchedStages();
    const error = await buildIndex({ corpusDir: path.join(dir, 'corpus'), outDir: out, stages }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IndexError);
    expect((error as Error).message).toMatch(
      /^index: cannot create the folder '\/sys\/verbatim-test-not-writable': (operation not permitted \(EPERM\)|permission denied \(EACCES\)|read-only file system \(EROFS\))/,
    );
    expect(calls.loadCorpus).toBe(0);

    const run = await cli('index', '--corpus', path.join(dir, 'corpus'), '--out', out);
    expect(run.code).toBe(3);
    oneLine(run.stderr);
    expect(run.stderr).not.toContain('    at ');
  });
});

/** A tmpfs mounted for a test, or null when this machine does not let the tests mount. */
async function mountTmpfs(
  options: string,
): Promise<{ dir: string; remount: (o: string) => void; unmount: () => Promise<void> } | null> {
  const dir = await mkdtemp(path.join(tmpdir(), 'verbatim-rel-mnt-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
  } catch {
    await rm(dir, { recursive: true, force: true });
    return null;
  }
  return {
    dir,
    remount: (o) => execFileSync('mount', ['-o', `remount,${o}`, dir], { stdio: 'ignore' }),
    unmount: async () => {
      execFileSync('umount', [dir], { stdio: 'ignore' });
      await rm(dir, { recursive: true, force: true });
    },
  };
}

describe('read-only and full file systems (tmpfs mounts)', () => {
  let readOnly: Awaited<ReturnType<typeof mountTmpfs>> = null;
  let full: Awaited<ReturnType<typeof mountTmpfs>> = null;
  beforeAll(async () => {
    readOnly = await mountTmpfs('size=1m');
    if (readOnly) {
      await mkdir(path.join(readOnly.dir, 'site'));
      readOnly.remount('ro');
    }
    full = await mountTmpfs('size=48k');
  });
  afterAll(async () => {
    await readOnly?.unmount();
    await full?.unmount();
  });

  it('a read-only --out: one line naming it, exit 3, before the corpus is read', async (context) => {
    if (!readOnly) return context.skip();
    const dir = await root();
    await writeFiles(dir, { 'corpus/a0.txt': inventedArticle(0) });
    const out = path.join(readOnly.dir, 'site', 'index');
    const { stages, calls } = watchedStages();
    await expect(buildIndex({ corpusDir: path.join(dir, 'corpus'), outDir: out, stages })).rejects.toThrow(
      /read-only file system \(EROFS\)/,
    );
    expect(calls.loadCorpus).toBe(0);

    const run = await cli('index', '--corpus', path.join(dir, 'corpus'), '--out', out);
    expect(run.code).toBe(3);
    oneLine(run.stderr);
    expect(run.stderr).toMatch(
      /^index: cannot write the lock '.*site\/\.verbatim-tmp-index\.lock': read-only file system \(EROFS\) — /,
    );
  });

  it('a disk that fills up while the index is written: one line, exit 3, nothing left behind', async (context) => {
    if (!full) return context.skip();
    const dir = await root();
    const corpus = path.join(dir, 'corpus');
    await writeFiles(
      corpus,
      Object.fromEntries(Array.from({ length: 60 }, (_, n) => [`a${n}.txt`, inventedArticle(n, 6)])),
    );
    const out = path.join(full.dir, 'index');
    const run = await cli('index', '--corpus', corpus, '--out', out);
    expect(run.code).toBe(3);
    oneLine(run.stderr);
    expect(run.stderr).toMatch(
      /^index: cannot write '.*': no space left on device \(ENOSPC\) — the previous index is unchanged/m,
    );
    expect(await readdir(full.dir)).toEqual([]);
    await expect(loadIndex(out)).rejects.toThrow(/missing/);
  }, 120_000);
});
