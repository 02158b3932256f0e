import { describe, expect, it } from 'vitest';
import { resolveSpeakers } from '../../src/speakers/index.js';
import { readNameWord } from '../../src/speakers/surnames.js';
import type { Article, ExtractedQuote } from '../../src/model/types.js';
import { article, quote } from './fixtures.js';

/** The speaker name each quote ends with. */
function namesOf(quotes: ExtractedQuote[], articles: Article[]): Array<string | null> {
  const { speakerIds, speakers } = resolveSpeakers(quotes, articles);
  const byId = new Map(speakers.map((s) => [s.id, s.name]));
  return speakerIds.map((id) => (id === null ? null : byId.get(id)!));
}

describe('a bare surname takes a full name from another article only when its own article allows no other reading', () => {
  it.each([
    ['no other reading: the one Trelawny of the corpus', 'Trelawny said the plan would work.', 'Gideon Trelawny'],
    ['Mr Trelawny: a man, and the corpus has one', 'Mr Trelawny said the plan would work.', 'Gideon Trelawny'],
  ])('%s', (_, text, expected) => {
    const articles = [article('full', 'Gideon Trelawny spoke.'), article('bare', text)];
    expect(namesOf([quote('full', 'Gideon Trelawny'), quote('bare', 'Trelawny')], articles)).toEqual([
      'Gideon Trelawny',
      expected,
    ]);
  });

  it('"Ms Quillfeather" is not the corpus\'s only Quillfeather when he is a man ("Gregory Quillfeather")', () => {
    const articles = [
      article('full', 'Gregory Quillfeather spoke.'),
      article('bare', 'Ms Quillfeather said the rate of progress was "painful".'),
    ];
    expect(namesOf([quote('full', 'Gregory Quillfeather'), quote('bare', 'Quillfeather')], articles)).toEqual([
      'Gregory Quillfeather',
      'Quillfeather',
    ]);
  });

  it('"Mrs Quillfeather" takes the one woman of the surname when the corpus has a man and a woman', () => {
    const articles = [
      article('m', 'Gregory Quillfeather spoke.'),
      article('f', 'Margaret Quillfeather spoke.'),
      article('bare', 'Mrs Quillfeather said it was fine.'),
    ];
    const quotes = [
      quote('m', 'Gregory Quillfeather'),
      quote('f', 'Margaret Quillfeather'),
      quote('bare', 'Quillfeather'),
    ];
    expect(namesOf(quotes, articles)[2]).toBe('Margaret Quillfeather');
  });

  it('"Lord Ashcombe" is the peer as his article names him, never the commoner "Dorian Ashcombe" of another article', () => {
    const articles = [
      article('full', 'Immigration minister Dorian Ashcombe said so.'),
      article('peer', 'Chief executive Lord Ashcombe said the results were strong.'),
      article('peer2', 'Lord Ashcombe, in his ruling, said it was wrong.'),
    ];
    const quotes = [quote('full', 'Dorian Ashcombe'), quote('peer', 'Ashcombe'), quote('peer2', 'Ashcombe')];
    expect(namesOf(quotes, articles)).toEqual(['Dorian Ashcombe', 'Lord Ashcombe', 'Lord Ashcombe']);
  });

  it('"Sir Tobias said" in an article that writes "Sir Tobias Wendle" is Tobias Wendle, not the corpus\'s "Anna Tobias"', () => {
    const articles = [
      article('other', 'Anna Tobias spoke.'),
      article('knight', 'Auditor Sir Tobias Wendle said it was slow. Sir Tobias said "progress" had been made.'),
    ];
    expect(namesOf([quote('other', 'Anna Tobias'), quote('knight', 'Tobias')], articles)).toEqual([
      'Anna Tobias',
      'Tobias Wendle',
    ]);
  });

  it('"Howard" written as a given name ("Howard Plimsoll\'s") and never as a surname takes no other article\'s Howard', () => {
    const articles = [
      article('full', 'Michael Howard spoke.'),
      article('bare', "Howard Plimsoll's association met. Howard said nothing more."),
    ];
    expect(namesOf([quote('full', 'Michael Howard'), quote('bare', 'Howard')], articles)[1]).toBe('Howard');
  });

  it('"Mr Howard" beside a "Howard Plimsoll" still has a surname reading: the corpus\'s one Howard', () => {
    const articles = [
      article('full', 'Michael Howard spoke.'),
      article('bare', 'Howard Plimsoll was sacked. Mr Howard said the rules were kept.'),
    ];
    expect(namesOf([quote('full', 'Michael Howard'), quote('bare', 'Howard')], articles)[1]).toBe('Michael Howard');
  });

  it('a nickname in quotation marks is part of the article\'s full name: Antonio "Ace" Bellweather', () => {
    const articles = [
      article('full', 'Health Secretary Oliver Bellweather said so.'),
      article('bare', 'Antonio "Ace" Bellweather, the label\'s chairman, said: "Yes." Bellweather added more.'),
    ];
    expect(namesOf([quote('full', 'Oliver Bellweather'), quote('bare', 'Bellweather')], articles)[1]).toBe(
      'Antonio Bellweather',
    );
  });
});

describe('readNameWord', () => {
  it.each([
    ['Lord Ashcombe said so. Lord Ashcombe added.', { peerTitle: 'Lord', gender: null, givenUse: false }],
    ['Baroness Ashcombe said so.', { peerTitle: 'Baroness', gender: null, givenUse: false }],
    ['Mr. Ashcombe said so.', { peerTitle: null, gender: 'm', surnameUse: true }],
    ['Mrs Ashcombe and Mr Ashcombe said so.', { gender: null, surnameUse: true }],
    ['Miss Ashcombe said so.', { gender: 'f' }],
    ['Ashcombe said so.', { peerTitle: null, gender: null, givenUse: false, surnameUse: false, knight: null }],
  ])('%s', (text, expected) => {
    expect(readNameWord(text, 'Ashcombe')).toMatchObject(expected);
  });

  it('"Lord Ashcombe of Leigh" is still the peer; "Lord Ashcombe" beside "Lady Ashcombe" gives no one title', () => {
    expect(readNameWord('Lord Ashcombe of Leigh said so.', 'Ashcombe').peerTitle).toBe('Lord');
    expect(readNameWord('Lord Ashcombe and Lady Ashcombe said so.', 'Ashcombe').peerTitle).toBeNull();
  });

  it('a knight named by his given name: two different Sir Tobiases give no knight', () => {
    const one = readNameWord('Sir Tobias Wendle spoke. Sir Tobias said so.', 'Tobias');
    expect(one.knight?.display).toBe('Tobias Wendle');
    expect(readNameWord('Sir Tobias Wendle and Sir Tobias Marr. Sir Tobias said so.', 'Tobias').knight).toBeNull();
    expect(readNameWord('Sir Tobias Wendle spoke.', 'Tobias').knight).toBeNull();
  });
});
