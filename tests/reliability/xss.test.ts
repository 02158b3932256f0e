/**
 * No stored or reflected XSS, server side: markup in quotes, titles, publishers, authors and speaker names is
 * escaped on every page, queries are escaped where they are echoed, and a `javascript:` (or `data:`) address in
 * an article's url field never becomes a link. The corpus goes through the real loader and pipeline.
 */
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assembleIndex, loadIndex, type LoadedIndex } from '../../src/store/index.js';
import { buildIndex } from '../../src/build/index.js';
import { createApp } from '../../src/web/app.js';
import { tempDir, writeFiles } from './helpers.js';

const PAYLOAD = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>alert(2)</script>';

let cleanup: () => Promise<void>;
let index: LoadedIndex;
let problems: string[];

beforeAll(async () => {
  const t = await tempDir('xss');
  cleanup = t.cleanup;
  const corpus = path.join(t.dir, 'corpus');
  await writeFiles(corpus, {
    'feed.jsonl': [
      {
        id: 'markup-1',
        title: `Harbour ${SCRIPT} news`,
        publisher: `Gazette ${PAYLOAD}`,
        author: `Orla ${PAYLOAD} Vantreight`,
        url: 'javascript:alert(document.cookie)',
        publishedAt: '2024-05-02',
        text: `The council met on Monday.\n\n“The harbour ${SCRIPT} will reopen ${PAYLOAD} by spring,” said Ruben Tarrow, the harbour master.`,
      },
      {
        id: 'markup-2',
        title: `Ferry "quoted" & 'apostrophes' </title><script>alert(3)</script>`,
        url: 'data:text/html,<script>alert(4)</script>',
        publishedAt: '2024-05-03',
        text: '“The ferry will run again on Friday,” said Imke Ostergaard.',
      },
      {
        id: 'markup-3',
        title: 'A link that is fine',
        url: 'https://news.example/ferry?a=1&b=2',
        publishedAt: '2024-05-04',
        text: '“The tram depot is finished,” said Jory Marrowby.',
      },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n'),
  });
  const summary = await buildIndex({ corpusDir: corpus, outDir: path.join(t.dir, 'index') });
  problems = summary.problems.map((p) => p.message);
  const built = await loadIndex(path.join(t.dir, 'index'));
  // A speaker name with markup (as a speakers.json override could give): escaped like everything else.
  const speakers = [...built.speakers.values()].map((s) => ({ ...s, name: `${s.name} ${PAYLOAD}` }));
  index = assembleIndex(
    { articles: [...built.articles.values()], quotes: [...built.quotes.values()], speakers },
    { dir: built.dir, builtAt: built.builtAt, formatVersion: built.formatVersion },
  );
}, 60_000);

afterAll(() => cleanup());

const app = () => createApp(index, { baseUrl: 'https://verbatim.example', log: () => {} });

function pages(): string[] {
  const quoteIds = [...index.quotes.keys()];
  const speakerIds = [...index.speakers.keys()];
  return [
    '/',
    '/?q=harbour',
    '/?q=ferry&sort=newest',
    '/speakers',
    ...quoteIds.map((id) => `/q/${encodeURIComponent(id)}`),
    ...speakerIds.map((id) => `/speakers/${encodeURIComponent(id)}`),
    '/articles/markup-1',
    '/articles/markup-2',
    '/articles/markup-3',
  ];
}

function expectNoMarkup(html: string, where: string): void {
  expect(html, where).not.toContain('<img src=x');
  expect(html, where).not.toMatch(/<script>alert/);
  // (`<link rel="icon" href="data:,">`, the empty favicon, is the page's own.)
  expect(html, where).not.toMatch(/(href|src|action)\s*=\s*["']?\s*(javascript:|data:text)/i);
  expect(html, where).not.toMatch(/<\/title><script>/);
}

describe('stored markup is escaped on every page', () => {
  it('the loader refuses the javascript: and data: addresses, naming the record', () => {
    expect(problems).toEqual([
      "corpus: 'feed.jsonl' line 1: url 'javascript:alert(document.cookie)' is not an http(s) address; ignored",
      "corpus: 'feed.jsonl' line 2: url 'data:text/html,<script>alert(4)</script>' is not an http(s) address; ignored",
    ]);
    expect(index.articles.get('markup-1')?.url).toBeNull();
    expect(index.articles.get('markup-3')?.url).toBe('https://news.example/ferry?a=1&b=2');
  });

  it('every page shows the markup as text and links only http(s) sources', async () => {
    const list = pages();
    expect(list.length).toBeGreaterThan(8);
    let escapedSeen = 0;
    for (const url of list) {
      const res = await request(app()).get(url);
      expect(res.status, url).toBe(200);
      expectNoMarkup(res.text, url);
      if (
        res.text.includes('&lt;img src=x onerror=alert(1)&gt;') ||
        res.text.includes('&lt;script&gt;alert(2)&lt;/script&gt;')
      )
        escapedSeen++;
    }
    // The payloads are there, escaped, not dropped: pages show what the source said.
    expect(escapedSeen).toBeGreaterThan(list.length / 2);
    const fine = await request(app()).get('/articles/markup-3');
    expect(fine.text).toContain('href="https://news.example/ferry?a=1&amp;b=2"');
  });

  it('the JSON-LD block of a permalink cannot be closed by a quote or a title', async () => {
    for (const id of index.quotes.keys()) {
      const res = await request(app()).get(`/q/${encodeURIComponent(id)}`);
      const blocks = res.text.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g) ?? [];
      for (const block of blocks) expect(block.slice(35, -9)).not.toMatch(/<|>/);
    }
  });
});

describe('reflected input is escaped', () => {
  it.each([
    ['a query with a script tag', `/?q=${encodeURIComponent(SCRIPT)}`],
    ['a query with an attribute breakout', `/?q=${encodeURIComponent('"><img src=x onerror=alert(1)>')}`],
    ['a speaker filter with markup', `/?q=harbour&speaker=${encodeURIComponent(PAYLOAD)}`],
    ['a speaker page id with markup', `/speakers/${encodeURIComponent(PAYLOAD)}`],
    ['an article id with markup', `/articles/${encodeURIComponent(SCRIPT)}`],
    ['an unknown path with markup', `/${encodeURIComponent(SCRIPT)}`],
    ['a bad date with markup', `/?from=${encodeURIComponent(SCRIPT)}`],
  ])('%s', async (_name, url) => {
    const res = await request(app()).get(url);
    expect([200, 400, 404]).toContain(res.status);
    expectNoMarkup(res.text, url);
  });

  it('API errors echo input only inside JSON, as application/json', async () => {
    const res = await request(app()).get(`/api/search?from=${encodeURIComponent(SCRIPT)}`);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
