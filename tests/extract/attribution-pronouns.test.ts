import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/types.js';
import { extractQuotes } from '../../src/extract/index.js';

function article(body: string): Article {
  return {
    id: 't', recordId: null, path: 't.txt', line: null, title: 'Headline', publisher: null, url: null, author: null,
    publishedAt: '2024-03-05', dateline: null, text: `Headline of the day\n\n${body}`, furniture: [], metaOrigin: {},
  };
}
const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

/** Pronoun speakers: which earlier name `he`/`she` stands for. Each row: sentence, expected speakers. */
const PRONOUN_CASES: ReadonlyArray<[string, string[]]> = [
  // a bare one-word name in a fronted subordinate clause is no focus (`As Ostland builds …, he said`)
  ['Admiral Tom Baker rarely softens his words. As Ostland builds forts on the reefs, it is his job, he said, to warn the public. "The threat is real," he said. Ostland says the reefs are its own.', ['Tom Baker']],
  // … but a person named with an honorific there is (`Though Ms. Roe lives there, she said`)
  ['Ann Roe founded the club with Eva Lind. Though Ms. Roe has lived in Eastvale all her life, the rents have doubled, she said. "We cannot stay," she said.', ['Ann Roe']],
];

describe('he/she: the focus of the sentence before', () => {
  it.each(PRONOUN_CASES)('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});
