import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) =>
  extractQuotes(article(body)).map((q) => q.attribution.name ?? q.attribution.role ?? null);

/**
 * Issue #11 (twenty-first session): `he`/`she` given to the wrong person through the shape of the sentence it goes
 * back to — an unnamed description whose last word is a body's (`the chief executive of a leading shoe maker`), a
 * subject inside a fronted `If` clause, a party's plural name after `the`, a body named inside an appositive whose
 * closing comma is left out, and two people joined by `and` with a role between them. Each case: the article body,
 * then the speaker (or unnamed role) of its quotations in order; each fix comes with a control that keeps the old
 * answer.
 */
describe('an unnamed description with a phrase after its head', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Not everyone in the trade agrees. "We know the pound will be stronger," the chief executive of a leading Dutch shoe maker told the paper. The current rush to move production was "foolish", he said.',
      ['executive of a leading Dutch shoe maker', 'executive of a leading Dutch shoe maker'],
    ],
    [
      '"The plan is sound," a spokeswoman for the Harbour Trust said. The cost was "manageable", she said.',
      ['spokeswoman for the Harbour Trust', 'spokeswoman for the Harbour Trust'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('the subject of a fronted clause gives way to the main clause’s', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Ray Lomax died on Thursday. "He was a genius," his manager said. If Sam Beltrane was the father of the style, then Ray Lomax was one of its founders. Along with Ed Crane, he was "instrumental" in its birth.',
      ['his manager', 'Ray Lomax'],
    ],
    // (control: a main clause with no person as its subject leaves the fronted clause's)
    [
      'Ray Lomax died on Thursday. "He was a genius," his manager said. If Sam Beltrane was the father of the style, the genre owed him much. Along with Ed Crane, he was "instrumental" in its birth.',
      ['his manager', 'Sam Beltrane'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('a plural name after `the` is no he or she', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Jim Kelso spoke in Leeds on Monday. "We will win," he said. On the war, there was nothing to choose between the two big parties whereas the Liberal Reformers offered real alternatives. He was also happy to break the "consensus" on tax.',
      ['Jim Kelso', 'Jim Kelso'],
    ],
    // (control: a person's name there is still taken)
    [
      'Jim Kelso spoke in Leeds on Monday. "We will win," he said. On the war, there was nothing to choose between the two big parties whereas Tom Hale offered real alternatives. He was also happy to break the "consensus" on tax.',
      ['Jim Kelso', 'Tom Hale'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('a name inside an appositive left unclosed', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Ms Roe said the plan was "damaging". Peter Hale, executive partner of Dunmore Brodie said Mr Lee had been considering retirement. He added: "He has done a lot for the firm."',
      ['Roe', 'Peter Hale'],
    ],
    // (control: with its closing comma)
    [
      'Ms Roe said the plan was "damaging". Peter Hale, executive partner of Dunmore Brodie, said Mr Lee had been considering retirement. He added: "He has done a lot for the firm."',
      ['Roe', 'Peter Hale'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('two people joined by `and` with a role between them', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Ed Voss opened the debate. "We need a plan," he said. Tom Hale and fellow senator Jim Roe argued the bill would fail. "It is a waste," he said.',
      ['Ed Voss', 'Ed Voss'],
    ],
    // (control: a person met is only mentioned; the subject is still taken)
    [
      'Ed Voss opened the debate. "We need a plan," he said. Tom Hale met fellow senator Jim Roe on Monday. "It is a waste," he said.',
      ['Ed Voss', 'Tom Hale'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});
