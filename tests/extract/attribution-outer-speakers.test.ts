import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { article } from './article.js';

const speakersOf = (text: string) => extractQuotes(article(text)).map((q) => q.attribution.name);

describe('`X said Y called it "…"`: a bare complement clause after a plain speech verb is embedded; X speaks', () => {
  it.each<[string, Array<string | null>]>([
    [
      'The debate was tense.\n\nRep. Ilse Rand said Tom Besk called on members to be "patient and united."',
      ['Ilse Rand'],
    ],
    ['The debate was tense.\n\nMs. Rand said Mr. Besk had promised the port "no new tolls."', ['Rand']],
    // the embedded cue still speaks when the outer verb has no clause after it
    ['The debate was tense.\n\nIlse Rand said on Monday. Tom Besk called the plan "reckless."', ['Tom Besk']],
  ])('%s', (text, names) => {
    expect(speakersOf(text)).toEqual(names);
  });
});

describe('an earlier quotation of the sentence cuts the window: the cue before it speaks for the later one', () => {
  it.each<[string, Array<string | null>]>([
    [
      'The debate was tense.\n\nIlse Rand says her "old friend" Tom Besk ran "a campaign about the future."',
      ['Ilse Rand', 'Ilse Rand'],
    ],
    [
      'The debate was tense.\n\nIlse Rand said that by avoiding the words "harbour tax," the council members are "hiding the bill from voters."',
      ['Ilse Rand', 'Ilse Rand'],
    ],
  ])('%s', (text, names) => {
    expect(speakersOf(text)).toEqual(names);
  });
});

describe('a description naming its referent (`known as`, `named`, `going by the handle`): the name speaks', () => {
  it.each<[string, string]>([
    [
      'The debate was tense.\n\n"There never was a plan," said the harbour chief known as Bob, speaking for the first time.',
      'Bob',
    ],
    ['The debate was tense.\n\n"Nobody listens to us," tweeted a local user going by the handle Ostwind.', 'Ostwind'],
  ])('%s', (text, name) => {
    expect(speakersOf(text)).toEqual([name]);
  });
});

describe('a credit line under a paragraph that is only a quotation names its speaker', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Quotes of the day.\n\n"Move on," Jo Lee said.\n\n"The harbour needs to open now."\n\n-Mayor Ann Roe, speaking after the vote.',
      ['Jo Lee', 'Ann Roe'],
    ],
    ['Quotes of the day.\n\n"We wait and wait."\n\n— Ilse Rand, Dover.', ['Ilse Rand']],
    // a byline under a paragraph of prose credits the article, not the quotation inside it
    ['Quotes of the day.\n\nIlse Rand called the plan "a disgrace."\n\n- Harbour Press.', ['Ilse Rand']],
  ])('%s', (text, names) => {
    expect(speakersOf(text)).toEqual(names);
  });
});

describe('a quotation ending with its own sentence-final mark closes the sentence before the next quotation', () => {
  it('Tom Besk said the port "must stay open." Meanwhile, Ilse Rand backed the deal, though she has "serious doubts."', () => {
    expect(
      speakersOf(
        'The debate was tense.\n\nTom Besk said the port "must stay open." Meanwhile, Ilse Rand backed the deal, though she has "serious doubts."',
      ),
    ).toEqual(['Tom Besk', 'Ilse Rand']);
  });
});

describe('participles: one right after a cue and its comma shares its speaker; an adverb may separate a name from its participle', () => {
  it.each<[string, string]>([
    ['The debate was tense.\n\nTom Besk left early, Ilse Rand said, adding, "He was not interested."', 'Ilse Rand'],
    [
      'The debate was tense.\n\nTom Besk and Ilse Rand want more tolls, with Besk recently promising to "double the fees."',
      'Tom Besk',
    ],
  ])('%s', (text, name) => {
    expect(speakersOf(text)).toEqual([name]);
  });
});

describe('a joint subject of two names: the last name heads it', () => {
  it.each<[string, string]>([
    [
      'The debate was tense.\n\nTom Besk and Ilse Rand issued a statement describing the talks as "a fresh start."',
      'Ilse Rand',
    ],
  ])('%s', (text, name) => {
    expect(speakersOf(text)).toEqual([name]);
  });
});

describe('after a quotation closing its sentence, the next sentence attributes it only when it opens with the speaker and a cue taking no clause', () => {
  it.each<[string, Array<string | null>]>([
    [
      'The debate was tense.\n\nIlse Rand, who chairs the board, labeled the plan "unfit to pass." When Tom Besk was asked about it, Ann Roe said she was "appalled."',
      ['Ilse Rand', 'Ann Roe'],
    ],
    [
      'The debate was tense.\n\nIlse Rand praised the port workers for "their loyal and patient service." Tom Besk said on Monday that he agreed.',
      ['Ilse Rand'],
    ],
    [
      'The debate was tense.\n\n"We will not wait for the council to act." Tom Besk said as he left the hall.',
      ['Tom Besk'],
    ],
    [
      'The debate was tense.\n\n"We will not wait for the council to act." Tom Besk wrote in a letter to the board on Monday.',
      ['Tom Besk'],
    ],
  ])('%s', (text, names) => {
    expect(speakersOf(text)).toEqual(names);
  });
});

describe("`<Name>, who <cue>`: a relative clause's cue speaks for the name it follows", () => {
  it.each<[string, Array<string | null>]>([
    [
      'The debate was tense.\n\nThe idea began with Tom Besk, who claimed on Monday that the port "cannot stay open" but the bridge "can open at once."',
      ['Tom Besk', 'Tom Besk'],
    ],
    [
      'The debate was tense.\n\nThe idea began with Sen. Tom Besk of Ohio, who mused on Monday that the port "cannot stay open."',
      ['Tom Besk'],
    ],
  ])('%s', (text, names) => {
    expect(speakersOf(text)).toEqual(names);
  });
});

describe('a name right before a participle is read within its clause: earlier comma segments are no appositives', () => {
  it('At a Besk rally in Dover, Ohio, on Saturday, fans pushed a protester, with Besk reportedly yelling: “Get him out of here!”', () => {
    expect(
      speakersOf(
        'The debate was tense.\n\nAt a Besk rally in Dover, Ohio, on Saturday, fans pushed a protester, with Besk reportedly yelling: “Get him out of here!” Besk later defended it.',
      ),
    ).toEqual(['Besk']);
  });
});
