import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { article } from './article.js';

const quotesOf = (text: string) => extractQuotes(article(text)).map((q) => [q.text, q.attribution.name]);

describe('a quotation opened after `X added:` whose close is lost is not merged with the next speaker’s', () => {
  it.each<[string, Array<[string, string | null]>]>([
    [
      'The match ended late.\n\nJo Lee added: "We played well today.\n\n"The second half was better.\n\n"We were unlucky in the end," said Mara Quist.',
      [
        ['We played well today. The second half was better.', 'Jo Lee'],
        ['We were unlucky in the end', 'Mara Quist'],
      ],
    ],
    [
      'The match ended late.\n\nJo Lee said: "We played well today.\n\n"We were unlucky in the end," Mara Quist said.',
      [
        ['We played well today.', 'Jo Lee'],
        ['We were unlucky in the end', 'Mara Quist'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe('a reporter’s sentence with a speech verb between two opening marks ends the first quotation', () => {
  it.each<[string, Array<[string, string | null]>]>([
    [
      'The match ended late. Jo Lee added: "We played well today. "I was calm at the end. Meanwhile, the club welcomed the result and said the board was pleased. "We are proud of the team," said Mara Quist.',
      [
        ['We played well today. I was calm at the end.', 'Jo Lee'],
        ['We are proud of the team', 'Mara Quist'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    [
      'The match ended late. Jo Lee added: "We played well today. "I was calm. People said \'you are dreaming\' but we won. "It was our day," he said.',
      "We played well today. I was calm. People said 'you are dreaming' but we won. It was our day",
    ],
    [
      'The match ended late. Jo Lee added: "We played well today. "I was calm. Until somebody says we lost, we won. "It was our day," he said.',
      'We played well today. I was calm. Until somebody says we lost, we won. It was our day',
    ],
  ])('a quoted speech verb keeps one quotation: %s', (text, quote) => {
    expect(quotesOf(text)[0]).toEqual([quote, 'Jo Lee']);
  });
});

describe('a quotation over paragraphs closed before its own speaker’s cue stays one', () => {
  it.each<[string, string]>([
    [
      'The match ended late.\n\nJo Lee added: "We played well today.\n\n"We were unlucky in the end," said Lee.',
      'We played well today. We were unlucky in the end',
    ],
    [
      'The match ended late.\n\nJo Lee added: "We played well today.\n\n"We were unlucky in the end," he said.',
      'We played well today. We were unlucky in the end',
    ],
    [
      'The match ended late.\n\nJo Lee added: "We played well today.\n\n"We were unlucky in the end." Mara Quist said the club would appeal.',
      'We played well today. We were unlucky in the end.',
    ],
  ])('%s', (text, quote) => {
    expect(quotesOf(text)[0]).toEqual([quote, 'Jo Lee']);
  });
});

describe('a name set apart from its verb by spaced hyphens speaks', () => {
  it.each<[string, string]>([
    [
      'The firm reported late.\n\nJo Lee - the firm\'s chief risk officer - said: "We saw no losses this year."',
      'Jo Lee',
    ],
    [
      'The firm reported late.\n\nJo Lee - the firm\'s chief risk officer - said "We saw no losses this year."',
      'Jo Lee',
    ],
    ['The firm reported late.\n\nJo Lee - who joined in May - told reporters: "We saw no losses this year."', 'Jo Lee'],
  ])('%s', (text, name) => {
    expect(quotesOf(text)[0]?.[1]).toBe(name);
  });
});
