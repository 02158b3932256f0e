import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { article } from './article.js';

const attributionsOf = (text: string) =>
  extractQuotes(article(text)).map((q) => [q.attribution.name, q.attribution.kind]);

describe('plural present-tense speech verbs are cues: `they write: "…"`, `"…," they explain`', () => {
  it.each<[string, Array<[string | null, string | null]>]>([
    [
      'The debate was tense.\n\nIlse Rand and Tom Besk run the harbour trust. In a new report, they write: "The port needs dredging."',
      [['Ilse Rand and Tom Besk', 'pronoun']],
    ],
    [
      'The debate was tense.\n\nIlse Rand and Tom Besk wrote the report. "The port needs dredging," they explain in its preface.',
      [['Ilse Rand and Tom Besk', 'pronoun']],
    ],
    ['The debate was tense.\n\n"Nobody asked us," the residents insist.', [[null, 'nominal']]],
  ])('%s', (text, expected) => {
    expect(attributionsOf(text)).toEqual(expected);
  });
});
