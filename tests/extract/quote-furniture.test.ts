import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/types.js';
import { extractQuotes } from '../../src/extract/index.js';

function article(body: string, headline = 'Harbour plan wins backing'): Article {
  return {
    id: 't',
    recordId: null,
    path: 't.txt',
    line: null,
    title: headline,
    publisher: null,
    url: null,
    author: null,
    publishedAt: '2024-03-05',
    dateline: null,
    text: `${headline}\n\n${body}`,
    furniture: [],
    metaOrigin: {},
  };
}

const texts = (body: string): string[] =>
  extractQuotes(article(body)).flatMap((q) => q.pieces.map((p) => article(body).text.slice(p.start, p.end)));

describe('a later paragraph that is only a short single-quoted phrase is a subheading', () => {
  it.each<[string, string[]]>([
    [
      'The council met on Monday. "We will rebuild," Maria Lopez said.\n\n\'Built to last.\'\n\nThe work starts in May.',
      ['We will rebuild'],
    ],
    ["The council met on Monday.\n\n'Ready for the storm!'\n\nThe work starts in May.", []],
    // a longer single-quoted paragraph is speech, and so is a short one inside a sentence
    [
      "Maria Lopez spoke on Monday.\n\n'We will rebuild the harbour before the winter storms arrive,' she said.",
      ['We will rebuild the harbour before the winter storms arrive'],
    ],
    ["Maria Lopez called the plan 'built to last' on Monday.", ['built to last']],
  ])('%s', (body, expected) => {
    expect(texts(body)).toEqual(expected);
  });
});

describe('a pull quote repeats a quotation and names its speaker on its last line', () => {
  it.each<[string, string[]]>([
    [
      '"We will rebuild the harbour before the winter storms," Maria Lopez, the mayor, said on Monday.\n\n"We will rebuild the harbour before the winter storms.\nMaria Lopez, mayor."\n\nThe work starts in May.',
      ['We will rebuild the harbour before the winter storms'],
    ],
    [
      '"We will rebuild the harbour before the winter storms," Maria Lopez said.\n\n"We will rebuild the harbour before the winter storms.\nFormer mayor Maria Lopez."',
      ['We will rebuild the harbour before the winter storms'],
    ],
    // a two-paragraph quotation said once is kept whole, whatever its last line
    [
      'Maria Lopez wrote to the council:\n\n"Our town has waited for this harbour for many years.\nGod bless Port Ellen."',
      ['Our town has waited for this harbour for many years.', 'God bless Port Ellen.'],
    ],
  ])('%s', (body, expected) => {
    expect(texts(body)).toEqual(expected);
  });
});

describe('a straight mark left open before a paragraph opened with a curly mark is a stray', () => {
  it.each<[string, string[]]>([
    [
      'The council met on Monday.\n\n"Reporters asked the mayor about the harbour on the way out.\n\n“We will rebuild it,” Maria Lopez said.',
      ['We will rebuild it'],
    ],
    // straight marks reopened paragraph by paragraph are one quotation
    [
      'Maria Lopez wrote:\n\n"Our town has waited for this harbour.\n\n"Now the work can start."',
      ['Our town has waited for this harbour.', 'Now the work can start.'],
    ],
  ])('%s', (body, expected) => {
    expect(texts(body)).toEqual(expected);
  });
});

describe('a curly quotation nested in a curly one with the same marks stays inside it', () => {
  it.each<[string, string[]]>([
    [
      'Ann Roe wrote, “If you care about the harbour, you have to show it even when “your side” is at fault. Otherwise nobody listens.”',
      [
        'If you care about the harbour, you have to show it even when “your side” is at fault. Otherwise nobody listens.',
      ],
    ],
    // a missing closing mark: the second opening mark starts a quotation of its own
    [
      'Ann Roe called the plan “a disgrace and said the bridge was “a fine idea,” on Monday.',
      ['a disgrace and said the bridge was', 'a fine idea'],
    ],
  ])('%s', (body, expected) => {
    expect(texts(body)).toEqual(expected);
  });
});
