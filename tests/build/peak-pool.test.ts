/**
 * The extraction pool given several lists at once (the build hands its next batch over before the last one's
 * results are in): each list comes back whole, in its own article order, as extraction in one thread gives it.
 */
import { afterEach, expect, it } from 'vitest';
import { extractQuotes, nameSplitter } from '../../src/extract/index.js';
import { ExtractionPool } from '../../src/build/workers.js';
import type { Article } from '../../src/model/types.js';

const NAMES = ['Mara Quillon', 'Tobias Fenwick', 'Ines Marlowe', 'Odile Varga', 'Piet Halloran'];

/** Invented articles; `long` ones pass the pool's message size, so that a list is cut into several batches. */
function articles(prefix: string, count: number, long = false): Article[] {
  return Array.from({ length: count }, (_, i) => {
    const name = NAMES[i % NAMES.length]!;
    const filler = long ? ' The council hall was full and the evening ran late.'.repeat(2_600) : '';
    return {
      id: `${prefix}-${i}`,
      recordId: null,
      path: `${prefix}/${i}.txt`,
      line: null,
      title: `Harbour notes ${prefix} ${i}`,
      publisher: null,
      url: null,
      author: null,
      publishedAt: '2026-03-0' + String(1 + (i % 9)),
      dateline: null,
      text:
        `“The ferry timetable ${i} will change in spring,” said ${name} at the hall.${filler} ` +
        `“We asked for ${i % 7} more crossings a day,” ${NAMES[(i + 2) % NAMES.length]!} said.`,
      furniture: [],
      metaOrigin: {},
    };
  });
}

const pools: ExtractionPool[] = [];
afterEach(async () => {
  for (const pool of pools.splice(0)) await pool.close();
});

it('gives each of several lists handed over at once its own results, in article order, as one thread does', async () => {
  const lists = [articles('a', 3, true), articles('b', 40), articles('c', 1), articles('d', 2, true)];
  const pool = new ExtractionPool(2, false);
  pools.push(pool);
  const progress = new Map<number, number[]>();
  const results = await Promise.all(
    lists.map((list, k) => pool.extract(list, (done) => progress.set(k, [...(progress.get(k) ?? []), done]))),
  );
  const names = nameSplitter();
  results.forEach((result, k) => {
    expect(result).not.toBeNull();
    const expected = lists[k]!.map((a) => extractQuotes(a, { names }));
    expect(JSON.parse(JSON.stringify(result))).toEqual(JSON.parse(JSON.stringify(expected)));
    // each list's progress rises to its own length
    const seen = progress.get(k)!;
    expect(seen.at(-1)).toBe(lists[k]!.length);
    expect([...seen].sort((x, y) => x - y)).toEqual(seen);
  });
  expect(results.flat().flat().length).toBeGreaterThan(40);
});

it('shares the work with its own thread when asked to, one list after another', async () => {
  const pool = new ExtractionPool(1, true);
  pools.push(pool);
  const first = articles('e', 2, true);
  const second = articles('f', 5);
  const [a, b] = await Promise.all([pool.extract(first), pool.extract(second)]);
  const names = nameSplitter();
  expect(JSON.parse(JSON.stringify(a))).toEqual(
    JSON.parse(JSON.stringify(first.map((x) => extractQuotes(x, { names })))),
  );
  expect(JSON.parse(JSON.stringify(b))).toEqual(
    JSON.parse(JSON.stringify(second.map((x) => extractQuotes(x, { names })))),
  );
});

it('answers null for every list once a worker has failed (the caller then extracts in its own thread)', async () => {
  // a worker whose heap cannot hold the extractor's modules fails as it starts
  const pool = new ExtractionPool(1, false, { maxOldGenerationSizeMb: 1, maxYoungGenerationSizeMb: 1 });
  pools.push(pool);
  const [a, b] = await Promise.all([pool.extract(articles('g', 3)), pool.extract(articles('h', 3))]);
  expect(a).toBeNull();
  expect(b).toBeNull();
  expect(await pool.extract(articles('i', 1))).toBeNull();
});
