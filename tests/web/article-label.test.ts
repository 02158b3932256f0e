import { describe, expect, it } from 'vitest';
import { articleLabel } from '../../src/web/present.js';
import type { Article } from '../../src/model/types.js';

function article(text: string, extra: Partial<Article> = {}): Article {
  return {
    id: 'a',
    recordId: null,
    path: 'a.txt',
    line: null,
    title: null,
    publisher: null,
    url: null,
    author: null,
    publishedAt: null,
    dateline: null,
    text,
    furniture: [],
    metaOrigin: {},
    ...extra,
  };
}

describe('what an article is called', () => {
  it.each<[string, Article, string]>([
    ['its title when it has one', article('Body text.', { title: '  Harbour to reopen  ' }), 'Harbour to reopen'],
    [
      'the first ten words of its lead, in brackets, when it has no title',
      article('The harbour will reopen in May after two years of repairs to the old sea wall, officials said.'),
      '[The harbour will reopen in May after two years of …]',
    ],
    [
      'the lead without its dateline',
      article('Bergen, Norway – The harbour will reopen in May.', { dateline: 'Bergen, Norway' }),
      '[The harbour will reopen in May]',
    ],
    [
      'the lead after page furniture at the top',
      article('3 min read\nThe harbour will reopen.', { furniture: [{ start: 0, end: 10 }] }),
      '[The harbour will reopen]',
    ],
    ['a plain phrase when there are no words at all', article('   '), 'Untitled article'],
  ])('%s', (_case, given, expected) => {
    expect(articleLabel(given)).toBe(expected);
  });
});
