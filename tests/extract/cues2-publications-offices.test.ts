import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { article } from './article.js';

const LEAD = 'The vote was close.\n\nTom Besk spoke first.\n\n';
const speakersOf = (text: string) => extractQuotes(article(LEAD + text)).map((q) => q.attribution.name);

describe("a publication's name before its noun speaks: `Time magazine said`, `wrote Time magazine`", () => {
  it.each<[string, string]>([
    ['Harbour Weekly magazine said: "The town has lost its way."', 'Harbour Weekly'],
    ['"The town has lost its way," wrote Harbour Weekly magazine.', 'Harbour Weekly'],
    ['"The town has lost its way," Eastbrook Post newspaper said on Monday.', 'Eastbrook Post'],
    ['In an editorial, Harbour Weekly tabloid said: "The town has lost its way."', 'Harbour Weekly'],
    // one word before the noun: the publication, typed a body, never a person of that name
    ['Quayside magazine said: "The town has lost its way."', 'Quayside'],
  ])('%s', (text, name) => {
    const quotes = extractQuotes(article(LEAD + text));
    expect(quotes.map((q) => q.attribution.name)).toEqual([name]);
    expect(quotes.map((q) => q.attribution.entity)).toEqual(['organization']);
  });
});

describe('informing the press, the media, reporters or journalists is a cue', () => {
  it.each<[string, string]>([
    ['"We will not back the plan," the Harbour Party informed the press.', 'Harbour Party'],
    ['Ilse Rand informed reporters: "We will not back the plan."', 'Ilse Rand'],
    ['"We will not back the plan," Ilse Rand informed journalists on Monday.', 'Ilse Rand'],
  ])('%s', (text, name) => {
    expect(speakersOf(text)).toEqual([name]);
  });
  it('an informed source is no cue of its own', () => {
    expect(speakersOf('"It is over," said an informed source.')).toEqual([null]);
  });
});

describe('an office of a body is its holder, never the body: `said the Chairman of Harbour Council`', () => {
  it.each<[string, string | null]>([
    // no holder named: an unnamed person (not the body, not the person in focus)
    ['"The town has lost its way," said the Chairman of Harbour Council.', null],
    ['The Director of the Eastbrook Trust said: "The town has lost its way."', null],
    // the holder named before with the body near the name
    [
      'Ann Roe, the chairman of Harbour Council, arrived late.\n\n"The town has lost its way," said the Chairman of Harbour Council.',
      'Ann Roe',
    ],
    [
      'Harbour Council Chairman Ann Roe arrived late.\n\n"The town has lost its way," said the Chairman of Harbour Council.',
      'Ann Roe',
    ],
  ])('%s', (text, name) => {
    const quotes = extractQuotes(article(LEAD + text));
    expect(quotes.map((q) => q.attribution.name)).toEqual([name]);
    expect(quotes[0]!.attribution.role).toMatch(/^(?:Chairman of Harbour Council|Director of the Eastbrook Trust)$/u);
  });
  it('a body named with `of` still speaks as the body', () => {
    expect(speakersOf('"The town has lost its way," said the Bank of Eastbrook.')).toEqual(['Bank of Eastbrook']);
  });
});

describe('`they` never stands for a body named after it in its own clause', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Pop band Quayside have confirmed that they plan to "take a break", after rumours of a split.\n\nA statement from the band\'s record company Orbix said singer Jo Lee planned to rest. However they said that Quayside would "reconvene in due course".',
      ['Quayside', null],
    ],
  ])('%s', (text, names) => {
    expect(extractQuotes(article(text)).map((q) => q.attribution.name)).toEqual(names);
  });
  it('a body named before and not in the clause is still what `they` stands for', () => {
    const text =
      'Pop band Quayside have confirmed that they plan to "take a break", after rumours of a split.\n\nHowever they said that the break would "not be long".';
    expect(extractQuotes(article(text)).map((q) => q.attribution.name)).toEqual(['Quayside', 'Quayside']);
  });
});
