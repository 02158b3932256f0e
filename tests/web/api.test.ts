import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { createApp } from '../../src/web/app.js';
import { fixtureIndex } from './fixtures.js';
import { body } from './json.js';
import {
  articleSchema,
  errorSchema,
  healthSchema,
  quoteDetailSchema,
  searchResponseSchema,
  speakerListSchema,
  speakerQuotesSchema,
} from '../../src/web/api-schemas.js';

interface OpenApi {
  paths: Record<string, { get: { parameters: Array<{ name: string }> } }>;
}

const app = createApp(fixtureIndex(), { baseUrl: 'https://verbatim.example', log: () => {} });

interface ApiQuote {
  id: string;
  text: string;
  speakerId: string | null;
  speakerName: string | null;
  articleTitle: string | null;
  publisher: string | null;
  permalink: string;
  highlights: Array<{ start: number; end: number }>;
}

async function search(query: string) {
  const res = await request(app).get(`/api/search?${query}`);
  return {
    res,
    body: res.body as {
      total: number;
      page: number;
      limit: number;
      took_ms: number;
      results: ApiQuote[];
      facets: {
        speakers: Array<{ id: string; name: string; count: number }>;
        publishers: Array<{ id: string; name: string; count: number }>;
      };
    },
  };
}

describe('GET /api/search', () => {
  it('returns quotes with speaker, article, permalink and highlights for a word query', async () => {
    const { res, body } = await search('q=repairs+budget');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    // Two articles report the mayor's words: one statement, one row (src/statements).
    expect(body.total).toBe(1);
    expect(body.page).toBe(1);
    expect(body.limit).toBe(20);
    expect(typeof body.took_ms).toBe('number');
    const first = body.results.find((r) => r.id === 'q-repairs');
    expect(first).toMatchObject({
      speakerId: 'tomas-virtanen',
      speakerName: 'Tomas Virtanen',
      articleTitle: 'Harbour bridge to reopen in spring',
      publisher: 'The Coastal Gazette',
      permalink: 'https://verbatim.example/q/q-repairs',
    });
    const marked = first!.highlights.map((h) => first!.text.slice(h.start, h.end).toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(['repairs', 'budget']));
  });

  it('an "exact phrase" only matches quotes with the words in that order', async () => {
    const { body } = await search(`q=${encodeURIComponent('"boring budgets"')}`);
    expect(body.results.map((r) => r.id)).toEqual(['q-unattributed']);
    const none = await search(`q=${encodeURIComponent('"budgets boring"')}`);
    expect(none.body.total).toBe(0);
  });

  it('-word excludes quotes containing it', async () => {
    const all = await search('q=budget');
    expect(all.body.results.map((r) => r.id)).toContain('q-unattributed');
    const { body } = await search('q=budget+-boring');
    expect(body.results.map((r) => r.id)).not.toContain('q-unattributed');
    expect(body.total).toBeGreaterThan(0);
  });

  it('filters by a repeated speaker parameter', async () => {
    const { body } = await search('speaker=lena-brook&speaker=ada-quill');
    expect(new Set(body.results.map((r) => r.speakerId))).toEqual(new Set(['lena-brook', 'ada-quill']));
    expect(body.total).toBe(3);
  });

  it('filters by publisher, case-insensitively', async () => {
    const { body } = await search('publisher=valley+times');
    expect(body.total).toBe(2);
    expect(body.results.every((r) => r.publisher === 'Valley Times')).toBe(true);
  });

  it('filters by a date range on when the quote was said', async () => {
    const { body } = await search('from=2025-04-01&to=2025-04-30');
    expect(body.results.map((r) => r.id).sort()).toEqual(['q-nobody-asked', 'q-repairs-again']);
  });

  it('sorts newest and oldest first', async () => {
    const newest = await search('sort=newest&limit=100');
    const oldest = await search('sort=oldest&limit=100');
    expect(newest.body.results[0]!.id).toBe('q-script');
    expect(oldest.body.results.at(-1)!.id).toBe('q-script');
    expect(oldest.body.results[0]!.id).toMatch(/^q-toll-/);
  });

  it('pages through results without overlap', async () => {
    const p1 = await search('sort=newest&limit=2&page=1');
    const p2 = await search('sort=newest&limit=2&page=2');
    expect(p1.body.results).toHaveLength(2);
    expect(p2.body.results).toHaveLength(2);
    expect(p2.body.page).toBe(2);
    const ids1 = p1.body.results.map((r) => r.id);
    expect(p2.body.results.some((r) => ids1.includes(r.id))).toBe(false);
    expect(p1.body.total).toBe(18);
  });

  it('counts speakers and publishers in facets', async () => {
    const { body } = await search('q=budget');
    expect(body.facets.speakers).toContainEqual({ id: 'tomas-virtanen', name: 'Tomas Virtanen', count: 2 });
    expect(body.facets.publishers.map((p) => p.name).sort()).toEqual([
      'Open Forum',
      'The Coastal Gazette',
      'Valley Times',
    ]);
  });

  it.each([
    ['page=-1', 'page'],
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['limit=10000', 'limit'],
    ['limit=0', 'limit'],
    ['from=not-a-date', 'from'],
    ['to=2025-02-30', 'to'],
    ['from=2025-05-01&to=2025-04-01', 'from'],
    ['sort=random', 'sort'],
    ['page=1&page=2', 'page'],
    ['q=a&q=b', 'q'],
    ['a 10 kB query', 'q'],
  ])('rejects %s with a 400 naming the field', async (query, field) => {
    const { res } = await search(query === 'a 10 kB query' ? `q=${'x'.repeat(10_000)}` : query);
    expect(res.status).toBe(400);
    expect(body(errorSchema, res).error).toMatch(/^Invalid search query: /);
    expect(body(errorSchema, res).issues.map((i) => i.path)).toContain(field);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('treats empty form fields as absent', async () => {
    const { res, body } = await search('q=&from=&to=&sort=&page=');
    expect(res.status).toBe(200);
    // 19 quotes, two of them reports of one statement.
    expect(body.total).toBe(18);
  });
});

describe('GET /api/quotes/:id', () => {
  it('returns the quote with citations and the same quote elsewhere', async () => {
    const res = await request(app).get('/api/quotes/q-repairs');
    expect(res.status).toBe(200);
    expect(body(quoteDetailSchema, res).text).toBe('The repairs are ahead of schedule and under budget,');
    expect(body(quoteDetailSchema, res).speaker?.name).toBe('Tomas Virtanen');
    expect(body(quoteDetailSchema, res).citations.map((c) => c.style)).toEqual(['apa', 'mla', 'chicago', 'plain']);
    expect(body(quoteDetailSchema, res).sameQuoteElsewhere.map((q) => q.id)).toEqual(['q-repairs-again']);
  });

  it('answers an unknown id with a JSON 404', async () => {
    const res = await request(app).get('/api/quotes/no-such-quote');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: "No quote with id 'no-such-quote'", issues: [] });
  });
});

describe('GET /api/speakers and /api/speakers/:id', () => {
  it('lists speakers, most quoted first, filtered by name', async () => {
    const all = await request(app).get('/api/speakers');
    expect(body(speakerListSchema, all).total).toBe(15);
    expect(body(speakerListSchema, all).results[0]?.id).toBe('tomas-virtanen');
    const some = await request(app).get('/api/speakers?q=brook');
    expect(body(speakerListSchema, some).results.map((s) => s.id)).toEqual(['lena-brook']);
  });

  it('returns a speaker with their quotes, paginated', async () => {
    const res = await request(app).get('/api/speakers/tomas-virtanen?limit=1&page=2');
    expect(res.status).toBe(200);
    expect(body(speakerQuotesSchema, res).speaker.name).toBe('Tomas Virtanen');
    // Three quotes, two of them reports of one statement.
    expect(body(speakerQuotesSchema, res).quotes.total).toBe(2);
    expect(body(speakerQuotesSchema, res).quotes.results).toHaveLength(1);
  });

  it('answers an unknown speaker with a JSON 404', async () => {
    const res = await request(app).get('/api/speakers/nobody-at-all');
    expect(res.status).toBe(404);
    expect(body(errorSchema, res).error).toMatch(/No speaker/);
  });
});

describe('GET /api/articles/:id, /api/health, /api/openapi.json', () => {
  it('returns an article with its quotes in text order', async () => {
    const res = await request(app).get('/api/articles/gazette-harbour-bridge');
    expect(res.status).toBe(200);
    expect(body(articleSchema, res).title).toBe('Harbour bridge to reopen in spring');
    expect(body(articleSchema, res).quotes.map((q) => q.id)).toEqual(['q-repairs', 'q-inspection', 'q-salt']);
  });

  it('answers an unknown article with a JSON 404', async () => {
    expect((await request(app).get('/api/articles/missing')).status).toBe(404);
  });

  it('reports health with counts, never cached', async () => {
    const res = await request(app).get('/api/health');
    expect(res.body).toMatchObject({ status: 'ok', quotes: 19, speakers: 15, articles: 4 });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('describes the API from the same schemas', async () => {
    const res = await request(app).get('/api/openapi.json');
    expect((res.body as { openapi: string }).openapi).toBe('3.1.0');
    const params = (res.body as OpenApi).paths['/api/search']!.get.parameters.map((p) => p.name);
    expect(params).toEqual(['q', 'speaker', 'publisher', 'from', 'to', 'sort', 'page', 'limit', 'minConfidence']);
  });

  it('answers unknown API paths with JSON', async () => {
    const res = await request(app).get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/json/);
  });
});

describe('caching', () => {
  it('sends an ETag and Cache-Control, and 304 when the ETag matches', async () => {
    const first = await request(app).get('/api/search?q=salt');
    expect(first.headers.etag).toBeTruthy();
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    const again = await request(app).get('/api/search?q=salt').set('If-None-Match', first.headers.etag!);
    expect(again.status).toBe(304);
    const other = await request(app).get('/api/search?q=steel').set('If-None-Match', first.headers.etag!);
    expect(other.status).toBe(200);
  });

  it('swaps indexes through a getter without rebuilding the app', async () => {
    let current = fixtureIndex();
    const swapping = createApp(() => current, { log: () => {} });
    expect(body(healthSchema, await request(swapping).get('/api/health')).quotes).toBe(19);
    const smaller = fixtureIndex();
    (smaller.quotes as Map<string, unknown>).delete('q-salt');
    current = smaller;
    expect(body(healthSchema, await request(swapping).get('/api/health')).quotes).toBe(18);
  });

  it('answers a repeated search from its cache with the same body, and never from a swapped-out index', async () => {
    let current = fixtureIndex();
    const cached = createApp(() => current, { baseUrl: 'https://verbatim.example', log: () => {} });
    const uncached = createApp(() => current, {
      baseUrl: 'https://verbatim.example',
      log: () => {},
      searchCacheBytes: 0,
    });
    const withoutTime = (body: { took_ms: number }) => ({ ...body, took_ms: 0 });
    const first = await request(cached).get('/api/search?q=salt');
    // Another spelling of the same request is the same cache entry.
    const second = await request(cached).get('/api/search?q=salt&page=1');
    const fresh = await request(uncached).get('/api/search?q=salt');
    expect(body(searchResponseSchema, first).total).toBe(1);
    expect(withoutTime(body(searchResponseSchema, second))).toEqual(withoutTime(body(searchResponseSchema, first)));
    expect(withoutTime(body(searchResponseSchema, second))).toEqual(withoutTime(body(searchResponseSchema, fresh)));
    expect(second.headers['content-length']).toBe(String(Buffer.byteLength(second.text)));
    const smaller = fixtureIndex();
    (smaller.quotes as Map<string, unknown>).delete('q-salt');
    const engine = smaller.search;
    // The new index finds nothing: an answer for q=salt can only come from the old one.
    smaller.search = { ...engine, search: (r) => ({ ...engine.search(r), total: 0, results: [] }) };
    current = smaller;
    const afterSwap = await request(cached).get('/api/search?q=salt');
    expect(body(searchResponseSchema, afterSwap).total).toBe(0);
    expect(body(searchResponseSchema, afterSwap).results).toEqual([]);
  });

  it('answers HEAD on /api/search with the headers of GET and no body', async () => {
    const get = await request(app).get('/api/search?q=salt');
    const head = await request(app).head('/api/search?q=salt');
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toBe(get.headers['content-type']);
    // The length of the body GET would send (took_ms, part of it, varies from request to request).
    expect(Number(head.headers['content-length'])).toBeGreaterThan(Buffer.byteLength(get.text) - 8);
    expect(head.headers.etag).toBe(get.headers.etag);
    expect(head.text).toBeUndefined();
  });
});
