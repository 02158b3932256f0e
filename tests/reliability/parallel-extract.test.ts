import { describe, expect, it } from 'vitest';
import { processArticles, processArticlesInParallel } from '../../src/build/pipeline.js';
import type { Article } from '../../src/model/types.js';

// Enough text for several batches of the worker pool (a batch is cut at 256 KiB of text), so that both this
// thread and a worker extract some of them.
function fixtureArticles(count: number): Article[] {
  const speakers = ['Jane Alder', 'Omar Brink', 'Lena Cortez', 'Tomas Dunne'];
  return Array.from({ length: count }, (_, i) => {
    const who = speakers[i % speakers.length]!;
    const paragraphs = Array.from({ length: 24 }, (_, k) =>
      k % 3 === 0
        ? `"We will keep the bridge number ${k} open for the winter," ${who} said on Tuesday.`
        : `The council met for the ${k}th time this year to discuss the roads, the budget and the harbour works.`,
    );
    const article: Article = {
      id: `parallel-${i}`,
      recordId: null,
      author: null,
      metaOrigin: {},
      path: 'fixture.jsonl',
      line: i + 1,
      title: `Council meeting ${i}`,
      publisher: 'Fixture Gazette',
      url: null,
      publishedAt: '2024-03-07',
      dateline: null,
      furniture: [],
      text: `Council meeting ${i}\n${paragraphs.join('\n')}`,
    };
    return article;
  });
}

describe('processArticlesInParallel', () => {
  it('gives the quotes, speakers and ids of the single-threaded pipeline', async () => {
    const articles = fixtureArticles(160);
    const single = processArticles(articles);
    const parallel = await processArticlesInParallel(articles, { threads: 2 });
    expect(single.quotes.length).toBeGreaterThan(160);
    expect(JSON.stringify(parallel.quotes)).toBe(JSON.stringify(single.quotes));
    expect(JSON.stringify(parallel.speakers)).toBe(JSON.stringify(single.speakers));
    expect(parallel.problems).toEqual([]);
  }, 60_000);
});
