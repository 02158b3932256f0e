/**
 * Every kind of bad corpus input at once, beside good articles, through `verbatim index` in a child process:
 * each problem is printed with its file (and line), skipped, the rest is indexed, the summary counts what was
 * skipped and the exit status is 1. The big inputs are generated here, never committed.
 *
 * Unreadable files are made unreadable for real: with chmod, and — since permission bits do not stop root —
 * by running the build as the unprivileged user `nobody` (setpriv) when the tests run as root.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadIndex, type LoadedIndex } from '../../src/store/index.js';
import { finished, inventedArticle, markerWord, repo, tempDir, writeFiles, type Run } from './helpers.js';

const asRoot = process.getuid?.() === 0;
const SETPRIV = ['/usr/bin/setpriv', '/bin/setpriv'].find((p) => existsSync(p));

let root: string;
let cleanup: () => Promise<void>;
let run: Run;
let index: LoadedIndex;

function utf16le(text: string): Buffer {
  return Buffer.from(`\uFEFF${text}`, 'utf16le');
}

/** The corpus: good articles in every accepted shape, and one file per kind of bad input. */
async function writeCorpus(corpus: string): Promise<void> {
  const long = `“The tram depot will reopen by spring, ${markerWord(9, 0)} or not,” said Orla Vantreight. ${'Residents waited by the depot gates all day long. '.repeat(19_500)}“The market hall will close for a month, ${markerWord(9, 1)} or not,” said Ruben Tarrow.`;
  await writeFiles(corpus, {
    'good/one.txt': inventedArticle(1),
    'good/two.md': `---\ntitle: Town news two\ndate: 2024-05-02\n---\n${inventedArticle(2)}`,
    'endings/crlf.txt': inventedArticle(3).replace(/\n/g, '\r\n'),
    'endings/lone-cr.txt': inventedArticle(4).replace(/\n/g, '\r'),
    'encodings/utf16.txt': utf16le(inventedArticle(5)),
    'encodings/latin1.txt': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x2e]),
    'bad/empty.txt': '',
    'bad/binary.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    'bad/front-matter.md': `---\ntitle: [never closed\nauthor: {\n---\n${inventedArticle(6)}`,
    // 50 MB in one article: far over the size limit for a text file, refused without being read.
    'big/fifty-megabytes.txt': `${inventedArticle(7)}\n${'All quiet at the harbour today. '.repeat(1_640_000)}`,
    // One line of ~975,000 characters (under the limit): indexed, its quotes at both ends found.
    'big/one-line.txt': long,
    'feeds/dup.json': JSON.stringify({ id: 'shared-id', text: inventedArticle(8) }),
    'feeds/feed.jsonl': [
      JSON.stringify({ id: 'feed-1', title: 'Feed one', text: inventedArticle(10) }),
      '{"id": "feed-2", "text": "a line cut off in the midd',
      JSON.stringify({ id: 'feed-3', title: 'A record without text' }),
      JSON.stringify({ id: 'shared-id', text: inventedArticle(11) }),
      JSON.stringify({ id: 'feed-5', text: inventedArticle(12) }),
    ].join('\n'),
    'locked/file.txt': inventedArticle(13),
    'locked-folder/inner.txt': inventedArticle(14),
    'loop/article.txt': inventedArticle(15),
  });
  await symlink(path.join(corpus, 'loop'), path.join(corpus, 'loop', 'again'));
  await chmod(path.join(corpus, 'locked', 'file.txt'), 0o000);
  await chmod(path.join(corpus, 'locked-folder'), 0o000);
}

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir('bad'));
  // The build may run as `nobody`: it must be able to write the index beside the corpus.
  await chmod(root, 0o777);
  const corpus = path.join(root, 'corpus');
  await mkdir(corpus);
  await writeCorpus(corpus);
  const out = path.join(root, 'index');
  const args = ['--import', 'tsx', path.join(repo, 'src', 'cli', 'main.ts'), 'index', '--corpus', corpus, '--out', out];
  const [command, argv] =
    asRoot && SETPRIV
      ? [SETPRIV, ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, ...args]]
      : [process.execPath, args];
  run = await finished(
    spawn(command, argv, { cwd: repo, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] }),
  );
  index = await loadIndex(out);
}, 80_000);

afterAll(async () => {
  await chmod(path.join(root, 'corpus', 'locked-folder'), 0o755).catch(() => {});
  await cleanup();
});

describe('a corpus with every kind of bad input, beside good articles', () => {
  it('exits with status 1 and a summary counting what was skipped', () => {
    expect(run.code, run.stderr).toBe(1);
    expect(run.stdout).toMatch(/^indexed 10 articles, \d+ quotes, \d+ speakers, 11 skipped, in [\d.]+ s → /);
  });

  it.each([
    ['an empty file', `corpus: 'bad/empty.txt': empty file`],
    ['a binary file', `corpus: 'bad/binary.txt': binary file (contains NUL bytes), not an article text`],
    [
      'invalid UTF-8',
      `corpus: 'encodings/latin1.txt': not valid UTF-8 (first bad byte near offset 3); re-save the file as UTF-8`,
    ],
    ['front matter that is not YAML', /^corpus: 'bad\/front-matter\.md': front matter is not valid YAML \(/],
    [
      'a 50 MB article',
      /^corpus: 'big\/fifty-megabytes\.txt': file is 52\d{6} bytes, over the 16777216-byte limit for its kind; skipped without reading it$/,
    ],
    ['a broken .jsonl line in the middle', /^corpus: 'feeds\/feed\.jsonl' line 2: not valid JSON \(/],
    ['a record without text', `corpus: 'feeds/feed.jsonl' line 3: missing "text" field`],
    [
      'a duplicate id',
      `corpus: 'feeds/feed.jsonl' line 4: duplicate article id 'shared-id' (first used by 'feeds/dup.json'); skipped`,
    ],
    ['an unreadable file', `corpus: 'locked/file.txt': cannot read it: permission denied`],
    ['an unreadable folder', `corpus: 'locked-folder': cannot read it: permission denied`],
    ['a symbolic link loop', `corpus: 'loop/again': symbolic link loop (leads to a folder already read); skipped`],
  ])('%s is reported on its own line, naming the file (and line)', (_name, expected) => {
    const lines = run.stderr.split('\n');
    const found = lines.filter((l) => (typeof expected === 'string' ? l === expected : expected.test(l)));
    expect(found, run.stderr).toHaveLength(1);
  });

  it('reports nothing else', () => {
    // Besides the progress lines a build without a terminal prints every few seconds (a slow machine shows some).
    const reports = run.stderr
      .trim()
      .split('\n')
      .filter((l) => !/^index: (scan|load|extract|speakers|statements|search|write) \d/.test(l));
    expect(reports, run.stderr).toHaveLength(11);
  });

  it.each([
    ['a plain .txt article', 1],
    ['a Markdown article with front matter', 2],
    ['CRLF line ends', 3],
    ['lone-CR line ends', 4],
    ['UTF-16 with a BOM', 5],
    ['a .json record whose id a later record repeats', 8],
    ['the first line of a .jsonl with a broken line', 10],
    ['a .jsonl line after the broken ones', 12],
    ['an article in a folder holding a symbolic link loop', 15],
  ])('the quotes of %s are searchable', (_name, n) => {
    for (const i of [0, 1, 2]) {
      const word = markerWord(n, i);
      const hits = index.search.search({
        q: word,
        speakers: [],
        publishers: [],
        from: null,
        to: null,
        sort: 'relevance',
        page: 1,
        limit: 50,
      });
      expect(
        hits.results.map((h) => h.quote.text).filter((t) => t.includes(` ${word} `)),
        word,
      ).toHaveLength(1);
    }
  });

  it('the quotes at both ends of a 975,000-character single line are found', () => {
    for (const i of [0, 1]) {
      const word = markerWord(9, i);
      const hits = index.search.search({
        q: word,
        speakers: [],
        publishers: [],
        from: null,
        to: null,
        sort: 'relevance',
        page: 1,
        limit: 50,
      });
      expect(
        hits.results.some((h) => h.quote.text.includes(` ${word} `)),
        word,
      ).toBe(true);
    }
  });

  it('nothing of the skipped inputs is indexed', () => {
    const paths = new Set([...index.articles.values()].map((a) => a.path));
    for (const skipped of [
      'bad/empty.txt',
      'bad/binary.txt',
      'encodings/latin1.txt',
      'bad/front-matter.md',
      'big/fifty-megabytes.txt',
      'locked/file.txt',
      'locked-folder/inner.txt',
    ]) {
      expect(paths.has(skipped), skipped).toBe(false);
    }
    expect([...index.articles.values()].filter((a) => a.recordId === 'shared-id').map((a) => a.path)).toEqual([
      'feeds/dup.json',
    ]);
  });
});
