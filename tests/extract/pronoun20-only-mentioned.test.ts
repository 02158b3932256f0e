import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

/**
 * Issue #11 (twentieth session): `he`/`she` given to a name that is only mentioned in the sentence the pronoun goes
 * back to — one set beside a description of a person as the subject, one after the same pronoun in its clause, one
 * after a preposition and an honorific — or to a title the description in the pronoun's own sentence was read as.
 * Each case: the article body, then the speakers of its quotations in order.
 */
describe("a description of a person as the subject of the pronoun's own sentence", () => {
  it.each<[string, Array<string | null>]>([
    // (the description stands for no one the article shows is a person: no speaker, not the title before)
    [
      'Night Train is based on a book about a long journey. The 48-year-old actor crossed a bridge built in the square, which he said was "almost impossible to climb".',
      [null],
    ],
    // (control: a named subject of the sentence before the pronoun still leads it)
    [
      'Night Train is based on a book about a long journey. Tom Hale crossed a bridge built in the square, which he said was "almost impossible to climb".',
      ['Tom Hale'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('a sentence led by a description of a person no name was found for', () => {
  it.each<[string, Array<string | null>]>([
    [
      'In a talk with Radio Live\'s Alyona Perkova about his new comedy, the actor discussed farm lessons at school. "Just imagine, everything you learn is about farms," he said.',
      [null],
    ],
    // (control: with no description leading the sentence, the person it names is still taken)
    [
      'In a talk with Radio Live about his new comedy, Tom Hale discussed farm lessons at school. "Just imagine, everything you learn is about farms," he said.',
      ['Tom Hale'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('a name after the same pronoun in its clause is someone else', () => {
  it.each<[string, Array<string | null>]>([
    [
      'His records sold well. That was the year he toured the coast with Tom Hale. He had only played there once, and he called it "the best night of my life".',
      [null],
    ],
    [
      'Her shop did well. That was the year she opened a stall beside Ann Roe. She had never sold abroad, and she called it "a leap in the dark".',
      [null],
    ],
    // (control: a name set off by a comma after the pronoun, in a clause of its own, is not passed over)
    [
      'His records sold well. That was the year he toured, and Tom Hale joined the band. He called it "the best night of my life".',
      ['Tom Hale'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('an honorific between a preposition and a name', () => {
  it.each<[string, Array<string | null>]>([
    // (past the window, the person only mentioned after `of Mr.` is passed over for the one named before)
    [
      'Tom Kemp spoke first at the hall. The crowd was harsh in its critiques of Mr. Sander. The queues were long. The doors shut at nine. The count ran late. The results came at dawn. The hall emptied. "It was a long night," he said.',
      ['Tom Kemp'],
    ],
    // (control: a name with no preposition before it is not only mentioned)
    [
      'Tom Kemp spoke first at the hall. The crowd cheered when Mr. Sander arrived. The queues were long. The doors shut at nine. The count ran late. The results came at dawn. The hall emptied. "It was a long night," he said.',
      ['Sander'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});
