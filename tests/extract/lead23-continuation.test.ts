import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { namedCueOfAnother } from '../../src/extract/continuation.js';
import { article } from './article.js';

const speakers = (text: string) => extractQuotes(article(text)).map((q) => [q.text, q.attribution.name]);

describe('a quotation with a named cue of its own does not continue the previous speaker', () => {
  it.each<[string, number, string | null, boolean]>([
    ['"It is late," wrote Time magazine.', 0, 'Jo Lee', true],
    ['"It is late," the Harbour Courier wrote.', 0, 'Jo Lee', true],
    ['"It is late," said Ann Voss, the mayor.', 0, 'Jo Lee', true],
    // the previous speaker named again, or a pronoun, or no comma at the mark: no named cue of another
    ['"It is late," Lee added.', 0, 'Jo Lee', false],
    ['"It is late," he said.', 0, 'Jo Lee', false],
    ['"It is late." Time magazine wrote about it later.', 0, 'Jo Lee', false],
  ])('%s', (text, openAt, previous, expected) => {
    expect(namedCueOfAnother(text, openAt, previous)).toBe(expected);
  });

  it('a paragraph-opening quotation whose `wrote X` cue was not read gets no one, not the last speaker', () => {
    const text =
      'The Harbour Party announced its slate on Monday.\n\n"We are proud of every name on it," the party said in a release.\n\n' +
      '"The slate arrives at a bad time for a party short of time," wrote Time magazine.';
    const got = speakers(text);
    expect(got[1]![1]).not.toBe('Harbour Party');
  });
});
