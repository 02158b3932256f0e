import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { article } from './article.js';

const speakersOf = (text: string) => extractQuotes(article(text)).map((q) => q.attribution.name);

describe('subject shapes: the person, not a name inside a modifier or an object', () => {
  it.each<[string, string]>([
    // `<Name> of the <hyphenated> <Org>` before the verb: the person stands before `of`
    [
      'The debate was tense.\n\nAfter the vote, columnist Jo Lee of the pro-harbour Daily Ledger imagined the mayor was thinking: "What have I done?"',
      'Jo Lee',
    ],
    // a role noun after a name makes the name a modifier: `former Dover speechwriter Ann Roe`
    [
      'The debate was tense.\n\nFormer Dover speechwriter Ann Roe published a column on the bridge, a "costly and needless mistake."',
      'Ann Roe',
    ],
    // `a blunt message to <Name>:` — the name after the preposition is the object
    [
      'The debate was tense.\n\nCouncil leader Ann Roe, R-Dover, delivered a blunt message to Tom Besk: "It is time to stop attacking people."',
      'Ann Roe',
    ],
    // no comma before the cue: the last comma segment is the subject, not an appositive
    [
      'The debate was tense.\n\n"Turnout will be low." Or maybe the harbour vote, party strategist Ann Roe says. "Several polls suggest a late swing."',
      'Ann Roe',
    ],
    // `<Name>'s response was:`
    [
      'The debate was tense.\n\nAfter the vote on the tolls, Ann Roe\'s response was: "Is the bridge open on Sundays?"',
      'Ann Roe',
    ],
  ])('%s', (text, name) => {
    expect(speakersOf(text).slice(-1)).toEqual([name]);
  });
});

describe('`according to` takes its source from the right only', () => {
  it('"Is the shop open on Sundays?" The shop sells leather goods and glass, according to its website.', () => {
    expect(
      speakersOf(
        'The debate was tense.\n\nAnn Roe wrote to her aide: "Is Dover Glass open on Sundays?" Dover Glass sells leather goods and crystal, according to its website.',
      ),
    ).toEqual(['Ann Roe']);
  });
});

describe('participles of speech verbs and `reacted` are cues; a sentence-opening preposition is no name', () => {
  it.each<[string, Array<string | null>]>([
    [
      'The debate was tense.\n\nAt a rally in Dover on Saturday, some fans pushed a protester, with Tom Besk reportedly yelling: "Get him out of here!"',
      ['Tom Besk'],
    ],
    ['The debate was tense.\n\n"The mayor spoke about the port. Was he serious?" reacted Tom Besk.', ['Tom Besk']],
    ['The debate was tense.\n\nAcross town, "shouting from the rooftops" for the harbour plan, is Tom Besk.', [null]],
  ])('%s', (text, names) => {
    expect(speakersOf(text)).toEqual(names);
  });
});

describe('a possessive name owning a noun of speech speaks: `Lee\'s claim that the mayor "sold the harbour"`', () => {
  it.each<[string, Array<string | null>]>([
    [
      'The debate was tense.\n\nThe council has spent weeks on Tom Besk\'s claim that the mayor "sold the harbour."',
      ['Tom Besk'],
    ],
    ['The debate was tense.\n\nAt midnight, Ann Roe\'s campaign slogan was "Roe for the harbour."', ['Ann Roe']],
    // a speech cue after the possessive phrase speaks instead
    [
      'The debate was tense.\n\nAfter Tom Besk\'s claim about the port, Ann Roe said the mayor "sold the harbour."',
      ['Ann Roe'],
    ],
  ])('%s', (text, names) => {
    expect(speakersOf(text)).toEqual(names);
  });
});

describe('a fronted `As <Name> <verb>,` clause names the source of the quotation after it', () => {
  it.each<[string, string]>([
    [
      'The debate was tense.\n\nAs the Harbour Boys sang back in 1985, "They will take the boats and leave the nets."',
      'Harbour Boys',
    ],
    ['The debate was tense.\n\nAs Ann Roe once observed, "The port is the town."', 'Ann Roe'],
  ])('%s', (text, name) => {
    expect(speakersOf(text)).toEqual([name]);
  });
});

describe('an appositive between the subject and its verb may hold a quoted title or be set off by dashes', () => {
  it.each<[string, string | null, string]>([
    // `<Name>, star of “<Title>,” <verb>`: the comma closing the appositive stands inside the closing mark;
    // the verb (`thanked`) is no speech cue, so the sentence's subject is the speaker
    [
      'The vote was close.\n\nWilma Hart, star of the show “Harbour Nights,” thanked the mayor for “taking these steps to keep us safe.”',
      'Wilma Hart',
      'subject-of-quote-sentence',
    ],
    [
      "The vote was close.\n\nWilma Hart, star of the show ''Harbour Nights,'' thanked the mayor for ''taking these steps to keep us safe.''",
      'Wilma Hart',
      'subject-of-quote-sentence',
    ],
    // `<Name> — <appositive> — told …, that “…”`
    [
      'The vote was close. Tom Gorman won.\n\nOn Friday, Gorman — named by the Ledger as the likely pick for the post — told a radio host that “you have to look at it seriously.”',
      'Tom Gorman',
      'subject-of-quote-sentence',
    ],
    // … but an appositive never runs over a sentence end into the next quotation: `…, Woods shared her view.
    // ⏎ “The way I see it,” she said` — `Convention` is no subject with `Woods shared …` as its appositive
    [
      'The vote was close.\n\nAsked about the speech at the Harbour Party Convention, Ann Woods shared her view on it.\n\n“The way I see it,” she said, “nobody lost.”',
      'Ann Woods',
      'split-quote-between',
    ],
  ])('%s', (text, name, reason) => {
    const last = extractQuotes(article(text)).slice(-1)[0]!;
    expect([last.attribution.name, last.attribution.reason]).toEqual([name, reason]);
  });
});

describe('an adverb may stand between the subject and its verb', () => {
  // candidates: `joked` and `addressed` have no subject right before them (`… accent and joked`), so the
  // cue rules find none; the sentence's subject (`He`, `She`, past `then`) is the speaker, resolved to
  // the person of the sentence before
  it.each<[string, string]>([
    ['Tom Bell spoke for an hour. He then adopted a fake accent and joked, “I will be back.”', 'Tom Bell'],
    ['Ann Roe spoke next. She then addressed the crowd again: “Here is what I regret.”', 'Ann Roe'],
    ['Ann Roe spoke next. Roe quietly thanked the crowd for “staying so late in the rain.”', 'Ann Roe'],
  ])('%s', (text, name) => {
    const last = extractQuotes(article(`The vote was close.\n\n${text}`)).slice(-1)[0]!;
    expect([last.attribution.name, last.attribution.reason]).toEqual([name, 'subject-of-quote-sentence']);
  });
});
