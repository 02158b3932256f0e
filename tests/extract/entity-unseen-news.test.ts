import { describe, expect, it } from 'vitest';
import { organisationEvidence, typeByName } from '../../src/extract/entities.js';
import type { EntityType } from '../../src/extract/entities.js';
import { extractQuotes } from '../../src/extract/index.js';
import { article } from './article.js';

// Error classes found by reading attributions on news the rules were never tuned on (eleventh session):
// a pronoun resolved to an event, a song title's last word, a charity's last word or a research firm;
// a body named right after its common noun read as a person; terms quoted as words, not speech.

const quotesOf = (text: string): Array<[string, string | null]> =>
  extractQuotes(article(`Harbour plan\n\n${text}`)).map((q) => [q.text, q.attribution.name]);

describe('names of events, times and common words that are nobody', () => {
  it.each<[string, EntityType | null]>([
    // a gathering named by its last word is an event
    ['Harbour Gadget Show', 'other'],
    ['Northern Energy Summit', 'other'],
    ['Harbour Chess Tournament', 'other'],
    ['Harbour Boat Expo', 'other'],
    // the word a name's tail or an adjective leaves alone
    ['Children', 'other'],
    ['Olympic', 'other'],
    ['Pupils', 'other'],
    // a time word alone (the last word of a title such as `Because the Night`)
    ['Night', 'time'],
    ['Weekend', 'time'],
    // a web address is a site's name: a body
    ['Harbournews.com', 'organisation'],
    ['Orbix.co.uk', 'organisation'],
    // research and advisory firms
    ['Harbour Banking Research', 'organisation'],
    ['Kestrel Holdings', 'organisation'],
    ['Orbix Consulting', 'organisation'],
    // names that stay names
    ['Ann Night', 'person'],
    ['Kestrel', null],
    ['Orbix.biz', null],
  ])('%s → %s', (name, type) => {
    expect(typeByName(name)).toBe(type);
  });
});

describe("a body's common noun right before its name", () => {
  it.each<[string, string, boolean]>([
    ['Mara Quell runs technology giant Orbix Packard.', 'Orbix Packard', true],
    ['Shares fell at the carmaker Kestrel on Monday.', 'Kestrel', true],
    ['Funds went to the charity Harbour Aid.', 'Harbour Aid', true],
    // a title word between the noun and the name: a person
    ['Party leader Ann Lee spoke.', 'Ann Lee', false],
    ['The union boss Ann Lee spoke.', 'Ann Lee', false],
  ])('%s (%s) → body %s', (text, name, body) => {
    expect(organisationEvidence(text)(name)).toBe(body);
  });
});

describe('a pronoun never stands for an event, a title or a firm of a named person', () => {
  it.each<[string, string, string]>([
    [
      'The digital world belongs to everyone, according to Mara Quell, chief of technology giant Orbix Packard.\n\n' +
        'The job of firms now, she said in a speech at the Harbour Gadget Show (HGS), was to make worlds meet. ' +
        'HGS showcases 5,000 new gadgets. The fair runs from 6 to 9 January. "The revolution is about people," she told delegates.',
      'The revolution is about people',
      'Mara Quell',
    ],
    [
      'Ola Brenn from Harbour Banking Research said few machines were at risk.\n\n' +
        'Currently, he said, most last ten years. "Most banks simply upgrade," he said.',
      'Most banks simply upgrade',
      'Ola Brenn',
    ],
    [
      'Ola Brenn of Save the Children said there were concerns. "Children should not be sent back," she said.',
      'Children should not be sent back',
      'Ola Brenn',
    ],
    [
      'Mara Quell will curate the festival.\n\nThe 58-year-old singer of Because the Night told a newspaper the ' +
        'festival was her answer. "We should salute the best art," she said.',
      'We should salute the best art',
      'Mara Quell',
    ],
  ])('%s', (text, quote, speaker) => {
    expect(quotesOf(text)).toContainEqual([quote, speaker]);
  });
});

describe('lexicon gaps: cue verbs and term markers', () => {
  it.each<[string, Array<[string, string | null]>]>([
    // a speech verb left out of the tables (`lauding` as `praising`)
    [
      'More praise goes to the home side, with Tomas Vell lauding the way in which "Harbour beat them with order".',
      [['Harbour beat them with order', 'Tomas Vell']],
    ],
    ['"Harbour won with order," lauded Ola Brenn.', [['Harbour won with order', 'Ola Brenn']]],
    // a word or term named, not said
    [
      'Although the word "pandemic" refers to spread only, the agency noted the need to act: "All countries can change course."',
      [['All countries can change course.', null]],
    ],
    ['Officials later announced the arrest of a farmer identified only as "P Lee" in the case.', []],
    // a term someone used is theirs to quote: `the term` is no marker
    [
      'During the campaign, Ann Lee, a close aide, coined the term "harbour fever" to describe the rumours.',
      [['harbour fever', 'Ann Lee']],
    ],
  ])('%s', (text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});
