/** Locating the browser: runs everywhere, Chromium installed or not, so the install hint itself is tested. */
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumSearchDirs, findChromium, missingChromiumMessage } from './chromium.js';

describe('findChromium', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-chromium-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a folder without chromium finds nothing', () => {
    expect(findChromium([dir])).toBeNull();
  });

  it('a non-executable file named chromium is not taken', async () => {
    await writeFile(path.join(dir, 'chromium'), '');
    await chmod(path.join(dir, 'chromium'), 0o644);
    expect(findChromium([dir])).toBeNull();
  });

  it('an executable chromium is found', async () => {
    await chmod(path.join(dir, 'chromium'), 0o755);
    expect(findChromium([path.join(dir, 'nowhere'), dir])).toBe(path.join(dir, 'chromium'));
  });

  it('PATH folders come first, /usr/bin last', () => {
    expect(chromiumSearchDirs(['/opt/a', '', '/opt/b'].join(path.delimiter))).toEqual(['/opt/a', '/opt/b', '/usr/bin']);
  });

  it('the missing-browser message says how to install it and how to skip', () => {
    expect(missingChromiumMessage).toContain('apt-get install chromium');
    expect(missingChromiumMessage).toContain('VERBATIM_SKIP_BROWSER=1');
  });
});
