import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

/** Each quotation's speaker (by name, null when no one is named) for a text under a headline. */
const speakers = (text: string) =>
  extractQuotes(underHeadline(text)).map((q) => [q.text, q.attribution.name] as [string, string | null]);

describe('a participle after a verb, its object and `for`: the object did the saying', () => {
  it.each<[string, Array<[string, string | null]>]>([
    ['Jo Lee thanked Ann Roe for calling the plan "bold".', [['bold', 'Ann Roe']]],
    ['Jo Lee attacked the Harbour Ledger for describing him as a "felon".', [['felon', 'Harbour Ledger']]],
    // no one named: a collective (`the media`, `the press`) is nobody's name, not the subject's
    ['Jo Lee attacked the media for describing him as a "felon".', [['felon', null]]],
    [
      '"We will go," Ann Roe said. Jo Lee blamed the press for saying "we lost".',
      [
        ['We will go', 'Ann Roe'],
        ['we lost', null],
      ],
    ],
    // no object: the verb's subject is the participle's (`apologised for`, a passive `was criticised for`)
    ['Jo Lee apologised for calling the plan "bold".', [['bold', 'Jo Lee']]],
    ['Jo Lee was criticised for calling the plan "bold".', [['bold', 'Jo Lee']]],
    ['Jo Lee left the stage, saying "we lost".', [['we lost', 'Jo Lee']]],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("the subject of a fronted subordinate clause is not the main clause's speaker", () => {
  it.each<[string, Array<[string, string | null]>]>([
    [
      'After Jo Lee failed to win the seat, Ann Roe apologised for "a poor campaign".',
      [['a poor campaign', 'Ann Roe']],
    ],
    ['Because Jo Lee lost the vote, Ann Roe blamed "a poor campaign".', [['a poor campaign', 'Ann Roe']]],
    // a pronoun subject of the main clause still stands for the name before it
    ['When Jo Lee, the mayor, lost, she blamed "a poor campaign".', [['a poor campaign', 'Jo Lee']]],
    // a subordinate clause after the subject, or a fronted phrase with no subject, changes nothing
    ['Jo Lee, after the loss, blamed "a poor campaign".', [['a poor campaign', 'Jo Lee']]],
    ['After the loss, Jo Lee blamed "a poor campaign".', [['a poor campaign', 'Jo Lee']]],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a sentence whose own subject names a thing does not continue the previous speaker', () => {
  it.each<[string, Array<[string, string | null]>]>([
    [
      '"We will rebuild the quay," Ida Marr said. Critics called the plan a "white elephant".',
      [
        ['We will rebuild the quay', 'Ida Marr'],
        ['white elephant', null],
      ],
    ],
    [
      '"We will rebuild the quay," Ida Marr said. Some residents dubbed it "the bridge to nowhere".',
      [
        ['We will rebuild the quay', 'Ida Marr'],
        ['the bridge to nowhere', null],
      ],
    ],
    // the previous speaker, or a pronoun, naming it: still the previous speaker
    [
      '"We will rebuild the quay," Ida Marr said. She called the old one "a ruin".',
      [
        ['We will rebuild the quay', 'Ida Marr'],
        ['a ruin', 'Ida Marr'],
      ],
    ],
    // a passive naming brings in no one
    [
      '"We will rebuild the quay," Ida Marr said. It was soon called "a total ruin" by nobody in particular.',
      [
        ['We will rebuild the quay', 'Ida Marr'],
        ['a total ruin', 'Ida Marr'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('`according to` an outlet, then an unnamed person whose clause ends before the quotation', () => {
  it.each<[string, Array<[string, string | null]>]>([
    // past a semicolon or a colon, the words are the person's (here: a spokesman for a body, unnamed; issue #11)
    [
      'According to the Ledger, a spokesman for Acme Corp expressed regret over the delay; "we are sorry for the trouble."',
      [['we are sorry for the trouble.', null]],
    ],
    [
      'According to the Ledger, a spokesman for Acme Corp expressed regret over the delay: "We are sorry for the trouble."',
      [['We are sorry for the trouble.', null]],
    ],
    // someone unnamed for no one named: nobody
    [
      'According to the Ledger, an official at the port expressed regret; "we are sorry for the trouble."',
      [['we are sorry for the trouble.', null]],
    ],
    // a quotation inside the reported clause stays the outlet's, and so does one after a named subject
    [
      'According to the Ledger, a spokesman for Acme Corp was "deeply sorry" for the delay.',
      [['deeply sorry', 'Ledger']],
    ],
    [
      'According to the Ledger, Jo Lee expressed regret over the delay; "we are sorry for the trouble."',
      [['we are sorry for the trouble.', 'Ledger']],
    ],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('a term of one or two words later in the paragraph does not continue the previous speaker', () => {
  it.each<[string, Array<[string, string | null]>]>([
    // a term naming a thing: nobody's words, not kept as a quotation
    [
      '"We will rebuild the quay," Ida Marr said. Residents are sceptical of the "miracle" quay.',
      [['We will rebuild the quay', 'Ida Marr']],
    ],
    [
      '"Costs are rising," Ida Marr said. Call centres have a high "churn rate" in the region.',
      [['Costs are rising', 'Ida Marr']],
    ],
    [
      "''Costs are rising,'' Ida Marr said. Call centres have a high ''churn rate'' in the region.",
      [['Costs are rising', 'Ida Marr']],
    ],
    // three words and more: words of the paragraph's speaker, continued (an apostrophe closes no term)
    [
      "''Costs are rising,'' Ida Marr said. The market, in her view, ''can't stay this weak for long.''",
      [
        ['Costs are rising', 'Ida Marr'],
        ["can't stay this weak for long.", 'Ida Marr'],
      ],
    ],
    [
      '"Costs are rising," Ida Marr said. She expects the market to stay "weak for a year".',
      [
        ['Costs are rising', 'Ida Marr'],
        ['weak for a year', 'Ida Marr'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
