/**
 * "Beyond the peers" in a real browser: the quote check reached from the site navigation, the wrong-speaker
 * answer, the export and feed links under a search, and every citation's copy button on a quote page. The real
 * server (src/server.ts) over the committed seed corpus, driven through Debian's Chromium with playwright-core.
 *
 * Chromium missing fails these tests with the install hint; VERBATIM_SKIP_BROWSER=1 skips them visibly.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server.js';
import { launchChromium, openContext, openWatchedPage } from './chromium.js';

const skipBrowser = process.env.VERBATIM_SKIP_BROWSER === '1';
if (skipBrowser)
  console.warn(
    'tests/browser/beyond.test.ts: skipped because VERBATIM_SKIP_BROWSER=1 (the quote check and exports are not tested in a browser)',
  );
const seedCorpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus');

/** What a `<a download>` link under the search results serves: its label, content type and what the body must hold. */
const exportLinks: ReadonlyArray<{ label: string; path: string; type: RegExp; body: RegExp }> = [
  { label: 'CSV', path: '/export.csv', type: /^text\/csv\b/, body: /^quote_id,statement_id,text,speaker_id,speaker,/ },
  { label: 'JSON Lines', path: '/export.jsonl', type: /^application\/jsonl\b/, body: /^\{"/ },
  { label: 'BibTeX', path: '/export.bib', type: /^application\/x-bibtex\b/, body: /^@misc\{/ },
  {
    label: 'Atom feed',
    path: '/feed.atom',
    type: /^application\/atom\+xml\b/,
    body: /^<\?xml[^>]*\?>\s*<feed xmlns="http:\/\/www\.w3\.org\/2005\/Atom">/,
  },
];

/** The records of an RFC 4180 CSV text (quoted fields may hold commas, doubled quotes and line breaks). */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  const field = /(?:"((?:[^"]|"")*)"|([^",\r\n]*))(,|\r\n|$)/y;
  let record: string[] = [];
  while (field.lastIndex < text.length) {
    const m = field.exec(text);
    if (!m) throw new Error(`tests/browser/beyond.test.ts: CSV does not parse at character ${field.lastIndex}`);
    record.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : (m[2] ?? ''));
    if (m[3] !== ',') {
      records.push(record);
      record = [];
    }
  }
  return records;
}

describe.skipIf(skipBrowser)(
  `check, export and cite in Chromium${skipBrowser ? ' (skipped: VERBATIM_SKIP_BROWSER=1)' : ''}`,
  () => {
    let tempRoot = '';
    let seed: RunningServer | null = null;
    let browser: Browser | null = null;
    let context: BrowserContext | null = null;
    const problems: string[] = [];

    /** A new tab that records console errors and uncaught page errors into `problems`. */
    function openPage(): Promise<Page> {
      return openWatchedPage(context, problems, 'tests/browser/beyond.test.ts');
    }

    /** Opens /check through the "Check a quote" link in the site navigation, fills the form and presses Check. */
    async function checkFromNavigation(page: Page, text: string, speaker: string | null): Promise<void> {
      await page.goto(`${seed!.url}/`);
      await Promise.all([
        page.waitForURL(`${seed!.url}/check`),
        page.getByRole('link', { name: 'Check a quote' }).click(),
      ]);
      await page.locator('#check-text').fill(text);
      if (speaker !== null) await page.locator('#check-speaker').fill(speaker);
      await Promise.all([
        page.waitForURL(/\/check\?text=/),
        page.getByRole('button', { name: 'Check', exact: true }).click(),
      ]);
    }

    /** Verdict heading, message and each match's words, meta line, speaker link and permalink. */
    function readCheck(page: Page) {
      return page.evaluate(() => {
        const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
        return {
          heading: squash(document.querySelector('#verdict-heading')?.textContent),
          message: squash(document.querySelector('.verdict-message')?.textContent),
          claimed: squash(document.querySelector('.claimed-speaker')?.textContent),
          matches: [...document.querySelectorAll('.check-matches .check-match')].map((li) => ({
            className: li.className,
            words: squash(li.querySelector('.diff')?.textContent),
            meta: squash(li.querySelector('.quote-meta')?.textContent),
            speaker: squash(li.querySelector('.quote-meta a[href^="/speakers/"]')?.textContent),
            permalink: li.querySelector('a.permalink')?.getAttribute('href') ?? '',
          })),
        };
      });
    }

    beforeAll(async () => {
      // Vitest sets BASE_URL=/ for its own use; the server's config would refuse it. Empty means "not set".
      vi.stubEnv('BASE_URL', '');
      browser = await launchChromium();
      tempRoot = await mkdtemp(path.join(os.tmpdir(), 'verbatim-browser-beyond-'));
      seed = await startServer({
        port: 0,
        host: '127.0.0.1',
        corpusDir: seedCorpus,
        indexDir: path.join(tempRoot, 'seed-index'),
        handleSignals: false,
        log: () => {},
      });
      context = await openContext(browser, seed.url);
    });

    afterAll(async () => {
      await context?.close();
      await browser?.close();
      await seed?.close();
      if (tempRoot) await rm(tempRoot, { recursive: true, force: true });
      vi.unstubAllEnvs();
    });

    it('Macron said: "we are ready to provide political support" is found as Emmanuel Macron\'s real words, with a permalink to the quote', async () => {
      const page = await openPage();
      await checkFromNavigation(page, 'Macron said: "we are ready to provide political support"', null);
      expect(await page.locator('#check-text').inputValue()).toBe(
        'Macron said: "we are ready to provide political support"',
      );

      const check = await readCheck(page);
      expect(check.heading).toBe('Found: the words are real');
      expect(check.message).toContain('Emmanuel Macron’s words');
      const best = check.matches[0];
      expect(best, JSON.stringify(check)).toBeDefined();
      expect(best!.className).toContain('match-exact');
      expect(best!.meta).toMatch(/^Exact words/);
      expect(best!.speaker).toBe('Emmanuel Macron');
      expect(best!.words.toLowerCase()).toContain('we are ready to provide political support');
      expect(best!.permalink).toMatch(/^\/q\//);

      // The permalink opens that quote's own page: the same words, by the same speaker.
      await Promise.all([
        page.waitForURL(`${seed!.url}${best!.permalink}`),
        page.locator('.check-matches .check-match').first().locator('a.permalink').click(),
      ]);
      const hero = (await page.locator('.quote-hero blockquote').textContent())?.replace(/\s+/g, ' ').trim() ?? '';
      expect(hero.toLowerCase()).toContain('we are ready to provide political support');
      expect((await page.locator('.quote-hero figcaption a[href^="/speakers/"]').textContent())?.trim()).toBe(
        'Emmanuel Macron',
      );
      await page.close();
    });

    it('"Our key task is to ensure Russia cannot continue this war", claimed for Macron, was said by Volodymyr Zelensky', async () => {
      const page = await openPage();
      await checkFromNavigation(page, 'Our key task is to ensure Russia cannot continue this war', 'Macron');
      expect(await page.locator('#check-speaker').inputValue()).toBe('Macron');

      const check = await readCheck(page);
      expect(check.message).toContain('said by Volodymyr Zelensky, not Emmanuel Macron');
      expect(check.claimed).toBe('Claimed speaker: Emmanuel Macron — wrong');
      expect(check.matches[0]?.speaker, JSON.stringify(check)).toBe('Volodymyr Zelensky');
      await page.close();
    });

    it('the results for "security guarantees" link to CSV, JSON Lines, BibTeX and Atom, and each link serves its format', async () => {
      const page = await openPage();
      await page.goto(`${seed!.url}/?q=security+guarantees`);
      const shownCount = await page.locator('.results .quote-card').count();
      expect(shownCount).toBeGreaterThan(0);

      for (const link of exportLinks) {
        const anchor = page.locator('.export-links').getByRole('link', { name: link.label, exact: true });
        const href = (await anchor.getAttribute('href')) ?? '';
        expect(href, link.label).toMatch(new RegExp(`^${link.path.replace('.', '\\.')}\\?`));
        expect(new URL(href, seed!.url).searchParams.get('q'), link.label).toBe('security guarantees');

        // Fetched from the page itself, as the browser would follow the link.
        const got = await page.evaluate(async (url) => {
          const res = await fetch(url);
          return {
            status: res.status,
            type: res.headers.get('content-type') ?? '',
            total: Number(res.headers.get('x-total-count')),
            body: await res.text(),
          };
        }, href);
        expect(got.status, link.label).toBe(200);
        expect(got.type, link.label).toMatch(link.type);
        expect(got.body, link.label).toMatch(link.body);

        if (link.label === 'CSV') {
          const [header, ...rows] = csvRecords(got.body);
          expect(header?.slice(0, 5)).toEqual(['quote_id', 'statement_id', 'text', 'speaker_id', 'speaker']);
          // A row for each report (at least as many as the cards shown, which collapse repeated reports).
          expect(rows.length).toBeGreaterThanOrEqual(shownCount);
          expect(rows.length).toBe(got.total);
          const permalink = header!.indexOf('permalink');
          expect(permalink).toBeGreaterThan(0);
          for (const row of rows) {
            expect(row).toHaveLength(header!.length);
            expect(row[permalink], row.join(' | ')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/q\//);
          }
          expect(rows.some((row) => /security/i.test(row[2] ?? '') && /guarantee/i.test(row[2] ?? ''))).toBe(true);
        }
        if (link.label === 'JSON Lines') {
          const rows = got.body
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l) as { text?: unknown; permalink?: unknown });
          expect(rows.length).toBeGreaterThanOrEqual(shownCount);
          for (const row of rows) expect(row.permalink).toMatch(/\/q\//);
        }
      }
      await page.close();
    });

    it("on a quote page, each citation's Copy button puts exactly the citation shown on the clipboard", async () => {
      const page = await openPage();
      await page.goto(`${seed!.url}/?q=security+guarantees`);
      const href = (await page.locator('.results .quote-card a.permalink').first().getAttribute('href')) ?? '';
      expect(href).toMatch(/^\/q\//);
      await page.goto(`${seed!.url}${href}`);

      const styles = await page.$$eval('.citation .citation-text', (ps) => ps.map((p) => p.id));
      expect(styles).toEqual(['cite-apa', 'cite-mla', 'cite-chicago', 'cite-plain']);
      for (const id of styles) {
        const shown = (await page.locator(`#${id}`).textContent())?.trim() ?? '';
        expect(shown.length, id).toBeGreaterThan(20);
        const copy = page.locator(`button[data-copy="${id}"]`);
        expect(await copy.isVisible(), id).toBe(true);
        await page.evaluate(() => navigator.clipboard.writeText('(clipboard before copying)'));
        await copy.click();
        await page.waitForFunction(
          (target) => document.querySelector(`button[data-copy="${target}"]`)?.textContent === 'Copied',
          id,
        );
        expect(await page.evaluate(() => navigator.clipboard.readText()), id).toBe(shown);
      }
      await page.close();
    });

    it('no page logged a console error or threw', () => {
      expect(problems).toEqual([]);
    });
  },
);
