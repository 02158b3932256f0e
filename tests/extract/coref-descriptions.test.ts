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
