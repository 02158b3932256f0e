import type { Article } from '../../src/model/types.js';

/** An article holding just `text`, as the attribution tests feed the extractor (dated, titled, no furniture). */
export function article(text: string): Article {
  return {
    id: 't', recordId: null, path: 't.jsonl', line: 1, title: 'Harbour plan', publisher: null, url: null, author: null,
    publishedAt: '2016-03-01', dateline: null, text, furniture: [], metaOrigin: {},
  };
}
