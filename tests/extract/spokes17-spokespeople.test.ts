import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

/** The last quotation's speaker as `[name, role, kind]`. */
function lastSpeaker(body: string): [string | null, string | null, string | null] {
  const quotes = extractQuotes(article(body));
  const a = quotes[quotes.length - 1]!.attribution;
  return [a.name, a.role, a.kind];
}

// Issue #11 (seventeenth session: spokes): a spokesperson, representative, official or source of a body is an
// unnamed person speaking for it. The words are theirs, not the body's: nobody by name, the body kept in the role.
describe("a body's spokesperson, however written: nobody by name, the body in the role", () => {
  it.each<[string, string]>([
    [
      'Quarrow Foods cut 200 jobs.\n\n"We regret this," a spokesman for Quarrow Foods said.',
      'spokesman for Quarrow Foods',
    ],
    [
      'Quarrow Foods cut 200 jobs.\n\n"We regret this," said an official at Quarrow Foods.',
      'official at Quarrow Foods',
    ],
    ['The plan was cut.\n\n"We will appeal," a Harbour Office spokeswoman said.', 'Harbour Office spokeswoman'],
    [
      'Mr Lee quit.\n\nA Scottish Harbour Party spokesman said: "This should help."',
      'Scottish Harbour Party spokesman',
    ],
    ['Quarrow Foods cut 200 jobs.\n\n"We regret this," said a Quarrow Foods spokesman.', 'Quarrow Foods spokesman'],
    ['The Kestrels released a new album.\n\n"We will tour," the band\'s spokesman said.', 'Kestrels spokesman'],
    [
      'Quarrow Foods cut 200 jobs.\n\nSaid a Quarrow spokesperson: "We regret it." The spokesperson added: "It was hard."',
      'Quarrow spokesperson',
    ],
    [
      'Quarrow Foods cut 200 jobs.\n\nA Quarrow Foods spokeswoman said: "We regret this." She added: "It was hard."',
      'Quarrow Foods spokeswoman',
    ],
    [
      'Jo Lee said the list was long. A spokeswoman for Kestrel Council said the road would shut. "We are sorry," she said.',
      'spokeswoman for Kestrel Council',
    ],
  ])('%s', (body, role) => {
    expect(lastSpeaker(body)).toEqual([null, role, 'nominal']);
  });
});

describe('a spokesperson named, or the body itself speaking: a name', () => {
  it.each<[string, string]>([
    ['Quarrow Foods cut 200 jobs.\n\n"We regret this," spokesman Jo Lee said.', 'Jo Lee'],
    ['Quarrow Foods cut 200 jobs.\n\n"We regret this," Quarrow Foods spokesman Jo Lee said.', 'Jo Lee'],
    ['Quarrow Foods cut 200 jobs.\n\n"We regret this," a Quarrow Foods spokesman, Jo Lee, said.', 'Jo Lee'],
    ['Quarrow Foods cut 200 jobs.\n\n"We regret this," Quarrow Foods said in a statement.', 'Quarrow Foods'],
  ])('%s', (body, name) => {
    expect(lastSpeaker(body)[0]).toBe(name);
  });
});
