import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

// Error classes of a hand-judged sample of `certain` wild pieces (twenty-third session): a quotation inside a
// reported account given to the outer cue's subject, `went on to <verb>` read as speech, a document's title as a
// speaker; and from the open list: an unnamed answer (`came the response`) and a plea (`implored`) given to the
// speaker before, `said A and B` given to B alone. All sentences invented.

const speakers = (body: string) => extractQuotes(underHeadline(body)).map((q) => q.attribution.name);

describe('a quotation inside a reported account is the inner agent’s (or no one’s), not the outer cue’s subject’s', () => {
  it.each<[string, Array<string | null>]>([
    [
      'The film did well. His friend Ann Roe told the magazine that the director realised the star had warmed to the role when he grew a beard and asked: "How do I look?" The film was a hit.',
      [null],
    ],
    [
      'The study is out. Former minister Ann Roe remembered how one of her male colleagues called all women "Betty".',
      [null],
    ],
    [
      'The vote is on Friday. Jo Lee told the paper that the crowd cheered when Ann Roe took the stage and asked: "Are you ready?"',
      ['Ann Roe'],
    ],
    // the outer subject's own words stay hers: a coordinated cue of the main clause, a named inner subject
    ['The vote is on Friday. Jo Lee told reporters that the plan was fine and added: "We will win."', ['Jo Lee']],
    ['The vote is on Friday. Jo Lee recalled how Ann Roe called the plan "a disaster".', ['Ann Roe']],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('`went on to` and a verb of no speech is no cue; a label after `become` is no one’s words', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Ann Roe will stand down. One of the few ministers to serve under Jim Hale, she ran farming. Ms Roe went on to become Jo Lee\'s "cabinet enforcer". She has held the seat since 1970.',
      [],
    ],
    ['The vote is on Friday. Jo Lee went on to say the plan was "a disaster".', ['Jo Lee']],
    ['The vote is on Friday. Jo Lee went on: "It is a bad plan."', ['Jo Lee']],
    ['The vote is on Friday. Jo Lee went on to describe the plan as "a disaster".', ['Jo Lee']],
    ['The vote is on Friday. Jo Lee went on to sharply fault the plan, saying it was "a disaster".', ['Jo Lee']],
    [
      'The vote is on Friday. Part of Judge Jo Lee\'s ruling reads "the plan is sound." She went on to cite an older case.',
      ['Jo Lee'],
    ],
    // another clause's `become` labels nothing: the subject's word
    [
      'The vote is on Friday. Mr Lee picks up the theme, pointing out there are issues to iron out before we become "cyborgian".',
      ['Lee'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('a document’s title is no speaker: its author body speaks when the article says whose it is', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Most regions grew, the Harbour Reserve said in its latest Amber Book report. Spending was up. "Labour markets firmed in a number of districts," the Amber Book said.',
      ['Harbour Reserve'],
    ],
    [
      'Most regions grew. Spending was up. "Labour markets firmed in a number of districts," the Amber Book said.',
      [null],
    ],
    ['The plans are out. "Every school will get a grant," the Harbour Manifesto says.', [null]],
    // a body or outlet named `Report` still speaks
    ['The plans are out. "Every school will get a grant," the Harbour Report said.', ['Harbour Report']],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('unusual cues: an unnamed answer and a plea', () => {
  it.each<[string, Array<string | null>]>([
    [
      'The show ran late. Jo Lee told the producer: "We are going home." "Oh no, do not do anything," came the response. "Imagine the orchestra," Lee said.',
      ['Jo Lee', null, 'Jo Lee'],
    ],
    [
      'The show ran late. Jo Lee told the producer: "We are going home." "Oh no, do not do anything," came the swift reply from Ann Roe.',
      ['Jo Lee', 'Ann Roe'],
    ],
    [
      'The debate was lively. Jo Lee said: "Why do you want it?" "Don\'t you care about the forests?", implored guitar-toting campaigner Barry Lim.',
      ['Jo Lee', 'Barry Lim'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('two named speakers after one inverted cue speak together: neither alone', () => {
  it.each<[string, Array<string | null>]>([
    ['The study is out. "People can learn to move a cursor," said Jo Lee and Ann Roe. The team is large.', [null]],
    ['The study is out. "It works," said Mr Lee and Ms Roe.', [null]],
    // a name after an `and` that closes another clause speaks alone; an `and` inside a title or a body's name joins
    // no two speakers
    ['The clubs met the Harbour FA on Monday and Lee added: "We are happy."', ['Lee']],
    ['The index fell. "It is a mild dip," said Trade and Industry Secretary Jo Lee.', ['Jo Lee']],
    ['The plan was backed by Culture, Media and Sport Secretary Ann Roe, who said: "It is fair."', ['Ann Roe']],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});
