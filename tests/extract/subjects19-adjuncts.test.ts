import { describe, expect, it } from 'vitest';
import { cueEndChecks, readSubjectLeft, readSubjectRight } from '../../src/extract/cues.js';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const speakers = (text: string) => extractQuotes(underHeadline(text)).map((q) => q.attribution.name);
const left = (text: string) => readSubjectLeft(text, 0, text.length)?.text ?? null;
const right = (text: string) => readSubjectRight(text, 0, text.length)?.text ?? null;

/** A first speaker, then the sentence under test: a missed subject falls back to the first speaker. */
const BEFORE = 'The charity met on Monday. Minister Tom Vell said the plans were "sound".\n\n';

describe('a date between the subject and its cue: `Peter Lark in July said`', () => {
  it.each<string>([
    'But charity founder Peter Lark in July said he was tired of hearing "waffle" from ministers.',
    'Peter Lark in early July said he was tired of hearing "waffle" from ministers.',
    'Peter Lark on 4 July said he was tired of hearing "waffle" from ministers.',
    'Peter Lark on July 4, 2019 said he was tired of hearing "waffle" from ministers.',
    'Peter Lark in 2019 told reporters he was tired of hearing "waffle" from ministers.',
    'Peter Lark last July said he was tired of hearing "waffle" from ministers.',
    '"We are tired of hearing waffle," Peter Lark in July said.',
  ])('%s', (sentence) => {
    expect(speakers(BEFORE + sentence)).toEqual(['Tom Vell', 'Peter Lark']);
  });

  it.each<[string, string | null]>([
    ['Peter Lark in July', 'Peter Lark'],
    ['Ann Roe on 12th March', 'Ann Roe'],
    ['the director in mid-2020', 'the director'],
    // a name that ends in a day's word is no date (`Today` capitalised)
    ['Harbour Today', 'Harbour Today'],
    // no channel: `told Harbour TV in a video posted …`, the cue a participle of the channel's noun
    ['the founder told Harbour TV in a video', 'a video'],
    // inside a relative clause the name is the clause's object: no adjunct is skipped to reach it
    ['Voters who back Peter Lark in July', 'July'],
  ])('readSubjectLeft(%j) → %j', (text, subject) => {
    expect(left(text)).toBe(subject);
  });

  it('the end check says "may" whenever the pattern matches', () => {
    const { dateAdjunct, DATE_ADJUNCT } = cueEndChecks;
    const ends = [
      'Jo Lee in July',
      'Jo Lee in Sept.',
      'Jo Lee on 4 July 2019 ',
      'Jo Lee on July 4th',
      'Jo Lee in 2019',
      'Jo Lee last weekend',
      'Jo Lee at the weekend',
      'Jo Lee yesterday',
      'Jo Lee in the summer of 2019',
      'Jo Lee in a video',
      'Jo Lee in Moscow',
      'Jo Lee',
      'the team in',
    ];
    let matched = 0;
    for (const s of ends) {
      if (DATE_ADJUNCT.test(s)) {
        matched++;
        expect(dateAdjunct(s), s).toBe(true);
      }
    }
    expect(matched).toBe(9);
    expect(dateAdjunct('Jo Lee in Moscow')).toBe(false);
  });
});

describe('a place between a person’s name and the cue: `Peter Lark in Moscow says`', () => {
  it.each<string>([
    'Peter Lark in Moscow says he was tired of hearing "waffle" from ministers.',
    'Peter Lark in the Commons said he was tired of hearing "waffle" from ministers.',
  ])('%s', (sentence) => {
    expect(speakers(BEFORE + sentence)).toEqual(['Tom Vell', 'Peter Lark']);
  });

  it.each<[string, string | null]>([
    ['Sen. Ann Roe in Ohio', 'Sen. Ann Roe'],
    // not after a body's word: `the Church in Wales` is one name
    ['The Church in Wales', 'The Church in Wales'],
    // not inside a relative clause
    ['Voters who back Peter Lark in Ohio', 'Ohio'],
  ])('readSubjectLeft(%j) → %j', (text, subject) => {
    expect(left(text)).toBe(subject);
  });
});

describe('long lower-case descriptors before a name in apposition: `co-author, civil and marine engineering professor Jack Brent`', () => {
  const AFTER = 'The study came out on Monday. Lead author Ann Roe said the results were "clear".\n\n';
  it.each<string>([
    'Another co-author, civil and marine engineering professor Jack Brent, said, "We did not expect this at all."',
    'Another co-author, veteran ocean policy researcher Jack Brent, said, "We did not expect this at all."',
    'Another co-author, former state senator and attorney Jack Brent, said, "We did not expect this at all."',
    '"We did not expect this at all," said another co-author, civil and marine engineering professor Jack Brent.',
    '"We did not expect this at all," said another co-author, professor Jack Brent.',
  ])('%s', (sentence) => {
    expect(speakers(AFTER + sentence)).toEqual(['Ann Roe', 'Jack Brent']);
  });

  // a clause's words before the name are no description of it: the name is not read as the speaker
  it.each<string>([
    'The mayor, having met ferry operator boss Jack Brent, said, "We did not expect this at all."',
    'The mayor, who had met marine engineering professor Jack Brent, said, "We did not expect this at all."',
    '"We did not expect this at all," said the mayor, having met ferry operator boss Jack Brent.',
    '"We did not expect this at all," said the mayor, meeting ferry boss Jack Brent.',
  ])('%s', (sentence) => {
    expect(speakers(AFTER + sentence)).not.toContain('Jack Brent');
  });

  it.each<[string, string | null]>([
    ['another co-author, civil and marine engineering professor Jack Brent.', 'Jack Brent'],
    // the descriptors must end in a person's word
    ['the mayor, meeting ferry boats Jack Brent.', 'the mayor'],
  ])('readSubjectRight(%j) → %j', (text, subject) => {
    expect(right(text)).toBe(subject);
  });
});
