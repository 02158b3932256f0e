import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

/**
 * `the statement added`, `the report warns`: a document speaks for the speaker said to issue it (`… she said in a
 * statement`), not for whoever spoke last; with no such speaker it names no one.
 */
describe('a document speaks for the speaker who issued it, else for no one', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Ann Roe quit on Monday. "I am leaving with regret," she said in a statement. The statement added that she was "proud of the team".',
      ['Ann Roe', 'Ann Roe'],
    ],
    [
      '"It is hard," said Ann Roe, the housing minister. The report warns that tenants are "close to despair".',
      ['Ann Roe', null],
    ],
    [
      'Jo Lee said the rumour was "nonsense". A club spokesperson denied it too. The statement added: "He never said it."',
      ['Jo Lee', null],
    ],
    ['"Read it on our website," Jo Lee said. The website explains that the scheme is "open to all".', ['Jo Lee', null]],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});
