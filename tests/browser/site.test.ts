/**
 * The site in a real browser: the real server (src/server.ts) over the committed seed corpus, driven through
 * Debian's Chromium with playwright-core. Covers what supertest cannot: the form and keyboard, the instant
 * results script, the copy buttons writing to the clipboard, and that nothing from the corpus or the query
 * ever runs as script in the page.
 *
 * Chromium missing fails these tests with the install hint; VERBATIM_SKIP_BROWSER=1 skips them visibly.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
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
    'tests/browser/site.test.ts: skipped because VERBATIM_SKIP_BROWSER=1 (the site is not tested in a browser)',
  );
const seedCorpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus');

const SCRIPT_TAG = '<script>window.__xss=1</script>';
const IMG_TAG = '<img src=x onerror="window.__xss=1">';
/** Unquoted, so it fits inside a quotation (a straight `"` inside “…” ends the quote for the extractor). */
const BARE_IMG_TAG = '<img src=x onerror=window.__xss=1>';

/**
 * An invented article whose title and quotes carry markup that would run if any page or script
 * inserted it as HTML rather than text.
 */
const hostileArticle = [
  '---',
  `title: 'Forum rules <b>tested</b> ${SCRIPT_TAG} ${IMG_TAG}'`,
  'publisher: Harbourside Forum',
  'published: 2025-06-02',
  '---',
  `Moderator Quinn Tallis said: “${SCRIPT_TAG} is what the old form let through.”`,
  '',
  `“Then somebody posted ${BARE_IMG_TAG} in the comments,” Quinn Tallis said on Monday.`,
  '',
].join('\n');

/** Starts a server on a free loopback port with its index in a fresh temporary folder. */
async function serve(corpusDir: string, tempRoot: string, name: string): Promise<RunningServer> {
  return startServer({
    port: 0,
    host: '127.0.0.1',
    corpusDir,
    indexDir: path.join(tempRoot, `${name}-index`),
    handleSignals: false,
    log: () => {},
  });
}

describe.skipIf(skipBrowser)(`the site in Chromium${skipBrowser ? ' (skipped: VERBATIM_SKIP_BROWSER=1)' : ''}`, () => {
  let tempRoot = '';
  let seed: RunningServer | null = null;
  let hostile: RunningServer | null = null;
  let browser: Browser | null = null;
  let context: BrowserContext | null = null;
  const problems: string[] = [];

  /** A new tab that records console errors and uncaught page errors into `problems`. */
  function openPage(): Promise<Page> {
    return openWatchedPage(context, problems, 'browser tests');
  }

  /** The words, speaker and article link of every result card on the page. */
  function readCards(page: Page) {
    return page.$$eval('.results .quote-card', (cards) =>
      cards.map((card) => ({
        text: card.querySelector('blockquote')?.textContent?.trim() ?? '',
        speaker: card.querySelector('.speaker')?.textContent?.trim() ?? '',
        articleHref: card.querySelector('a[href^="/articles/"]')?.getAttribute('href') ?? '',
        marks: [...card.querySelectorAll('blockquote mark')].map((m) => m.textContent ?? ''),
      })),
    );
  }

  beforeAll(async () => {
    // Vitest sets BASE_URL=/ for its own use; the server's config would refuse it. Empty means "not set".
    vi.stubEnv('BASE_URL', '');
    browser = await launchChromium();
    tempRoot = await mkdtemp(path.join(os.tmpdir(), 'verbatim-browser-'));
    const hostileCorpus = path.join(tempRoot, 'hostile-corpus');
    await mkdir(hostileCorpus);
    await writeFile(path.join(hostileCorpus, 'forum-rules.md'), hostileArticle);
    [seed, hostile] = await Promise.all([
      serve(seedCorpus, tempRoot, 'seed'),
      serve(hostileCorpus, tempRoot, 'hostile'),
    ]);
    context = await openContext(browser, seed.url);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await Promise.all([seed?.close(), hostile?.close()]);
    if (tempRoot) await rm(tempRoot, { recursive: true, force: true });
    vi.unstubAllEnvs();
  });

  it('Tab first reaches the skip link, which moves focus to the content, then the search box', async () => {
    const page = await openPage();
    await page.goto(`${seed!.url}/`);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      return { text: el.textContent?.trim(), href: el.getAttribute('href'), top: box.top, bottom: box.bottom };
    });
    expect(skip).toMatchObject({ text: 'Skip to content', href: '#main' });
    // Focused, the skip link must be on screen, not left at its hidden off-screen position.
    expect(skip.top).toBeGreaterThanOrEqual(0);
    expect(skip.bottom).toBeGreaterThan(0);

    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await page.goto(`${seed!.url}/`);
    const focusOrder: string[] = [];
    for (let i = 0; i < 8 && focusOrder.at(-1) !== 'q'; i += 1) {
      await page.keyboard.press('Tab');
      focusOrder.push(
        await page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim() || ''),
      );
    }
    expect(focusOrder[0]).toBe('Skip to content');
    expect(focusOrder.at(-1)).toBe('q');
    await page.close();
  });

  it('searching "security guarantees" from the form shows suggestions, then highlighted results', async () => {
    const page = await openPage();
    await page.goto(`${seed!.url}/`);
    const box = page.locator('#q');
    await box.click();
    await box.pressSequentially('security guarantees');
    // The suggestions list appears under the box while typing (app.js, from /api/search).
    await page.waitForSelector('#suggestions [role="option"][data-href*="/q/"]');
    await Promise.all([page.waitForURL(/[?&]q=security\+guarantees/), box.press('Enter')]);

    expect(await box.inputValue()).toBe('security guarantees');
    const cards = await readCards(page);
    expect(cards.length).toBeGreaterThan(0);
    const marked = new Set(cards.flatMap((c) => c.marks.map((m) => m.toLowerCase())));
    expect(marked).toContain('security');
    expect(marked).toContain('guarantees');
    // The best match holds both words, each highlighted.
    expect(cards[0]!.marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(['security', 'guarantees']));
    await page.close();
  });

  it('the Volodymyr Zelensky facet keeps only his quotes, from articles spelling him Zelensky and Zelenskyy', async () => {
    const page = await openPage();
    await page.goto(`${seed!.url}/`);
    // Ticking the facet is enough: the results follow, and so does the address (no "Apply filters" with the script).
    expect(await page.getByRole('button', { name: 'Apply filters' }).isVisible()).toBe(false);
    await page.locator('input[name="speaker"][value="volodymyr-zelensky"]').check();
    await page.waitForFunction(() => /[?&]speaker=volodymyr-zelensky/.test(location.search));

    expect(await page.locator('input[name="speaker"][value="volodymyr-zelensky"]').isChecked()).toBe(true);
    const cards = await readCards(page);
    expect(cards.length).toBeGreaterThan(1);
    for (const card of cards) expect(card.speaker, card.text).toBe('Volodymyr Zelensky');

    const articleIds = [...new Set(cards.map((c) => decodeURIComponent(c.articleHref.replace('/articles/', ''))))];
    expect(articleIds.length).toBeGreaterThan(1);
    const texts = articleIds.map((id) => seed!.index().articles.get(id)?.text ?? '');
    expect(texts.some((t) => /\bZelenskyy\b/.test(t))).toBe(true);
    expect(texts.some((t) => /\bZelensky\b/.test(t))).toBe(true);
    await page.close();
  });

  it('a permalink opens the quote page, and Copy puts the APA reference shown on the clipboard', async () => {
    const page = await openPage();
    await page.goto(`${seed!.url}/?q=security+guarantees`);
    const first = (await readCards(page))[0]!;
    const permalink = page.locator('.results .quote-card').first().locator('a.permalink');
    const href = await permalink.getAttribute('href');
    expect(href).toMatch(/^\/q\//);
    await Promise.all([page.waitForURL(`${seed!.url}${href}`), permalink.click()]);

    expect((await page.locator('.quote-hero blockquote').textContent())?.trim()).toBe(first.text.replace(/\s+/g, ' '));
    const shown = (await page.locator('#cite-apa').textContent())?.trim() ?? '';
    // APA 7 for a news article: `Title. (2025, September 4). Publisher. URL` (with or without an author; without
    // publisher and URL when the article gives none: the seed corpus's first hit here is such an article).
    expect(shown).toMatch(/\((?:\d{4}(?:, [A-Z][a-z]+(?: \d{1,2})?)?|n\.d\.)\)\.(?: .+)?(?: https?:\/\/\S+)?$/);

    const copy = page.locator('button[data-copy="cite-apa"]');
    expect(await copy.isVisible()).toBe(true);
    await page.evaluate(() => navigator.clipboard.writeText('(clipboard before copying)'));
    await copy.click();
    await page.waitForFunction(() => document.querySelector('button[data-copy="cite-apa"]')?.textContent === 'Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown);
    await page.close();
  });

  it('markup in an article and in the query shows as text and never runs', async () => {
    const page = await openPage();
    /** Nothing injected ran, and the page holds no element the markup would have made. */
    const expectInert = async () => {
      expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), page.url()).toBeUndefined();
      expect(await page.locator('body img, body svg, body b, main script').count(), page.url()).toBe(0);
    };

    await page.goto(`${hostile!.url}/`);
    const quotes = await page.$$eval('.results .quote-card blockquote', (bs) => bs.map((b) => b.textContent ?? ''));
    expect(quotes.some((q) => q.includes(SCRIPT_TAG))).toBe(true);
    expect(quotes.some((q) => q.includes(BARE_IMG_TAG))).toBe(true);
    expect(await page.locator('.results .quote-card').first().textContent()).toContain(IMG_TAG);
    await expectInert();

    // Each quote's own page, then the article page, whose heading is the title with its markup.
    const permalinks = await page.$$eval('.results a.permalink', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(permalinks.length).toBe(2);
    for (const href of permalinks) {
      await page.goto(`${hostile!.url}${href}`);
      expect(await page.locator('.quote-hero blockquote').textContent()).toMatch(/<script>|<img /);
      expect(await page.title()).toContain('<');
      await expectInert();
    }
    await Promise.all([page.waitForURL(/\/articles\//), page.locator('.facts a[href^="/articles/"]').first().click()]);
    expect(await page.locator('main h1').first().textContent()).toContain(`${SCRIPT_TAG} ${IMG_TAG}`);
    await expectInert();

    // Typing markup: the instant results show the matching quote's markup as text.
    await page.goto(`${hostile!.url}/`);
    await page.locator('#q').pressSequentially('<i>old form</i>');
    await page.waitForSelector('#suggestions [role="option"]');
    expect(await page.locator('#suggestions').textContent()).toContain(SCRIPT_TAG);
    await expectInert();

    // Submitting markup: nothing matches, and the page repeats the query as text.
    const query = '<svg onload="window.__xss=1"> zeppelin';
    await page.locator('#q').fill(query);
    await Promise.all([page.waitForURL(/[?&]q=%3Csvg/), page.locator('#q').press('Enter')]);
    expect(await page.locator('#q').inputValue()).toBe(query);
    expect(await page.locator('.results q').textContent()).toBe(query);
    expect(await page.title()).toContain(query);
    await expectInert();
    await page.close();
  });

  it('no page logged a console error or threw', () => {
    expect(problems).toEqual([]);
  });
});
