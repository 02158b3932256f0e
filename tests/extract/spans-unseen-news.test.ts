/**
 * Quotation spans on news from outlets the project has not seen: page furniture set between the paragraphs
 * of a quotation, a thin space between a nested closing mark and the outer one, and single-quoted phrases
 * whose first closing mark looks like a plural possessive.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { findQuoteSpans } from '../../src/extract/quote-spans.js';
import { underHeadline } from './article.js';

const pieces = (text: string): string[][] =>
  findQuoteSpans(text).map((q) => q.pieces.map((p) => text.slice(p.start, p.end)));

describe('a furniture line is never inside a quotation', () => {
  it.each<[string, string, string[][]]>([
    [
      'an ad slot between two paragraphs of one quotation',
      '"We will rebuild the harbour.\n\nStory continues below advertisement\n\n"The work starts in May," Jo Lee said.',
      [['We will rebuild the harbour.', 'The work starts in May']],
    ],
    [
      'an ad slot in the middle of a sentence of a quotation',
      '"We will rebuild the\n\nArticle continues below\n\nharbour by May," Jo Lee said.',
      [['We will rebuild the', 'harbour by May']],
    ],
    [
      'an unclosed quotation ends before an ad slot followed by narration',
      '"We will rebuild the harbour.\n\nAdvertisement\n\nThe council met on Monday.',
      [['We will rebuild the harbour.']],
    ],
    [
      'a clip teaser with a quoted title opens no quotation',
      "Jo Lee spoke on Monday.\n\nWATCH: 'We will rebuild,' says mayor\n\nThe work starts in May.",
      [],
    ],
    [
      'a story teaser with a quoted phrase opens no quotation',
      'Jo Lee spoke on Monday.\n\nRELATED: Mayor sees “no delay” on harbour\n\n“The work starts in May,” she said.',
      [['The work starts in May']],
    ],
    [
      'the label word opening a sentence of the article is no furniture',
      'Watch the harbour, Jo Lee said: "We will rebuild it."',
      [['We will rebuild it.']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  it.each([
    'Advertisement',
    'Advert',
    'Sponsored content',
    'Story continues below advertisement',
    'Article continues below',
    'Continue reading below',
    'WATCH: Mayor tours the pier',
    'Watch live: the council vote',
    'RELATED: Ferry fares to rise',
    'Related stories: Pier closed',
    'READ MORE: Harbour plan approved',
    'Also read: Harbour plan approved',
    'MORE: Harbour plan approved',
    'LISTEN: The mayor on the pier',
    'VIDEO | The mayor on the pier',
  ])('a quotation runs past the line %s', (line) => {
    expect(pieces(`"We will rebuild the\n\n${line}\n\nharbour by May," Jo Lee said.`)).toEqual([
      ['We will rebuild the', 'harbour by May'],
    ]);
  });

  it('the quotation read across an ad slot keeps its speaker and its words', () => {
    const qs = extractQuotes(
      underHeadline('"We will rebuild the\n\nStory continues below advertisement\n\nharbour by May," Jo Lee said.'),
    );
    expect(qs.map((q) => [q.text, q.attribution.name])).toEqual([['We will rebuild the harbour by May', 'Jo Lee']]);
  });
});

describe('a thin space before the outer closing mark', () => {
  it.each<[string, string[][]]>([
    [
      'Ana Roe said the deck shook and "it felt like \'will we sink?\'\u2009".\n\nThe ferry docked at noon.',
      [["it felt like 'will we sink?'"]],
    ],
    ['"Ask them \'why now?\'\u2009" Ana Roe said. "Nobody has."', [["Ask them 'why now?'"], ['Nobody has.']]],
  ])('%s', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });
});

describe('a single quotation closes before the next one opens', () => {
  it.each<[string, string[][]]>([
    ['Ivo Roe urged the town to ‘turn away’ from ‘boasters’ and ‘cheats’.', [['turn away'], ['boasters'], ['cheats']]],
    ["Ivo Roe urged the town to 'turn away' from 'boasters' and 'cheats'.", [['turn away'], ['boasters'], ['cheats']]],
    [
      'Mayor Urges Town to ‘Turn Away’ From ‘Boasters’ and ‘Cheats’ Like Lee',
      [['Turn Away'], ['Boasters'], ['Cheats']],
    ],
    // a plural possessive inside a quotation still does not close it
    [
      "Ivo Roe said: 'The voters' anger is real, and it will grow.'",
      [["The voters' anger is real, and it will grow."]],
    ],
  ])('%s', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });
});

describe('a quotation whose closing mark is lost does not run on over the narration after it', () => {
  it.each<[string, string, string[][]]>([
    [
      'narration after the last sentence in the first person',
      'Ivo Roe said: "I will give my prize money to the appeal. Four other players have pledged theirs. The fund opens on Monday.\n\nThe final is on Sunday.',
      [['I will give my prize money to the appeal.']],
    ],
    [
      'a reporting sentence after the quotation (a new quotation opens after it)',
      'Ana Lee said: "We waited a year for one record. She added: "The album comes out in May."',
      [['We waited a year for one record.'], ['The album comes out in May.']],
    ],
    [
      'no sentence in the first person: cut before the first that reports speech',
      'Lee said waiting times were "only a part of the plan. Dr Roe, the new minister, said staff wanted calm.\n',
      [['only a part of the plan.']],
    ],
    [
      'closed by a single mark typed for the double one, before the narration',
      'Roe tweeted: “Let’s go. We can win.’ Roe was at the town hall on Tuesday.\n\nThe vote is in May.',
      [['Let’s go. We can win.']],
    ],
    [
      'every sentence kept when the last one is in the first person',
      '"Nothing can stop this. I know I can come back.\n\nThe race is in June.',
      [['Nothing can stop this. I know I can come back.']],
    ],
    [
      'every sentence kept when none is in the first person and none reports speech',
      'The ministry said: "This is a strike about pay. It is not about local issues.\n',
      [['This is a strike about pay. It is not about local issues.']],
    ],
    [
      'a closed quotation is never cut',
      'Ivo Roe said: "I will give my prize money to the appeal. Four other players have pledged theirs."',
      [['I will give my prize money to the appeal. Four other players have pledged theirs.']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });
});

describe('a line broken in the middle of a sentence does not end the quotation', () => {
  it.each<[string, string, string[][]]>([
    [
      'words set apart on lines of their own',
      'He said: "The role they took was like an\n\nagent provocateur\n\nand perhaps worse." The inquiry goes on.',
      [['The role they took was like an', 'agent provocateur', 'and perhaps worse.']],
    ],
    [
      'a break after a comma',
      '"We will rebuild the harbour,\n\nand the pier too," Jo Lee said.',
      [['We will rebuild the harbour,', 'and the pier too']],
    ],
    [
      'a paragraph that opens upper-case after an unfinished one is not joined to it',
      '"We will rebuild the\n\nThe council met on Monday. "It is done," Jo Lee said.',
      [['We will rebuild the'], ['It is done']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  it('the whole quotation keeps its words and speaker', () => {
    const qs = extractQuotes(
      underHeadline('"He wanted to look like a leader. I\n\nwas\n\nthe leader and I wanted a fight," says Jo Lee.'),
    );
    expect(qs.map((q) => [q.text, q.attribution.name])).toEqual([
      ['He wanted to look like a leader. I was the leader and I wanted a fight', 'Jo Lee'],
    ]);
  });
});
