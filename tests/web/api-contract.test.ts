/**
 * The API's contract: the OpenAPI document (valid, complete, generated from the zod contracts), real answers
 * of every JSON route parsed with the response schemas, CORS on the read-only endpoints, 405 for other
 * methods, every bad parameter reported, speakers by id / name / close spelling, attribution confidence,
 * undated quotes left out by date filters and counted.
 */
import { describe, expect, it } from 'vitest';
import request from 'supertest';
import SwaggerParser from '@apidevtools/swagger-parser';
import type { z } from 'zod';
import { JSDOM } from 'jsdom';
import { createApp } from '../../src/web/app.js';
import { assembleIndex } from '../../src/store/assemble.js';
import {
  articleSchema,
  checkResponseSchema,
  errorSchema,
  healthSchema,
  quoteDetailSchema,
  searchResponseSchema,
  speakerListSchema,
  speakerQuotesSchema,
} from '../../src/web/api-schemas.js';
import { ROUTE_PATHS } from '../../src/web/route-paths.js';
import { parseConfig } from '../../src/config.js';
import { corpus, fixtureIndex } from './fixtures.js';

const app = createApp(fixtureIndex(), { baseUrl: 'https://verbatim.example', log: () => {} });

/**
 * The fixture corpus with the forum post undated (its two quotes have no date at all) and Ada Quill's and
 * Lena Brook's attributions less sure: probable (0.7) and uncertain (0.4).
 */
function variantIndex() {
  const confidence: Record<string, number> = { 'q-script': 0.7, 'q-salt': 0.4 };
  return assembleIndex(
    {
      ...corpus,
      articles: corpus.articles.map((a) => (a.id === 'forum-markup-post' ? { ...a, publishedAt: null } : a)),
      quotes: corpus.quotes.map((q) => ({
        ...q,
        publishedAt: q.articleId === 'forum-markup-post' ? null : q.publishedAt,
        attribution: { ...q.attribution, confidence: confidence[q.id] ?? q.attribution.confidence },
      })),
    },
    { dir: '(memory)', builtAt: '2025-06-01T00:00:00Z', formatVersion: 1 },
  );
}
const variant = createApp(variantIndex(), { baseUrl: 'https://verbatim.example', log: () => {} });

/** Rows of a CSV body (after its byte order mark): quoted fields, doubled quotes, CRLF rows. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  for (const m of text.slice(1).matchAll(/((?:"(?:[^"]|"")*"|[^,\r\n]*)(?:,(?:"(?:[^"]|"")*"|[^,\r\n]*))*)\r\n/g)) {
    const fields = [...m[1]!.matchAll(/(?:^|,)("(?:[^"]|"")*"|[^,]*)/g)].map((f) =>
      f[1]!.startsWith('"') ? f[1]!.slice(1, -1).replace(/""/g, '"') : f[1]!,
    );
    rows.push(fields);
  }
  return rows;
}

/** Parses a body with a response schema; on failure the issues say which field drifted. */
function conforms(schema: z.ZodType, body: unknown): void {
  const result = schema.safeParse(body);
  expect(result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([]);
}

describe('OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document with shared components, an operationId each and integer parameters', async () => {
    const res = await request(app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = res.body as {
      paths: Record<
        string,
        { get: { operationId: string; parameters: Array<{ name: string; schema: { type: string } }> } }
      >;
      components: { schemas: Record<string, unknown> };
    };
    await SwaggerParser.validate(structuredClone(doc) as never);
    const ops = Object.values(doc.paths).map((p) => p.get.operationId);
    expect(new Set(ops).size).toBe(ops.length);
    expect(ops.every((o) => typeof o === 'string' && o !== '')).toBe(true);
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Quote', 'SearchResponse', 'SaidAt', 'Error']),
    );
    const params = Object.fromEntries(doc.paths['/api/search']!.get.parameters.map((p) => [p.name, p.schema.type]));
    expect(params).toMatchObject({ page: 'integer', limit: 'integer', minConfidence: 'number', speaker: 'array' });
  });

  it('lists every route the app serves outside its pages', async () => {
    const doc = (await request(app).get('/api/openapi.json')).body as { paths: Record<string, unknown> };
    const served = ROUTE_PATHS.flatMap((r) => (r.openapi ? [r.openapi] : []));
    expect(Object.keys(doc.paths).sort()).toEqual([...served].sort());
  });
});

describe('real answers match the response schemas', () => {
  it.each([
    ['/api/search?q=bridge', searchResponseSchema],
    ['/api/search', searchResponseSchema],
    ['/api/search?q=zzzz-nothing', searchResponseSchema],
    ['/api/search?from=2025-01-01&speaker=Virtanen', searchResponseSchema],
    ['/api/quotes/q-repairs', quoteDetailSchema],
    ['/api/quotes/q-unattributed', quoteDetailSchema],
    ['/api/speakers', speakerListSchema],
    ['/api/speakers/tomas-virtanen', speakerQuotesSchema],
    ['/api/articles/gazette-harbour-bridge', articleSchema],
    ['/api/health', healthSchema],
    ['/api/check?text=ahead%20of%20schedule&speaker=Virtanen', checkResponseSchema],
    ['/api/search?page=0', errorSchema],
    ['/api/quotes/nope', errorSchema],
  ])('%s', async (url, schema) => {
    const res = await request(app).get(url);
    expect(res.status).toBeLessThan(500);
    conforms(schema, res.body);
  });

  it('a search with less certain and undated quotes too', async () => {
    for (const url of ['/api/search', '/api/search?from=2025-01-01', '/api/quotes/q-script']) {
      const res = await request(variant).get(url);
      conforms(url.startsWith('/api/quotes') ? quoteDetailSchema : searchResponseSchema, res.body);
    }
  });
});

describe('CORS on the read-only endpoints', () => {
  it.each([
    '/api/search?q=bridge',
    '/api/quotes/q-repairs',
    '/export.csv?q=bridge',
    '/feed.atom',
    '/speakers/lena-brook/feed.atom',
  ])('%s may be read from another origin', async (url) => {
    const res = await request(app).get(url).set('Origin', 'https://elsewhere.example');
    expect(res.status).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });

  it('/api/search, served ahead of the middleware chain, gets the same security and CORS headers as a chained route', async () => {
    const kept = (headers: Record<string, string>, without: string[]) =>
      Object.fromEntries(Object.entries(headers).filter(([k]) => !without.includes(k)));
    // What only the answer itself decides (its body, its size, its validity, its paging).
    const own = ['content-type', 'content-length', 'etag', 'date', 'connection', 'keep-alive', 'x-total-count'];
    for (const options of [{ baseUrl: 'https://verbatim.example' }, {}]) {
      const served = createApp(fixtureIndex(), { ...options, log: () => {} });
      const search = await request(served).get('/api/search?q=bridge').set('Origin', 'https://elsewhere.example');
      const chained = await request(served).get('/api/speakers').set('Origin', 'https://elsewhere.example');
      expect(search.status).toBe(200);
      expect(search.headers['content-security-policy']).toContain("default-src 'self'");
      expect(search.headers['x-powered-by']).toBeUndefined();
      expect(kept(search.headers, own)).toEqual(kept(chained.headers, own));
    }
  });

  it('errors carry the header too, so a client can read the issues', async () => {
    const res = await request(app).get('/api/search?page=0').set('Origin', 'https://elsewhere.example');
    expect(res.status).toBe(400);
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });

  it('answers a preflight for GET, and allows no other method', async () => {
    const res = await request(app)
      .options('/api/search')
      .set('Origin', 'https://elsewhere.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-methods']).toBe('GET,HEAD');
  });

  it('pages are not opened to other origins', async () => {
    const res = await request(app).get('/').set('Origin', 'https://elsewhere.example');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('with a list of origins, only those are allowed', async () => {
    const listed = createApp(fixtureIndex(), { corsOrigins: ['https://a.example'], log: () => {} });
    const ok = await request(listed).get('/api/health').set('Origin', 'https://a.example');
    expect(ok.headers['access-control-allow-origin']).toBe('https://a.example');
    const other = await request(listed).get('/api/health').set('Origin', 'https://b.example');
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('CORS_ORIGINS is read by the config: * by default, or a comma-separated list', () => {
    const config = (env: Record<string, string>) => {
      const r = parseConfig(env, '/srv');
      return r.ok ? r.config.corsOrigins : r.message;
    };
    expect(config({})).toBe('*');
    expect(config({ CORS_ORIGINS: 'https://a.example, https://b.example/' })).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
    expect(config({ CORS_ORIGINS: 'not an origin' })).toMatch(/CORS_ORIGINS/);
  });
});

describe('methods', () => {
  it.each([
    ['post', '/api/search'],
    ['delete', '/api/quotes/q-repairs'],
    ['put', '/export.csv'],
    ['post', '/q/q-repairs'],
  ] as const)('%s %s is a 405 with Allow', async (method, url) => {
    const res = await request(app)[method](url);
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, HEAD, OPTIONS');
  });

  it('an unknown path is still a 404 whatever the method', async () => {
    expect((await request(app).post('/api/nothing-here')).status).toBe(404);
  });
});

describe('bad parameters', () => {
  it('are all reported at once, one issue each', async () => {
    const res = await request(app).get(
      '/api/search?page=0&limit=x&from=2025-13-01&sort=best&minConfidence=2&speaker=nobody-at-all',
    );
    expect(res.status).toBe(400);
    const paths = (res.body as { issues: Array<{ path: string }> }).issues.map((i) => i.path);
    expect([...paths].sort()).toEqual(['from', 'limit', 'minConfidence', 'page', 'sort', 'speaker']);
  });
});

describe('speaker=', () => {
  const searchSpeakers = async (value: string) => {
    const res = await request(app).get(`/api/search?speaker=${encodeURIComponent(value)}`);
    return res as unknown as {
      status: number;
      body: {
        total: number;
        results: Array<{ speakerId: string }>;
        issues: Array<{ message: string }>;
        speakers?: Array<{ id: string; match: string }>;
      };
    };
  };

  it.each([
    ['tomas-virtanen', 'id'],
    ['Tomas Virtanen', 'name'],
    ['mayor virtanen', 'name'],
    ['TÓMAS VIRTANEN', 'name'],
    ['Tomas Virtannen', 'close'],
    ['virtanan', 'close'],
  ])('%j finds Tomas Virtanen (%s)', async (value, match) => {
    const res = await searchSpeakers(value);
    expect(res.status).toBe(200);
    expect(res.body.speakers).toEqual([{ given: value, id: 'tomas-virtanen', name: 'Tomas Virtanen', match }]);
    expect(res.body.results.length).toBeGreaterThan(0);
    expect(res.body.results.every((r) => r.speakerId === 'tomas-virtanen')).toBe(true);
  });

  it('an unknown speaker is a 400 suggesting close ones, not an empty answer', async () => {
    const res = await searchSpeakers('Lena Bruck Virtanen');
    expect(res.status).toBe(400);
    expect(res.body.issues[0]!.message).toMatch(
      /no speaker 'Lena Bruck Virtanen'; did you mean .*(Lena Brook|Tomas Virtanen)/,
    );
  });

  it("'-' stands for quotes nobody is named for", async () => {
    const res = await request(app).get('/api/search?speaker=-');
    expect(res.status).toBe(200);
    expect((res.body as { results: Array<{ id: string }> }).results.map((r) => r.id)).toEqual(['q-unattributed']);
  });

  it('exports and feeds take names too', async () => {
    const res = await request(app).get('/export.jsonl?speaker=Lena%20Brook');
    expect(res.status).toBe(200);
    expect(res.text.trim().split('\n').length).toBe(2);
    expect((await request(app).get('/feed.atom?speaker=nobody-here')).status).toBe(400);
  });
});

describe('one shape per field', () => {
  it('search rows count reports (reportCount); the quote lists them (reports)', async () => {
    const search = await request(app).get('/api/search?q=repairs');
    const row = (search.body as { results: Array<Record<string, unknown>> }).results[0]!;
    expect(row.reportCount).toBe(2);
    expect(row).not.toHaveProperty('reports');
    const quote = await request(app).get('/api/quotes/q-repairs');
    expect(Array.isArray((quote.body as { reports: unknown }).reports)).toBe(true);
  });
});

describe('attribution confidence', () => {
  type Row = {
    id: string;
    speakerId: string | null;
    speakerName: string | null;
    confidence: number;
    band: string;
    speakerStatus: string;
    candidate: { id: string | null; name: string } | null;
  };
  const rows = async (url: string) => (await request(variant).get(url)).body as { total: number; results: Row[] };

  it('states the speaker as fact only when certain; below that gives the candidate', async () => {
    const { results } = await rows('/api/search?limit=100');
    const by = (id: string) => results.find((r) => r.id === id)!;
    expect(by('q-inspection')).toMatchObject({
      speakerId: 'tomas-virtanen',
      speakerName: 'Tomas Virtanen',
      band: 'certain',
      speakerStatus: 'attributed',
    });
    expect(by('q-script')).toMatchObject({
      speakerId: null,
      speakerName: null,
      confidence: 0.7,
      band: 'likely',
      speakerStatus: 'probable',
      candidate: { id: 'ada-quill', name: 'Ada Quill' },
    });
    expect(by('q-salt')).toMatchObject({
      speakerName: null,
      band: 'uncertain',
      speakerStatus: 'uncertain',
      candidate: { name: 'Lena Brook' },
    });
    expect(by('q-unattributed')).toMatchObject({ speakerStatus: 'unknown', candidate: null });
  });

  it('minConfidence filters, and totals and facets agree', async () => {
    const all = await rows('/api/search?limit=100');
    const sure = await rows('/api/search?limit=100&minConfidence=0.6');
    const ids = sure.results.map((r) => r.id);
    expect(ids).toContain('q-script');
    expect(ids).not.toContain('q-salt');
    expect(ids).not.toContain('q-unattributed');
    expect(sure.total).toBe(all.total - 2);
    expect(sure.results.every((r) => r.confidence >= 0.6)).toBe(true);
  });

  it('every export carries confidence and band', async () => {
    const [header, row] = csvRows((await request(variant).get('/export.csv?q=salt')).text) as [string[], string[]];
    expect(row[header.indexOf('confidence')]).toBe('0.4');
    expect(row[header.indexOf('band')]).toBe('uncertain');
    expect(row[header.indexOf('speaker_status')]).toBe('uncertain');
    const jsonl = JSON.parse((await request(variant).get('/export.jsonl?q=salt')).text) as Row;
    expect(jsonl).toMatchObject({ confidence: 0.4, band: 'uncertain' });
    const bib = (await request(variant).get('/export.bib?q=salt')).text;
    expect(bib).toMatch(/note = \{Attribution: uncertain to Lena Brook \(confidence 0\.40, uncertain\)/);
    expect(bib).not.toMatch(/author = /);
    const atom = (await request(variant).get('/feed.atom?q=salt')).text;
    expect(atom).toContain('term="uncertain"');
    expect(atom).toContain('<name>Lena Brook (uncertain)</name>');
  });
});

describe('dates and their basis', () => {
  it('a date filter leaves undated quotes out and says how many', async () => {
    const res = await request(variant).get('/api/search?q=budgets&from=2020-01-01');
    const body = res.body as { results: Array<{ id: string }>; undatedExcluded: number };
    expect(body.results.map((r) => r.id)).not.toContain('q-unattributed');
    expect(body.undatedExcluded).toBe(1);
    const without = (await request(variant).get('/api/search?q=budgets')).body as Record<string, unknown>;
    expect(without).not.toHaveProperty('undatedExcluded');
  });

  it('sorting by date puts undated quotes last', async () => {
    for (const sort of ['newest', 'oldest']) {
      const { results } = (await request(variant).get(`/api/search?limit=100&sort=${sort}`)).body as {
        results: Array<{ id: string }>;
      };
      const ids = results.map((r) => r.id);
      expect(ids.slice(-2).sort()).toEqual(['q-script', 'q-unattributed']);
    }
  });

  it('the CSV gives precision and basis, and "approx." for a date inferred from publication', async () => {
    const [header, ...rows] = csvRows((await request(app).get('/export.csv?speaker=tomas-virtanen')).text) as [
      string[],
      ...string[][],
    ];
    const col = (row: string[], name: string) => row[header.indexOf(name)];
    const inferred = rows.find((r) => r[0] === 'q-inspection')!;
    expect([col(inferred, 'said_at'), col(inferred, 'said_at_precision'), col(inferred, 'said_at_basis')]).toEqual([
      'approx. 2025-03-14',
      'day',
      'inferred',
    ]);
    const stated = rows.find((r) => r[0] === 'q-repairs-again')!;
    expect([col(stated, 'said_at'), col(stated, 'said_at_precision'), col(stated, 'said_at_basis')]).toEqual([
      '2025-04',
      'month',
      'stated',
    ]);
  });

  it('the quote page JSON-LD says how the date was found', async () => {
    const res = await request(app).get('/q/q-inspection');
    const doc = new JSDOM(res.text).window.document;
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent) as {
      additionalProperty: Array<{ name: string; value: unknown }>;
    };
    expect(ld.additionalProperty).toEqual(
      expect.arrayContaining([
        { '@type': 'PropertyValue', name: 'saidAtBasis', value: 'inferred' },
        { '@type': 'PropertyValue', name: 'attributionBand', value: 'certain' },
      ]),
    );
  });

  it('the quote page JSON-LD states dateCreated only for a date the article gives', async () => {
    const ldOf = async (id: string) => {
      const res = await request(app).get(`/q/${id}`);
      const doc = new JSDOM(res.text).window.document;
      return JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent) as {
        dateCreated?: string;
        isBasedOn: { datePublished?: string };
      };
    };
    // stated in the article: the date is the quote's
    expect((await ldOf('q-repairs')).dateCreated).toBe('2025-03-14T10:30+01:00');
    // inferred from publication: no dateCreated, the article's date stays where it belongs
    const inferred = await ldOf('q-inspection');
    expect(inferred.dateCreated).toBeUndefined();
    expect(inferred.isBasedOn.datePublished).toBe('2025-03-14');
  });
});
