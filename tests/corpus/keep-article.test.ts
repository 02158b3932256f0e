import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.js';
import { makeCorpus } from './helpers.js';

const line = (id: string, text: string, extra: Record<string, string> = {}) =>
  JSON.stringify({ id, text, ...extra });

/** A corpus of several formats, a duplicate id (reported once) and a bad date (an article's own problem). */
async function corpus(): Promise<string> {
  return makeCorpus({
    'a.jsonl': [
      line('r1', 'The ferry board said the crossing would reopen in spring.'),
      line('r2', 'A council member said the library hours were too short.', { publishedAt: 'not a date' }),
      line('r3', 'The museum said its new wing would open next year.'),
      line('r1', 'A second record reusing the first id.'),
      '{"broken json',
    ].join('\n'),
    'b/c.txt': 'The harbour council voted on a plan to rebuild the old pier after the storms.',
    'b/d.json': JSON.stringify([
      { id: 'r4', text: 'The mayor said the bridge repairs were on schedule.' },
      { id: 'r5', text: 'A teacher said the school garden fed forty families.' },
    ]),
    'e.md': '# Rail line\n\nThe operator said the night trains would return in May.',
  });
}

describe('loadCorpus with keepArticle (one shard of a corpus)', () => {
  it('builds only the kept articles, each with its position in the whole corpus; the parts add up to the whole', async () => {
    const dir = await corpus();
    const all = await loadCorpus(dir);
    expect(all.positions).toBeUndefined();
    const ids = all.articles.map((a) => a.id);
    expect(ids.length).toBeGreaterThanOrEqual(7);
    // Every split of the ids into two parts: each part's articles are the whole load's, at their positions there.
    for (const keepEven of [true, false]) {
      const wanted = new Set(ids.filter((_, i) => (i % 2 === 0) === keepEven));
      const part = await loadCorpus(dir, { keepArticle: (id) => wanted.has(id) });
      expect(part.articles.map((a) => a.id)).toEqual([...wanted]);
      expect(part.positions).toEqual(part.articles.map((a) => ids.indexOf(a.id)));
      expect(part.articles).toEqual(part.positions!.map((p) => all.articles[p]));
    }
  });

  it('reports an article problem and a duplicate id in the part that keeps the article, file problems in every part', async () => {
    const dir = await corpus();
    const all = await loadCorpus(dir);
    const duplicateOf = (m: string) => /duplicate article id/.test(m);
    const dateOf = (m: string) => /is not a date/.test(m);
    const brokenLine = (m: string) => /not valid JSON/.test(m);
    expect(all.problems.filter((p) => duplicateOf(p.message))).toHaveLength(1);
    const r1 = all.articles.find((a) => a.recordId === 'r1')!.id;
    const r2 = all.articles.find((a) => a.recordId === 'r2')!.id;
    const withR1 = await loadCorpus(dir, { keepArticle: (id) => id === r1 });
    const withR2 = await loadCorpus(dir, { keepArticle: (id) => id === r2 });
    const none = await loadCorpus(dir, { keepArticle: () => false });
    expect(withR1.problems.filter((p) => duplicateOf(p.message))).toHaveLength(1);
    expect(withR2.problems.filter((p) => duplicateOf(p.message))).toHaveLength(0);
    expect(withR2.problems.filter((p) => dateOf(p.message))).toHaveLength(1);
    expect(withR1.problems.filter((p) => dateOf(p.message))).toHaveLength(0);
    expect(none.articles).toEqual([]);
    expect(none.positions).toEqual([]);
    for (const part of [withR1, withR2, none]) expect(part.problems.filter((p) => brokenLine(p.message))).toHaveLength(1);
  });
});
