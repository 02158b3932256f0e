/**
 * One small hostile HTML file must not stall a load: Readability's time grows with the cube of the
 * nesting depth (an 11 KB page of `<div>`s 1,000 deep took 38 s), so such a page is refused by a linear
 * scan before any DOM is built, with a problem naming the file and the depth; the rest of the corpus loads.
 * A page that still takes too long is abandoned when its time is up (the worker thread reading it is ended).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.js';
import { htmlNestingDepth } from '../../src/corpus/format-html.js';
import { inventedArticle, tempDir, writeFiles } from './helpers.js';

const page = (body: string) =>
  `<!doctype html><html><head><title>Invented page</title></head><body>${body}</body></html>`;
const paragraphs = inventedArticle(0)
  .split('\n\n')
  .map((p) => `<p>${p}</p>`)
  .join('');

let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('hostile-html'));
});

afterAll(async () => {
  await cleanup();
});

describe('deeply nested HTML', () => {
  it('a page nested 1,000 deep is skipped with its depth; the other files load', async () => {
    await writeFiles(dir, {
      'deep.html': page(`${'<div>'.repeat(1000)}${paragraphs}${'</div>'.repeat(1000)}`),
      'fine.html': page(`<article>${paragraphs}</article>`),
      'plain.txt': inventedArticle(1),
    });
    // Without the depth limit this load takes minutes (measured 38 s for the same shape at 11 KB); the
    // deadline below only guards against a hang.
    const load = await loadCorpus(dir);
    expect(load.articles.map((a) => a.path)).toEqual(['fine.html', 'plain.txt']);
    expect(load.problems.map((p) => p.message)).toEqual([
      `corpus: 'deep.html': elements nested 1000 deep, over the limit of 200 (no article page nests so deep, and reading it could take minutes); skipped`,
    ]);
  }, 60_000);

  it.each([
    ['unclosed optional-end elements are flat, as the parser makes them', `<ul>${'<li>item'.repeat(5000)}</ul>`, 1],
    ['stray end tags close nothing', '<div></span>'.repeat(300), 300],
    [
      'an end tag closes the elements left open inside it',
      `${'<div><b>'.repeat(300)}${'</div>'.repeat(300)}<div></div>`,
      600,
    ],
    [
      'script and comment contents are not markup',
      `<script>${'<div>'.repeat(500)}</script><!--${'<div>'.repeat(500)}-->`,
      0,
    ],
    [
      'self-closing tags close themselves inside SVG only',
      `<svg>${'<path d="M0 0"/>'.repeat(500)}</svg>${'<div/>'.repeat(3)}`,
      3,
    ],
  ])('depth scan: %s', (_name, html, depth) => {
    expect(htmlNestingDepth(html)).toBe(depth);
  });
});

describe('time budget', () => {
  it('a page still being read when its time is up is abandoned and reported; the next page is read', async () => {
    const { dir: timed, cleanup: done } = await tempDir('html-time');
    try {
      await writeFiles(timed, { 'a-slow.html': page(`<article>${paragraphs}</article>`), 'b.txt': inventedArticle(2) });
      // A budget of 1 ms: no page is read that fast (the time counts from when the page is handed over).
      const load = await loadCorpus(timed, { htmlTimeoutMs: 1 });
      expect(load.articles.map((a) => a.path)).toEqual(['b.txt']);
      expect(load.problems.map((p) => p.message)).toEqual([
        `corpus: 'a-slow.html': took longer than 1 ms to read as HTML; skipped`,
      ]);
      // The thread ended for the slow page is replaced: with time enough, the same page loads.
      const again = await loadCorpus(timed);
      expect(again.articles.map((a) => a.path)).toEqual(['a-slow.html', 'b.txt']);
    } finally {
      await done();
    }
  }, 60_000);
});
