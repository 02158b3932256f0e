import { describe, expect, it, vi } from 'vitest';

// Permission bits do not stop root (CI containers often run as root), so the EACCES that an
// unreadable file gives is simulated at the fs boundary.
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...fs,
    readFile: (async (path: unknown, ...rest: unknown[]) => {
      if (String(path).endsWith('locked.txt')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      return (fs.readFile as (...a: unknown[]) => Promise<unknown>)(path, ...rest);
    }) as typeof fs.readFile,
  };
});

const { loadFiles } = await import('./helpers.js');

describe('unreadable files', () => {
  it('a file that cannot be read (EACCES) is reported and the rest loads', async () => {
    const load = await loadFiles({ 'locked.txt': 'Secret text.', 'open.txt': 'The pier reopened on Monday.' });
    expect(load.articles.map((a) => a.path)).toEqual(['open.txt']);
    expect(load.problems.map((p) => p.message)).toEqual([`corpus: 'locked.txt': cannot read it: permission denied`]);
  });
});
