import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { createApp } from '../../src/web/app.js';
import { assembleIndex } from '../../src/store/assemble.js';
import { createSearchEngine } from '../../src/search/index.js';
import { corpus, fixtureIndex } from './fixtures.js';

/**
 * The embedded engine estimates a very large match's total and facets past its count bound (here 2 matches, so
 * that the fixture's council quotes are past it): the API and the site label them as they do the PostgreSQL
 * backend's estimates ("about N quotes", the facets' note); below the bound nothing is labelled.
 */
const meta = { dir: '(memory)', builtAt: '2025-06-01T00:00:00Z', formatVersion: 1 };
const bounded = createApp(
  assembleIndex(corpus, meta, undefined, (data, saved, options) =>
    createSearchEngine(data, saved, { ...options, countBound: 2 }),
  ),
  { baseUrl: 'https://verbatim.example', log: () => {} },
);
const exact = createApp(fixtureIndex(), { baseUrl: 'https://verbatim.example', log: () => {} });

describe('estimated totals and facets in the API and the site', () => {
  it('labels them in /api/search and keeps the page of the exact answer', async () => {
    const path = '/api/search?q=vote&limit=2';
    const estimated = (await request(bounded).get(path).expect(200)).body as {
      total: number;
      totalEstimated?: boolean;
      facetsEstimated?: boolean;
      results: unknown[];
    };
    const counted = (await request(exact).get(path).expect(200)).body as { total: number; results: unknown[] };
    expect(counted.total).toBeGreaterThan(2);
    expect(estimated.totalEstimated).toBe(true);
    expect(estimated.facetsEstimated).toBe(true);
    expect(estimated.results).toEqual(counted.results);
    expect(counted).not.toHaveProperty('totalEstimated');
    expect(counted).not.toHaveProperty('facetsEstimated');
  });

  it('says "about" before an estimated total and notes estimated facet counts on the results page', async () => {
    const page = (await request(bounded).get('/?q=vote&limit=2').expect(200)).text;
    expect(page).toMatch(/about \d+ quotes/);
    expect(page).toContain('id="facets-estimated"');
    const plain = (await request(exact).get('/?q=vote&limit=2').expect(200)).text;
    expect(plain).not.toMatch(/about \d+ quotes/);
    expect(plain).not.toContain('id="facets-estimated"');
  });

  it('labels nothing at or below the bound', async () => {
    const res = (await request(bounded).get('/api/search?q=salt').expect(200)).body as { total: number };
    expect(res.total).toBeGreaterThan(0);
    expect(res.total).toBeLessThanOrEqual(2);
    expect(res).not.toHaveProperty('totalEstimated');
    expect(res).not.toHaveProperty('facetsEstimated');
  });
});
