/**
 * Hostile requests: queries of every shape, through the query parser and through every route of the app.
 * Each gets a quick 200, 400 or 404 — never a 500 or a hang — and API errors are JSON `{error, issues}`.
 */
import fc from 'fast-check';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_TERMS, parseQuery } from '../../src/search/query.js';
import { createApp } from '../../src/web/app.js';
import { fixtureIndex } from '../web/fixtures.js';

const serverErrors: string[] = [];
const app = createApp(fixtureIndex(), { baseUrl: 'https://verbatim.example', log: (m) => serverErrors.push(m) });

/** A supertest request that fails (rather than hangs) after 5 s. */
function get(url: string) {
  return request(app).get(url).timeout({ response: 5_000, deadline: 10_000 });
}

/** Percent-encodes every byte of the UTF-8 form (a lone surrogate becomes U+FFFD, as a browser would send it). */
function encodeBytes(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`).join('');
}

const ROUTES = [
  '/',
  '/api/search',
  '/speakers',
  '/api/speakers',
  '/speakers/lena-brook',
  '/api/speakers/lena-brook',
  '/q/q-salt',
  '/api/quotes/q-salt',
  '/articles/forum-markup-post',
];

async function expectCalm(url: string): Promise<number> {
  const res = await get(url);
  const shown = url.length > 200 ? `${url.slice(0, 200)}…` : url;
  expect([200, 400, 404], `${shown} → ${res.status}`).toContain(res.status);
  if (url.startsWith('/api/') && res.status !== 200) {
    expect(res.headers['content-type'], shown).toMatch(/application\/json/);
    const body = res.body as { error: unknown; issues: unknown };
    expect(typeof body.error, shown).toBe('string');
    expect(Array.isArray(body.issues), shown).toBe(true);
    for (const issue of body.issues as { path: unknown; message: unknown }[]) {
      expect(Object.keys(issue).sort(), shown).toEqual(['message', 'path']);
      expect(typeof issue.path, shown).toBe('string');
      expect(typeof issue.message, shown).toBe('string');
    }
  }
  return res.status;
}

const HOSTILE_QUERIES: Array<[string, string]> = [
  ['a very long query', `q=${'harbour+'.repeat(2_000)}`],
  ['a query just under the length limit with 250 terms', `q=${'a+'.repeat(250)}`],
  ['thousands of terms of one letter', `q=${encodeBytes('x y '.repeat(120))}`],
  ['only operators', `q=${encodeBytes('- -- "" -"" * + ~ AND OR NOT')}`],
  ['unbalanced quotes', `q=${encodeBytes('"harbour bridge “ferry «')}`],
  ['regex characters', `q=${encodeBytes('.*+?^${}()|[]\\ (a+)+$ \\d{1,99999}')}`],
  ['glob characters', `q=${encodeBytes('**/*.txt ?ar* [a-z]* {a,b}')}`],
  ['control characters', `q=${encodeBytes('harbour\u0001\u0007\u001b[31m\u007f')}`],
  ['a NUL byte', 'q=harbour%00bridge'],
  ['truncated percent-encoding', 'q=%E0%A4%A'],
  ['a bad percent-escape', 'q=%zz'],
  ['a lone percent sign', 'q=100%'],
  ['an overlong UTF-8 encoding', 'q=%C0%AF'],
  ['a lone surrogate, UTF-8 encoded', 'q=%ED%A0%80'],
  ['a right-to-left override', `q=${encodeBytes('\u202Eegdirb\u202C')}`],
  ['zero-width characters', `q=${encodeBytes('har\u200Bbour\u200D\uFEFF')}`],
  ['homoglyphs (Cyrillic a and o)', `q=${encodeBytes('hаrbоur')}`],
  ['combining marks piled up', `q=${encodeBytes(`e${'\u0301'.repeat(400)}`)}`],
  ['emoji', `q=${encodeBytes('🌉👩‍👩‍👧')}`],
  ['a repeated parameter', 'q=harbour&q=bridge'],
  ['an array where a string is expected', 'q[]=a'],
  ['an object where a string is expected', 'q[a]=b'],
  ['a deep bracket parameter', 'q[a][b][c][d]=1'],
  ['a prototype key', '__proto__[x]=1&constructor[prototype][y]=2'],
  ['a negative page', 'page=-1'],
  ['a huge page', `page=${'9'.repeat(400)}`],
  ['a page in exponent form', 'page=1e309'],
  ['a limit that is not a number', 'limit=NaN'],
  ['an impossible date', 'from=2024-02-30'],
  ['reversed dates', 'from=2025-01-01&to=2024-01-01'],
  ['an unknown sort', 'sort=random()'],
  ['a sort given twice', 'sort=newest&sort=oldest'],
  ['too many speaker filters', Array.from({ length: 60 }, (_, i) => `speaker=s${i}`).join('&')],
  ['a very long speaker filter', `speaker=${'x'.repeat(5_000)}`],
  ['an empty key and value', '=&&=&q'],
  ['a thousand parameters', Array.from({ length: 1_000 }, (_, i) => `p${i}=1`).join('&')],
];

describe('hostile query strings on every route: 200, 400 or 404, never 500', () => {
  it.each(HOSTILE_QUERIES)('%s', async (_name, query) => {
    for (const route of ROUTES) await expectCalm(`${route}?${query}`);
    expect(serverErrors).toEqual([]);
  });
});

describe('hostile paths', () => {
  it.each([
    ['a truncated escape in an id', '/q/%E0%A4%A'],
    ['a bad escape in an id', '/speakers/%zz'],
    ['a NUL byte in an id', '/api/quotes/q%00salt'],
    ['a control character in an id', '/articles/a%07b'],
    ['a very long id', `/api/speakers/${'a'.repeat(5_000)}`],
    ['dot segments', '/static/..%2F..%2Fpackage.json'],
    ['an encoded slash in an id', '/api/articles/..%2F..%2Fetc%2Fpasswd'],
    ['a right-to-left override in an id', `/speakers/${encodeBytes('\u202Eliam')}`],
    ['a lone surrogate in an id', '/q/%ED%A0%80'],
    ['an unknown API path', '/api/%00'],
    ['a double-encoded escape', '/q/%2525'],
  ])('%s', async (_name, url) => {
    const status = await expectCalm(url);
    expect(status).not.toBe(200);
    expect(serverErrors).toEqual([]);
  });

  it('a request head over the size limit (ten thousand parameters) is refused by the HTTP layer with 431', async () => {
    const res = await get(`/api/search?${Array.from({ length: 10_000 }, (_, i) => `p${i}=1`).join('&')}`);
    expect(res.status).toBe(431);
  });

  it('a static path escaping the public folder serves nothing from outside it', async () => {
    const res = await get('/static/..%2f..%2fpackage.json');
    expect(res.text).not.toContain('"devDependencies"');
  });
});

/** Query-string pieces a fuzzer strings together: real keys, junk keys, encoded text and raw escapes. */
const rawEscape = fc.constantFrom(
  '%',
  '%zz',
  '%E0%A4%A',
  '%C0%80',
  '%ED%A0%80',
  '%00',
  '%FF%FE',
  '%25',
  '%2',
  '[]',
  '[a]',
  '+',
  '&',
  '=',
  ';',
  '#',
);
const value = fc.oneof(
  fc.string({ maxLength: 40 }).map(encodeBytes),
  fc.string({ unit: 'binary', maxLength: 30 }).map(encodeBytes),
  fc
    .array(fc.oneof(rawEscape, fc.constantFrom('a', 'harbour', '1', '-', '2024-01-01', '"')), { maxLength: 8 })
    .map((a) => a.join('')),
);
const key = fc.oneof(
  fc.constantFrom('q', 'speaker', 'publisher', 'from', 'to', 'sort', 'page', 'limit', 'q[]', 'q[a]', 'page[]'),
  fc.string({ maxLength: 8 }).map(encodeBytes),
  rawEscape,
);
const queryString = fc
  .array(fc.tuple(key, value), { maxLength: 8 })
  .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));

describe('fuzzing', () => {
  it('parseQuery never throws, keeps at most MAX_QUERY_TERMS terms and only non-empty ones', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 6_000 }),
          fc.string({ unit: 'binary', maxLength: 500 }),
          fc
            .array(fc.constantFrom('"', '“', '-', '−', ' ', 'a', 'bc', '\u0000', '\u202E', '*', '(', '\\'), {
              maxLength: 3_000,
            })
            .map((a) => a.join('')),
        ),
        (q) => {
          const parsed = parseQuery(q);
          const all = parsed.clauses.flatMap((c) => c.terms);
          expect(all.length).toBeLessThanOrEqual(MAX_QUERY_TERMS);
          expect(all.every((t) => typeof t === 'string' && t.length > 0)).toBe(true);
          expect(
            parsed.words.length +
              parsed.phrases.flat().length +
              parsed.excludedWords.length +
              parsed.excludedPhrases.flat().length,
          ).toBeLessThanOrEqual(MAX_QUERY_TERMS);
        },
      ),
      { numRuns: 1_000, seed: 31_337 },
    );
  });

  it('random query strings on every route get 200, 400 or 404 with the documented error shape', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), queryString, async (route, query) => {
        await expectCalm(`${route}?${query}`);
      }),
      { numRuns: 400, seed: 2_025 },
    );
    expect(serverErrors).toEqual([]);
  }, 60_000);
});
