import { describe, expect, it } from 'vitest';
import { loadFiles } from './helpers.js';

const BODY = 'The mayor opened the new bridge on Monday. "It took ten years," she said.';

describe('each format loads an article', () => {
  it('.txt: the whole decoded file, BOM stripped, CRLF and lone CR turned into LF', async () => {
    const load = await loadFiles({ 'a.txt': '\uFEFFLine one of the text here.\r\nLine two.\rLine three.' });
    expect(load.problems).toEqual([]);
    expect(load.articles[0]?.text).toBe('Line one of the text here.\nLine two.\nLine three.');
  });

  it('.md: YAML front matter gives metadata, the body after it is the text', async () => {
    const md = `---\nid: bridge-story\ntitle: Bridge opens\nauthor: Ann Writer\ndate: 2024-05-06\nsource: Town Post\nurl: https://example.org/bridge\n---\n${BODY}\n`;
    const load = await loadFiles({ 'news/bridge.md': md });
    expect(load.problems).toEqual([]);
    const a = load.articles[0];
    expect(a).toMatchObject({
      id: 'bridge-story',
      recordId: 'bridge-story',
      path: 'news/bridge.md',
      title: 'Bridge opens',
      author: 'Ann Writer',
      publishedAt: '2024-05-06',
      publisher: 'Town Post',
      url: 'https://example.org/bridge',
      text: `${BODY}\n`,
    });
    expect(a?.metaOrigin).toMatchObject({ title: 'front-matter', publishedAt: 'front-matter' });
  });

  it('.md without front matter: the whole file is the text', async () => {
    const load = await loadFiles({ 'plain.md': `# Bridge opens at last\n\n${BODY}` });
    expect(load.articles[0]).toMatchObject({ title: 'Bridge opens at last', text: `# Bridge opens at last\n\n${BODY}` });
  });

  it('.json: one article object, text kept exactly as given', async () => {
    const text = 'Line one.\r\n\r\n  "Quoted," he said.  ';
    const load = await loadFiles({ 'one.json': JSON.stringify({ id: 'x1', title: 'T', text, publisher: 'P', extra: 1 }) });
    expect(load.problems).toEqual([]);
    expect(load.articles[0]).toMatchObject({ id: 'x1', text, title: 'T', publisher: 'P', line: null });
  });

  it('.json: an array of articles', async () => {
    const load = await loadFiles({ 'many.json': JSON.stringify([{ id: 'a', text: BODY }, { id: 'b', text: BODY }]) });
    expect(load.articles.map((a) => a.id)).toEqual(['a', 'b']);
  });

  it('.jsonl: one article per line with its line number; source stands for publisher', async () => {
    const lines = [
      JSON.stringify({ id: 'r1', title: 'First', text: BODY, publishedAt: '2024-01-02', source: 'Wire', author: 'A. Writer', url: 'https://e.org/1', tags: ['x'] }),
      '',
      JSON.stringify({ id: 'r2', text: 'Second story text.' }),
    ].join('\n');
    const load = await loadFiles({ 'feed.jsonl': lines });
    expect(load.problems).toEqual([]);
    expect(load.articles.map((a) => [a.id, a.line])).toEqual([['r1', 1], ['r2', 3]]);
    expect(load.articles[0]).toMatchObject({ publisher: 'Wire', publishedAt: '2024-01-02', author: 'A. Writer', url: 'https://e.org/1', text: BODY });
    expect(load.articles[0]?.metaOrigin).toMatchObject({ publisher: 'record', title: 'record' });
  });

  it('.html: readable text via Readability, paragraphs separated by blank lines, metadata from <meta>', async () => {
    const para = (n: number) => `Paragraph ${n} of the story explains what the council decided about the bridge and why it matters to the town.`;
    const html = `<!doctype html><html><head><title>Bridge opens | Town Post</title>
      <meta property="og:site_name" content="Town Post"><meta name="author" content="Ann Writer">
      <meta property="article:published_time" content="2024-05-06T09:30:00Z">
      <link rel="canonical" href="https://example.org/bridge"></head>
      <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <article><h1>Bridge opens</h1><p>${para(1)}</p><p>${para(2)} <b>"It took ten years,"</b> she said.</p><p>${para(3)}</p></article>
      <footer>Copyright Town Post</footer></body></html>`;
    const load = await loadFiles({ 'page.html': html });
    expect(load.problems).toEqual([]);
    const a = load.articles[0];
    expect(a?.text).toContain(`${para(1)}\n\n${para(2)} "It took ten years," she said.\n\n${para(3)}`);
    expect(a?.text).not.toContain('Copyright');
    expect(a).toMatchObject({ publisher: 'Town Post', author: 'Ann Writer', url: 'https://example.org/bridge', publishedAt: '2024-05-06T09:30:00Z' });
  });

  it('files list: corpus-relative path, size, sha256 and the article ids of each file', async () => {
    const load = await loadFiles({ 'sub/a.txt': 'abc' });
    expect(load.files).toEqual([
      { path: 'sub/a.txt', size: 3, hash: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', articleIds: [load.articles[0]?.id] },
    ]);
  });

  it('skips speakers.json at the root, sidecars, hidden files and unknown extensions silently', async () => {
    const load = await loadFiles({
      'speakers.json': '{"speakers": []}',
      'a.txt': BODY,
      'a.txt.meta.json': '{"title": "A"}',
      '.hidden.txt': BODY,
      '.git/x.txt': BODY,
      'photo.jpg': 'not text',
      'notes.docx': 'x',
    });
    expect(load.problems).toEqual([]);
    expect(load.articles.map((a) => a.path)).toEqual(['a.txt']);
  });

  it('a speakers.json below the root is an article file like any other', async () => {
    const load = await loadFiles({ 'sub/speakers.json': JSON.stringify({ text: BODY }) });
    expect(load.articles.map((a) => a.path)).toEqual(['sub/speakers.json']);
  });
});
