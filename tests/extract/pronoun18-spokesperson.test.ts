import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

/**
 * The `he`/`she` after a body's spokesperson (`A spokesman for distributor Kestrelfilm said …`): the same unnamed
 * spokesperson, with the body in the role, not a name mentioned before it (`Diana Wynne`, `Howl`). Since the
 * eighteenth session's description rule makes such a spokesperson unnamed, this holds without `resolvePronoun`'s
 * `spokespersonAt` branch too (checked by disabling it).
 */
describe('a pronoun after a spokesperson stands for that spokesperson, not a name mentioned before', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Castle Tale is based on a novel by author Diana Wynne. She heads to a moving castle kept by Howl, a wizard. A spokesman for distributor Kestrelfilm said the film "has received strong interest from audiences". "We have a good feeling about this film," he added.',
      [null, null],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
    expect(extractQuotes(article(body)).map((q) => q.attribution.role)).toEqual([
      'spokesman for distributor Kestrelfilm',
      'spokesman for distributor Kestrelfilm',
    ]);
  });
});
