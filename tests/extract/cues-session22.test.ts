import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { parseName } from '../../src/speakers/names.js';
import { underHeadline } from './article.js';

// Error classes found on the wild sets (twenty-second session): a bare `put` read as a speech cue (`Bath have put
// on the table`), an `according to` in the sentence after a quotation credited with it, a particle-initial name
// (`al-Kasra`) read as a descriptor of the word after it.

const speakers = (body: string) => extractQuotes(underHeadline(body)).map((q) => q.attribution.name);

describe('`put` is a cue only as `put it`', () => {
  it.each<[string, string]>([
    [
      'The vote is on Friday. Jo Lee says the player is worth more than Harbour Rovers have put on the table. "He wants to stay at the club for years."',
      'Jo Lee',
    ],
    [
      'The vote is on Friday. As the Ledger\'s Jo Lee puts it, "the council are unmoved and the voters are uninspired."',
      'Jo Lee',
    ],
    ['The vote is on Friday. Ann Roe put it bluntly: "The council are unmoved."', 'Ann Roe'],
  ])('%s', (body, name) => {
    expect(speakers(body)).toEqual([name]);
  });
});

describe('an `according to` with a clause of its own after a sentence-closing quotation credits that clause', () => {
  it.each<[string, string | null]>([
    [
      'The vote is on Friday. Ann Roe said the plan was fine. "It is a good plan and it will work." But on Saturday, according to the Harbour Ledger, Roe spoke to reporters again.',
      'Ann Roe',
    ],
    // the source closing the sentence, or the quotation's own sentence, still credits it
    ['The vote is on Friday. The bridge was "closed for the winter," according to the Ledger.', 'Ledger'],
  ])('%s', (body, name) => {
    expect(speakers(body)).toEqual([name]);
  });
});

describe('a lower-case article glued to a capitalised word is a name word, not a descriptor', () => {
  it.each<[string, string, string | null]>([
    ["Hollowmere's al-Kasra TV", 'al-Kasra TV', 'Hollowmere'],
    ['al-Kasra TV', 'al-Kasra TV', null],
    ['conservative writer Ann Lee', 'Ann Lee', 'conservative writer'],
  ])('%s', (raw, display, role) => {
    const parsed = parseName(raw, 'organization');
    expect([parsed?.display, parsed?.role]).toEqual([display, role]);
  });
});

describe('a description after an inverted cue ends before a preposition and its object', () => {
  it.each<[string, string | null]>([
    [
      'The vote is on Friday. Director Jo Lee hoped the film would do well. "One of the reasons I am being honoured here is that Europeans like me," said the director behind Harbour Nights.',
      'Jo Lee',
    ],
    [
      'The vote is on Friday. Most artists saw file-sharing as both good and bad. "Free downloading has killed opportunities for new bands," said one musician quoted by the Harbour Report.',
      null,
    ],
  ])('%s', (body, name) => {
    expect(speakers(body)).toEqual([name]);
  });
});

describe("a document released by a person's office speaks for the person", () => {
  it.each<[string, string]>([
    [
      'The vote is on Friday. According to a statement released by Jo Lee\'s office, "neutralizing the threat" is an aim of the plan.',
      'Jo Lee',
    ],
  ])('%s', (body, name) => {
    expect(speakers(body)).toEqual([name]);
  });
});

describe('`what it calls "…"`: the `it` of a free relative of naming is its sentence’s named subject', () => {
  it.each<[string, string | null]>([
    [
      'The vote is on Friday. Kestrel has repeatedly declined to elaborate on what it calls "internal employee matters". A spokesperson refused.',
      'Kestrel',
    ],
    // a relative `which it described` may stand for any thing named before
    ['The vote is on Friday. Lee bought a car, which it described as "fast".', null],
  ])('%s', (body, name) => {
    expect(speakers(body)).toEqual([name]);
  });
});
