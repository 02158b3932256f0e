/**
 * The engine's hits of a loaded index are read lazily (src/search/engine.ts, LazyHit): they serialise as the three
 * fields of a plain hit, read their quote record once, and a search repeated (postings from the cache, marked used
 * rather than re-inserted) gives the same answer. Invented articles.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/build/build.js';
import { loadIndex } from '../../src/store/load.js';
import type { SearchRequest } from '../../src/search/index.js';
import type { LoadedIndex } from '../../src/store/types.js';
import { searchRequest } from '../../src/search/request.js';

let dir: string;
let index: LoadedIndex;

const ARTICLES: Array<[string, string]> = [
  [
    'orchard.txt',
    'Orchard fair opens\n\nPublished: 4 May 2025\n\n"The apple harvest was the best in a decade," said Jo Lee, who runs the orchard.\n\n"We sold every apple by noon," Jo Lee said.\n',
  ],
  [
    'council.txt',
    'Council backs market\n\nPublished: 6 May 2025\n\n"The market will stay open on Sundays," said Sam Okafor, a councillor.\n\n"Apple growers asked for more stalls," Sam Okafor said.\n',
  ],
];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-serve-hits-'));
  await mkdir(path.join(dir, 'corpus'));
  for (const [name, text] of ARTICLES) await writeFile(path.join(dir, 'corpus', name), text);
  await buildIndex({ corpusDir: path.join(dir, 'corpus'), outDir: path.join(dir, 'index') });
  index = await loadIndex(path.join(dir, 'index'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const search = (q: string, more: Partial<SearchRequest> = {}) => index.search.search(searchRequest(q, more));

describe('lazy hits of a loaded index', () => {
  it('serialise as quote, score and highlights, in that order', () => {
    const { results } = search('apple');
    expect(results.length).toBeGreaterThan(1);
    for (const hit of results) {
      const json = JSON.parse(JSON.stringify(hit)) as Record<string, unknown>;
      expect(Object.keys(json)).toEqual(['quote', 'score', 'highlights']);
      expect(json).toEqual(
        JSON.parse(JSON.stringify({ quote: hit.quote, score: hit.score, highlights: hit.highlights })),
      );
    }
  });

  it('read their quote record once, and its text is the one the highlights mark', () => {
    for (const hit of search('apple').results) {
      const quote = hit.quote;
      expect(hit.quote).toBe(quote);
      expect(hit.highlights.length).toBeGreaterThan(0);
      for (const h of hit.highlights) expect(quote.text.slice(h.start, h.end).toLowerCase()).toBe('apple');
    }
  });
});

describe('a search repeated among others', () => {
  it.each([['apple'], ['market sundays'], ['"apple harvest"'], ['orchard -market'], ['appl']])(
    '%s gives the same answer each time',
    (q) => {
      const answer = (): string => JSON.stringify({ ...search(q), took_ms: 0 });
      const first = answer();
      for (let round = 0; round < 5; round++) {
        search('noon');
        search('councillor stalls', { sort: 'newest' });
        expect(answer()).toBe(first);
      }
    },
  );
});
