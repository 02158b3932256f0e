import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/types.js';
import { extractQuotes } from '../../src/extract/index.js';

function article(text: string): Article {
  return {
    id: 't', recordId: null, path: 't.jsonl', line: 1, title: 'Harbour plan', publisher: null, url: null, author: null,
    publishedAt: '2016-03-01', dateline: null, text, furniture: [], metaOrigin: {},
  };
}
const attributionsOf = (text: string) => extractQuotes(article(text)).map((q) => [q.attribution.name, q.attribution.kind]);

describe('plural present-tense speech verbs are cues: `they write: "…"`, `"…," they explain`', () => {
  it.each<[string, Array<[string | null, string | null]>]>([
    ['The debate was tense.\n\nIlse Rand and Tom Besk run the harbour trust. In a new report, they write: "The port needs dredging."', [['Ilse Rand and Tom Besk', 'pronoun']]],
    ['The debate was tense.\n\nIlse Rand and Tom Besk wrote the report. "The port needs dredging," they explain in its preface.', [['Ilse Rand and Tom Besk', 'pronoun']]],
    ['The debate was tense.\n\n"Nobody asked us," the residents insist.', [[null, 'nominal']]],
  ])('%s', (text, expected) => {
    expect(attributionsOf(text)).toEqual(expected);
  });
});
