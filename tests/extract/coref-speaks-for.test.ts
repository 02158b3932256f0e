import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

/** The last quotation's speaker as `name | kind`. */
function lastSpeaker(body: string): [string | null, string | null] {
  const quotes = extractQuotes(article(body));
  const a = quotes[quotes.length - 1]!.attribution;
  return [a.name, a.kind];
}

// The decision (docs/attribution-coref.md, eighth session; changed in the seventeenth, issue #11): a spokesperson
// is someone else, unnamed, speaking for a body or a person, so the words are nobody's by name; a body's name stays
// in the role.
describe('a spokesman for a body: an unnamed person, the body in the role', () => {
  it.each<[string, string]>([
    [
      'Quarrow Foods cut 200 jobs.\n\n"We regret this," a spokesman for Quarrow Foods said.',
      'spokesman for Quarrow Foods',
    ],
    [
      'Quarrow Foods cut 200 jobs.\n\nA spokeswoman for Quarrow Foods said: "We regret this."',
      'spokeswoman for Quarrow Foods',
    ],
    [
      'Quarrow Foods cut 200 jobs.\n\n"We regret this," said a spokesman for Quarrow Foods.',
      'spokesman for Quarrow Foods',
    ],
    ['Quarrow Foods cut 200 jobs.\n\nThe Quarrow spokesman said so. "We regret this," he said.', 'Quarrow spokesman'],
  ])('%s', (body, role) => {
    const quotes = extractQuotes(article(body));
    const a = quotes[quotes.length - 1]!.attribution;
    expect([a.name, a.role, a.kind]).toEqual([null, role, 'nominal']);
  });
});

describe("she after a body's spokeswoman spoke: the spokeswoman, unnamed", () => {
  it('A Quarrow Foods spokeswoman said: "…" She added: "…"', () => {
    const body =
      'Quarrow Foods cut 200 jobs.\n\nA Quarrow Foods spokeswoman said: "We regret this." She added: "It was hard."';
    expect(lastSpeaker(body)).toEqual([null, 'nominal']);
  });
});

describe("a spokesman for a person: not the person's own words", () => {
  it.each<string>([
    'Tom Wendle lost the vote.\n\n"We regret this," a spokesman for Tom Wendle said.',
    'Tobias Wendle lost the vote.\n\n"We regret this," a spokesman for Mr Wendle said.',
    'Tobias Wendle lost the vote.\n\n"We regret this," said a spokesman for Senator Wendle.',
    'Ms Wendle lost the vote.\n\nMs Wendle\'s spokesman said: "We regret this."',
    '"We regret this," an aide to Senator Ida Marr said.',
    'Mexico will act. Mexican leaders met.\n\n"We will act," a Mexican official said.',
  ])('%s', (body) => {
    expect(lastSpeaker(body)).toEqual([null, 'nominal']);
  });
});

describe('a description is the title of a name only when it stands right before it', () => {
  it('"The governor has introduced Ann Lee at rallies": a noun in a clause before a name is not her title', () => {
    const body =
      'Governor Tom Baker backs Ann Lee. The governor has introduced Lee at many rallies.\n\n"She is the best," the governor said.';
    expect(lastSpeaker(body)).toEqual(['Tom Baker', 'nominal']);
  });
});
