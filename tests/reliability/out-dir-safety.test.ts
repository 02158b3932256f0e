/**
 * A build never destroys a user's files: `--out` is replaced only when it is a new or empty folder or an index
 * Verbatim built (its manifest bears our mark, and it holds nothing else); anything else, and an `--out` that
 * overlaps the corpus, is refused before any work with one line naming the folder, exit status 2.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadIndex, MANIFEST_FILE } from '../../src/store/index.js';
import { buildIndex, ensureIndex } from '../../src/build/index.js';
import { fakeStages } from '../build/fakes.js';
import { finished, inventedArticle, repo, tempDir, writeFiles } from './helpers.js';
import { inProcess, type Run } from '../cli/helpers.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function root(): Promise<string> {
  const t = await tempDir('outdir');
  cleanups.push(t.cleanup);
  return t.dir;
}

/** Runs the CLI in this process: its exit status and what it printed. */
const cli = (...args: string[]): Promise<Run> => inProcess(args);

/** A project folder as `git init` leaves it, with a secret beside it. */
async function gitProject(dir: string): Promise<void> {
  await writeFiles(dir, {
    '.git/HEAD': 'ref: refs/heads/main\n',
    '.git/config': '[core]\n',
    '.env': 'TOKEN=precious\n',
  });
}

const oneLine = (text: string) => expect(text.trim().split('\n')).toHaveLength(1);

describe('--out holding only dot-files is a user folder', () => {
  it('`verbatim index --out .` in a fresh repository is refused, exit 2, and .git and .env survive', async () => {
    const dir = await root();
    const project = path.join(dir, 'project');
    await gitProject(project);
    await writeFiles(path.join(dir, 'corpus'), { 'a0.txt': inventedArticle(0) });
    // The installed entry point, run from inside the project as a user would.
    const child = spawn(
      process.execPath,
      [path.join(repo, 'bin', 'verbatim.js'), 'index', '--corpus', path.join(dir, 'corpus'), '--out', '.'],
      {
        cwd: project,
        env: { ...process.env, NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const run = await finished(child);
    expect(run.code).toBe(2);
    // The bin warns first when dist/ is older than src/ (a developer's tree between builds): not this test's matter.
    const stderr = run.stderr.replace(/^verbatim: warning: .*\n/, '');
    oneLine(stderr);
    expect(stderr).toMatch(/^index: refusing to replace '.*project': it holds '\.(git|env)'/);
    expect(await readFile(path.join(project, '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/main\n');
    expect(await readFile(path.join(project, '.env'), 'utf8')).toBe('TOKEN=precious\n');
    expect((await readdir(dir)).sort()).toEqual(['corpus', 'project']);
  }, 120_000);

  it.each([
    ['a .git folder', { '.git/HEAD': 'ref: refs/heads/main\n' }],
    ['a lone .env file', { '.env': 'TOKEN=precious\n' }],
  ])('a folder holding only %s is refused', async (_name, files) => {
    const dir = await root();
    await writeFiles(path.join(dir, 'corpus'), { 'a0.txt': inventedArticle(0) });
    await writeFiles(path.join(dir, 'out'), files);
    const error = await buildIndex({
      corpusDir: path.join(dir, 'corpus'),
      outDir: path.join(dir, 'out'),
      stages: fakeStages(),
    }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^index: refusing to replace '.*out': it holds '\.(git|env)'/);
    for (const [rel, content] of Object.entries(files))
      expect(await readFile(path.join(dir, 'out', rel), 'utf8')).toBe(content);
  });
});

describe('a folder holding files with index names is not an index', () => {
  it('--out equal to a corpus of one articles.jsonl is refused, exit 2, the corpus untouched', async () => {
    const dir = await root();
    const corpus = path.join(dir, 'feed');
    const feed = `${JSON.stringify({ id: 'r1', title: 'Harbour', text: inventedArticle(3) })}\n`;
    await writeFiles(corpus, { 'articles.jsonl': feed });
    const run = await cli('index', '--corpus', corpus, '--out', corpus);
    expect(run.code).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).toMatch(/^index: the index folder '.*feed' is the corpus folder — /);
    expect(await readdir(corpus)).toEqual(['articles.jsonl']);
    expect(await readFile(path.join(corpus, 'articles.jsonl'), 'utf8')).toBe(feed);
  });

  it.each([
    ['a lone articles.jsonl', { 'articles.jsonl': '{"id":"x","text":"mine"}\n' }],
    ['quotes.jsonl and speakers.jsonl', { 'quotes.jsonl': 'q\n', 'speakers.jsonl': 's\n' }],
    [
      'a manifest.json of another tool beside articles.jsonl',
      { 'manifest.json': '{"name":"my-app","files":{}}', 'articles.jsonl': 'a\n' },
    ],
  ])('--out holding %s is refused', async (_name, files) => {
    const dir = await root();
    await writeFiles(path.join(dir, 'corpus'), { 'a0.txt': inventedArticle(0) });
    await writeFiles(path.join(dir, 'out'), files);
    const run = await cli('index', '--corpus', path.join(dir, 'corpus'), '--out', path.join(dir, 'out'));
    expect(run.code).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).toMatch(/^index: refusing to replace '.*out': .* — give --out a new or empty folder/);
    for (const [rel, content] of Object.entries(files))
      expect(await readFile(path.join(dir, 'out', rel), 'utf8')).toBe(content);
    expect((await readdir(dir)).sort()).toEqual(['corpus', 'out']);
  });

  it('an index of ours with a file of the user added is refused', async () => {
    const dir = await root();
    const [corpus, out] = [path.join(dir, 'corpus'), path.join(dir, 'out')];
    await writeFiles(corpus, { 'a0.txt': inventedArticle(0) });
    await buildIndex({ corpusDir: corpus, outDir: out, stages: fakeStages() });
    await writeFile(path.join(out, 'notes.txt'), 'mine');
    await expect(buildIndex({ corpusDir: corpus, outDir: out, stages: fakeStages() })).rejects.toThrow(
      /holds 'notes\.txt'/,
    );
    expect(await readFile(path.join(out, 'notes.txt'), 'utf8')).toBe('mine');
  });
});

describe('indexes of ours are still replaced', () => {
  it('an index built before the manifest had its mark (no "generator") is rebuilt in place', async () => {
    const dir = await root();
    const [corpus, out] = [path.join(dir, 'corpus'), path.join(dir, 'out')];
    await writeFiles(corpus, { 'a0.txt': inventedArticle(0) });
    await buildIndex({ corpusDir: corpus, outDir: out, stages: fakeStages() });
    const manifestFile = path.join(out, MANIFEST_FILE);
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as Record<string, unknown>;
    expect(manifest.generator).toBe('verbatim');
    delete manifest.generator;
    await writeFile(manifestFile, JSON.stringify(manifest));
    await loadIndex(out);
    await writeFiles(corpus, { 'a1.txt': inventedArticle(1) });
    const summary = await buildIndex({ corpusDir: corpus, outDir: out, stages: fakeStages() });
    expect(summary.articles).toBe(2);
    expect((await readdir(dir)).sort()).toEqual(['corpus', 'out']);
  });

  it('an empty folder, and one holding only .gitkeep, are fine', async () => {
    const dir = await root();
    const corpus = path.join(dir, 'corpus');
    await writeFiles(corpus, { 'a0.txt': inventedArticle(0) });
    await mkdir(path.join(dir, 'empty'));
    await writeFiles(path.join(dir, 'kept'), { '.gitkeep': '' });
    await buildIndex({ corpusDir: corpus, outDir: path.join(dir, 'empty'), stages: fakeStages() });
    await buildIndex({ corpusDir: corpus, outDir: path.join(dir, 'kept'), stages: fakeStages() });
    expect(await readdir(path.join(dir, 'kept'))).toContain('.gitkeep');
  });
});

describe('--out and --corpus must not overlap', () => {
  it('--out inside the corpus is refused (the index would be read as articles), exit 2', async () => {
    const dir = await root();
    const corpus = path.join(dir, 'corpus');
    await writeFiles(corpus, { 'a0.txt': inventedArticle(0) });
    const run = await cli('index', '--corpus', corpus, '--out', path.join(corpus, 'index'));
    expect(run.code).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).toMatch(/^index: the index folder '.*corpus\/index' is inside the corpus folder '.*corpus' — /);
    expect(await readdir(corpus)).toEqual(['a0.txt']);
  });

  it('the corpus inside --out is refused', async () => {
    const dir = await root();
    const corpus = path.join(dir, 'data', 'corpus');
    await writeFiles(corpus, { 'a0.txt': inventedArticle(0) });
    await expect(
      buildIndex({ corpusDir: corpus, outDir: path.join(dir, 'data'), stages: fakeStages() }),
    ).rejects.toThrow(/corpus folder .* is inside the index folder/);
    expect(await readdir(corpus)).toEqual(['a0.txt']);
  });

  it('ensureIndex (the server) refuses an INDEX_DIR inside the corpus before reading or building anything', async () => {
    const dir = await root();
    const corpus = path.join(dir, 'corpus');
    await writeFiles(corpus, { 'a0.txt': inventedArticle(0) });
    const stages = fakeStages();
    await expect(ensureIndex({ corpusDir: corpus, indexDir: path.join(corpus, '.index'), stages })).rejects.toThrow(
      /is inside the corpus folder/,
    );
    expect(stages.extracted).toEqual([]);
    expect(await readdir(corpus)).toEqual(['a0.txt']);
  });
});

describe('--out that cannot be a folder', () => {
  it('--out naming a file: one line, exit 2, the file untouched', async () => {
    const dir = await root();
    await writeFiles(dir, { 'corpus/a0.txt': inventedArticle(0), 'notes.txt': 'mine' });
    const run = await cli('index', '--corpus', path.join(dir, 'corpus'), '--out', path.join(dir, 'notes.txt'));
    expect(run.code).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).toMatch(/^index: refusing to replace '.*notes\.txt': it is a file, not a folder/);
    expect(await readFile(path.join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('--out under a file (ENOTDIR): one line, exit 2', async () => {
    const dir = await root();
    await writeFiles(dir, { 'corpus/a0.txt': inventedArticle(0), 'notes.txt': 'mine' });
    const run = await cli('index', '--corpus', path.join(dir, 'corpus'), '--out', path.join(dir, 'notes.txt', 'index'));
    expect(run.code).toBe(2);
    oneLine(run.stderr);
    expect(run.stderr).toMatch(/^index: refusing to replace '.*notes\.txt\/index': a folder above it is a file/);
  });
});
