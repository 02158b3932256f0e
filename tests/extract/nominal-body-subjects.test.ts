import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const speakers = (text: string) => extractQuotes(underHeadline(text)).map((q) => q.attribution.name);

describe('`the club said`, `the airline said`: the body the sentences before are about', () => {
  it.each<[string, Array<string | null>]>([
    // the possessor of a sentence's subject is the body it is about, over a body named in passing before
    [
      'Rival club Harbour City has asked fans to stay calm. Quayco\'s board has agreed to talk to the bidder. "Any board must consider an offer," the club said.',
      ['Quayco'],
    ],
    // … also after `The`
    [
      'The Quayco\'s flagship show is to move to Sundays. The corporation said the show "aims to reach new viewers".',
      ['Quayco'],
    ],
    // … not a person's noun: `Jo Lee's lawyer` is about the lawyer
    [
      'Harbour Ltd posted a loss. Jo Lee\'s lawyer said she would appeal. "Trading was hard," the company said.',
      ['Harbour Ltd'],
    ],
    // a body's name cut by a place's word before it (`US Airways`) is the whole name
    [
      'US Airways had to cancel 65 flights on Friday. The airline said it was "embarrassed by the situation".',
      ['US Airways'],
    ],
    // a word the article writes in lower case too opens a sentence as a common word, no body's name
    [
      'Staff calling in sick left baggage undelivered, and the airline blamed the flu. The airline said it was "embarrassed" by the chaos.',
      [null],
    ],
    // a verb's shape capitalised only where it opens the sentence is no body
    ['Adding to the chaos, the trains stopped. "We regret the delays," the company said.', [null]],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});
