/**
 * "The same quote elsewhere" on a built index (quotes read from disk): found through the index — grouped
 * reports and a phrase search — never by reading every quote. Invented articles.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/build/build.js';
import { loadIndex } from '../../src/store/load.js';
import type { LoadedIndex } from '../../src/store/types.js';
import { sameQuoteElsewhere } from '../../src/web/present.js';

let dir: string;
let index: LoadedIndex;

const articles: Record<string, string> = {
  'gazette.txt':
    'Bridge works go on\n\nPublished: 3 March 2025\n\nThe mayor spoke on Monday.\n\n"The repairs on the old bridge are ahead of schedule and under budget," Mayor Tomas Virtanen said.\n',
  'valley.txt':
    'Bridge repairs praised\n\nPublished: 5 March 2025\n\nThe mayor was upbeat about the works.\n\nMayor Tomas Virtanen said the repairs were "ahead of schedule and under budget" and thanked the crews.\n',
  'herald.txt':
    'Pier plans\n\nPublished: 7 March 2025\n\nThe council met.\n\n"We will rebuild the old harbour bridge and the new ferry pier by the spring," Mayor Tomas Virtanen said.\n',
  'courier.txt':
    'Council notes\n\nPublished: 8 March 2025\n\nThe council met again.\n\nMayor Tomas Virtanen promised to "rebuild the old harbour bridge and the new ferry pie" before summer.\n',
  'ledger.txt':
    'Ferry timetable\n\nPublished: 6 March 2025\n\nA new timetable starts in May.\n\n"The ferry will run every hour in summer," said Lena Brook, the harbour engineer.\n',
};

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-elsewhere-'));
  await mkdir(path.join(dir, 'corpus'));
  for (const [name, text] of Object.entries(articles)) await writeFile(path.join(dir, 'corpus', name), text);
  await buildIndex({ corpusDir: path.join(dir, 'corpus'), outDir: path.join(dir, 'index') });
  index = await loadIndex(path.join(dir, 'index'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const quoteWith = (text: string, exact = false) => {
  const found = [...index.quotes.values()].find((q) => (exact ? q.text === text : q.text.includes(text)));
  if (!found) throw new Error(`no quote with '${text}'`);
  return found;
};

describe('the same quote elsewhere', () => {
  it("a full quotation lists the other article's fragment of it, and the fragment lists the full one", async () => {
    const full = quoteWith('repairs on the old bridge');
    const fragment = quoteWith('ahead of schedule and under budget', true);
    expect(fragment.id).not.toBe(full.id);
    expect((await sameQuoteElsewhere(index, full)).map((q) => q.id)).toEqual([fragment.id]);
    expect((await sameQuoteElsewhere(index, fragment)).map((q) => q.id)).toEqual([full.id]);
  });

  it('"the same words" are whole words (statements/align.ts): "ferry pie" is not the same as "ferry pier"', async () => {
    const long = quoteWith('new ferry pier by the spring');
    const cut = quoteWith('rebuild the old harbour bridge and the new ferry pie', true);
    expect((await sameQuoteElsewhere(index, long)).map((q) => q.id)).not.toContain(cut.id);
    expect((await sameQuoteElsewhere(index, cut)).map((q) => q.id)).not.toContain(long.id);
  });

  it('an unrelated quote has nothing elsewhere', async () => {
    expect(await sameQuoteElsewhere(index, quoteWith('ferry will run'))).toEqual([]);
  });
});
