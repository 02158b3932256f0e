import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) =>
  extractQuotes(article(body)).map((q) => q.attribution.name ?? q.attribution.role ?? null);

/**
 * Issue #11 (twenty-third session): a `he`/`she` after a sentence sourced to someone is not a person named further
 * back. A sentence whose words come `according to` a described person (`…, according to a company spokesman, …`)
 * hands the pronoun to that person — the one the article names for the description, else the description itself —
 * and the person asked a question in the sentence before (`Lee then asked Roe which …`) is who answers. Each case:
 * the article body, then the speaker (or unnamed role) of its quotations in order; controls keep the old answer.
 */
describe('`according to` a described person in the sentence before', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Harbour Online launched its fast service in May, its founder Tom Vale said. Rival cable firms, according to a company spokesman, are better placed in the long run. "Their network is limited," he said.',
      ['company spokesman'],
    ],
    [
      'The novel by Tom Vale sold well. Its claims about the past are baseless, according to the archbishop. "The evidence is clear," he said.',
      ['archbishop'],
    ],
    // (the person the article names for the description)
    [
      'The archbishop, Jim Hale, spoke on Sunday. The novel by Tom Vale is a thriller, but its claims about the past are baseless, according to the archbishop. "The evidence is clear," he said.',
      ['Jim Hale'],
    ],
    // (control: `according to` a document names no person, and the old answer stays)
    [
      'Tom Vale opened the plant in May. Sales have since doubled, according to the report. "We are very pleased," he said.',
      ['Tom Vale'],
    ],
    // (control: a description of the other gender is not the pronoun's)
    [
      'Tom Vale opened the plant in May. Sales have since doubled, according to a spokeswoman. "We are very pleased," he said.',
      ['Tom Vale'],
    ],
    // (control: a sentence opening with `according to` is about its subject)
    [
      'Tom Vale opened the plant in May. According to a spokesman, Vale will stay on as chairman. "We are very pleased," he said.',
      ['Tom Vale'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('the person asked in the sentence before answers', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Senator Tom Vale spoke to the host of a morning show on Wednesday. Host Jim Hale then asked Vale which states he could win. "We feel great in every one of those states," he said.',
      ['Tom Vale'],
    ],
    [
      'Tom Vale was questioned in court on Monday. Prosecutor Jim Hale asked Vale whether he had signed the papers. "I never saw them," he said.',
      ['Tom Vale'],
    ],
    // (control: the pronoun that asks is the asker's)
    [
      'Tom Vale was questioned in court on Monday. Prosecutor Jim Hale asked Vale about the papers. "Did you sign them?" he asked.',
      ['Jim Hale'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('a name set in commas before `said she` in the sentence before', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Ann Lee and Steve Brookstein are the remaining finalists. The controller of entertainment, Claudia Rosencrantz, said she had no hesitation. "There is much more to come," she said.',
      ['Claudia Rosencrantz'],
    ],
    // (control: a name set in commas before another verb is no sayer, and the old answer stays)
    [
      'Ann Lee and Steve Brookstein are the remaining finalists. The controller of entertainment, Claudia Rosencrantz, watched as she sang. "There is much more to come," she said.',
      ['Ann Lee'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('words reported without quotation marks are not about their speaker', () => {
  it.each<[string, Array<string | null>]>([
    // (a sentence before, closed by an inverted verb of saying and its speaker)
    [
      'Tom Vale spoke to MPs on Wednesday. It was no good Jim Hale claiming the pledges were in the manifesto, argued Mr Vale. Pointing to taxes, he added: "Everyone knows taxes will go up."',
      ['Tom Vale'],
    ],
    // (already right before: a plain title between the verb and the name)
    [
      'Tom Vale spoke to MPs on Wednesday. Jim Hale had broken every promise on schools, said party leader Tom Vale. "Everyone knows taxes will go up," he added.',
      ['Tom Vale'],
    ],
    // (the pronoun's own sentence: the clause before `, he claimed,` is his claim about another)
    [
      'Tom Vale gave his New Year message on Friday. Jim Hale has failed to tackle these problems, he claimed, saying he has the "wrong solution".',
      ['Tom Vale'],
    ],
    // (controls: the subject of a sentence before, and the subject of a clause joined by `and`, keep the old answer)
    [
      'Tom Vale spoke to MPs on Wednesday. Jim Hale argued the pledges were in the manifesto. Pointing to taxes, he added: "Everyone knows taxes will go up."',
      ['Jim Hale'],
    ],
    [
      'Tom Vale gave his New Year message on Friday. Jim Hale said the plan had failed, and he claimed the party had the "wrong solution".',
      ['Jim Hale'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});
