import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, type CorpusLoad } from '../../src/corpus/index.js';
import type { Article } from '../../src/model/types.js';
import { furnitureText } from './helpers.js';

// The five seed articles committed in corpus/, loaded end to end with no sidecars.
const corpusDir = fileURLToPath(new URL('../../corpus/', import.meta.url));
let load: CorpusLoad;
const seed = (prefix: string): Article => {
  const a = load.articles.find((x) => x.path.startsWith(prefix));
  if (!a) throw new Error(`seed ${prefix} not loaded`);
  return a;
};

beforeAll(async () => {
  load = await loadCorpus(corpusDir);
});

describe('seed corpus', () => {
  it('loads all five seeds without problems', () => {
    expect(load.problems).toEqual([]);
    expect(load.articles).toHaveLength(5);
  });

  it('seed 000: title line, author line, 9/4/20252 min read', () => {
    const a = seed('000_');
    expect(a.title).toMatch(/^Macron’s Paris Summit/);
    expect(a.author).toBe('Raja Awais Ali');
    expect(a.publishedAt).toBe('2025-09-04');
    expect(furnitureText(a)).toEqual(expect.arrayContaining([a.title, 'Raja Awais Ali', '9/4/20252 min read']));
  });

  it('seed 001: dateline Paris, France, no title line, no publication date (the lead’s “announced on September 4, 2025” is an event date)', () => {
    const a = seed('001_');
    expect(a.dateline).toBe('Paris, France');
    expect(a.publishedAt).toBeNull();
    expect(a.title).toBeNull();
  });

  it('seed 002: title line, no publication date (the first paragraph’s date is an event date), Scroll to Top is furniture', () => {
    const a = seed('002_');
    expect(a.title).toMatch(/^Macron Announces/);
    expect(a.publishedAt).toBeNull();
    expect(furnitureText(a)).toContain('Scroll to Top');
  });

  it('seed 003: " date 2025-09-04 …" gives the date, and there is no title line', () => {
    const a = seed('003_');
    expect(a.publishedAt).toBe('2025-09-04');
    expect(a.title).toBeNull();
    expect(furnitureText(a)).toEqual(['date 2025-09-04']);
  });

  it('seed 004: section label, reading time, repeated title, caption, editor note and the News Feed tail are furniture', () => {
    const a = seed('004_');
    expect(a.title).toMatch(/^Zelensky arrives in Paris/);
    expect(a.publishedAt).toBeNull(); // the caption’s date is the photo’s
    const furniture = furnitureText(a);
    expect(furniture).toEqual(expect.arrayContaining(['War', '3 min read', a.title]));
    expect(furniture.some((f) => f.endsWith('(Presidential Office)'))).toBe(true);
    expect(furniture.some((f) => f.startsWith("Editor's Note:"))).toBe(true);
    const tail = furniture[furniture.length - 1] ?? '';
    expect(tail.startsWith('Article image\nNews Feed\nVideo')).toBe(true);
    expect(tail.endsWith('Show More')).toBe(true);
    // The body's quotes stay outside furniture.
    const quote = a.text.indexOf('"We are ready to provide political support');
    expect(a.furniture.some((f) => f.start <= quote && quote < f.end)).toBe(false);
  });

  it('ids are readable slugs with a hash', () => {
    for (const a of load.articles) expect(a.id).toMatch(/^\d{3}-[0-9a-f]{16}-[0-9a-f]{8}$/);
  });
});
