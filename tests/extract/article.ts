import type { Article } from '../../src/model/types.js';

/** An article holding just `text`, as the attribution tests feed the extractor (dated, titled, no furniture). */
export function article(text: string): Article {
  return {
    id: 't',
    recordId: null,
    path: 't.jsonl',
    line: 1,
    title: 'Harbour plan',
    publisher: null,
    url: null,
    author: null,
    publishedAt: '2016-03-01',
    dateline: null,
    text,
    furniture: [],
    metaOrigin: {},
  };
}

/**
 * An article whose text is a headline paragraph, then `body` (as most extraction tests write them): the
 * headline is skipped when looking for speakers.
 */
export function underHeadline(body: string, headline = 'Headline of the day', title = 'Headline'): Article {
  return { ...article(`${headline}\n\n${body}`), path: 't.txt', line: null, title, publishedAt: '2024-03-05' };
}
