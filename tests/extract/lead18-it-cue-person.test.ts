import { describe, expect, it } from 'vitest';
import { GUARD_CAP, featureScanners } from '../../src/extract/confidence.js';
import { extractQuotes } from '../../src/extract/index.js';
import type { ExtractedQuote } from '../../src/model/types.js';
import { quoteIn, underHeadline } from './article.js';

const given = (text: string) =>
  extractQuotes(underHeadline(text)).map((q) => ({
    name: q.attribution.name,
    confidence: q.attribution.confidence ?? 1,
  }));

/** `words` of `text` given to the person `name` by the cue `cue`, typed a person as the entity layer would. */
function toPerson(text: string, words: string, name: string, cue: string): ExtractedQuote {
  const q = quoteIn(text, words, { name, mention: name, cue, reason: 'continuation' });
  return { ...q, attribution: { ...q.attribution, entity: 'person' } };
}

describe('`"…," it said` is never stated as a person’s words', () => {
  // the extraction gives such an `it` no person: the body it stands for, else nobody
  it.each([
    'Jo Lee runs the depot. "We will close the depot at the end of the month," it said.',
    'Jo Lee said the plan was late. "We regret this delay and we will explain it," it said.',
    'Ada Marsh spoke on Monday. "The figures are final," it added.',
  ])('%s', (text) => {
    const quotes = given(text);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.name).toBeNull();
  });

  // and should a person still reach one (another rule, a continuation), the guard holds it at the cap
  it.each<[string, string, string, string, boolean]>([
    ['Jo Lee runs the depot. "We will close," it said.', 'We will close', 'Jo Lee', 'said', true],
    ['Ada Marsh spoke. "The figures are final," it added.', 'The figures are final', 'Ada Marsh', 'added', true],
    // the person's own cue after the quotation: no guard
    ['Jo Lee runs the depot. "We will close," she said.', 'We will close', 'Jo Lee', 'said', false],
    ['Jo Lee runs the depot. "We will close," Lee said.', 'We will close', 'Jo Lee', 'said', false],
  ])('%s', (text, words, name, cue, fires) => {
    expect(featureScanners.itCueForPerson(text, toPerson(text, words, name, cue))).toBe(fires);
  });

  it.each<[string, string]>([
    // a body is what `it` can be (unchanged)
    ['Harbour Mills cut 200 jobs on Monday. "We regret this," it said.', 'Harbour Mills'],
    // a person's own cue (unchanged)
    ['Jo Lee spoke on Monday. "We regret this," she said.', 'Jo Lee'],
    ['Jo Lee spoke on Monday. "We regret this," Lee said.', 'Jo Lee'],
  ])('%s', (text, name) => {
    const [q] = given(text);
    expect(q?.name).toBe(name);
    expect(q?.confidence).toBeGreaterThan(GUARD_CAP);
  });
});
