import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

/** `the chef said` after `Chef Jo Lee`: the role word a name carried as its title says who the description is. */
describe('a description whose noun a name carried as its title is that person', () => {
  it.each<[string, string[]]>([
    ['Chef Jo Lee opened her third restaurant last week. "It is a dream," the chef said.', ['Jo Lee']],
    [
      'The menu was designed by Chef Jo Lee and Tom Hart. Hart said the food was cheap. "It is a dream," the chef said.',
      ['Jo Lee'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

/**
 * `the company said` after a body named by words that mark no body (`Harbour Foods`): the article says it is one
 * (`… said it would`, `chief executive of …`), so it is the body the sentence before is about.
 */
describe('a body of several words the article shows to be one is what "the company" stands for', () => {
  it.each<[string, string[]]>([
    [
      'Harbour Foods said on Monday it would close two plants. The firm employs 400 people in the town. "We regret the decision," the company said.',
      ['Harbour Foods'],
    ],
    [
      'Kestrel Rovers revealed on Sunday that it had received a bid for the ground. "We will consider it carefully," the football club said.',
      ['Kestrel Rovers'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

/** `the supporters club` is not the club: the lower-case words before the noun are part of the body's name. */
describe('a description with words before its noun names the body written with them', () => {
  it('"the supporters club said" after "the Kestrel Rovers supporters club" is the supporters club', () => {
    const body =
      'Kestrel Rovers revealed on Sunday that it had received a bid. But the Kestrel Rovers supporters club urged the board to reject it. "We will fight this," the supporters club said.';
    expect(speakers(body)).toEqual(['Kestrel Rovers supporters club']);
  });
});

/**
 * `the striker said` after `Robin Marsh has been dropped`: a subject of a given name (one that says no gender) and a
 * surname is a person the description may stand for; a subject of no person's shape is not.
 */
describe('a description stands for the subject before it named by a given name and a surname', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Robin Marsh has been dropped from the squad for the final.\n\nThe striker said: "I will fight for my place."',
      ['Robin Marsh'],
    ],
    [
      'Jamie Pike has pulled out of the tour after an injury in training.\n\nThe singer said: "I am gutted."',
      ['Jamie Pike'],
    ],
    ['Harbour Rovers has been fined for the crowd trouble.\n\nThe striker said: "I will fight for my place."', [null]],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

/**
 * `The Conservative Party Co-Chairman said`, `The President said`: an office written with capitals after `the` is a
 * description of its holder, resolved as `the co-chairman` is, never a body's name (it was `Conservative Party
 * Co-Chairman`, an organisation, or nobody).
 */
describe('a capitalised office after "the" is a description of the person who holds it', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Party co-chairman Jo Lee said the party offered a clear choice. The Harbour Party Co-Chairman said the council had "done nothing for eight years".',
      ['Jo Lee'],
    ],
    [
      'President Ann Roe spoke in the port on Monday. The President said the law was "a disgrace to the nation".',
      ['Ann Roe'],
    ],
    ['The Prime Minister said the plan was "a disgrace to the nation".', [null]],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

/** `The father said …. The mother said`: a noun of one gender never stands for a person of the other. */
describe('a description whose noun says a gender stands for no person of the other', () => {
  it.each<[string, Array<string | null>]>([
    [
      'David Lee was charged with fraud.\n\nThe father said "I love my children and they love me."\n\nThe mother said "I look forward to the day I can see them."',
      ['David Lee', null],
    ],
    [
      'David Lee was charged with fraud. Judge Bernard Moss said the case was grave.\n\nThe mother said "I look forward to the day I can see them."',
      [null],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});
