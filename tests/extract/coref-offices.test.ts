import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

/**
 * `the prime minister said` is not a person the article gives another office (`Home Secretary Jo Lee`, `Ann Roe,
 * the finance minister,`); the family of the office's noun decides (`the minister` may be a Secretary, `the
 * Democrat senator` a New York Senator).
 */
describe('an office description is not the holder of another office', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Home Secretary Jo Lee said the plan was sound. "It will work," Lee said.\n\n"We will not back down," the prime minister said.',
      ['Jo Lee', null],
    ],
    [
      'Ann Roe, the finance minister, backed the scheme. "It is cheap," she said. The prime minister said the plan was "a good start".',
      ['Ann Roe', null],
    ],
    [
      'Home Secretary Jo Lee wants new checks. Tom Hale said voters were right to worry. The prime minister said the rules would be "tightened".',
      ['Tom Hale'],
    ],
    // the same family of office still resolves
    ['Education Secretary Ann Roe spoke to pupils. The minister also said she had "no regrets".', ['Ann Roe']],
    ['Ohio Senator Jo Lee said the plan was weak. "It is a poor deal," the Republican senator said.', ['Jo Lee']],
    ['Prime Minister Tom Hale visited the port. "It is a great day," the prime minister said.', ['Tom Hale']],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});
