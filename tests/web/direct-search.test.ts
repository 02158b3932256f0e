/**
 * `/api/search` answered on node's own request and response (app.ts, directSearch) must be the answer the express
 * route gives: the same headers in the same order, the same body; what it does not take (other spellings of the
 * path, conditional requests) and what fails (400, 503) is answered by the route, and a failed search is not run
 * twice.
 */
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { createApp, type AppOptions } from '../../src/web/app.js';
import { EmbeddedBackend } from '../../src/backend/index.js';
import { SearchBudgetExceeded } from '../../src/search/index.js';
import type { BackendSearchRequest } from '../../src/backend/contract.js';
import { fixtureIndex } from './fixtures.js';

/** Raw headers as sent, in order, without those that vary by request (date) or by address (ETag, length). */
function headerList(res: request.Response): string[] {
  const raw = (res as unknown as { res: { rawHeaders: string[] } }).res.rawHeaders;
  const out: string[] = [];
  for (let i = 0; i < raw.length; i += 2) {
    const name = raw[i]!.toLowerCase();
    if (name === 'date' || name === 'etag' || name === 'content-length') continue;
    out.push(`${raw[i]}: ${raw[i + 1]}`);
  }
  return out;
}

/** The body without the time taken, and with links to one port (supertest serves each request on another port). */
const withoutTime = (text: string): string =>
  text.replace(/"took_ms":[0-9.e+-]+/, '"took_ms":0').replace(/\/\/127\.0\.0\.1:\d+\//g, '//127.0.0.1:0/');

/** Counts the requests express's router handles from now on. */
function countRouted(app: ReturnType<typeof createApp>): () => number {
  const router = (app as unknown as { router: { handle: (...args: unknown[]) => unknown } }).router;
  const handle = router.handle.bind(router);
  let count = 0;
  router.handle = (...args: unknown[]) => {
    count++;
    return handle(...args);
  };
  return () => count;
}

describe('/api/search answered directly', () => {
  const options: Array<[string, AppOptions]> = [
    ['a base URL', { baseUrl: 'https://verbatim.example' }],
    ['the Host header (Vary: Host, private)', {}],
    ['the listening address', { listenOrigin: () => 'http://127.0.0.1:3999' }],
  ];
  it.each(options)('with links from %s: the same headers, in order, and body as the express route', async (_, opts) => {
    const app = createApp(fixtureIndex(), { ...opts, log: () => {}, searchCacheBytes: 0 });
    const routedCount = countRouted(app);
    for (const query of ['q=bridge', 'q=salt&sort=newest&limit=3', 'q=%22harbour+bridge%22', '']) {
      const before = routedCount();
      const direct = await request(app).get(`/api/search?${query}`).set('Origin', 'https://elsewhere.example');
      expect(routedCount()).toBe(before);
      // A trailing slash is another spelling of the route: express answers it.
      const routed = await request(app).get(`/api/search/?${query}`).set('Origin', 'https://elsewhere.example');
      expect(routedCount()).toBe(before + 1);
      expect(direct.status).toBe(200);
      expect(headerList(direct)).toEqual(headerList(routed));
      expect(withoutTime(direct.text)).toBe(withoutTime(routed.text));
      expect(Number(direct.headers['content-length'])).toBe(Buffer.byteLength(direct.text));
      expect(direct.headers.etag).toMatch(/^W\/"/);
    }
  });

  it('HEAD gets the headers of GET and no body', async () => {
    const app = createApp(fixtureIndex(), { log: () => {}, searchCacheBytes: 0 });
    const get = await request(app).get('/api/search?q=bridge');
    const head = await request(app).head('/api/search?q=bridge');
    expect(head.status).toBe(200);
    expect(head.text ?? '').toBe('');
    expect(headerList(head).filter((h) => !h.startsWith('Content-Length'))).toEqual(headerList(get));
  });

  it('a conditional request is answered 304 by the route', async () => {
    const app = createApp(fixtureIndex(), { baseUrl: 'https://verbatim.example', log: () => {} });
    const first = await request(app).get('/api/search?q=bridge');
    const again = await request(app).get('/api/search?q=bridge').set('If-None-Match', first.headers.etag!);
    expect(again.status).toBe(304);
  });

  it('a failed search is answered by the error handler, as through the route, and searched once', async () => {
    const index = fixtureIndex();
    const backend = new EmbeddedBackend(index);
    let searches = 0;
    const over = Object.assign(Object.create(backend) as EmbeddedBackend, {
      search: (r: BackendSearchRequest) => {
        searches++;
        return r.q === 'slow' ? Promise.reject(new SearchBudgetExceeded(r.budgetMs ?? 0)) : backend.search(r);
      },
    });
    const app = createApp(over, { log: () => {}, searchCacheBytes: 0 });
    const direct = await request(app).get('/api/search?q=slow');
    expect(searches).toBe(1);
    const routed = await request(app).get('/api/search/?q=slow');
    expect(searches).toBe(2);
    expect(direct.status).toBe(503);
    expect(direct.headers['retry-after']).toBe('5');
    expect(headerList(direct)).toEqual(headerList(routed));
    expect(direct.text).toBe(routed.text);

    const bad = await request(app).get('/api/search?q=bridge&page=0');
    const badRouted = await request(app).get('/api/search/?q=bridge&page=0');
    expect(bad.status).toBe(400);
    expect(headerList(bad)).toEqual(headerList(badRouted));
    expect(bad.text).toBe(badRouted.text);
  });
});
