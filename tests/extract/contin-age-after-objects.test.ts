import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

/**
 * An age or a nationality (`the Irishman said`, `the 23-year-old said`) reaches the person a paragraph is about
 * past a sentence whose subject is `He` or `She` and whose names are only mentioned (objects, a relative clause);
 * a sentence naming others with no such subject still leaves it unresolved.
 */
const CASES: ReadonlyArray<[string, string, Array<string | null>]> = [
  [
    'a nationality past a pronoun-subject sentence naming others in a relative clause',
    'Sean Keane scored twice on Saturday. He conceded the win over Rovers, which included goals from Tom Hale and Ben Cole, was not pretty. "We did not play well for long spells," the Irishman said.',
    ['Sean Keane'],
  ],
  [
    'an age past a pronoun-subject sentence naming others as objects',
    'Ann Roe won the final in three sets. She thanked her coach Jo Lee and her sister Kate Roe for their support. "It has been a very long road to get here," the 23-year-old said.',
    ['Ann Roe'],
  ],
  [
    'a nationality reaching the last speaker, a paragraph back, past a sentence that only mentions others',
    'Sean Keane, captain for the night, praised his manager. "We are confident and we can go there and win," he said.\n\nHe conceded the win over Rovers, which included goals from Tom Hale and Ben Cole, was not pretty. "It was not the best display but it is all about the result," the Irishman said.',
    ['Sean Keane', 'Sean Keane'],
  ],
  [
    'names in a sentence with no pronoun subject still leave the age unresolved',
    'Sean Keane scored twice on Saturday. The win over Rovers included goals from Tom Hale and Ben Cole. "We did not play well for long spells," the 23-year-old said.',
    [null],
  ],
];

describe('an age or nationality past a sentence that only mentions other people', () => {
  it.each(CASES)('%s', (_what, body, want) => {
    expect(speakers(body)).toEqual(want);
  });
});
