import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

/** The speaker of the quotation that opens with `opening`, as `[name, kind]`. */
function speakerOf(body: string, opening: string): [string | null, string | null] {
  const q = extractQuotes(article(body)).find((x) => x.text.startsWith(opening));
  if (q === undefined) throw new Error(`no quotation opening ${JSON.stringify(opening)}`);
  return [q.attribution.name, q.attribution.kind];
}

// Issue #11, twenty-first session: description speakers given to the wrong person or body.
describe('a body’s noun after lower-case words keeps them: a committee of the Commons is not the Commons', () => {
  it.each<[string, string, string | null]>([
    [
      'The Harbour Assembly transport and roads committee met on Monday. There was a "real crisis" in rail, the Harbour Assembly transport and roads committee added.',
      'real crisis',
      'Harbour Assembly transport and roads committee',
    ],
    [
      'Fans were angry. The Kestrel Rovers supporters club said the price rise was "a disgrace".',
      'a disgrace',
      'Kestrel Rovers supporters club',
    ],
    // control: a firm's trade between its name and the noun is not the firm's name
    [
      'Shares fell on Monday. The Quayco software company said the figures were "disappointing".',
      'disappointing',
      'Quayco',
    ],
    // control: no lower-case words between the name and the noun
    ['Fans were angry. The Kestrel Rovers club said the price rise was "a disgrace".', 'a disgrace', 'Kestrel Rovers'],
  ])('%s', (body, opening, name) => {
    expect(speakerOf(body, opening)[0]).toBe(name);
  });
});

describe('an office with the description’s other words goes to the one person given those words', () => {
  it.each<[string, string, string | null]>([
    [
      'Harbourland President Ann Kettle met the press on Monday. Tom Vance spoke first. His words about President Vance met a cool reception from Ann Kettle. The Harbourland president told reporters: "We need our own unity."',
      'We need',
      'Ann Kettle',
    ],
    // control: no one is given the very words, so the person given the office's noun stands
    [
      'Tom Vance spoke first on Monday. His words about President Vance met a cool reception from Ann Kettle. The Harbourland president told reporters: "We need our own unity."',
      'We need',
      'Tom Vance',
    ],
  ])('%s', (body, opening, name) => {
    expect(speakerOf(body, opening)[0]).toBe(name);
  });
});

describe('a person named by a given name alone keeps the office given with the full name', () => {
  it.each<[string, string, string | null]>([
    [
      'Transport Minister Ravi Kumar Desai said 18 people died. Ravi also stated that both recorders had been found.\n\nThe local health minister said, "The injured are in the city hospital."',
      'The injured',
      null,
    ],
    // control: the same person given the description's office
    [
      'Health Minister Ravi Kumar Desai said 18 people died. Ravi also stated that both recorders had been found.\n\nThe local health minister said, "The injured are in the city hospital."',
      'The injured',
      'Ravi Kumar Desai',
    ],
  ])('%s', (body, opening, name) => {
    expect(speakerOf(body, opening)[0]).toBe(name);
  });
});

describe('a description after sentences about a person the text gives no evidence of names no one before', () => {
  it.each<[string, string, string | null]>([
    [
      'Defender Pat Quill is close to a new deal. Quill said: "It means a lot to me."\n\nMeanwhile, Tamsin Okoro believes the side will be blamed. Okoro will captain the side on Saturday. And the striker said: "If we lose, we are out."',
      'If we lose',
      null,
    ],
    // control: the same sentences about the one who spoke before
    [
      'Defender Pat Quill is close to a new deal. Quill said: "It means a lot to me."\n\nMeanwhile, Quill believes the side will be blamed. Quill will captain the side on Saturday. And the defender said: "If we lose, we are out."',
      'If we lose',
      'Pat Quill',
    ],
  ])('%s', (body, opening, name) => {
    expect(speakerOf(body, opening)[0]).toBe(name);
  });
});

describe('a government office is not given to a person the article gives a post of another kind', () => {
  it.each<[string, string, string | null]>([
    [
      'Jo Marlow claimed a Green government would cut spending. Party chairman Tom Brack accused Labour of "a downright lie" on Monday.\n\nAppearing at a poster launch, the prime minister hailed his chancellor\'s "brilliant" performance.',
      'brilliant',
      'Jo Marlow',
    ],
    [
      'The political editor Tom Brack spoke on the radio on Monday. Tom Brack said: "This is damaging."\n\nBut the prime minister said the claims were a "load of nonsense".',
      'load of nonsense',
      null,
    ],
    // control: a party's leader may be its government's head
    [
      'Party leader Tom Brack spoke in Harbourton on Monday. Tom Brack said: "We will win."\n\nBut the prime minister said the claims were a "load of nonsense".',
      'load of nonsense',
      'Tom Brack',
    ],
    // control: a past office is often held by one with a post now
    [
      'Party chairman Tom Brack spoke in Harbourton on Monday. Tom Brack said: "We will win."\n\nBut the former prime minister said the claims were a "load of nonsense".',
      'load of nonsense',
      'Tom Brack',
    ],
  ])('%s', (body, opening, name) => {
    expect(speakerOf(body, opening)[0]).toBe(name);
  });
});
