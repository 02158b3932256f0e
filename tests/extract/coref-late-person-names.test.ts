import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) =>
  extractQuotes(article(body)).map((q) => [q.attribution.name, q.attribution.kind] as const);

/**
 * A phrase read as a body's name for an organisation word in it, that ends in a person's name: the person speaks,
 * the words before the name are the role. A body's own name stays a body's.
 */
const CASES: ReadonlyArray<[string, Array<readonly [string | null, string]>]> = [
  ['Radio Harbour DJ Mark Lee said: "We will play it again."', [['Mark Lee', 'named']]],
  ['Harbour Bank cashier Sarah Roe said: "The vault was open."', [['Sarah Roe', 'named']]],
  ['"It is over," said Mr Press.', [['Press', 'named']]],
  ['"It is over," Dr Ann Church said.', [['Ann Church', 'named']]],
  [
    'Sarah Press, who teaches at the school, spoke on Monday. "It is over," said Sarah Press.',
    [['Sarah Press', 'named']],
  ],
  ['"It is over," said Sarah Press. Ms Press is a teacher.', [['Sarah Press', 'named']]],
  // an organisation word as the surname, with nothing saying a person bears it: a body's name
  ['"It is over," said Victoria Press.', [['Victoria Press', 'organization']]],
  // a given name after a name's joining word, or before an organisation word, is inside the body's name
  ['"It is over," said the Bank of Ann Arbor.', [['Bank of Ann Arbor', 'organization']]],
  ['"We are pleased," the Mark Lee Foundation said.', [['Mark Lee Foundation', 'organization']]],
  ['"We are pleased," Harbour Radio said.', [['Harbour Radio', 'organization']]],
];

describe('a person named after an organisation word', () => {
  it.each(CASES)('%s', (body, expected) => {
    expect(speakers(body)).toEqual(expected);
  });

  it('keeps the words before the name as the role', () => {
    const [quote] = extractQuotes(article('Radio Harbour DJ Mark Lee said: "We will play it again."'));
    expect(quote?.attribution.role).toBe('Radio Harbour DJ');
  });
});

/** A given name of the wider lists opens a person's name when the article writes the surname with an honorific. */
const WIDER: ReadonlyArray<[string, Array<readonly [string | null, string]>]> = [
  [
    'Radio Harbour DJ Milo Brandt said: "We will play it again." Mr Brandt has hosted the show since May.',
    [['Milo Brandt', 'named']],
  ],
];

describe('a given name of the wider lists after an organisation word', () => {
  it.each(WIDER)('%s', (body, expected) => {
    expect(speakers(body)).toEqual(expected);
  });
});
