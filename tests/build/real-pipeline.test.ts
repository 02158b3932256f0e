/** The index stage over the real extractor, speaker resolution and search engine, on articles written for it. */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { loadIndex } from '../../src/store/index.js';
import { buildIndex } from '../../src/build/index.js';
import { writeCorpus } from './fakes.js';

const ARTICLES = {
  'ferry.txt':
    'Ferry service resumes\n\nThe island ferry sails again after the winter storms.\n\n' +
    '“We have replaced both engines and the crew is ready,” said Petra Lindqvist, the harbour master.\n',
  'school.txt':
    'New school roof\n\nPupils returned to dry classrooms on Monday.\n\n' +
    '“Nobody has to bring an umbrella indoors any more,” said Aaron Molloy, the head teacher.\n',
};

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
});

it('builds and loads with the real stages; quote ids and speakers hold when an article is added', async () => {
  const c = await writeCorpus(ARTICLES);
  cleanup = c.cleanup;
  const first = await buildIndex({ corpusDir: c.corpus, outDir: c.out });
  expect(first).toMatchObject({ articles: 2, skipped: 0, reusedArticles: 0 });
  const before = await loadIndex(c.out);
  const ferry = [...before.quotes.values()].find((q) => q.text.startsWith('We have replaced both engines'));
  expect(ferry?.speakerId).toBeTruthy();
  expect(before.speakers.get(ferry!.speakerId!)?.name).toBe('Petra Lindqvist');

  await writeFile(
    path.join(c.corpus, 'market.txt'),
    'Market hall\n\n“The stalls will stay open until nine,” said Petra Lindqvist, who also chairs the market board.\n',
  );
  const second = await buildIndex({ corpusDir: c.corpus, outDir: c.out });
  expect(second.articles).toBe(3);
  expect(second.reusedArticles).toBe(2);
  const after = await loadIndex(c.out);
  for (const id of before.quotes.keys()) expect(after.quotes.has(id)).toBe(true);
  expect(after.quotesBySpeaker.get(ferry!.speakerId!)).toHaveLength(2);
});

it('a speaker typed by the entity layer keeps its kind when its article is reused from the extraction cache', async () => {
  // A firm with a name shaped like a person's: only the article's evidence ("its", "shares in") makes it a body.
  const c = await writeCorpus({
    'firm.txt':
      'Profits up at the printers\n\nShares in Harrow Finch rose on Tuesday.\n\n' +
      '“Demand for our presses has never been higher,” Harrow Finch said in its annual report.\n',
  });
  cleanup = c.cleanup;
  const kinds = async () => {
    const index = await loadIndex(c.out);
    const q = [...index.quotes.values()].find((x) => x.text.startsWith('Demand for our presses'));
    return q?.speakerId ? index.speakers.get(q.speakerId)?.kind : undefined;
  };
  await buildIndex({ corpusDir: c.corpus, outDir: c.out });
  expect(await kinds()).toBe('organization');
  await writeFile(path.join(c.corpus, 'other.txt'), 'Weather\n\n“Rain by noon,” said Ada Quill, a forecaster.\n');
  const second = await buildIndex({ corpusDir: c.corpus, outDir: c.out });
  expect(second.reusedArticles).toBe(1);
  expect(await kinds()).toBe('organization');
});
