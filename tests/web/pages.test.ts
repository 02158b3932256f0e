import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { JSDOM } from 'jsdom';
import { createApp } from '../../src/web/app.js';
import { fixtureIndex } from './fixtures.js';

const logged: string[] = [];
const app = createApp(fixtureIndex(), { log: (m) => logged.push(m) });

async function page(url: string, status = 200) {
  const res = await request(app).get(url);
  expect(res.status, `${url} → ${res.status}`).toBe(status);
  expect(res.headers['content-type']).toMatch(/text\/html/);
  return { res, doc: new JSDOM(res.text).window.document };
}

const texts = (doc: Document, selector: string) => [...doc.querySelectorAll(selector)].map((e) => e.textContent?.trim() ?? '');

describe('search page /', () => {
  it('lists the latest quotes when the query is empty', async () => {
    const { doc } = await page('/');
    expect(doc.querySelector('label[for="q"]')).not.toBeNull();
    expect(doc.querySelector('h2#results-heading')?.textContent).toMatch(/18 quotes, latest first/);
    expect(doc.querySelector('.quote-card blockquote')?.textContent).toContain('is not a policy');
  });

  it('marks the matched words and links speaker, article and permalink', async () => {
    const { doc } = await page('/?q=salt+steel');
    const card = doc.querySelector('.quote-card')!;
    expect(texts(card as unknown as Document, 'mark').map((t) => t.toLowerCase())).toEqual(['salt', 'steel']);
    expect(card.querySelector('a.speaker')?.getAttribute('href')).toBe('/speakers/lena-brook');
    expect(card.querySelector('a.permalink')?.getAttribute('href')).toBe('/q/q-salt');
    expect(card.querySelector('a[href="/articles/gazette-harbour-bridge"]')?.textContent).toBe('Harbour bridge to reopen in spring');
    expect(card.textContent).toContain('The Coastal Gazette');
  });

  it.each([
    ['q-repairs', 'minute precision with its offset', '14 Mar 2025, 10:30 UTC+01:00', '2025-03-14T10:30+01:00'],
    ['q-repairs-again', 'month precision only', 'Apr 2025', '2025-04'],
    ['q-nobody-asked', 'day precision', '1 Apr 2025', '2025-04-01'],
  ])('shows %s said-at at %s', async (id, _why, text, datetime) => {
    const { doc } = await page(`/q/${id}`);
    const time = doc.querySelector('.quote-hero time')!;
    expect(time.textContent).toBe(text);
    expect(time.getAttribute('datetime')).toBe(datetime);
  });

  it('labels a date inferred from the article as published and approximate', async () => {
    const { doc } = await page('/q/q-inspection');
    const when = doc.querySelector('.quote-hero .when')!;
    expect(when.textContent).toMatch(/^published 14 Mar 2025 \(approx\.\)$/);
  });

  it('offers speaker facets with counts, folding all but ten into "more"', async () => {
    const { doc } = await page('/');
    const visible = doc.querySelectorAll('.filters > fieldset .facet-list:not(details .facet-list) input[name="speaker"]');
    expect(visible).toHaveLength(10);
    expect(doc.querySelectorAll('details.facet-more input[name="speaker"]')).toHaveLength(5);
    expect(doc.querySelector('input[name="speaker"][value="tomas-virtanen"]')?.parentElement?.textContent).toMatch(/Tomas Virtanen\s+\(3\)/);
  });

  it('keeps the chosen filters checked and filled in', async () => {
    const { doc } = await page('/?speaker=lena-brook&publisher=Valley+Times&from=2025-01-01&sort=oldest');
    expect(doc.querySelector<HTMLInputElement>('input[name="speaker"][value="lena-brook"]')?.checked).toBe(true);
    expect(doc.querySelector<HTMLInputElement>('input[name="publisher"][value="Valley Times"]')?.checked).toBe(true);
    expect(doc.querySelector<HTMLInputElement>('#from')?.value).toBe('2025-01-01');
    expect(doc.querySelector<HTMLSelectElement>('#sort')?.value).toBe('oldest');
    expect(texts(doc, '.quote-card a.permalink').length).toBe(1);
  });

  it('does not pin the default order, so words typed after browsing the latest quotes rank by relevance', async () => {
    const { doc } = await page('/');
    expect(doc.querySelector<HTMLSelectElement>('#sort')?.value).toBe('');
    const ranked = await page('/?q=budget&sort=');
    expect(ranked.doc.querySelector<HTMLSelectElement>('#sort')?.value).toBe('');
    const oldest = await page('/?q=budget&sort=oldest');
    expect(oldest.doc.querySelector<HTMLSelectElement>('#sort')?.value).toBe('oldest');
  });

  it('says when the page is past the last one', async () => {
    const { doc } = await page('/?q=toll&page=50');
    expect(doc.querySelector('.results')?.textContent).toMatch(/fewer pages than that/);
    expect(doc.querySelector('.results a[href="/?q=toll"]')?.textContent).toBe('Back to the first page');
  });

  it('paginates with links that keep the query', async () => {
    const { doc } = await page('/?q=toll&limit=5');
    const next = doc.querySelector('.pager a[rel="next"]')?.getAttribute('href');
    expect(next).toBe('/?q=toll&limit=5&page=2');
    const second = await page(next!);
    expect(second.doc.querySelector('.pager [aria-current="page"]')?.textContent).toBe('2');
  });

  it('says so when nothing matches', async () => {
    const { doc } = await page('/?q=zeppelin');
    expect(doc.querySelector('#results-heading')?.textContent).toMatch(/No quotes found/);
    expect(doc.querySelector('.results')?.textContent).toMatch(/Nothing matched/);
  });

  it('shows the search syntax help', async () => {
    const { doc } = await page('/');
    expect(doc.querySelector('#syntax-help')?.textContent).toMatch(/exact phrase/);
  });

  it('escapes HTML typed into the query', async () => {
    const { res, doc } = await page(`/?q=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(res.text).not.toContain('<img src=x');
    expect(res.text).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(doc.querySelector<HTMLInputElement>('#q')?.value).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('bad input on pages', () => {
  it.each([
    ['/?page=-1', /page/],
    ['/?limit=10000', /limit/],
    ['/?from=not-a-date', /from/],
    [`/?q=${'y'.repeat(10_000)}`, /too long/],
  ])('%s renders a 400 page with the validation message', async (url, message) => {
    const { doc } = await page(url, 400);
    expect(doc.querySelector('h1')?.textContent).toMatch(/Bad request/);
    expect(doc.querySelector('.error-page')?.textContent).toMatch(message);
  });

  it.each(['/q/nope', '/speakers/nobody', '/articles/missing', '/no/such/page'])('%s is a real 404 page', async (url) => {
    const { doc } = await page(url, 404);
    expect(doc.querySelector('h1')?.textContent).toMatch(/Not found/);
  });

  it('answers a server error with a page that hides the details and logs them', async () => {
    const broken = fixtureIndex();
    broken.search = {
      search: () => {
        throw new Error('secret internal detail');
      },
      serialize: () => new Uint8Array(),
    };
    const failing = createApp(broken, { log: (m) => logged.push(m) });
    const res = await request(failing).get('/?q=anything');
    expect(res.status).toBe(500);
    expect(res.text).not.toContain('secret internal detail');
    expect(res.text).toMatch(/Something went wrong/);
    expect(logged.some((m) => m.includes('secret internal detail') && m.includes('GET /?q=anything'))).toBe(true);
    const api = await request(failing).get('/api/search?q=x');
    expect(api.status).toBe(500);
    expect(JSON.stringify(api.body)).not.toContain('secret');
  });
});

describe('XSS', () => {
  it('shows a quote containing <script> as text, on every page it appears', async () => {
    for (const url of ['/?q=policy', '/q/q-script', '/articles/forum-markup-post', '/speakers/ada-quill']) {
      const { res, doc } = await page(url);
      expect(res.text, url).not.toContain('<script>alert');
      expect(res.text, url).toContain('&lt;script&gt;alert(');
      const scripts = [...doc.querySelectorAll('script')].map((s) => s.getAttribute('src') ?? s.getAttribute('type'));
      expect(scripts.every((s) => s === '/static/app.js' || s === 'application/ld+json'), url).toBe(true);
    }
  });

  it('escapes an article title containing markup', async () => {
    const { doc } = await page('/articles/forum-markup-post');
    expect(doc.querySelector('h1')?.textContent).toBe('Testing <b>bold</b> headlines');
    expect(doc.querySelector('h1 b')).toBeNull();
  });

  it('keeps </script> out of the JSON-LD block', async () => {
    const { res, doc } = await page('/q/q-script');
    const block = doc.querySelector('script[type="application/ld+json"]')!;
    expect(block.textContent).not.toContain('<');
    expect((JSON.parse(block.textContent) as { text: string }).text).toBe('<script>alert("x")</script> is not a policy.');
    expect(res.text.match(/<\/script>/g)).toHaveLength(2);
  });
});

describe('permalink page /q/:id', () => {
  it('has valid schema.org Quotation JSON-LD, OpenGraph tags and a canonical link', async () => {
    const { doc } = await page('/q/q-repairs');
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent) as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Quotation',
      text: 'The repairs are ahead of schedule and under budget,',
      creator: { '@type': 'Person', name: 'Tomas Virtanen' },
      isBasedOn: { '@type': 'NewsArticle', headline: 'Harbour bridge to reopen in spring', url: 'https://gazette.example/harbour-bridge' },
    });
    const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
    expect(canonical).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/q\/q-repairs$/);
    expect(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(canonical);
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toContain('Tomas Virtanen');
  });

  it('uses the configured base URL for canonical links', async () => {
    const configured = createApp(fixtureIndex(), { baseUrl: 'https://quotes.example/', log: () => {} });
    const res = await request(configured).get('/q/q-salt');
    expect(res.text).toContain('<link rel="canonical" href="https://quotes.example/q/q-salt">');
  });

  it('shows the paragraph around the quote with the quote marked', async () => {
    const { doc } = await page('/q/q-inspection');
    const context = doc.querySelector('.context')!;
    expect(context.textContent).toBe('He added that the ferry service would continue “until the last inspection is signed off”.');
    expect(context.querySelector('mark')?.textContent).toBe('until the last inspection is signed off');
  });

  it('shows how the quote was attributed', async () => {
    const { doc } = await page('/q/q-repairs');
    const section = doc.querySelector('section[aria-labelledby="attribution-heading"]')!.textContent;
    expect(section).toContain('quote-cue-name');
    expect(section).toContain('90%');
    expect(section).toMatch(/Speech cue\s*said/);
  });

  it('links the same quote in other articles', async () => {
    const { doc } = await page('/q/q-repairs');
    expect(doc.querySelector('.elsewhere a')?.getAttribute('href')).toBe('/q/q-repairs-again');
  });

  it('gives the exact APA 7 reference, and MLA, Chicago and plain text with copy buttons', async () => {
    const { doc } = await page('/q/q-repairs');
    expect(doc.querySelector('#cite-apa')?.textContent).toBe(
      'Okafor, M. (2025, March 14). Harbour bridge to reopen in spring. The Coastal Gazette. https://gazette.example/harbour-bridge',
    );
    expect(doc.querySelector('#cite-mla')?.textContent).toBe(
      'Okafor, Mira. “Harbour Bridge to Reopen in Spring.” The Coastal Gazette, 14 Mar. 2025, gazette.example/harbour-bridge.',
    );
    expect(doc.querySelector('#cite-chicago')?.textContent).toBe(
      'Okafor, Mira. “Harbour Bridge to Reopen in Spring.” The Coastal Gazette, March 14, 2025. https://gazette.example/harbour-bridge.',
    );
    expect(doc.querySelector('#cite-plain')?.textContent).toMatch(
      /^“The repairs are ahead of schedule and under budget,” — Tomas Virtanen, 14 Mar 2025, 10:30 UTC\+01:00\. “Harbour bridge to reopen in spring”, The Coastal Gazette\. http:\/\/127\.0\.0\.1:\d+\/q\/q-repairs$/,
    );
    expect(doc.querySelectorAll('button.copy-button[data-copy]')).toHaveLength(4);
  });
});

describe('speaker pages', () => {
  it('/speakers lists speakers with role, aliases and counts, filterable', async () => {
    const { doc } = await page('/speakers');
    const first = doc.querySelector('.speaker-table tbody tr')!;
    expect(first.textContent).toMatch(/Tomas Virtanen\s+Mayor\s+Virtanen, Mayor Virtanen\s+3/);
    const filtered = await page('/speakers?q=mayor');
    expect(texts(filtered.doc, '.speaker-table tbody th')).toEqual(['Tomas Virtanen']);
    expect(filtered.doc.querySelector<HTMLInputElement>('#speaker-filter')?.value).toBe('mayor');
  });

  it('/speakers/:id shows facts, a timeline, a search box and the quotes', async () => {
    const { doc } = await page('/speakers/tomas-virtanen');
    expect(doc.querySelector('h1')?.textContent).toBe('Tomas Virtanen');
    expect(doc.querySelector('.facts')?.textContent).toMatch(/First quoted\s*14 Mar 2025/);
    const bars = doc.querySelectorAll('.timeline rect.bar');
    expect(bars).toHaveLength(2);
    expect(texts(doc, '.timeline rect.bar title')).toEqual(['Mar 2025: 2 quotes', 'Apr 2025: 1 quote']);
    expect(doc.querySelector('form[action="/speakers/tomas-virtanen"] input[name="q"]')).not.toBeNull();
    // Three quotes, two of them reports of one statement (one card).
    expect(doc.querySelectorAll('.quote-card')).toHaveLength(2);
  });

  it('/speakers/:id searches within that speaker', async () => {
    const { doc } = await page('/speakers/tomas-virtanen?q=inspection');
    expect(texts(doc, '.quote-card a.permalink').length).toBe(1);
    expect(doc.querySelector('.quote-card mark')?.textContent).toBe('inspection');
  });
});

describe('article page /articles/:id', () => {
  it('shows the text without furniture, each quote marked and linked with its speaker', async () => {
    const { doc } = await page('/articles/gazette-harbour-bridge');
    const body = doc.querySelector('.article-text')!;
    expect(body.textContent).not.toContain('Read more');
    expect(body.querySelectorAll('p')).toHaveLength(4);
    const links = [...body.querySelectorAll('a.inline-quote')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/q/q-repairs', '/q/q-inspection', '/q/q-salt']);
    expect(texts(doc, '.quote-speaker')).toEqual(['[Tomas Virtanen]', '[Tomas Virtanen]', '[Lena Brook]']);
  });
});

describe('headers and static files', () => {
  it('sends a strict CSP and the usual security headers', async () => {
    const { res } = await page('/');
    const csp = res.headers['content-security-policy']!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('has no inline scripts or inline style attributes on any page', async () => {
    for (const url of ['/', '/speakers', '/speakers/tomas-virtanen', '/q/q-repairs', '/articles/gazette-harbour-bridge', '/nope']) {
      const { res, doc } = await page(url, url === '/nope' ? 404 : 200);
      const inline = [...doc.querySelectorAll('script:not([src])')].filter((s) => s.getAttribute('type') !== 'application/ld+json');
      expect(inline, url).toHaveLength(0);
      expect(res.text, url).not.toMatch(/\sstyle="/);
      expect(res.text, url).not.toMatch(/\son[a-z]+="/);
    }
  });

  it('has a skip link to the main content', async () => {
    const { doc } = await page('/speakers');
    expect(doc.querySelector('a.skip-link')?.getAttribute('href')).toBe('#main');
    expect(doc.querySelector('main#main')).not.toBeNull();
  });

  it('serves the stylesheet and script', async () => {
    expect((await request(app).get('/static/style.css')).headers['content-type']).toMatch(/text\/css/);
    expect((await request(app).get('/static/app.js')).headers['content-type']).toMatch(/javascript/);
  });

  it('answers a page with an ETag and 304 on revalidation', async () => {
    // The canonical link depends on the Host, so the ETag does too: keep it fixed across both requests.
    const first = await request(app).get('/?q=ferry').set('Host', 'verbatim.test');
    // Without a base URL the page is built from the Host header: only the client that asked may keep it.
    expect(first.headers['cache-control']).toBe('private, max-age=60');
    expect(first.headers.vary).toMatch(/\bHost\b/i);
    const again = await request(app).get('/?q=ferry').set('Host', 'verbatim.test').set('If-None-Match', first.headers.etag!);
    expect(again.status).toBe(304);
    const otherHost = await request(app).get('/?q=ferry').set('Host', 'elsewhere.test').set('If-None-Match', first.headers.etag!);
    expect(otherHost.status).toBe(200);
  });
});
