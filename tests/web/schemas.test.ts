import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { idParamsSchema, searchQuerySchema } from '../../src/web/schemas.js';
import { parseSearchRequest } from '../../src/search/request-schema.js';
import { parseConfig } from '../../src/config.js';

describe('searchQuerySchema', () => {
  it('fills defaults: empty query sorts newest first, a query by relevance', () => {
    expect(searchQuerySchema.parse({})).toEqual({
      q: '',
      speakers: [],
      publishers: [],
      from: null,
      to: null,
      sort: 'newest',
      page: 1,
      limit: 20,
      minConfidence: null,
    });
    expect(searchQuerySchema.parse({ q: '  salt ' })).toMatchObject({ q: 'salt', sort: 'relevance' });
    expect(searchQuerySchema.parse({ q: 'salt', sort: '' })).toMatchObject({ sort: 'relevance' });
  });

  it.each([
    ['a single speaker', { speaker: 'a' }, ['a']],
    ['repeated speakers', { speaker: ['a', 'b', 'a'] }, ['a', 'b']],
    ['blank values dropped', { speaker: ['', ' b '] }, ['b']],
  ])('speaker filter: %s', (_case, input, speakers) => {
    expect(searchQuerySchema.parse(input).speakers).toEqual(speakers);
  });

  it.each([
    [{ page: '-1' }, 'page', "'page' must be a whole number"],
    [{ limit: '101' }, 'limit', "'limit' must be at most 100"],
    [{ from: '2025-02-29' }, 'from', "'from' is not a real calendar date"],
    [{ to: 'soon' }, 'to', "'to' must be a date as YYYY-MM-DD"],
    [{ q: ['a', 'b'] }, 'q', "give 'q' only once"],
    [{ speaker: Array.from({ length: 51 }, (_, i) => `s${i}`) }, 'speaker', "too many 'speaker' values (max 50)"],
  ])('%j is refused at %s', (input, path, message) => {
    const result = searchQuerySchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([path, message]);
  });

  it('accepts the leap day of a leap year', () => {
    expect(searchQuerySchema.parse({ from: '2024-02-29' }).from).toBe('2024-02-29');
  });
});

describe('idParamsSchema', () => {
  it.each(['q-1', 'emmanuel-macron', 'article_2025.09'])('accepts %s', (id) => {
    expect(idParamsSchema.parse({ id }).id).toBe(id);
  });
  it.each(['', 'x'.repeat(201), 'a\nb'])('refuses %j', (id) => {
    expect(idParamsSchema.safeParse({ id }).success).toBe(false);
  });
});

describe('parseConfig', () => {
  it('defaults to localhost:3000 with ./corpus and ./index', () => {
    expect(parseConfig({}, '/srv/v')).toEqual({
      ok: true,
      config: {
        port: 3000,
        host: 'localhost',
        corpusDir: '/srv/v/corpus',
        indexDir: '/srv/v/index',
        baseUrl: null,
        searchCacheBytes: 128 * 2 ** 20,
        corsOrigins: '*',
        webConcurrency: availableParallelism(),
      },
    });
  });

  it('reads every variable, trimming a trailing slash from BASE_URL', () => {
    const parsed = parseConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        CORPUS_DIR: '/data/c',
        INDEX_DIR: 'idx',
        BASE_URL: 'https://q.example/',
        SEARCH_CACHE_MB: '0',
        WEB_CONCURRENCY: '3',
      },
      '/srv',
    );
    expect(parsed).toEqual({
      ok: true,
      config: {
        port: 8080,
        host: '0.0.0.0',
        corpusDir: '/data/c',
        indexDir: '/srv/idx',
        baseUrl: 'https://q.example',
        searchCacheBytes: 0,
        corsOrigins: '*',
        webConcurrency: 3,
      },
    });
    expect(parsed.ok && Object.isFrozen(parsed.config)).toBe(true);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT="eighty": must be a port number/],
    [{ PORT: '70000' }, /PORT="70000": must be a port number/],
    [{ BASE_URL: 'ftp://x.example' }, /BASE_URL="ftp:\/\/x.example": must be an absolute http\(s\) URL/],
    [{ SEARCH_CACHE_MB: '-1' }, /SEARCH_CACHE_MB="-1": must be a whole number of MiB/],
    [{ WEB_CONCURRENCY: '0' }, /WEB_CONCURRENCY="0": must be a whole number of processes/],
  ])('%j gives a message naming the variable', (env, message) => {
    const parsed = parseConfig(env);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(message);
  });
});

describe('parseSearchRequest (the CLI and the web share it)', () => {
  it('gives a SearchRequest from plain strings', () => {
    expect(parseSearchRequest({ q: ' tax ', speaker: ['a', 'b'], page: '2' })).toEqual({
      ok: true,
      request: {
        q: 'tax',
        speakers: ['a', 'b'],
        publishers: [],
        from: null,
        to: null,
        sort: 'relevance',
        page: 2,
        limit: 20,
        minConfidence: null,
      },
    });
  });
  it('reports every bad field at once', () => {
    const result = parseSearchRequest({ page: '0', limit: 'x', from: '2025-13-01' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.path).sort()).toEqual(['from', 'limit', 'page']);
  });
});
