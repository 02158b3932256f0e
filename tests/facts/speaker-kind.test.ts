/**
 * A speaker's kind as the site states it (speaker list, API, JSON-LD) comes from what the articles say of the
 * speaker, not the shape of the name: a firm named like a person is an organisation, a person named with a
 * body-like word is a person. Invented articles, built and served end to end.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/build/build.js';
import { loadIndex } from '../../src/store/load.js';
import { createApp } from '../../src/web/app.js';
import type { Express } from 'express';

let dir: string;
let app: Express;

const articles: Record<string, string> = {
  'results.txt':
    'Retailer upbeat\n\nPublished: 3 March 2025\n\nShares in Hollis Brandt rose on Monday after Hollis Brandt said its sales had grown.\n\n"We had the best Christmas in our history," Hollis Brandt said.\n',
  'outlook.txt':
    'Retailer warns\n\nPublished: 5 March 2025\n\nHollis Brandt, the department store chain, said its profits would fall.\n\n"Next year will be harder," Hollis Brandt said.\n',
  'mayor.txt':
    'Bridge works\n\nPublished: 4 March 2025\n\nThe works went on.\n\n"The bridge will open in May," said Greta Marlow, who chairs the works committee.\n',
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-kind-'));
  await mkdir(path.join(dir, 'corpus'));
  for (const [name, text] of Object.entries(articles)) await writeFile(path.join(dir, 'corpus', name), text);
  await buildIndex({ corpusDir: path.join(dir, 'corpus'), outDir: path.join(dir, 'index') });
  app = createApp(await loadIndex(path.join(dir, 'index')), { baseUrl: 'https://verbatim.example', log: () => {} });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the kind of a speaker, as the site states it', () => {
  it('a firm named like a person is an organisation; a person is a person', async () => {
    const res = await request(app).get('/api/speakers');
    expect(res.status).toBe(200);
    const speakers = (res.body as { results: unknown }).results as Array<{
      name: string;
      kind: string;
      quoteCount: number;
    }>;
    expect(speakers.find((s) => s.name === 'Hollis Brandt')).toMatchObject({ kind: 'organization', quoteCount: 2 });
    expect(speakers.find((s) => s.name === 'Greta Marlow')).toMatchObject({ kind: 'person' });
  });

  it("the permalink's structured data names the firm an Organization", async () => {
    const search = await request(app).get('/api/search?q=christmas');
    const id = ((search.body as { results: unknown }).results as Array<{ id: string }>)[0]!.id;
    const page = await request(app).get(`/q/${id}`);
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/"@type":\s*"Organization",\s*"name":\s*"Hollis Brandt"/u);
  });
});
