import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildShardTermData, miniSearchTermData } from '../../src/search/build-terms.js';

describe('the build term indexer', () => {
  it('gives exactly what minisearch gives: vocabulary, lists, field lengths and running averages', () => {
    // Stop words, empty tokens (double spaces), repeats and non-ASCII terms, as folded text may hold.
    const word = fc.constantFrom('the', 'of', 'harbour', 'toll', 'lamp', 'Lamp', 'pear', 'été', 'x', '', '𝔸b', 'zz');
    const field = fc.array(word, { maxLength: 9 }).map((w) => w.join(' '));
    const doc = fc.record({ text: field, speaker: field });
    fc.assert(
      fc.property(fc.array(doc, { maxLength: 40 }), (docs) => {
        const input = { text: docs.map((d) => d.text), speaker: docs.map((d) => d.speaker) };
        const ours = buildShardTermData(input);
        const reference = miniSearchTermData(input);
        expect(ours.vocabulary).toEqual(reference.vocabulary);
        expect(ours.fields).toEqual(reference.fields);
        expect(ours.documentCount).toBe(reference.documentCount);
        expect(ours.postStart).toEqual(reference.postStart);
        expect(ours.postDocs).toEqual(reference.postDocs);
        expect(ours.postTf).toEqual(reference.postTf);
        expect(ours.fieldLength).toEqual(reference.fieldLength);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a term held more than 65,535 times in one field of one quote, naming it', () => {
    const text = Array.from({ length: 65_536 }, () => 'echo').join(' ');
    expect(() => buildShardTermData({ text: [text], speaker: [''] })).toThrow(/'echo' 65536 times in its text/);
  });
});
