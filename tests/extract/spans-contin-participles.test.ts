/**
 * A participle of speech or naming with a subject of its own, between an attributed quotation and a later one in
 * the paragraph, brings in someone else: the later quotation is not the earlier speaker's (`Plus.net backed the plan,
 * saying "…"`, `with one critic labelling it a "…"`). A participle whose subject is a pronoun (`He thanked the fans,
 * saying …`) goes on with the earlier speaker. A verb after an insertion between commas (`The book, by a columnist,
 * said …`) has the words before the insertion as its subject.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const speakers = (body: string): Array<string | null> =>
  extractQuotes(underHeadline(body)).map((q) => q.attribution.name);

describe('a participle with a subject of its own brings in someone else', () => {
  it.each<[string]>([
    [
      '"The plan goes far enough," said Ann Roe, an analyst at Harbour Bank. The rival firm Tidewater backed the plan, saying "we will be entirely happy if it passes".',
    ],
    [
      '"It is a fine film," said Ann Roe, head of sales at Harbour Films. However, critics were less kind, with the Daily Courier labelling it a "dismal vanity project".',
    ],
  ])('%s', (body) => {
    expect(speakers(body)[0]).toBe('Ann Roe');
    expect(speakers(body).slice(1)).not.toContain('Ann Roe');
  });
});

describe('a participle after a pronoun goes on with the earlier speaker', () => {
  it('He thanked the fans, saying …', () => {
    const body =
      '"We were lucky," said Ann Roe, the club captain. She thanked the fans, saying they had been "simply magnificent all season".';
    expect(speakers(body)).toEqual(['Ann Roe', 'Ann Roe']);
  });
});

describe('an insertion between commas is passed over to the subject it follows', () => {
  it('The book, by …, said the pair had "…"', () => {
    const body =
      '"We work well together," said Ann Roe, the club captain. The book, by a Sunday columnist and serialised in his paper, said the pair had "deep contempt for each other".';
    expect(speakers(body)).toEqual(['Ann Roe', null]);
  });

  it('…, this will save a day, says Ms Roe: the subject after the verb is the earlier speaker', () => {
    const body =
      '"It takes months," said Ann Roe, a producer at Harbour Films. Although one step goes, this will only save a day, says Ms Roe. "If the studios want more extras, it will cost them."';
    expect(speakers(body)).toEqual(['Ann Roe', 'Ann Roe']);
  });
});
