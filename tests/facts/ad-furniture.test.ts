/**
 * Advertisements and promotional boxes inside an article are page furniture, not the article: their
 * lines are skipped by extraction, so an ad's slogan (`"Unbeatable prices," says AutoMart`) is never
 * indexed as a quote. Real paragraphs around them, quotes included, stay.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.js';
import { processArticles } from '../../src/build/pipeline.js';
import type { Article } from '../../src/model/types.js';

const P1 = 'The harbour council voted on a plan to rebuild the old pier after the winter storms damaged it badly.';
const P2 = '"We have waited long enough," the mayor said after the vote, adding that work would begin in the spring.';
const P3 = 'Residents had asked for the work for years, and the vote passed with a large majority of the members.';
const P4 =
  '"People should shop now before prices rise," said economist Ann Lee, who expects costs to climb by £10 a week.';

const PAGES: Record<string, { text: string; furniture: string[] }> = {
  'label-and-copy.txt': {
    text: `${P1}\n\nAdvertisement\n"Unbeatable prices," says AutoMart.\nShop now at automart.example\n\n${P2}\n\n${P3}`,
    furniture: ['Advertisement\n"Unbeatable prices," says AutoMart.\nShop now at automart.example'],
  },
  'promo-block.txt': {
    text: `${P1}\n\n"Unbeatable prices," says AutoMart.\nNew cars from £9,999. Shop now at automart.example\n\n${P2}\n\n${P3}`,
    furniture: ['"Unbeatable prices," says AutoMart.\nNew cars from £9,999. Shop now at automart.example'],
  },
  'sponsored.txt': {
    text: `${P1}\n\nSponsored by Harbour Bank\n"Your savings, our promise," says Harbour Bank.\nOpen an account online. Learn more at harbourbank.example\n\n${P2}\n\n${P3}`,
    furniture: [
      'Sponsored by Harbour Bank\n"Your savings, our promise," says Harbour Bank.\nOpen an account online. Learn more at harbourbank.example',
    ],
  },
  'promoted-label-only.txt': {
    text: `${P1}\n\nPromoted\n\n${P2}\n\n${P3}`,
    furniture: ['Promoted'],
  },
  'code-offer.txt': {
    text: `${P1}\n\n${P2}\n\n20% off all ferry tickets this week. Use code HARBOUR20\n\n${P3}`,
    furniture: ['20% off all ferry tickets this week. Use code HARBOUR20'],
  },
  'quoted-call-to-action.txt': {
    // "shop now" inside a quotation, in a body paragraph: the economist's words, not an ad
    text: `${P1}\n\n${P4}\n\n${P3}`,
    furniture: [],
  },
};

let dir: string;
let articles: Map<string, Article>;
let quotesOf: (path: string) => string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verbatim-ads-'));
  for (const [name, page] of Object.entries(PAGES)) await writeFile(join(dir, name), page.text);
  const loaded = await loadCorpus(dir);
  expect(loaded.problems).toEqual([]);
  articles = new Map(loaded.articles.map((a) => [a.path, a]));
  const data = processArticles(loaded.articles);
  quotesOf = (path) => data.quotes.filter((q) => q.articleId === articles.get(path)!.id).map((q) => q.text);
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('ads and promotions inside the text are furniture', () => {
  it.each(Object.keys(PAGES))('%s', (path) => {
    const a = articles.get(path)!;
    expect(a.furniture.map((f) => a.text.slice(f.start, f.end))).toEqual(PAGES[path]!.furniture);
  });
});

describe('an ad’s slogan is never a quote; the article’s quotes stay', () => {
  it.each(['label-and-copy.txt', 'promo-block.txt', 'sponsored.txt'])('%s', (path) => {
    const quotes = quotesOf(path);
    expect(quotes.some((q) => /Unbeatable|savings/.test(q))).toBe(false);
    expect(quotes).toContain('We have waited long enough');
  });

  it('“People should shop now…,” said economist Ann Lee: a quote with a call to action in it stays a quote', () => {
    expect(quotesOf('quoted-call-to-action.txt')).toContain('People should shop now before prices rise');
  });
});
