import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

/** The last quotation's speaker as `[name, kind]`. */
function lastSpeaker(body: string): [string | null, string | null] {
  const quotes = extractQuotes(article(body));
  const a = quotes[quotes.length - 1]!.attribution;
  return [a.name, a.kind];
}

// Issue #11, eighteenth session: description speakers that went to a wrong name (or to a name that is none).
describe('`the institute said`: the noun alone, capitalised, is the body named in full or no name', () => {
  it('The Harbour Film Institute (HFI) … The Institute also cited … The institute concluded', () => {
    const body =
      'The Harbour Film Institute (HFI) hailed the film. The Institute also cited the death of an actor.\n\nThe institute concluded the threat was "real".';
    expect(lastSpeaker(body)).toEqual(['Harbour Film Institute', 'nominal']);
  });
  it('Committee chairman Jo Lee said … The committee said (no committee named)', () => {
    const body =
      'The Harbour affairs committee met. Committee chairman Jo Lee said drugs were used.\n\nThe committee said the plans were "flawed".';
    expect(lastSpeaker(body)).toEqual([null, 'nominal']);
  });
});

describe('a word of a past participle opening a sentence is no body', () => {
  it('Increased resources were needed, the report said. … The committee also highlighted', () => {
    const body =
      'Deaths rose, a committee of MPs has warned.\n\nIncreased resources were needed to address the issue, the report said. Committee chairman Jo Lee spoke.\n\nThe committee also highlighted "deeply worrying" failures.';
    expect(lastSpeaker(body)).toEqual([null, 'nominal']);
  });
});

describe("an office's description is not a person the article gives another office", () => {
  it('Harbour mayor Mr Lindqvist … Later the prime minister said', () => {
    const body =
      'Harbour mayor Mr Lindqvist says he is "standing by" his remarks. But the prime minister says it is time for Mr Lindqvist to say sorry.\n\nMr Lindqvist has said his comments were not racist. Later the prime minister said: "A lot of us get angry."';
    expect(lastSpeaker(body)).toEqual([null, 'nominal']);
  });
  it("The Lib Dems accused … the prime minister hailed (a given name's shape after `The` is a body)", () => {
    const body =
      'Harbour Council met. The Lib Dems accused Mr Brown of ducking the issue.\n\nAppearing together at a launch, the prime minister hailed his chancellor\'s "brilliant" performance.';
    expect(lastSpeaker(body)[0]).not.toBe('Lib Dems');
  });
});

describe('one unnamed member of a party, a faith or a nation: nobody by name', () => {
  it.each<string>([
    'Polls closed.\n\n"The gap is too wide," said a Nevada Democrat. "She needs more."\n\n"She is too far behind," said an Iowa Democrat.',
    'Polls closed.\n\n"The gap is too wide," said one Harbour Republican.',
    'Polls closed.\n\n"It was cruel," said an Upper Kestrel Conservative.',
  ])('%s', (body) => {
    expect(lastSpeaker(body)).toEqual([null, 'nominal']);
  });
  it('an angry Hollande retaliated (an adjective before a name: the name)', () => {
    expect(lastSpeaker('Lee Hollande spoke.\n\n"It is over," an angry Hollande retaliated.')[0]).toBe('Lee Hollande');
  });
});

describe("a body's person with a surname of two capitals", () => {
  it("The Harbour Post's Ed O'Keefe explained", () => {
    expect(lastSpeaker('Polls closed.\n\nThe Harbour Post\'s Ed O\'Keefe explained: "It is over."')).toEqual([
      "Ed O'Keefe",
      'named',
    ]);
  });
});

describe("a `him` in the description's own clause is someone else than the description", () => {
  it('Doherty had to be home by midnight. On Monday, the judge agreed to allow him to perform …', () => {
    const body =
      'Singer Tom Doherty faced charges. Doherty had to be home by midnight.\n\nOn Monday, the judge agreed to allow him to perform on condition that requests were "not too regular".';
    expect(lastSpeaker(body)).toEqual([null, 'nominal']);
  });
  it('Judge Tom Barr … the judge agreed to allow him … (a man the article calls by the noun stays)', () => {
    const body =
      'Judge Tom Barr heard the case against Jo Lee.\n\nOn Monday, the judge agreed to allow him to perform on condition that requests were "not too regular".';
    expect(lastSpeaker(body)).toEqual(['Tom Barr', 'nominal']);
  });
});

describe("a document named for a person the article gives a gender is that person's", () => {
  it('former prime minister Wim Kessel … Mr Kessel … the Kessel report said', () => {
    const body =
      'The review was written by former prime minister Wim Kessel. Mr Kessel was asked to look again.\n\n"Lisbon is about everything," the Kessel report said.';
    expect(lastSpeaker(body)).toEqual(['Wim Kessel', 'named']);
  });
  it('the Quayco report said (no person named so): the body', () => {
    const body = 'The Harbour Trust looked again.\n\n"Lisbon is about everything," the Quayco report said.';
    expect(lastSpeaker(body)).toEqual(['Quayco', 'organization']);
  });
});

describe("`The South Yorkshire company`: a place with a point of the compass before a body's noun names no body", () => {
  it('… The company said (the body the sentences are about)', () => {
    const body =
      'Shares in Quayco Coal fell after the mining group reported losses.\n\nThe South Yorkshire company, led by Jo Lee, said it hoped to return to profit. Quayco Coal said it was making progress.\n\nThe company said these actions should "uplift earnings".';
    expect(lastSpeaker(body)).toEqual(['Quayco Coal', 'nominal']);
  });
});

describe("a document brought in since a speaker's sentence is not that speaker's", () => {
  it("an email sent out by Tom Reed … Ann Roe's campaign sent out an email … the email said", () => {
    const body =
      'Polls closed.\n\nA fundraising email sent out by Tom Reed on Tuesday warned of the fight: "There are 14 primaries left."\n\nAnn Roe\'s campaign sent out an email appeal that looked ahead. "We need to make sure Ann comes out on top," the email said.';
    expect(lastSpeaker(body)[0]).not.toBe('Tom Reed');
  });
  it('Tom Reed said in an email … the email said (the same email)', () => {
    const body =
      'Polls closed.\n\nTom Reed said in an email: "There are 14 primaries left."\n\n"We need to make sure we come out on top," the email said.';
    expect(lastSpeaker(body)).toEqual(['Tom Reed', 'nominal']);
  });
});

describe('a name between a possessive pronoun and a noun modifies it: no body spoken of', () => {
  it('regarding her Harbour Street links … the rights group says', () => {
    const body =
      'Polls closed.\n\nAnn Roe accuses Tom Reed of an "artful smear" regarding her Harbour Street links.\n\nJo Lee has been "arbitrarily detained" since 2010, the rights group says.';
    expect(lastSpeaker(body)).toEqual([null, 'nominal']);
  });
});
