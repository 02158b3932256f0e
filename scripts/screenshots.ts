/**
 * Screenshots of the site for the README, taken in Debian's Chromium over the seed corpus.
 *
 *   npx tsx scripts/screenshots.ts [--out docs/screenshots]
 *
 * Builds the index in a temporary folder (never the repo's index/), serves it on a free loopback port and
 * writes search.png, search-suggestions.png (the suggestions list open, keyboard on the first option), speaker.png,
 * permalink.png, check.png (a circulating version of a real quote checked) (1200 px wide) and search-mobile.png,
 * speakers-mobile.png, check-mobile.png (390 px wide).
 * Exits 1 with the reason when Chromium is missing or a page does not show what it should.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../src/server.js';
import type { Quote } from '../src/model/types.js';
import { launchChromium } from '../tests/browser/chromium.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Shown in citations and links instead of the random local port. */
const SHOWN_ORIGIN = 'https://verbatim.example';
const SEARCH_QUERY = 'security guarantees';
const SPEAKER_ID = 'volodymyr-zelensky';
const PERMALINK_SPEAKER_ID = 'emmanuel-macron';

interface Shot {
  file: string;
  path: string;
  /** An element that must be on the page, so a broken page is not saved as if it were fine. */
  expect: string;
  context: BrowserContextOptions;
  /** What to do on the page before the picture (type, press keys), then what must show. */
  act?: (page: Page) => Promise<void>;
}

const desktop: BrowserContextOptions = { viewport: { width: 1200, height: 900 }, deviceScaleFactor: 1 };
const mobile: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

/**
 * The quote as it might circulate: a word left out and one added, so the check page shows both marks.
 * Derived from the quote itself, so no corpus sentence is written here.
 */
function circulatingVersion(quote: Quote, speakerName: string): string {
  const words = quote.text.split(/\s+/u).filter((w) => w !== '');
  const kept = words.filter((_, i) => i !== Math.min(2, words.length - 1));
  return `${speakerName} said: "${[...kept.slice(0, -1), 'really', ...kept.slice(-1)].join(' ')}"`;
}

/** The Macron quote to show: a full quotation with a stated time if there is one (the richest page), first by id. */
function pickPermalinkQuote(quotes: Iterable<Quote>): Quote {
  const his = [...quotes].filter((q) => q.speakerId === PERMALINK_SPEAKER_ID).sort((a, b) => a.id.localeCompare(b.id));
  const best = his.find((q) => q.kind === 'full' && q.saidAt?.basis === 'stated') ?? his[0];
  if (!best)
    throw new Error(`screenshots: no quote by '${PERMALINK_SPEAKER_ID}' in the seed corpus; is corpus/ intact?`);
  return best;
}

async function takeShots(browser: Browser, server: RunningServer, shots: Shot[], outDir: string): Promise<void> {
  for (const shot of shots) {
    const context = await browser.newContext(shot.context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    const response = await page.goto(`${server.url}${shot.path}`);
    if (!response?.ok()) throw new Error(`screenshots: ${shot.path} answered ${response?.status() ?? 'nothing'}`);
    if (shot.act) await shot.act(page);
    if ((await page.locator(shot.expect).count()) === 0) {
      throw new Error(`screenshots: ${shot.path} shows no '${shot.expect}'; not saving ${shot.file}`);
    }
    if (errors.length) throw new Error(`screenshots: ${shot.path} logged errors: ${errors.join('; ')}`);
    const file = path.join(outDir, shot.file);
    await page.screenshot({ path: file, fullPage: false });
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
    await context.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { out: { type: 'string', default: path.join(root, 'docs', 'screenshots') } },
  });
  const outDir = path.resolve(values.out);
  await mkdir(outDir, { recursive: true });
  const tempRoot = await mkdtemp(path.join(os.tmpdir(), 'verbatim-screenshots-'));
  let server: RunningServer | null = null;
  let browser: Browser | null = null;
  try {
    browser = await launchChromium();
    server = await startServer({
      port: 0,
      host: '127.0.0.1',
      corpusDir: path.join(root, 'corpus'),
      indexDir: path.join(tempRoot, 'index'),
      baseUrl: SHOWN_ORIGIN,
      handleSignals: false,
      log: () => {},
    });
    const quote = pickPermalinkQuote(server.index().quotes.values());
    const search = `/?q=${encodeURIComponent(SEARCH_QUERY)}`;
    const speakerName = server.index().speakers.get(PERMALINK_SPEAKER_ID)?.name ?? PERMALINK_SPEAKER_ID;
    const check = `/check?text=${encodeURIComponent(circulatingVersion(quote, speakerName))}`;
    const suggest = async (page: Page) => {
      const box = page.locator('#q');
      await box.click();
      await box.pressSequentially(SPEAKER_ID.split('-')[1]!.slice(0, 7));
      await page.waitForSelector('#suggestions [role="option"]');
      await box.press('ArrowDown');
    };
    await takeShots(
      browser,
      server,
      [
        { file: 'search.png', path: search, expect: '.quote-card mark', context: desktop },
        {
          file: 'search-suggestions.png',
          path: '/',
          expect: '#suggestions [aria-selected="true"] mark',
          context: desktop,
          act: suggest,
        },
        { file: 'speaker.png', path: `/speakers/${SPEAKER_ID}`, expect: '.quote-card, blockquote', context: desktop },
        { file: 'permalink.png', path: `/q/${encodeURIComponent(quote.id)}`, expect: '.quote-hero', context: desktop },
        { file: 'check.png', path: check, expect: '.check-match .diff', context: desktop },
        { file: 'search-mobile.png', path: search, expect: '.quote-card mark', context: mobile },
        { file: 'speakers-mobile.png', path: '/speakers', expect: '.speaker-table td[data-label]', context: mobile },
        { file: 'check-mobile.png', path: '/check', expect: '.check-form textarea', context: mobile },
      ],
      outDir,
    );
  } finally {
    await browser?.close();
    await server?.close();
    await rm(tempRoot, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
