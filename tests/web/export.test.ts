import request from 'supertest';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/web/app.js';
import { bibtexEscape, csvField, rfc3339 } from '../../src/web/routes/export.js';
import { encodeTextDirective, textFragmentUrl } from '../../src/web/links.js';
import { z } from 'zod';
import { fixtureIndex } from './fixtures.js';
import { body } from './json.js';
import { errorSchema, quoteDetailSchema, quoteSchema, searchResponseSchema } from '../../src/web/api-schemas.js';

const app = createApp(fixtureIndex(), { baseUrl: 'https://verbatim.example', log: () => {} });

/** Parses CSV text (RFC 4180) into rows, for checking what was written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

describe('CSV', () => {
  it.each<[string, string]>([
    ['=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+1 more', "'+1 more"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['plain, with comma', '"plain, with comma"'],
    ['line\nbreak', '"line\nbreak"'],
    ['He said "no"', '"He said ""no"""'],
    ['safe text', 'safe text'],
  ])('csvField(%j) → %s', (input, output) => {
    expect(csvField(input)).toBe(output);
  });

  it('/export.csv lists every report of the search (not collapsed) with a header row', async () => {
    const res = await request(app).get('/export.csv?q=repairs');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="verbatim-quotes.csv"');
    // A byte order mark first, so that spreadsheet programs read UTF-8 (see CSV_BOM).
    expect(res.text.startsWith('\ufeff')).toBe(true);
    const rows = parseCsv(res.text.slice(1));
    expect(rows[0]!.slice(0, 3)).toEqual(['quote_id', 'statement_id', 'text']);
    expect(
      rows
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(['q-repairs', 'q-repairs-again']);
    expect(new Set(rows.slice(1).map((r) => r[1]))).toEqual(new Set(['q-repairs']));
  });

  it('/speakers/:id/export.csv exports the speaker’s quotes; an unknown speaker is a 404', async () => {
    const res = await request(app).get('/speakers/lena-brook/export.csv');
    expect(parseCsv(res.text)).toHaveLength(3);
    expect((await request(app).get('/speakers/nobody/export.csv')).status).toBe(404);
  });

  it.each([
    '/export.csv?page=zero',
    '/export.jsonl?from=2025-02-30',
    '/export.bib?q=a&q=b',
    '/feed.atom?sort=sideways',
  ])('%s → 400 naming the field', async (url) => {
    const res = await request(app).get(url);
    expect(res.status).toBe(400);
    const api = await request(app).get(`/api/search${url.slice(url.indexOf('?'))}`);
    expect(body(errorSchema, api)).toMatchObject({
      error: expect.any(String) as string,
      issues: [expect.objectContaining({ path: expect.any(String) as string }) as object],
    });
  });
});

describe('JSON Lines', () => {
  it('one quote object per line, with statement id and text-fragment link', async () => {
    const res = await request(app).get('/export.jsonl?speaker=tomas-virtanen');
    const lines = res.text
      .trimEnd()
      .split('\n')
      .map((l) =>
        quoteSchema.extend({ statementId: z.string(), textFragmentUrl: z.string().nullable() }).parse(JSON.parse(l)),
      );
    expect(lines).toHaveLength(3);
    const repairs = lines.find((l) => l.id === 'q-repairs')!;
    expect(repairs).toMatchObject({
      statementId: 'q-repairs',
      speakerName: 'Tomas Virtanen',
      permalink: 'https://verbatim.example/q/q-repairs',
    });
    expect(repairs.textFragmentUrl).toBe(
      'https://gazette.example/harbour-bridge#:~:text=The%20repairs%20are%20ahead,schedule%20and%20under%20budget%2C',
    );
  });
});

describe('BibTeX', () => {
  it.each<[string, string]>([
    ['50% & {more} #1 $x_y ^ ~ \\', '50\\% \\& \\{more\\} \\#1 \\$x\\_y \\^{} \\~{} \\textbackslash{}'],
    ['plain words', 'plain words'],
  ])('bibtexEscape(%j)', (input, output) => {
    expect(bibtexEscape(input)).toBe(output);
  });

  it('/export.bib gives @misc entries with stable keys and escaped, balanced fields', async () => {
    const res = await request(app).get('/export.bib?q=policy');
    expect(res.headers['content-type']).toMatch(/^application\/x-bibtex/);
    expect(res.text).toMatch(/^@misc\{quill2025qscript,\n/);
    expect(res.text).toContain('author = {Ada Quill}');
    let depth = 0;
    for (const c of res.text.replace(/\\[{}]/g, '')) {
      if (c === '{') depth++;
      if (c === '}') depth--;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
});

describe('Atom feeds', () => {
  const parse = (xml: string) => new JSDOM(xml, { contentType: 'application/xml' }).window.document;

  it('/feed.atom?q=… is well-formed Atom, newest first, content escaped', async () => {
    const res = await request(app).get('/feed.atom?q=policy');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/atom\+xml/);
    const doc = parse(res.text);
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    expect(doc.querySelector('feed > id')?.textContent).toBe('https://verbatim.example/feed.atom?q=policy');
    const all = await request(app).get('/feed.atom');
    const entries = [...parse(all.text).querySelectorAll('entry')];
    const updated = entries.map((e) => Date.parse(e.querySelector('updated')!.textContent));
    expect(updated).toEqual([...updated].sort((a, b) => b - a));
    for (const e of entries) expect(e.querySelector('id')?.textContent).toMatch(/^https:\/\/verbatim\.example\/q\//);
    expect(res.text).toContain('&lt;script&gt;');
    expect(res.text).not.toContain('<script>');
  });

  it('/speakers/:id/feed.atom lists the speaker’s statements; unknown speaker 404', async () => {
    const doc = parse((await request(app).get('/speakers/tomas-virtanen/feed.atom')).text);
    expect(doc.querySelector('parsererror')).toBeNull();
    // Three quotes, two of them reports of one statement.
    expect(doc.querySelectorAll('entry')).toHaveLength(2);
    expect((await request(app).get('/speakers/nobody/feed.atom')).status).toBe(404);
  });

  it.each<[string, string | null]>([
    ['2025-09-04T16:25+02:00', '2025-09-04T16:25:00+02:00'],
    ['2025-09-04T16:25', '2025-09-04T16:25:00Z'],
    ['2025-09-04', '2025-09-04T00:00:00Z'],
    ['2025-09', '2025-09-01T00:00:00Z'],
    ['last week', null],
  ])('rfc3339(%j) → %j', (input, output) => {
    expect(rfc3339(input)).toBe(output);
  });
});

describe('text fragments', () => {
  it.each<[string, string]>([
    ['a-b, c&d', 'a%2Db%2C%20c%26d'],
    ['plain words', 'plain%20words'],
  ])('encodeTextDirective(%j) → %s', (input, output) => {
    expect(encodeTextDirective(input)).toBe(output);
  });

  const article = {
    url: 'https://paper.example/a',
    text: 'He said: "Short and well-known words." Then: "One two three four five six seven eight nine ten."',
  };
  const piece = (t: string) => ({ start: article.text.indexOf(t), end: article.text.indexOf(t) + t.length });

  it('a short quote is one text directive; a long one start,end', () => {
    const short = 'Short and well-known words.';
    expect(textFragmentUrl(article, { text: short, pieces: [piece(short)] })).toBe(
      'https://paper.example/a#:~:text=Short%20and%20well%2Dknown%20words.',
    );
    const long = 'One two three four five six seven eight nine ten.';
    expect(textFragmentUrl(article, { text: long, pieces: [piece(long)] })).toBe(
      'https://paper.example/a#:~:text=One%20two%20three%20four,seven%20eight%20nine%20ten.',
    );
  });

  it('follows an existing fragment, and needs a URL', () => {
    const t = 'Short and well-known words.';
    expect(
      textFragmentUrl({ ...article, url: 'https://paper.example/a#top' }, { text: t, pieces: [piece(t)] }),
    ).toMatch(/^https:\/\/paper\.example\/a#top:~:text=/);
    expect(textFragmentUrl({ ...article, url: null }, { text: t, pieces: [piece(t)] })).toBeNull();
  });

  it('the permalink page links into the original article', async () => {
    const doc = new JSDOM((await request(app).get('/q/q-salt')).text).window.document;
    expect(doc.querySelector('a.text-fragment')?.getAttribute('href')).toBe(
      'https://gazette.example/harbour-bridge#:~:text=Salt%20is%20the%20enemy,it%20for%20two%20years.',
    );
  });
});

describe('pages link exports and show reports', () => {
  it('search results fold other reports into "Reported by 2 sources"', async () => {
    const doc = new JSDOM((await request(app).get('/?q=repairs')).text).window.document;
    expect(doc.querySelectorAll('.quote-card')).toHaveLength(1);
    expect(doc.querySelector('.quote-card details.reports summary')?.textContent).toBe('Reported by 2 sources');
    const links = [...doc.querySelectorAll('.export-links a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '/export.csv?q=repairs',
      '/export.jsonl?q=repairs',
      '/export.bib?q=repairs',
      '/feed.atom?q=repairs',
    ]);
  });

  it('the permalink lists every report, earliest first', async () => {
    const doc = new JSDOM((await request(app).get('/q/q-repairs-again')).text).window.document;
    expect(doc.querySelector('#reports-heading')?.textContent).toBe('Reported by 2 sources');
    const items = [...doc.querySelectorAll('ol.reports li')];
    expect(items[0]?.textContent).toContain('The Coastal Gazette');
    expect(items[1]?.getAttribute('aria-current')).toBe('true');
  });

  it('the quote API names the statement and its reports', async () => {
    const res = await request(app).get('/api/quotes/q-repairs-again');
    expect(body(quoteDetailSchema, res).statementId).toBe('q-repairs');
    expect(body(quoteDetailSchema, res).reports.map((r) => r.id)).toEqual(['q-repairs', 'q-repairs-again']);
    const search = await request(app).get('/api/search?q=repairs');
    expect(body(searchResponseSchema, search).results[0]).toMatchObject({ statementId: 'q-repairs', reportCount: 2 });
  });
});
