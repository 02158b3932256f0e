import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

/**
 * Issue #11 (twentieth session): `Asked if Mr Dunmore could return, he replied: "…"` gave the quotation to the person
 * the question was about. The pronoun is the subject of the participle fronted before it; the names in the
 * participle's clause are its objects, someone else. Each case: the article body, then the speakers of its quotations
 * in order.
 */
describe("a name in a participle's clause fronted before the pronoun is not who it stands for", () => {
  it.each<[string, Array<string | null>]>([
    [
      'Mr Harlan told reporters he had not read the report. Asked if Mr Dunmore could return to the cabinet, he replied: "I have made my views clear."',
      ['Harlan'],
    ],
    [
      'Mr Pound says he rang his daughter as soon as he got her letter. Describing how Tom Hale had found her, he said: "The earth moved."',
      ['Pound'],
    ],
    // (controls: with no participle fronted, the name before the pronoun still stands for it)
    [
      'Mr Harlan told reporters he had not read the report. When Mr Dunmore returned to the cabinet, he said: "I have made my views clear."',
      ['Dunmore'],
    ],
    [
      'Ms Ferrow said the plan was sound. Ann Kestle, the chair, said she would stay: "That is for the members."',
      ['Ann Kestle'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});
