import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/index.js';
import { quickRecordId } from '../../src/corpus/format-json.js';
import { makeCorpus } from './helpers.js';

const line = (id: string, text: string, extra: Record<string, string> = {}) =>
  JSON.stringify({ id, text, ...extra });

/**
 * A corpus of several formats, a duplicate id (reported once), a bad date (an article's own problem), broken lines
 * (one whose id can be read off its start, one whose cannot), and lines whose id is not where a quick read finds it.
 */
async function corpus(): Promise<string> {
  return makeCorpus({
    'a.jsonl': [
      line('r1', 'The ferry board said the crossing would reopen in spring.'),
      line('r2', 'A council member said the library hours were too short.', { publishedAt: 'not a date' }),
      line('r3', 'The museum said its new wing would open next year.'),
      line('r1', 'A second record reusing the first id.'),
      '{"broken json',
      '{"id":"r12","text":"A line cut short',
      JSON.stringify({ text: 'The id comes last on this line, after the text.', id: 'r6' }),
      '{"id":"r7","text":"Two id keys: the last one is the record\'s.","id":"r8"}',
      '{"\\u0069d":"r9","text":"An id key written with an escape."}',
      JSON.stringify({ id: 'r10', meta: { id: 'x' }, text: 'A nested id that is not the record id.' }),
      JSON.stringify({ text: 'A line with no id: its place in the file names it.' }),
      '{"id":11,"text":"A number for an id."}',
      '{"id":"r13"}',
    ].join('\n'),
    'b/c.txt': 'The harbour council voted on a plan to rebuild the old pier after the storms.',
    'b/d.json': JSON.stringify([
      { id: 'r4', text: 'The mayor said the bridge repairs were on schedule.' },
      { id: 'r5', text: 'A teacher said the school garden fed forty families.' },
      { id: 'r14' },
    ]),
    'e.md': '# Rail line\n\nThe operator said the night trains would return in May.',
    'f.jsonl': Buffer.from([0x7b, 0xff, 0xfe, 0x0a]),
  });
}

/** Splits ids into `n` parts by a hash of their characters (as a shard would, without the backend's hash). */
const partOf = (id: string, n: number) => [...id].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % n;

describe('loadCorpus with keepArticle (one shard of a corpus)', () => {
  it('builds only the kept articles, at the places the whole corpus gives them; the parts add up to the whole', async () => {
    const dir = await corpus();
    const all = await loadCorpus(dir);
    expect(all.positions).toBeUndefined();
    const whole = await loadCorpus(dir, { keepArticle: () => true });
    expect(whole.articles).toEqual(all.articles);
    const places = whole.positions!;
    expect(places.every((p, i) => i === 0 || p > places[i - 1]!)).toBe(true);
    const placeOf = new Map(whole.articles.map((a, i) => [a.id, places[i]!]));
    const ids = all.articles.map((a) => a.id);
    expect(all.articles.map((a) => a.recordId)).toEqual(
      expect.arrayContaining(['r1', 'r2', 'r3', 'r6', 'r8', 'r9', 'r10', null, '11', 'r4', 'r5']),
    );
    // Every split into two or three parts: each part's articles are the whole load's, at their places there.
    for (const n of [2, 3]) {
      for (let i = 0; i < n; i++) {
        const part = await loadCorpus(dir, { keepArticle: (id) => partOf(id, n) === i });
        expect(part.articles).toEqual(all.articles.filter((a) => partOf(a.id, n) === i));
        expect(part.positions).toEqual(part.articles.map((a) => placeOf.get(a.id)));
      }
      const parts = await Promise.all(
        Array.from({ length: n }, (_, i) => loadCorpus(dir, { keepArticle: (id) => partOf(id, n) === i })),
      );
      expect(parts.flatMap((p) => p.articles.map((a) => a.id)).sort()).toEqual([...ids].sort());
    }
  });

  it('reports a record problem in exactly one part (the one its id, else its place, falls in), file problems in every part', async () => {
    const dir = await corpus();
    const all = await loadCorpus(dir);
    const fileProblem = (m: string) => /not valid UTF-8/.test(m);
    expect(all.problems.filter((p) => fileProblem(p.message))).toHaveLength(1);
    for (const pattern of [/duplicate article id/, /is not a date/, /not valid JSON/, /missing "text" field/])
      expect(all.problems.filter((p) => pattern.test(p.message)).length).toBeGreaterThanOrEqual(1);
    const recordProblems = all.problems.filter((p) => !fileProblem(p.message)).map((p) => p.message);
    expect(recordProblems.filter((m) => /not valid JSON/.test(m))).toHaveLength(2);
    for (const n of [2, 3, 5]) {
      const parts = await Promise.all(
        Array.from({ length: n }, (_, i) => loadCorpus(dir, { keepArticle: (id) => partOf(id, n) === i })),
      );
      for (const part of parts) expect(part.problems.filter((p) => fileProblem(p.message))).toHaveLength(1);
      const reported = parts.flatMap((part) => part.problems.filter((p) => !fileProblem(p.message)).map((p) => p.message));
      expect(reported.sort()).toEqual([...recordProblems].sort());
    }
    // The broken line that opens with its id is reported by the part that keeps that id.
    const cutShort = (m: string) => /line 6: not valid JSON/.test(m);
    expect((await loadCorpus(dir, { keepArticle: (id) => id === 'r12' })).problems.filter((p) => cutShort(p.message))).toHaveLength(1);
    expect((await loadCorpus(dir, { keepArticle: (id) => id !== 'r12' })).problems.filter((p) => cutShort(p.message))).toHaveLength(0);
    const none = await loadCorpus(dir, { keepArticle: () => false });
    expect(none.articles).toEqual([]);
    expect(none.positions).toEqual([]);
  });
});

describe('quickRecordId (a JSON Lines record id read without parsing the line)', () => {
  it('reads an id that opens the line and is its only id key; null for a line without one; else leaves it to JSON.parse', () => {
    expect(quickRecordId('{"id":"r1","text":"Said so."}')).toBe('r1');
    expect(quickRecordId(' { "id" : "a b", "text": "Said so."}')).toBe('a b');
    expect(quickRecordId('{"text":"He said \\"id\\" twice."}')).toBeNull();
    expect(quickRecordId('{"text":"Said so.","id":"r1"}')).toBeUndefined();
    expect(quickRecordId('{"id":"r1","text":"Said so.","id":"r2"}')).toBeUndefined();
    expect(quickRecordId('{"id":"r1","meta":{"id":"m"},"text":"Said so."}')).toBeUndefined();
    expect(quickRecordId('{"\\u0069d":"r1","text":"Said so."}')).toBeUndefined();
    expect(quickRecordId('{"id":"r\\u0031","text":"Said so."}')).toBeUndefined();
    expect(quickRecordId('{"id":7,"text":"Said so."}')).toBeUndefined();
    expect(quickRecordId('{"id":"","text":"Said so."}')).toBeUndefined();
  });
});
