import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

/**
 * The `he`/`she` after a body's spokesperson whose words the cue layer gave the body (`A spokesman for distributor
 * Kestrelfilm said …`): the body, not a name mentioned before it. The branch of `resolvePronoun` that does this
 * (`spokespersonAt`) is reached by news text (a bbc-news article of the kind), so it stays; this case keeps it tested.
 */
describe('a pronoun after a spokesperson whose words were given to the body stands for the body', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Castle Tale is based on a novel by author Diana Wynne. She heads to a moving castle kept by Howl, a wizard. A spokesman for distributor Kestrelfilm said the film "has received strong interest from audiences". "We have a good feeling about this film," he added.',
      ['Kestrelfilm', 'Kestrelfilm'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});
