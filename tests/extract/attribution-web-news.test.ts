/**
 * Attribution failure classes seen on modern web news (wire-style world news, 2019–2020), each with
 * invented sentences: the person beside an organisation speaks, not the organisation; a passive cue names
 * its speaker after `by`; a cue inside a dashed aside belongs to the aside; a longer attribution sentence
 * after a quotation that closes its own; events, laws and lone role words are no speakers.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { typeByName } from '../../src/extract/entities.js';
import { readSubjectLeft } from '../../src/extract/cues.js';
import { splitName } from '../../src/extract/mentions.js';
import { article } from './article.js';

const speakersOf = (text: string) =>
  extractQuotes(article(`The news came late.\n\n${text}`)).map((q) => q.attribution.name);

describe('the person named beside an organisation speaks, not the organisation', () => {
  it.each<[string, string]>([
    // an opening adverbial names the outlet spoken to
    [
      'Speaking to the Daily Ledger, the president of the Harbour League, Jon Marsh, said, "We are for the plan."',
      'Jon Marsh',
    ],
    ['Speaking to Harbour Radio, a local farmer Ann Tully said, "We have no water."', 'Ann Tully'],
    [
      'In an interview with Harbour Weekly, the chair of the Dock Union, Pia Sands, said: "The deal is done."',
      'Pia Sands',
    ],
    // lower-case words describe the body after `of`
    ['Ivo Tesh of the residents\' group Harbour Watch said, "The church should act first."', 'Ivo Tesh'],
    ['Ivo Tesh of worldwide victim group Clean Harbours said, "The church should act first."', 'Ivo Tesh'],
    // a second affiliation joined by `and`
    [
      'Mira Dalton of Eastbrook University and contributor to Harbour Weekly wrote, "A single council could decide."',
      'Mira Dalton',
    ],
    // a role of a body too long for a short description, then the name in commas
    [
      'The then-manager of the Harbour Club and Director of Eastbrook Tourism, Tom Clay, called it "a step back".',
      'Tom Clay',
    ],
  ])('%s', (text, name) => {
    expect(speakersOf(text)).toEqual([name]);
  });
});

describe('a passive cue names its speaker after `by`', () => {
  it.each<[string, string]>([
    ['The bridge was described by the Harbour Bulletin as "rather hectic and confused".', 'Harbour Bulletin'],
    ['Lee has been described by the Daily Ledger as a "harbour whisperer".', 'Daily Ledger'],
    [
      'In a meeting he was told by Port Minister Ivan Dorn of "perhaps forty people under the rubble", while others said more were missing.',
      'Ivan Dorn',
    ],
  ])('%s', (text, name) => {
    expect(speakersOf(text)).toEqual([name]);
  });
  it('a passive far from the quotation, across a semicolon, is not its cue', () => {
    expect(
      speakersOf(
        'Ann Roe was loudly booed on stage; was denounced by the head of the Harbour Council; and declared that the tax "works."',
      ),
    ).toEqual(['Ann Roe']);
  });
});

describe('a cue inside a dashed aside belongs to the aside', () => {
  it('Reed commented — which the Ledger noted as unusual — "…"', () => {
    expect(
      speakersOf(
        'Port chief Sam Reed commented on the plan — which the Daily Ledger noted as unusual — "It is plain that the purpose is to stop the debate."',
      ),
    ).toEqual(['Sam Reed']);
  });
});

describe('after a quotation that closes its own sentence, a name, a cue, a recipient and adverbials attribute it', () => {
  it.each<[string, string | null]>([
    ['"Our house is burning. Let us talk in two days!" Jo Lee told the world on Thursday via Twitter.', 'Jo Lee'],
    ['"We won." Ann Roe told reporters in Harbour on Tuesday after the vote.', 'Ann Roe'],
  ])('%s', (text, name) => {
    expect(speakersOf(text)).toEqual([name]);
  });
  it('a sentence with an object of its own is no attribution: "We won." Jo Lee wrote a letter to the council about it.', () => {
    expect(
      speakersOf('"We won the vote by a mile." Mayor Jo Lee wrote a letter to the council about the plan.'),
    ).toEqual([null]);
  });
});

describe('`characterized as`, `labelled`, `branded`: verbs of calling are cues', () => {
  it.each<[string, string]>([
    [
      'The Eastland Foreign Ministry characterized the raid as "a serious violation of our borders".',
      'Eastland Foreign Ministry',
    ],
    ['The Harbour Times labelled the vote "a day of shame".', 'Harbour Times'],
  ])('%s', (text, name) => {
    expect(speakersOf(text)).toEqual([name]);
  });
});

describe('events, laws, prizes, place abbreviations and lone role words are no speakers', () => {
  it.each<[string, string | null]>([
    ['Hurricane Lorenzo', 'other'],
    ['Tropical Storm Barry', 'other'],
    ['Harbour Life Protection Act', 'other'],
    ['Nobel Prize', 'other'],
    ['Yahoo Games', null],
    ['Protestants', 'other'],
    ['D.C.', 'place'],
    ['MP', 'other'],
    // names the rules leave alone
    ['Jo Lee', null],
    ['Bill Marsh', 'person'],
    ['Harbour Council', 'organisation'],
  ])('%s → %s', (name, type) => {
    expect(typeByName(name)).toBe(type);
  });
  it.each<[string, string | null]>([
    ['Hurricane Lorenzo reached the coast on Saturday. "The storm will bring high waves", read the warning.', null],
    [
      'Jo Lee visited the club outside Harbour City, D.C. saying, "The simple fact is this race is far from over."',
      'Jo Lee',
    ],
    ['Not everyone agreed. One MP told the Ledger, "We know that some would like to have another go."', null],
    // … even when the article writes the role beside a name elsewhere (`Labour MP (…) Tom Wade`)
    [
      'Among the speakers were Labour MP (Member of Parliament) Tom Wade and Ann Roe.\n\nNot everyone agreed. One MP told the Ledger, "We know that some would like to have another go."',
      null,
    ],
  ])('%s', (text, name) => {
    expect(speakersOf(text)).toEqual([name]);
  });
});

describe('a document that reads the words speaks for its named owner', () => {
  it.each<[string, Array<string | null>]>([
    [
      'On Friday, Judge Ann Roe ruled against the port.\n\n"While old rules may have justified past limits," reads Judge Roe\'s statement, "the harbour is now open to all."',
      ['Ann Roe', 'Ann Roe'],
    ],
    [
      'Bishop Tom Hale signed a new law on Thursday.\n\nThe decree signed by the bishop read "The crimes offend the whole community and must be reported."',
      ['Tom Hale'],
    ],
    [
      'The Harbour Tennis Federation released a statement on the arrest, which read, "We have always condemned any form of violence."',
      ['Harbour Tennis Federation'],
    ],
    [
      'The GTF released a statement which read, in part, "This judgment raises critical questions about speech."',
      ['GTF'],
    ],
  ])('%s', (text, names) => {
    expect(speakersOf(text)).toEqual(names);
  });
  it('a document with no named owner speaks for no one: The leaflet read "…"', () => {
    expect(speakersOf('The leaflet read "Vote for the harbour plan on Sunday and save the quay."')).toEqual([null]);
  });
});

describe('clauses and sentences around the speaker', () => {
  it.each<[string, Array<string | null>]>([
    // `by NAME who said`: a relative clause without its comma
    [
      'The bill was drafted by Alex Greer who said on the floor, "It follows decades of work from campaigners".',
      ['Alex Greer'],
    ],
    // a period before a lower-case word ends no sentence (`Ph.D.`, `a.m.`)
    [
      'Lead author Dan Pala, a Ph.D. candidate at the University of Eastbrook, said, "Superficially, frogs may look alike."',
      ['Dan Pala'],
    ],
    // a cue after `while` opens a clause of its own: the earlier cue speaks for both quotations
    [
      'Ida Marr said the victims were "joyful girls starting out in life" in an "appalling tragedy" while Minister Jo Brud wrote he had ordered checks.',
      ['Ida Marr', 'Ida Marr'],
    ],
  ])('%s', (text, names) => {
    expect(speakersOf(text)).toEqual(names);
  });
});

describe('a sentence adverb opening the sentence is no name with an appositive after it', () => {
  it.each<[string, string]>([
    ['Additionally, businessman and Harbour loyalist Stephen Marsh ', 'Stephen Marsh'],
    ['Ironically, retired banker and Harbour donor Ann Vell ', 'Ann Vell'],
  ])('%s', (left, name) => {
    expect(readSubjectLeft(left, 0, left.length)?.text).toBe(name);
  });
});

describe('a role, an age or a body glued before a name is no part of the name', () => {
  it.each<[string, string]>([
    ['Voter Kitty Mak told the Ledger, "Today we are trying to do the best we can for the harbour."', 'Kitty Mak'],
    ['"I thought we had hit the side of the tunnel," Fourteen-year-old Zoe said.', 'Zoe'],
    ['Earlier, HPA Administrator Jim Bell said, "We are go for launch."', 'Jim Bell'],
    ['Co-developer Jing Wang recounted, "When we put that coating on a toilet, nothing sticks to it."', 'Jing Wang'],
    [
      'Newly elected Assemblywoman Selena Ortiz said, "It is really exciting to be part of this majority."',
      'Selena Ortiz',
    ],
    // a job word of the titles' list (`Chef`, `Whip`), capitalised before a given name and a surname
    ['Chef Jo Lee said: "The menu changes every week from now on."', 'Jo Lee'],
    ['"The menu changes every week from now on," said Chef Jo Lee.', 'Jo Lee'],
    ['Minority Whip Tom Baker told reporters: "We do not have the votes yet."', 'Tom Baker'],
    // the last word of an award's name before the winner's (`… of the Year Jo Lee`)
    ['The voters named Player of the Year Ann Roe, who said: "The whole team won it."', 'Ann Roe'],
  ])('%s', (text, name) => {
    expect(speakersOf(text)).toEqual([name]);
  });
  it.each<[string, string]>([
    // bodies whose names open with a role word keep them
    ['Student Loan Company', 'Student Loan Company'],
    ['Fellow Travellers Club', 'Fellow Travellers Club'],
    ['Martin Luther King', 'Martin Luther King'],
    // an organisation's word before `of` opens a body's whole name; a place's word does not
    ['Ministry of Harbours', 'Ministry of Harbours'],
    ['The Bank of Eastland.', 'Bank of Eastland'],
    ['Council for Harbour Trade', 'Council for Harbour Trade'],
    // lower-case particles inside and opening a name
    ['Ursula von der Brook', 'Ursula von der Brook'],
    ['de Marrow', 'de Marrow'],
  ])('%s stays whole', (raw, name) => {
    expect(splitName(raw)?.name).toBe(name);
  });
});

describe('a name after `by` with an appositive and `who said` is the speaker', () => {
  it('The study was led by Mark Hale, a marine ecologist at the institute, who said "…"', () => {
    expect(
      speakersOf(
        'The study was led by Mark Hale, a marine ecologist and professor at HIT, who said "There is a lot of argument now."',
      ),
    ).toEqual(['Mark Hale']);
  });
});

describe('a one-word name whose fullest form in the article is an event speaks for nobody', () => {
  it('Tomas, after `Hurricane Tomas`', () => {
    expect(
      speakersOf(
        'Today, as Hurricane Tomas hit the islands, the weather service issued alerts.\n\nThough Tomas was forecast to weaken to a storm, gusts were forecast to reach 80 mph. "The storm will produce significant swell and high waves", read the warning.',
      ),
    ).toEqual([null]);
  });
});

describe('`according to` a document by someone: the author is the source', () => {
  it.each<[string, string | null]>([
    [
      'According to a memo posted online by Senator Ann Roe, the council cancelled its hearing because the mayor did "not recognize the authority of the council".',
      'Ann Roe',
    ],
    ['"The airline carries weapons across the region," according to a tweet on Monday by Jo Pym.', 'Jo Pym'],
    // guards: an outlet after `by`, and a plain source
    ['According to a report by the Harbour Ledger, the plan was "dead on arrival".', 'Harbour Ledger'],
    ['According to Ann Roe, the plan was "dead on arrival".', 'Ann Roe'],
  ])('%s', (text, name) => {
    expect(speakersOf(text)).toEqual([name]);
  });
});
