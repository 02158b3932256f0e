import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { extractorSourceVersion, sourceVersionOf } from '../../src/build/stages.js';

/** The extractor's version keys the extraction cache and the PostgreSQL ingest's article hashes. */
describe('the extractor source version', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
  });
  async function tree(files: Record<string, string>): Promise<string> {
    const dir = await mkdtemp(path.join(tmpdir(), 'verbatim-version-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
      await writeFile(path.join(dir, name), text);
    }
    return dir;
  }

  it('changes when a trained model (a JSON file) changes, not only when code does', async () => {
    const a = await tree({ 'rules/cue.ts': 'export const x = 1;', 'confidence-model.json': '{"version":"m1"}' });
    const b = await tree({ 'rules/cue.ts': 'export const x = 1;', 'confidence-model.json': '{"version":"m2"}' });
    const c = await tree({ 'rules/cue.ts': 'export const x = 2;', 'confidence-model.json': '{"version":"m1"}' });
    const [va, vb, vc] = await Promise.all([a, b, c].map((d) => sourceVersionOf([['extract', d]])));
    expect(va).not.toBe(vb);
    expect(va).not.toBe(vc);
    expect(await sourceVersionOf([['extract', a]])).toBe(va);
  });

  it('ignores files that are neither code nor data (notes, source maps)', async () => {
    const a = await tree({ 'cue.ts': 'export const x = 1;' });
    const b = await tree({ 'cue.ts': 'export const x = 1;', 'NOTES.md': 'a note', 'cue.js.map': '{}' });
    expect(await sourceVersionOf([['extract', a]])).toBe(await sourceVersionOf([['extract', b]]));
  });

  it('fails on a folder it cannot read rather than giving a constant version', async () => {
    await expect(sourceVersionOf([['extract', path.join(tmpdir(), 'verbatim-no-such-folder')]])).rejects.toThrow();
  });

  it('reads this checkout’s extractor', async () => {
    expect(await extractorSourceVersion()).toMatch(/^[0-9a-f]{16}$/);
  });
});
