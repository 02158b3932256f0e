import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleId } from '../../src/model/ids.js';
import { loadCorpus } from '../../src/corpus/index.js';
import { loadFiles, makeCorpus } from './helpers.js';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const TEXT = 'The harbour council voted on a plan to rebuild the old pier.';

describe('stable article ids', () => {
  it.each([
    ['a URL-safe record id is used as it is', { recordId: 'wire-2024-001', path: 'a.jsonl', position: 1 }, /^wire-2024-001$/],
    ['a record id with spaces becomes slug + hash', { recordId: 'Mayor’s Pier Plan!', path: 'a.jsonl', position: 1 }, /^mayor-s-pier-plan-[0-9a-f]{8}$/],
    ['a file without a record id: slug of the file name + hash', { recordId: null, path: 'news/Pier Plan.txt', position: null }, /^pier-plan-[0-9a-f]{8}$/],
    ['a long record id is cut to a 40-char slug', { recordId: 'x'.repeat(70), path: 'a.json', position: null }, /^x{40}-[0-9a-f]{8}$/],
  ])('%s', (_name, identity, pattern) => {
    expect(articleId(identity)).toMatch(pattern);
  });

  it('the same path always gives the same id; different paths give different ids', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (a, b) => {
        const idA = articleId({ recordId: null, path: a, position: null });
        expect(articleId({ recordId: null, path: a, position: null })).toBe(idA);
        expect(idA).toMatch(/^[a-z0-9-]+$/);
        if (a !== b) expect(articleId({ recordId: null, path: b, position: null })).not.toBe(idA);
      }),
    );
  });

  it('ids stay the same after another file is added to the corpus', async () => {
    const dir = await makeCorpus({ 'b/story.txt': TEXT, 'c.jsonl': JSON.stringify({ text: TEXT }) });
    const before = (await loadCorpus(dir)).articles.map((a) => [a.path, a.id]);
    await writeFile(join(dir, 'a-first.txt'), TEXT);
    const after = (await loadCorpus(dir)).articles.map((a) => [a.path, a.id]);
    expect(after).toHaveLength(3);
    expect(after.filter(([path]) => path !== 'a-first.txt')).toEqual(before);
  });

  it('records without ids in one .jsonl get distinct ids from their position', async () => {
    const load = await loadFiles({ 'x.jsonl': `${JSON.stringify({ text: TEXT })}\n${JSON.stringify({ text: TEXT })}` });
    const [a, b] = load.articles;
    expect(a?.id).not.toBe(b?.id);
  });
});
