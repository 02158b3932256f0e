import { describe, expect, it } from 'vitest';
import { GUARD_CAP } from '../../src/extract/confidence.js';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const given = (text: string) =>
  extractQuotes(underHeadline(text)).map((q) => ({
    name: q.attribution.name,
    confidence: q.attribution.confidence ?? 1,
  }));

describe('`"…," it said` given to a person is not stated as fact: `it` is never a person', () => {
  it.each([
    'Jo Lee runs the depot. "We will close," it said.',
    'Jo Lee said the plan was late. "We regret this," it said.',
    'Ada Marsh spoke on Monday. "The figures are final," it added.',
  ])('%s', (text) => {
    const quotes = given(text).filter((q) => q.name !== null);
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.confidence).toBeLessThanOrEqual(GUARD_CAP);
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
