/**
 * Finalize's search rows made over ranges on worker threads (src/backend/postgres/search-rows.ts) equal the rows
 * made in one pass: the same lines in the same order, the same vocabulary counts, and the terms in the order one
 * pass first sees them (speakers' names entered where the speaker is first seen, counted once per quote of theirs).
 * No database needed.
 */
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/model/text.js';
import { indexedTerm } from '../../src/backend/postgres/rows.js';
import {
  makeSearchRows,
  makeSearchRowsInParallel,
  mergeSearchRows,
  type SearchRowInput,
} from '../../src/backend/postgres/search-rows.js';

const texts = [
  'The harbour bridge opens in the spring, and not a day later.',
  'We will rebuild the ferry terminal before the winter storms.',
  'Nobody told the council about the second bridge.',
  'Fares go up by ten cents; the buses stay on the same routes.',
  'It is not over until the last ferry has docked.',
  'The tunnel is a bridge too far for this budget.',
  'Élysée officials said the timetable was final.',
];
const speakers = ['Mara Quell', 'Harbour Authority', '', 'Tobin Vance Tobin', 'Mara Quell Mayor Quell'];

/** `n` invented quotes cycling through the texts and speakers, some in statements, some fragments, some undated. */
function inputs(n: number): SearchRowInput[] {
  return Array.from({ length: n }, (_, i) => ({
    quote: {
      id: `q${i}`,
      speakerId: i % 5 === 2 ? null : `s${i % 5}`,
      kind: i % 3 === 0 ? ('full' as const) : ('partial' as const),
      confidence: (i % 10) / 10,
      date: i % 4 === 3 ? '' : `2024-0${1 + (i % 9)}-1${i % 10}`,
    },
    text: `${texts[i % texts.length]!}${i % 11 === 0 ? ` Item ${i}.` : ''}`,
    speaker: speakers[i % speakers.length]!,
    publisher: i % 2 === 0 ? 'The Gazette' : null,
    statement: i % 6 === 0 ? { id: `q${i - (i % 12)}`, pos: (i % 12) / 6, size: 2, sources: 2 } : null,
    fragmentOf: i % 13 === 5 ? `q${i - 1}` : null,
  }));
}

/** The vocabulary counted naively: each indexed term's occurrences in the folded texts and speakers of every quote. */
function naiveCounts(list: readonly SearchRowInput[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const x of list)
    for (const term of `${foldText(x.text)} ${foldText(x.speaker)}`.split(' '))
      if (indexedTerm(term)) out.set(term, (out.get(term) ?? 0) + 1);
  return out;
}

describe('search rows made on several threads', () => {
  it.each([
    { quotes: 40, threads: 2 },
    { quotes: 41, threads: 3 },
    { quotes: 97, threads: 4 },
  ])('$quotes quotes over $threads threads equal one pass', async ({ quotes, threads }) => {
    const list = inputs(quotes);
    const one = mergeSearchRows([makeSearchRows(list)]);
    const parallel = await makeSearchRowsInParallel(list, { threads, minPerThread: 1 });
    expect(parallel.lines).toEqual(one.lines);
    expect([...parallel.frequency]).toEqual([...one.frequency]);
  });

  it('counts every indexed term of the texts and of each quote’s speaker, stop words left out', () => {
    const list = inputs(60);
    const { frequency } = mergeSearchRows([makeSearchRows(list.slice(0, 25)), makeSearchRows(list.slice(25))]);
    expect(new Map([...frequency].sort())).toEqual(new Map([...naiveCounts(list)].sort()));
    expect(frequency.has('the')).toBe(false);
    // "Tobin Vance Tobin": the repeated name counts twice per quote of that speaker.
    const tobin = list.filter((x) => x.speaker.startsWith('Tobin')).length;
    expect(frequency.get('tobin')).toBe(2 * tobin);
  });

  it('enters terms in the order one pass first sees them, a speaker’s name where the speaker first appears', () => {
    const list = inputs(30);
    const split = mergeSearchRows([makeSearchRows(list.slice(0, 7)), makeSearchRows(list.slice(7))]);
    const order = [...split.frequency.keys()];
    expect(order).toEqual([...mergeSearchRows([makeSearchRows(list)]).frequency.keys()]);
    // First quote: its text's terms, then its speaker's.
    expect(order.slice(0, 3)).toEqual(['harbour', 'bridge', 'opens']);
    expect(order.indexOf('mara')).toBeGreaterThan(order.indexOf('later'));
    expect(order.indexOf('mara')).toBeLessThan(order.indexOf('rebuild'));
  });
});
