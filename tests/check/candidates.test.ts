/** Check candidates read from the search engine's term index equal those of the word index built by a full pass. */
import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../src/check/candidates.js';
import { comparableWords } from '../../src/statements/align.js';
import type { LoadedIndex } from '../../src/store/types.js';
import { fixtureIndex } from '../web/fixtures.js';

const index = fixtureIndex();
const withoutRelated: LoadedIndex = {
  ...index,
  search: { search: (r) => index.search.search(r), serialize: () => index.search.serialize() },
};

describe('findCandidates through the engine (related) and through the fallback word index agree', () => {
  it.each([
    'the repairs are ahead of schedule',
    'The ferry will run every hour in summer',
    'under budget and ahead of the schedule, the mayor said',
    'nothing here matches anything at all',
  ])('%s', (text) => {
    const words = comparableWords(text);
    expect(typeof index.search.related).toBe('function');
    const viaEngine = findCandidates(index, words, 5).map((c) => c.quote.id);
    const viaPass = findCandidates(withoutRelated, words, 5).map((c) => c.quote.id);
    expect(viaEngine).toEqual(viaPass);
  });

  it('finds a quote by its rare words', () => {
    const ids = findCandidates(index, comparableWords('repairs schedule budget'), 3).map((c) => c.quote.id);
    expect(ids.length).toBeGreaterThan(0);
  });
});
