import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const speakers = (text: string) => extractQuotes(underHeadline(text)).map((q) => q.attribution.name);

describe('speech verbs of opinion and feeling are cues, before or after their subject', () => {
  it.each<[string, Array<string | null>]>([
    ['Prices fell. "Owners should stay home," opined the Harbour Herald.', ['Harbour Herald']],
    ['Prices fell. "It was magic," gloated Jo Lee.', ['Jo Lee']],
    ['Prices fell. "It was magic," Jo Lee enthused.', ['Jo Lee']],
    ['Prices fell. Jo Lee opined that the plan was "a folly".', ['Jo Lee']],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});
