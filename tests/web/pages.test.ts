import { describe, expect, it } from 'vitest';
import request from 'supertest';
import { JSDOM } from 'jsdom';
import { createApp } from '../../src/web/app.js';
import { corpus, fixtureIndex } from './fixtures.js';
import { assembleIndex } from '../../src/store/assemble.js';
import type { Quote } from '../../src/model/types.js';
import type { LoadedIndex } from '../../src/store/types.js';

const logged: string[] = [];
const app = createApp(fixtureIndex(), { log: (m) => logged.push(m) });

async function page(url: string, status = 200) {
  const res = await request(app).get(url);
  expect(res.status, `${url} → ${res.status}`).toBe(status);
  expect(res.headers['content-type']).toMatch(/text\/html/);
  return { res, doc: new JSDOM(res.text).window.document };
}

const texts = (doc: Document, selector: string) =>
  [...doc.querySelectorAll(selector)].map((e) => e.textContent?.trim() ?? '');

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
    expect(card.querySelector('a[href="/articles/gazette-harbour-bridge"]')?.textContent).toBe(
      'Harbour bridge to reopen in spring',
    );
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
    const visible = doc.querySelectorAll(
      '#facet-fields > fieldset > .facet-list input[name="speaker"]:not([value="-"])',
    );
    expect(visible).toHaveLength(10);
    expect(doc.querySelectorAll('details.facet-more input[name="speaker"]')).toHaveLength(5);
    expect(doc.querySelector('input[name="speaker"][value="tomas-virtanen"]')?.parentElement?.textContent).toMatch(
      /Tomas Virtanen\s+\(3\)/,
    );
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

  it.each(['/q/nope', '/speakers/nobody', '/articles/missing', '/no/such/page'])(
    '%s is a real 404 page',
    async (url) => {
      const { doc } = await page(url, 404);
      expect(doc.querySelector('h1')?.textContent).toMatch(/Not found/);
    },
  );

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
      expect(
        scripts.every((s) => s === '/static/app.js' || s === 'application/ld+json'),
        url,
      ).toBe(true);
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
    expect((JSON.parse(block.textContent) as { text: string }).text).toBe(
      '<script>alert("x")</script> is not a policy.',
    );
    expect(res.text.match(/<\/script>/g)).toHaveLength(2);
  });
});

describe('permalink page /q/:id', () => {
  it('has valid schema.org Quotation JSON-LD, OpenGraph tags and a canonical link', async () => {
    const { doc } = await page('/q/q-repairs');
    const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.textContent) as Record<
      string,
      unknown
    >;
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Quotation',
      text: 'The repairs are ahead of schedule and under budget,',
      creator: { '@type': 'Person', name: 'Tomas Virtanen' },
      isBasedOn: {
        '@type': 'NewsArticle',
        headline: 'Harbour bridge to reopen in spring',
        url: 'https://gazette.example/harbour-bridge',
      },
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
    expect(context.textContent).toBe(
      'He added that the ferry service would continue “until the last inspection is signed off”.',
    );
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
    for (const url of [
      '/',
      '/speakers',
      '/speakers/tomas-virtanen',
      '/q/q-repairs',
      '/articles/gazette-harbour-bridge',
      '/nope',
    ]) {
      const { res, doc } = await page(url, url === '/nope' ? 404 : 200);
      const inline = [...doc.querySelectorAll('script:not([src])')].filter(
        (s) => s.getAttribute('type') !== 'application/ld+json',
      );
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
    const again = await request(app)
      .get('/?q=ferry')
      .set('Host', 'verbatim.test')
      .set('If-None-Match', first.headers.etag!);
    expect(again.status).toBe(304);
    const otherHost = await request(app)
      .get('/?q=ferry')
      .set('Host', 'elsewhere.test')
      .set('If-None-Match', first.headers.etag!);
    expect(otherHost.status).toBe(200);
  });
});

/** The fixture corpus with some quotes changed (confidence, said-at), as an app. */
function appWith(change: (q: Quote) => Quote, wrap: (index: LoadedIndex) => LoadedIndex = (i) => i) {
  const index = assembleIndex(
    { ...corpus, quotes: corpus.quotes.map(change) },
    { dir: '(memory)', builtAt: '2025-06-01T00:00:00Z', formatVersion: 1 },
  );
  return createApp(wrap(index), { log: (m) => logged.push(m) });
}

async function pageOf(app2: ReturnType<typeof createApp>, url: string) {
  const res = await request(app2).get(url);
  expect(res.status, `${url} → ${res.status}`).toBe(200);
  return new JSDOM(res.text).window.document;
}

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('search page for everyday use (#13)', () => {
  it('serves the results and facets of a search alone, for the page script to put in place', async () => {
    const res = await request(app).get('/fragments/search?q=salt&sort=oldest');
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('<html');
    const doc = new JSDOM(res.text).window.document;
    expect(doc.querySelector('#fragment-meta')?.getAttribute('data-title')).toBe('“salt” — Verbatim');
    expect(doc.querySelector('#fragment-meta')?.getAttribute('data-summary')).toBe('1 quote, oldest first');
    expect(doc.querySelectorAll('#results .quote-card')).toHaveLength(1);
    expect(doc.querySelector('#facet-fields input[name="speaker"][value="lena-brook"]')).not.toBeNull();
    // The page itself holds the same two regions, so the script can swap them.
    const full = await page('/?q=salt');
    expect(full.doc.querySelector('form#search-form')?.getAttribute('data-fragment')).toBe('/fragments/search');
    expect(full.doc.querySelector('#results')).not.toBeNull();
    expect(full.doc.querySelector('#facet-fields')).not.toBeNull();
  });

  it.each([
    ['/', '18 quotes, latest first'],
    ['/?sort=oldest', '18 quotes, oldest first'],
    ['/?q=repairs', 'best match first'],
    ['/?q=repairs&sort=newest', 'latest first'],
  ])('%s: the heading says the order in force (%s)', async (url, phrase) => {
    const { doc } = await page(url);
    expect(doc.querySelector('#results-heading')?.textContent).toContain(phrase);
    if (!phrase.includes('latest')) expect(doc.querySelector('#results-heading')?.textContent).not.toContain('latest');
  });

  it('says the order on a speaker page too', async () => {
    const { doc } = await page('/speakers/tomas-virtanen?sort=oldest');
    expect(squash(doc.querySelector('h2.results-summary')?.textContent)).toMatch(/oldest first$/);
  });

  it('links the Atom feed of a search and of a speaker in the page head', async () => {
    const search = await page('/?q=salt&speaker=lena-brook&sort=oldest');
    const link = search.doc.querySelector('head link[rel="alternate"][type="application/atom+xml"]');
    expect(link?.getAttribute('href')).toBe('/feed.atom?q=salt&speaker=lena-brook');
    expect(link?.getAttribute('title')).toBe('Quotes matching “salt”');
    const speaker = await page('/speakers/lena-brook');
    expect(
      speaker.doc.querySelector('head link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href'),
    ).toBe('/speakers/lena-brook/feed.atom');
    const permalink = await page('/q/q-salt');
    expect(permalink.doc.querySelector('head link[rel="alternate"]')).toBeNull();
  });

  it('gives tips on an empty result: spelling, fewer words, and a link that removes each filter', async () => {
    const { doc } = await page('/?q=salt+zeppelin&speaker=lena-brook&publisher=Valley+Times&from=2025-01-01&kind=full');
    const tips = squash(doc.querySelector('.no-results .tips')?.textContent);
    expect(tips).toMatch(/Check the spelling/);
    expect(doc.querySelector('a.fewer-words')?.getAttribute('href')).toBe(
      '/?q=salt&speaker=lena-brook&publisher=Valley+Times&from=2025-01-01&kind=full',
    );
    const removals = Object.fromEntries(
      [...doc.querySelectorAll('.remove-filters a')].map((a): [string, string | null] => [
        a.getAttribute('data-filter') ?? '',
        a.getAttribute('href'),
      ]),
    );
    expect(removals).toEqual({
      speaker: '/?q=salt+zeppelin&publisher=Valley+Times&from=2025-01-01&kind=full',
      publisher: '/?q=salt+zeppelin&speaker=lena-brook&from=2025-01-01&kind=full',
      dates: '/?q=salt+zeppelin&speaker=lena-brook&publisher=Valley+Times&kind=full',
      kind: '/?q=salt+zeppelin&speaker=lena-brook&publisher=Valley+Times&from=2025-01-01',
    });
  });

  it('says how many quotes dropping a filter would find', async () => {
    const { doc } = await page('/?q=salt&publisher=Valley+Times');
    const li = [...doc.querySelectorAll('.remove-filters li')].map((l) => squash(l.textContent));
    expect(li).toEqual(['Remove publisher: Valley Times (1 quote)']);
  });

  it('keeps the search form, with the words typed, on an error page', async () => {
    const { doc } = await page('/?q=harbour&page=-1', 400);
    const box = doc.querySelector<HTMLInputElement>('.error-page form[action="/"] input[name="q"]');
    expect(box?.value).toBe('harbour');
    const missing = await page('/no/such/page', 404);
    expect(missing.doc.querySelector<HTMLInputElement>('.error-page form[action="/"] input[name="q"]')?.value).toBe('');
  });

  it('offers a facet for quotes nobody is named for, which lists only those', async () => {
    const { doc } = await page('/');
    const none = doc.querySelector<HTMLInputElement>('#facet-fields input[name="speaker"][value="-"]');
    expect(squash(none?.parentElement?.textContent)).toBe('No speaker named (1)');
    const only = await page('/?speaker=-');
    expect(texts(only.doc, '.results .quote-card a.permalink').length).toBe(1);
    expect(only.doc.querySelector('.results .quote-card a.permalink')?.getAttribute('href')).toBe('/q/q-unattributed');
    expect(only.doc.querySelector<HTMLInputElement>('input[name="speaker"][value="-"]')?.checked).toBe(true);
  });

  it('filters full or partial quotations, and refuses another kind', async () => {
    const { doc } = await page('/?kind=partial');
    const ids = [...doc.querySelectorAll('.results .quote-card a.permalink')].map((a) => a.getAttribute('href'));
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(['/q/q-inspection', '/q/q-repairs-again']).toContain(id);
    expect(doc.querySelector<HTMLInputElement>('input[name="kind"][value="partial"]')?.checked).toBe(true);
    const full = await page('/?kind=full');
    expect(full.doc.querySelector('#results-heading')?.textContent).toMatch(/1[0-9] quotes/);
    await page('/?kind=quoted', 400);
  });

  it('has a "confident attributions only" switch that sets minConfidence=0.9', async () => {
    const { doc } = await page('/');
    const box = doc.querySelector<HTMLInputElement>('input[type="checkbox"][name="minConfidence"]');
    expect(box?.value).toBe('0.9');
    expect(box?.checked).toBe(false);
    expect(squash(box?.parentElement?.textContent)).toBe('Confident attributions only');
    const on = await page('/?minConfidence=0.9&q=salt');
    expect(on.doc.querySelector<HTMLInputElement>('input[name="minConfidence"]')?.checked).toBe(true);
    expect(on.doc.querySelector('.pager, .export-links a[href*="minConfidence=0.9"]')).not.toBeNull();
    await page('/?minConfidence=2', 400);
  });

  it('has a speaker box whose typed name is passed on as speaker= and shown back, while facet ids tick their boxes', async () => {
    const { doc } = await page('/?speaker=brook&speaker=tomas-virtanen');
    const box = doc.querySelector<HTMLInputElement>('#speaker-name');
    expect(box?.getAttribute('name')).toBe('speaker');
    expect(box?.value).toBe('brook');
    expect(doc.querySelector<HTMLInputElement>('input[type="checkbox"][value="tomas-virtanen"]')?.checked).toBe(true);
  });

  it('folds the filters in a panel that comes before the results (open without the script)', async () => {
    const { doc } = await page('/?speaker=lena-brook');
    const panel = doc.querySelector('details#filters-panel');
    expect(panel?.hasAttribute('open')).toBe(true);
    expect(squash(panel?.querySelector('summary')?.textContent)).toBe('Filters (1 on)');
    const order = [...doc.querySelectorAll('#filters-panel, #results')].map((e) => e.id);
    expect(order).toEqual(['filters-panel', 'results']);
  });

  it('says how many undated quotes a date filter leaves out, when the search counts them', async () => {
    const counting = appWith(
      (q) => q,
      (index) => {
        const search = index.search;
        const withCount: typeof search = Object.create(search) as typeof search;
        withCount.search = (r) => ({ ...search.search(r), undatedExcluded: 2 });
        return { ...index, search: withCount };
      },
    );
    const dated = await pageOf(counting, '/?from=2025-01-01');
    expect(squash(dated.querySelector('.undated-note')?.textContent)).toMatch(/^2 quotes with no date not shown/);
    const undated = await pageOf(counting, '/');
    expect(undated.querySelector('.undated-note')).toBeNull();
  });
});

describe('confidence in the site (#11)', () => {
  const banded = appWith((q) => {
    if (q.id === 'q-salt') return { ...q, attribution: { ...q.attribution, confidence: 0.72 } };
    if (q.id === 'q-nobody-asked') return { ...q, attribution: { ...q.attribution, confidence: 0.31 } };
    return q;
  });

  it.each([
    ['salt', 'likely', 'probably Lena Brook', '72%'],
    ['nobody', 'uncertain', 'uncertain: Lena Brook?', '31%'],
    ['repairs', 'certain', 'Tomas Virtanen', '90%'],
  ])('a card for "%s" shows the band %s and says "%s"', async (q, band, says, percent) => {
    const doc = await pageOf(banded, `/?q=${q}`);
    const card = doc.querySelector('.results .quote-card')!;
    expect(squash(card.querySelector('.attribution')?.textContent)).toBe(says);
    const badge = card.querySelector(`.band.band-${band}`);
    expect(badge?.getAttribute('title')).toBe(`Attribution confidence: ${percent}`);
    // The speaker link itself holds only the name (the facet filter and readers of .speaker rely on it).
    expect(card.querySelector('.speaker')?.textContent).toBe(band === 'certain' ? 'Tomas Virtanen' : 'Lena Brook');
  });

  it('"confident attributions only" leaves out a likely attribution', async () => {
    const all = await pageOf(banded, '/?q=salt');
    expect(all.querySelectorAll('.results .quote-card')).toHaveLength(1);
    const confident = await pageOf(banded, '/?q=salt&minConfidence=0.9');
    expect(confident.querySelectorAll('.results .quote-card')).toHaveLength(0);
    expect(squash(confident.querySelector('.remove-filters')?.textContent)).toBe('Remove confident attributions only');
    const repairs = await pageOf(banded, '/?q=repairs&minConfidence=0.9');
    expect(repairs.querySelectorAll('.results .quote-card').length).toBeGreaterThan(0);
  });

  it('the permalink shows the band and the percentage, and does not state a likely speaker as fact', async () => {
    const doc = await pageOf(banded, '/q/q-salt');
    expect(squash(doc.querySelector('.quote-hero figcaption .attribution')?.textContent)).toBe('probably Lena Brook');
    expect(squash(doc.querySelector('.quote-hero .band')?.textContent)).toMatch(/^likely/);
    const facts = squash(doc.querySelector('section[aria-labelledby="attribution-heading"]')?.textContent);
    expect(facts).toMatch(/Confidence\s*72% likely — not stated as fact: the speaker is probably Lena Brook/);
  });

  it('the article page tags a likely speaker as probable', async () => {
    const doc = await pageOf(banded, '/articles/gazette-harbour-bridge');
    expect(texts(doc, '.quote-speaker')).toEqual(['[Tomas Virtanen]', '[Tomas Virtanen]', '[probably Lena Brook]']);
  });
});

describe('facts on pages (#12): when it was said, and how that is known', () => {
  const dated = appWith((q) => {
    if (q.id === 'q-nobody-asked' && q.saidAt) return { ...q, saidAt: { ...q.saidAt, basis: 'relative' } };
    if (q.id === 'q-repairs-again' && q.saidAt) return { ...q, saidAt: { ...q.saidAt, basis: 'event' } };
    if (q.id === 'q-script') return { ...q, saidAt: null, publishedAt: null };
    return q;
  });

  it.each([
    ['q-repairs', '14 Mar 2025, 10:30 UTC+01:00 (date stated)'],
    ['q-nobody-asked', '1 Apr 2025 (from “on Tuesday”)'],
    ['q-repairs-again', 'Apr 2025 (date of the event reported)'],
    ['q-inspection', 'published 14 Mar 2025 (approx.)'],
    ['q-script', 'date unknown'],
  ])('%s: %s', async (id, shown) => {
    const doc = await pageOf(dated, `/q/${id}`);
    expect(squash(doc.querySelector('.quote-hero .when')?.textContent)).toBe(shown);
  });

  it('shows the basis on result cards too', async () => {
    const doc = await pageOf(dated, '/?q=nobody');
    expect(squash(doc.querySelector('.results .quote-card .when')?.textContent)).toBe('1 Apr 2025 (from “on Tuesday”)');
  });
});

describe('page details (#13)', () => {
  it('labels every cell of the speakers table, for the stacked rows of a phone', async () => {
    const { doc } = await page('/speakers');
    const row = doc.querySelector('.speaker-table tbody tr')!;
    expect([...row.querySelectorAll('td')].map((td) => td.getAttribute('data-label'))).toEqual([
      'Role',
      'Also called',
      'Quotes',
    ]);
  });

  it('the check page has a legend, marks the real words as kept and the circulating ones as added, no stray spaces', async () => {
    const { doc } = await page(`/check?text=${encodeURIComponent('Salt is the enemy of iron')}`);
    expect(squash(doc.querySelector('.diff-legend')?.textContent)).toMatch(
      /Underlined: words the circulating version dropped.*Struck through: words the circulating version added/,
    );
    const diff = doc.querySelector('.check-match .diff')!;
    expect(diff.querySelector('del.added')?.textContent).toBe('iron');
    expect(diff.querySelector('ins.dropped')?.textContent).toBe('steel');
    expect(diff.textContent).toMatch(/^“Salt is the enemy of iron steel, and we have fought it for two years\.”$/);
    expect(diff.textContent).not.toMatch(/\s”$/);
    expect(doc.querySelector('#check-speaker')?.getAttribute('placeholder')!.length).toBeLessThanOrEqual(24);
  });

  it('puts the speaker tag of the article page after the closing quotation mark', async () => {
    const { doc } = await page('/articles/gazette-harbour-bridge');
    const tags = [...doc.querySelectorAll('.article-text .quote-speaker')];
    for (const tag of tags) {
      const before = tag.previousSibling?.textContent ?? '';
      expect(before, squash(tag.parentElement?.textContent)).toMatch(/[”"’]$/);
    }
    expect(squash(doc.querySelector('.article-text')?.textContent)).toContain(
      'under budget,” [Tomas Virtanen] Mayor Tomas Virtanen said',
    );
  });
});
