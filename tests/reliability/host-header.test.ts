/**
 * A forged Host header cannot poison what shared caches keep (issue item 12), error pages say what they
 * are, and BibTeX carries no control characters.
 */
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { createApp } from '../../src/web/app.js';
import { bibtexEscape } from '../../src/web/routes/export.js';
import { fixtureIndex, quotes } from '../web/fixtures.js';

const quoteId = quotes[0]!.id;
const routes = [
  '/?q=bridge',
  '/api/search?q=bridge',
  `/q/${quoteId}`,
  `/api/quotes/${quoteId}`,
  '/feed.atom?q=bridge',
  '/export.bib?q=bridge',
];

describe('Host header', () => {
  it('without BASE_URL, answers built from the Host header are private to the client and vary by Host', async () => {
    const app = createApp(fixtureIndex(), { log: () => {} });
    for (const route of routes) {
      const res = await request(app).get(route).set('Host', 'attacker.example');
      expect(res.status, route).toBe(200);
      expect(res.headers['cache-control'], route).toMatch(/^private\b/);
      expect(res.headers['cache-control'], route).not.toMatch(/public/);
      expect(res.headers.vary, route).toMatch(/\bHost\b/i);
    }
  });

  it('a Host that is not a plain host[:port] is not used at all', async () => {
    const app = createApp(fixtureIndex(), { log: () => {} });
    const res = await request(app).get(`/api/quotes/${quoteId}`).set('Host', 'evil.example/"><x');
    expect(res.status).toBe(200);
    expect((res.body as { permalink: string }).permalink).toMatch(/^http:\/\/localhost\//);
  });

  it('with the listen origin known, links come from it, the Host header is ignored and answers may be public', async () => {
    const app = createApp(fixtureIndex(), { log: () => {}, listenOrigin: () => 'http://127.0.0.1:4321' });
    for (const route of routes) {
      const res = await request(app).get(route).set('Host', 'attacker.example');
      expect(res.status, route).toBe(200);
      expect(res.text, route).not.toContain('attacker.example');
      expect(res.headers['cache-control'], route).toBe('public, max-age=60');
    }
    const quote = await request(app).get(`/api/quotes/${quoteId}`).set('Host', 'attacker.example');
    expect((quote.body as { permalink: string }).permalink).toBe(`http://127.0.0.1:4321/q/${quoteId}`);
  });

  it('with BASE_URL, links come from it whatever the Host', async () => {
    const app = createApp(fixtureIndex(), { log: () => {}, baseUrl: 'https://quotes.example' });
    const res = await request(app).get('/feed.atom?q=bridge').set('Host', 'attacker.example');
    expect(res.text).not.toContain('attacker.example');
    expect(res.text).toContain('https://quotes.example/');
    expect(res.headers['cache-control']).toBe('public, max-age=60');
  });
});

describe('error responses', () => {
  it('a range past the end of a static script is a 416 sent as an HTML page, not as JavaScript', async () => {
    const app = createApp(fixtureIndex(), { log: () => {} });
    const res = await request(app).get('/static/app.js').set('Range', 'bytes=99999999-');
    expect(res.status).toBe(416);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-type']).not.toMatch(/javascript/);
  });
});

describe('BibTeX', () => {
  it('drops control and format characters and escapes specials', () => {
    expect(bibtexEscape('a\u0000b\u0007c\u202Ed\u200Be\u0085f {50%}')).toBe('abcdef \\{50\\%\\}');
    expect(bibtexEscape('line\r\nbreak\ttab')).toBe('line break tab');
  });
});
