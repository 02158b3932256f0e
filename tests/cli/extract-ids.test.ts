/**
 * `verbatim extract` gives the ids an index of the same folder gives, however the path is written, so its output
 * joins with the API; and it reads standard input (`-`), telling JSON Lines, JSON and plain text apart.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/build/index.js';
import { loadIndex } from '../../src/store/index.js';
import { inProcess } from './helpers.js';

const HARBOUR = 'Harbour to close\n\n“The tide is late again,” said Mara Quillon, the harbour master.\n';
const FEED = [
  { title: 'Bridge works', text: '“The bridge holds for now,” said Tobin Arkwright, an engineer.' },
  { id: 'a record id that is not url-safe', text: '“We open in May,” said Helen Strand.' },
];

let root: string;
let corpus: string;
let index: Map<string, string>;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'verbatim-extract-ids-'));
  corpus = path.join(root, 'corpus');
  await mkdir(path.join(corpus, 'news'), { recursive: true });
  await writeFile(path.join(corpus, 'news', 'harbour.txt'), HARBOUR);
  // The file form is read relative to its own folder: this test's corpus holds one file, so that the folder
  // and the file forms are compared with the same index.
  await writeFile(path.join(corpus, 'feed.jsonl'), FEED.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const out = path.join(root, 'index');
  await buildIndex({ corpusDir: path.join(corpus, 'news'), outDir: out });
  const loaded = await loadIndex(out);
  index = new Map([...loaded.quotes.values()].map((q) => [q.id, q.articleId]));
  expect(index.size).toBeGreaterThan(0);
}, 120_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function ids(stdout: string): Map<string, string> {
  return new Map(
    stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string; article: string })
      .map((q) => [q.id, q.article]),
  );
}

describe('verbatim extract ids', () => {
  const folder = () => path.join(corpus, 'news');
  const file = () => path.join(corpus, 'news', 'harbour.txt');
  it.each([
    ['the folder, absolute', () => folder()],
    ['the folder, relative', () => path.relative(process.cwd(), folder())],
    ['the file, absolute', () => file()],
    ['the file, relative', () => path.relative(process.cwd(), file())],
  ])('%s: the article and quote ids of the index built from that folder', async (_name, given) => {
    const run = await inProcess(['extract', given()]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(ids(run.stdout)).toEqual(index);
  });

  it('gives each quote its confidence, band and said-at basis', async () => {
    const run = await inProcess(['extract', file()]);
    const quote = JSON.parse(run.stdout.trim().split('\n')[0]!) as Record<string, unknown>;
    expect(quote.confidence).toEqual(expect.any(Number));
    const c = quote.confidence as number;
    expect(quote.band).toBe(c >= 0.9 ? 'certain' : c >= 0.6 ? 'likely' : 'uncertain');
    expect(quote).toHaveProperty('saidAtBasis');
  });
});

describe('verbatim extract - (standard input)', () => {
  it.each([
    ['JSON Lines', FEED.map((r) => JSON.stringify(r)).join('\n') + '\n', 2],
    ['a JSON array', JSON.stringify(FEED), 2],
    ['a JSON object', JSON.stringify(FEED[0]), 1],
    ['plain text', HARBOUR, 1],
  ])('reads %s', async (_name, input, articles) => {
    const run = await inProcess(['extract', '-'], { stdin: input });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const quotes = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { article: string; speaker: string });
    expect(new Set(quotes.map((q) => q.article)).size).toBe(articles);
    expect(quotes.every((q) => typeof q.speaker === 'string')).toBe(true);
  });

  it('gives the ids of the same records read from a file', async () => {
    const fromFile = await inProcess(['extract', path.join(corpus, 'feed.jsonl')]);
    const fromStdin = await inProcess(['extract', '-'], {
      stdin: FEED.map((r) => JSON.stringify(r)).join('\n') + '\n',
    });
    // Records with their own id keep it; the others are named after the input (a file name, or stdin).
    const withId = (stdout: string) => [...ids(stdout).values()].filter((id) => !/^(?:feed|stdin)-/.test(id));
    expect(withId(fromStdin.stdout)).toEqual(withId(fromFile.stdout));
  });

  it('reports a broken line of JSON Lines and goes on (exit 1)', async () => {
    const run = await inProcess(['extract', '-'], { stdin: `${JSON.stringify(FEED[0])}\nnot json\n` });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/stdin\.jsonl' line 2/);
    expect(run.stdout).not.toBe('');
  });
});
