import { describe, expect, it } from 'vitest';
import { createTermIndex, type TermData } from '../../src/search/term-index.js';

// Two invented words over three quotes: `ana` in the text of quote 0 and the speaker field of quotes 1 and 2,
// `lee` in the text of quotes 1 and 2 and the speaker field of quote 0. Lists are `term × fields + field`.
const data = (): TermData => ({
  vocabulary: ['ana', 'lee'],
  fields: [
    { name: 'text', avg: 2 },
    { name: 'speaker', avg: 2 },
  ],
  documentCount: 3,
  postStart: Uint32Array.from([0, 1, 3, 5, 6]),
  postDocs: Uint32Array.from([0, 1, 2, 1, 2, 0]),
  postTf: Uint16Array.from([1, 1, 1, 1, 1, 1]),
  fieldLength: Uint32Array.from([2, 2, 2, 2, 2, 2]),
});
const docs = (p: { docs: ArrayLike<number> } | null): number[] | null => (p ? Array.from(p.docs) : null);

describe('term index postings cache: the text and all sets of one term are kept apart', () => {
  it.each([
    ['all then text', ['all', 'text', 'all', 'text'] as const],
    ['text then all', ['text', 'all', 'text', 'all'] as const],
  ])('%s, each asked twice', (_, order) => {
    const index = createTermIndex(data(), { text: 2, speaker: 1 });
    const want = { all: [0, 1, 2], text: [0] };
    for (const set of order) expect(docs(index.postings('ana', set))).toEqual(want[set]);
  });

  it('a word that starts with a space is held by no quote, and does not take the text set’s entry', () => {
    const index = createTermIndex(data(), { text: 2, speaker: 1 });
    expect(docs(index.postings('lee', 'text'))).toEqual([1, 2]);
    expect(index.postings(' lee', 'all')).toBeNull();
    expect(index.postings(' lee', 'text')).toBeNull();
    expect(docs(index.postings('lee', 'text'))).toEqual([1, 2]);
    expect(docs(index.postings('lee', 'all'))).toEqual([0, 1, 2]);
  });
});
