/**
 * The site and API over PostgreSQL: the same app (createApp) answers from the database, and when the database goes
 * away (a loopback TCP proxy the test stops), pages and API answer 503 with Retry-After, /api/health says why, and
 * everything answers again by itself once it is back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finalizeCorpus, ingestCorpus, migrate, PostgresBackend } from '../../src/backend/postgres/index.js';
import { listMigrations } from '../../src/backend/postgres/migrate.js';
import { createApp } from '../../src/web/app.js';
import { inventCorpus, writeCorpus } from './corpus.js';
import { freshDatabase, warnIfSkipped } from './database.js';
import { startProxy, type Proxy } from './proxy.js';

const skip = warnIfSkipped('tests/backend/web.test.ts');

describe.skipIf(skip)('the site over PostgreSQL', () => {
  let dir: string;
  let drop: () => Promise<void>;
  let proxy: Proxy;
  let backend: PostgresBackend;
  let app: ReturnType<typeof createApp>;
  let dbUrl: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'verbatim-pgweb-'));
    writeCorpus(path.join(dir, 'corpus'), inventCorpus(20, 3));
    const db = await freshDatabase();
    drop = db.drop;
    dbUrl = db.url;
    const setup = new PostgresBackend(db.url, { statementTimeoutMs: 0 });
    await migrate(setup.pool);
    await ingestCorpus(setup.pool, { corpusDir: path.join(dir, 'corpus'), threads: 1 });
    await finalizeCorpus(setup.pool);
    await setup.close();
    const url = new URL(db.url);
    proxy = await startProxy({ host: url.hostname, port: Number(url.port || 5432) });
    url.hostname = '127.0.0.1';
    url.port = String(proxy.port);
    // Metadata read every time (a served backend reuses it for a second): the outage below must show at once.
    backend = new PostgresBackend(url.toString(), { connectTimeoutMs: 1_000, metadataTtlMs: 0 });
    app = createApp(backend, { log: () => {} });
  }, 120_000);
  afterAll(async () => {
    await backend?.close();
    await proxy?.stop();
    await drop?.();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers pages and API from the database', async () => {
    const health = await request(app).get('/api/health');
    expect(health.status).toBe(200);
    const latest = Math.max(...(await listMigrations()).map((m) => m.version));
    expect(health.body).toMatchObject({
      status: 'ok',
      backend: 'postgres',
      schemaVersion: latest,
      pendingFinalize: false,
    });
    const search = await request(app).get('/api/search?q=bridge');
    expect(search.status).toBe(200);
    const body = search.body as { total: number; results: Array<{ id: string; articleId: string }> };
    expect(body.total).toBeGreaterThan(0);
    const first = body.results[0]!;
    expect((await request(app).get(`/api/quotes/${first.id}`)).body).toMatchObject({ id: first.id });
    // A search row names its article as the article's own record does (read without its text for the row).
    const rows = (
      search.body as {
        results: Array<{
          articleId: string;
          articleTitle: string | null;
          publisher: string | null;
          articleUrl: string | null;
        }>;
      }
    ).results;
    for (const row of rows) {
      const article = (await backend.article(row.articleId))!;
      expect(article.text.length).toBeGreaterThan(0);
      expect([row.articleTitle, row.publisher, row.articleUrl]).toEqual([
        article.title,
        article.publisher,
        article.url,
      ]);
    }
    expect(rows.some((r) => r.articleTitle && r.publisher)).toBe(true);
    expect((await request(app).get(`/q/${first.id}`)).status).toBe(200);
    expect((await request(app).get(`/articles/${encodeURIComponent(first.articleId)}`)).status).toBe(200);
    expect((await request(app).get('/?q=bridge')).status).toBe(200);
    expect((await request(app).get('/speakers')).status).toBe(200);
    expect((await request(app).get('/speakers/mara-quillon')).status).toBe(200);
    expect((await request(app).get('/api/check?text=the+inspectors+found+nothing+wrong')).status).toBe(200);
    const csv = await request(app).get('/export.csv?q=bridge');
    expect(csv.status).toBe(200);
    expect(csv.text.trim().split('\n').length).toBeGreaterThan(1);
    expect((await request(app).get('/api/quotes/nope')).status).toBe(404);
    // far below the facet bound: exact facets, and the API does not say otherwise
    expect(body).not.toHaveProperty('facetsEstimated');
  });

  it('facets estimated past the bound are labelled so in the API and on the page', async () => {
    const sampled = new PostgresBackend(dbUrl, { search: { facetBound: 2 } });
    try {
      const small = createApp(sampled, { log: () => {} });
      const api = await request(small).get('/api/search?q=bridge');
      expect(api.status).toBe(200);
      const body = api.body as { total: number; facetsEstimated?: boolean };
      expect(body.total).toBeGreaterThan(2);
      expect(body.facetsEstimated).toBe(true);
      const page = await request(small).get('/?q=bridge');
      expect(page.text).toContain('Counts estimated from a sample of the matches');
      const exactPage = await request(app).get('/?q=bridge');
      expect(exactPage.text).not.toContain('Counts estimated');
    } finally {
      await sampled.close();
    }
  });

  it('a total estimated past the bound is labelled so in the API and on the page', async () => {
    const bounded = new PostgresBackend(dbUrl, { search: { totalBound: 2 } });
    try {
      const small = createApp(bounded, { log: () => {} });
      const api = await request(small).get('/api/search?q=bridge');
      expect(api.status).toBe(200);
      const body = api.body as { total: number; totalEstimated?: boolean };
      expect(body.total).toBeGreaterThan(2);
      expect(body.totalEstimated).toBe(true);
      expect((await request(small).get('/?q=bridge')).text).toMatch(/about \d+ quotes/);
      const exact = await request(app).get('/api/search?q=bridge');
      expect(exact.body).not.toHaveProperty('totalEstimated');
      expect((await request(app).get('/?q=bridge')).text).not.toMatch(/about \d+ quotes/);
    } finally {
      await bounded.close();
    }
  });

  it('database down: 503 with Retry-After on pages and API; back: answers again without a restart', async () => {
    await proxy.stop();
    for (const url of ['/api/search?q=bridge', '/?q=bridge', '/api/speakers', '/q/abc', '/api/health']) {
      const res = await request(app).get(url);
      expect(res.status, url).toBe(503);
      expect(res.headers['retry-after'], url).toMatch(/^\d+$/);
    }
    expect((await request(app).get('/api/health')).body).toMatchObject({ status: 'degraded', backend: 'postgres' });
    await proxy.start();
    let status = 0;
    for (let i = 0; i < 5 && status !== 200; i++) status = (await request(app).get('/api/health')).status;
    expect(status).toBe(200);
    expect((await request(app).get('/api/search?q=bridge')).status).toBe(200);
  });
});
