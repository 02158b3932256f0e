/**
 * Finding and launching Debian's Chromium for the browser tests and the README screenshots.
 * playwright-core ships no browser; we drive the system one so CI needs only `apt-get install chromium`.
 */
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Flags for a quiet, offline, sandbox-free run in containers and CI. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const executableNames = ['chromium', 'chromium-browser'];

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The folders searched: those on PATH, then /usr/bin (where Debian puts it, in case PATH is trimmed). */
export function chromiumSearchDirs(searchPath: string = process.env.PATH ?? ''): string[] {
  return [...searchPath.split(path.delimiter).filter((d) => d !== ''), '/usr/bin'];
}

/** The first executable `chromium` (or `chromium-browser`) in the given folders, or null when there is none. */
export function findChromium(dirs: string[] = chromiumSearchDirs()): string | null {
  for (const dir of dirs) {
    for (const name of executableNames) {
      const file = path.join(dir, name);
      if (isExecutable(file)) return file;
    }
  }
  return null;
}

export const missingChromiumMessage =
  'browser tests: Chromium was not found (looked for `chromium` on PATH and /usr/bin/chromium). ' +
  'Install it with `apt-get install chromium`, or set VERBATIM_SKIP_BROWSER=1 to skip the browser tests.';

/** Launches the system Chromium headless; throws the install hint when it is missing. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(missingChromiumMessage);
  return chromium.launch({ executablePath, args: chromiumArgs });
}

/**
 * A new tab in `context` that records console errors and uncaught page errors into `problems`, so a test can
 * assert at the end that none happened. `who` names the test file in the message when the context is missing.
 */
/** A desktop-sized context whose page may use the clipboard of `origin`, with waits well inside vitest's 30 s. */
export async function openContext(browser: Browser, origin: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  // Well inside vitest's 30 s, so a missing element fails with Playwright's message naming the selector.
  context.setDefaultTimeout(10_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  return context;
}

export async function openWatchedPage(context: BrowserContext | null, problems: string[], who: string): Promise<Page> {
  if (!context) throw new Error(`${who}: the browser context did not start (see the beforeAll error)`);
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error on ${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
  return page;
}
