/**
 * Finding and launching Debian's Chromium for the browser tests and the README screenshots.
 * playwright-core ships no browser; we drive the system one so CI needs only `apt-get install chromium`.
 */
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

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
