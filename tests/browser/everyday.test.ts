/**
 * "For the people who use it every day" (#13) in a real browser: instant results that keep the address in step,
 * the suggestions combobox driven by the keyboard, a phone-sized (390 px) layout, and copy buttons on a host
 * without navigator.clipboard. The real server (src/server.ts) over the committed seed corpus, driven through
 * Debian's Chromium with playwright-core.
 *
 * Chromium missing fails these tests with the install hint; VERBATIM_SKIP_BROWSER=1 skips them visibly.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/server.js';
import { launchChromium, openContext, openWatchedPage } from './chromium.js';

const skipBrowser = process.env.VERBATIM_SKIP_BROWSER === '1';
if (skipBrowser)
  console.warn(
    'tests/browser/everyday.test.ts: skipped because VERBATIM_SKIP_BROWSER=1 (instant search, the combobox and the phone layout are not tested in a browser)',
  );
const seedCorpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'corpus');

describe.skipIf(skipBrowser)(
  `everyday use in Chromium${skipBrowser ? ' (skipped: VERBATIM_SKIP_BROWSER=1)' : ''}`,
  () => {
    let tempRoot = '';
    let seed: RunningServer | null = null;
    let browser: Browser | null = null;
    let desktop: BrowserContext | null = null;
    let phone: BrowserContext | null = null;
    const problems: string[] = [];

    beforeAll(async () => {
      // Vitest sets BASE_URL=/ for its own use; the server's config would refuse it. Empty means "not set".
      vi.stubEnv('BASE_URL', '');
      browser = await launchChromium();
      tempRoot = await mkdtemp(path.join(os.tmpdir(), 'verbatim-everyday-'));
      seed = await startServer({
        port: 0,
        host: '127.0.0.1',
        corpusDir: seedCorpus,
        indexDir: path.join(tempRoot, 'index'),
        handleSignals: false,
        log: () => {},
      });
      desktop = await openContext(browser, seed.url);
      phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
      phone.setDefaultTimeout(10_000);
    });

    afterAll(async () => {
      await desktop?.close();
      await phone?.close();
      await browser?.close();
      await seed?.close();
      if (tempRoot) await rm(tempRoot, { recursive: true, force: true });
      vi.unstubAllEnvs();
    });

    function openPage(context: BrowserContext | null = desktop): Promise<Page> {
      return openWatchedPage(context, problems, 'tests/browser/everyday.test.ts');
    }

    /** The results heading, the cards' speakers and the address, as the page shows them now. */
    function readState(page: Page) {
      return page.evaluate(() => ({
        heading: (document.querySelector('#results-heading')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        speakers: [...document.querySelectorAll('.results .quote-card .speaker')].map(
          (e) => e.textContent?.trim() ?? '',
        ),
        cards: document.querySelectorAll('.results .quote-card').length,
        search: location.search,
        marker: (window as unknown as { __samePage?: number }).__samePage ?? null,
      }));
    }

    it('results, facets and the address follow the search box, a facet and the sort, without reloading the page', async () => {
      const page = await openPage();
      await page.goto(`${seed!.url}/`);
      const before = await readState(page);
      expect(before.heading).toMatch(/latest first/);
      // Survives only as long as the page is not reloaded.
      await page.evaluate(() => ((window as unknown as { __samePage?: number }).__samePage = 1));

      await page.locator('#q').pressSequentially('security guarantees');
      await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'security guarantees');
      const typed = await readState(page);
      expect(typed.heading).toMatch(/best match first/);
      expect(typed.cards).toBeGreaterThan(0);
      expect(typed.heading).not.toBe(before.heading);
      expect(await page.title()).toBe('“security guarantees” — Verbatim');

      await page.locator('#facet-fields input[name="speaker"][value="volodymyr-zelensky"]').check();
      await page.waitForFunction(() => new URLSearchParams(location.search).get('speaker') === 'volodymyr-zelensky');
      const faceted = await readState(page);
      expect(faceted.speakers.length).toBeGreaterThan(0);
      for (const s of faceted.speakers) expect(s).toBe('Volodymyr Zelensky');
      // The facet box keeps focus and its tick after the facets were replaced.
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(
        'volodymyr-zelensky',
      );
      expect(await page.locator('input[name="speaker"][value="volodymyr-zelensky"]').isChecked()).toBe(true);

      await page.locator('#sort').selectOption('oldest');
      await page.waitForFunction(() => new URLSearchParams(location.search).get('sort') === 'oldest');
      const sorted = await readState(page);
      expect(sorted.heading).toMatch(/oldest first/);
      expect(sorted.marker).toBe(1);

      // Every state is a link: loading the address gives the same results.
      const address = `${seed!.url}/${sorted.search}`;
      const again = await openPage();
      await again.goto(address);
      const loaded = await readState(again);
      expect(loaded.heading.replace(/\(.*? ms\)/, '')).toBe(sorted.heading.replace(/\(.*? ms\)/, ''));
      expect(loaded.speakers).toEqual(sorted.speakers);
      await again.close();
      await page.close();
    });

    it('a late answer to an older search never replaces the newer results', async () => {
      const page = await openPage();
      let releaseFirst: () => void = () => {};
      const firstHeld = new Promise<void>((resolve) => (releaseFirst = resolve));
      let held: Route | null = null;
      await page.route('**/fragments/search?*', async (route) => {
        const q = new URL(route.request().url()).searchParams.get('q');
        if (q === 'ceasefire' && !held) {
          // Answered only after the newer search has been shown.
          held = route;
          await firstHeld;
          await route.continue().catch(() => {});
          return;
        }
        await route.continue();
      });
      await page.goto(`${seed!.url}/`);
      await page.locator('#q').fill('ceasefire');
      await page.waitForFunction(() => document.querySelector('form[aria-busy="true"]') !== null);
      await page.locator('#q').fill('security guarantees');
      await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'security guarantees');
      const newer = await readState(page);
      releaseFirst();
      // Let the held answer arrive (or fail as aborted), then check nothing changed.
      await page.waitForLoadState('networkidle');
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      const after = await readState(page);
      expect(held).not.toBeNull();
      expect(after.search).toBe(newer.search);
      expect(after.heading.replace(/\(.*? ms\)/, '')).toBe(newer.heading.replace(/\(.*? ms\)/, ''));
      await page.close();
    });

    it('the suggestions are a combobox: arrows move, Escape closes, Enter opens the chosen one', async () => {
      const page = await openPage();
      await page.goto(`${seed!.url}/`);
      const box = page.locator('#q');
      expect(await box.getAttribute('role')).toBe('combobox');
      expect(await box.getAttribute('aria-expanded')).toBe('false');
      const listId = await box.getAttribute('aria-controls');
      expect(listId).toBe('suggestions');
      expect(await page.locator('#suggestions').getAttribute('role')).toBe('listbox');

      await box.click();
      await box.pressSequentially('zelensk');
      await page.waitForSelector('#suggestions [role="option"]');
      expect(await box.getAttribute('aria-expanded')).toBe('true');
      const options = await page.$$eval('#suggestions [role="option"]', (els) =>
        els.map((el) => ({
          id: el.id,
          href: el.getAttribute('data-href'),
          marks: [...el.querySelectorAll('mark')].map((m) => m.textContent),
        })),
      );
      expect(options.length).toBeGreaterThan(1);
      // The speaker comes first, with the typed part marked.
      expect(options[0]!.href).toBe('/speakers/volodymyr-zelensky');
      expect(options[0]!.marks.map((m) => m?.toLowerCase())).toContain('zelensk');

      const activeOption = () =>
        page.evaluate(() => {
          const id = document.querySelector('#q')?.getAttribute('aria-activedescendant');
          const selected = [...document.querySelectorAll('#suggestions [aria-selected="true"]')].map((e) => e.id);
          return { id: id ?? null, selected };
        });
      await box.press('ArrowDown');
      expect(await activeOption()).toEqual({ id: options[0]!.id, selected: [options[0]!.id] });
      await box.press('ArrowDown');
      expect(await activeOption()).toEqual({ id: options[1]!.id, selected: [options[1]!.id] });
      await box.press('ArrowUp');
      expect(await activeOption()).toEqual({ id: options[0]!.id, selected: [options[0]!.id] });
      await box.press('ArrowUp');
      expect((await activeOption()).id).toBe(options.at(-1)!.id);

      await box.press('Escape');
      expect(await box.getAttribute('aria-expanded')).toBe('false');
      expect(await page.locator('#suggestions').isHidden()).toBe(true);
      expect(await box.getAttribute('aria-activedescendant')).toBeNull();
      expect(await box.inputValue()).toBe('zelensk');

      await box.pressSequentially('y');
      await page.waitForSelector('#suggestions [role="option"]');
      await box.press('ArrowDown');
      await Promise.all([page.waitForURL(`${seed!.url}/speakers/volodymyr-zelensky`), box.press('Enter')]);
      expect(await page.locator('main h1').textContent()).toBe('Volodymyr Zelensky');
      await page.close();
    });

    it('on a 390 px phone: filters fold above the results, the speakers table keeps its labels, the check form fits', async () => {
      const page = await openPage(phone);
      await page.goto(`${seed!.url}/?q=security+guarantees`);
      const layout = await page.evaluate(() => {
        const summary = document.querySelector('#filters-panel > summary')!.getBoundingClientRect();
        const firstCard = document.querySelector('.results .quote-card')!.getBoundingClientRect();
        return {
          open: (document.querySelector('#filters-panel') as HTMLDetailsElement).open,
          summaryVisible: summary.height > 0,
          summaryAboveCards: summary.bottom <= firstCard.top,
          firstCardOnScreen: firstCard.top < window.innerHeight,
          overflow: document.documentElement.scrollWidth - window.innerWidth,
        };
      });
      expect(layout).toEqual({
        open: false,
        summaryVisible: true,
        summaryAboveCards: true,
        firstCardOnScreen: true,
        overflow: 0,
      });
      await page.locator('#filters-panel > summary').click();
      expect(await page.locator('input[name="speaker"][value="volodymyr-zelensky"]').isVisible()).toBe(true);

      await page.goto(`${seed!.url}/speakers`);
      const labels = await page.evaluate(() => {
        const row = document.querySelector('.speaker-table tbody tr')!;
        return [...row.querySelectorAll('td')]
          .filter((td) => getComputedStyle(td).display !== 'none')
          .map((td) => getComputedStyle(td, '::before').content);
      });
      expect(labels.length).toBeGreaterThan(0);
      for (const l of labels) expect(l).toMatch(/^"(Role|Also called|Quotes): "$/);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);

      await page.goto(`${seed!.url}/check`);
      const form = await page.evaluate(() => {
        const area = document.querySelector('#check-text') as HTMLTextAreaElement;
        const who = document.querySelector('#check-speaker') as HTMLInputElement;
        const style = getComputedStyle(who);
        const ctx = document.createElement('canvas').getContext('2d')!;
        ctx.font = `${style.fontSize} ${style.fontFamily}`;
        const room = who.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return {
          areaWidth: area.getBoundingClientRect().width,
          areaHeight: area.getBoundingClientRect().height,
          placeholderFits: ctx.measureText(who.placeholder).width <= room,
          fontSize: parseFloat(getComputedStyle(area).fontSize),
          overflow: document.documentElement.scrollWidth - window.innerWidth,
        };
      });
      expect(form.areaWidth).toBeGreaterThan(320);
      expect(form.areaHeight).toBeGreaterThan(100);
      // 16 px or more, so a phone does not zoom in on focus.
      expect(form.fontSize).toBeGreaterThanOrEqual(16);
      expect(form.placeholderFits).toBe(true);
      expect(form.overflow).toBe(0);
      await page.close();
    });

    it('Copy works without navigator.clipboard (a plain-http host): the citation is copied through the page', async () => {
      const context = await browser!.newContext({ viewport: { width: 1200, height: 900 } });
      context.setDefaultTimeout(10_000);
      await context.addInitScript(() => {
        Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
        const copied: string[] = [];
        (window as unknown as { __copied: string[] }).__copied = copied;
        document.addEventListener('copy', () => {
          const active = document.activeElement;
          copied.push(active instanceof HTMLTextAreaElement ? active.value : (window.getSelection()?.toString() ?? ''));
        });
      });
      const page = await openWatchedPage(context, problems, 'tests/browser/everyday.test.ts');
      await page.goto(`${seed!.url}/?q=security+guarantees`);
      const href = await page.locator('.results .quote-card a.permalink').first().getAttribute('href');
      await page.goto(`${seed!.url}${href}`);
      expect(await page.evaluate(() => typeof navigator.clipboard)).toBe('undefined');
      const shown = (await page.locator('#cite-apa').textContent())?.trim() ?? '';
      const copy = page.locator('button[data-copy="cite-apa"]');
      expect(await copy.isVisible()).toBe(true);
      await copy.click();
      await page.waitForFunction(() => document.querySelector('button[data-copy="cite-apa"]')?.textContent !== 'Copy');
      const outcome = await page.evaluate(() => ({
        button: document.querySelector('button[data-copy="cite-apa"]')?.textContent,
        copied: (window as unknown as { __copied: string[] }).__copied,
        selection: window.getSelection()?.toString().trim(),
      }));
      if (outcome.button === 'Copied') expect(outcome.copied).toEqual([shown]);
      // Where the browser refuses execCommand, the citation is selected and the person told which keys to press.
      else expect(outcome).toMatchObject({ button: 'Selected: press Ctrl+C', selection: shown });
      await context.close();
    });

    it('no page logged a console error or threw', () => {
      expect(problems).toEqual([]);
    });
  },
);
