/**
 * A description that ends in a role title's word speaks for the person it describes: `the archbishop
 * said`, `the bishop said`, as `the mayor said` does. Parts of titles, party names and a sport's
 * honours (`the champion` of a race with several champions) are left out.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const speakers = (body: string): Array<string | null> =>
  extractQuotes(underHeadline(body)).map((q) => q.attribution.name);

describe('a role title word ends a description that speaks', () => {
  it.each<[string, string]>([
    ['Archbishop Ivo Roe visited the camp. The archbishop said the detentions were "unacceptable".', 'Ivo Roe'],
    ['Cardinal Ann Ortiz spoke at noon. The cardinal said the war was "a terrible waste" of money.', 'Ann Ortiz'],
    ['Bishop Tom Baker met the council. The bishop said: "We will open the hall to everyone."', 'Tom Baker'],
  ])('%s', (body, name) => {
    expect(speakers(body)).toEqual([name]);
  });
});

describe('a sport honour alone does not say which of several speaks', () => {
  it('The world champion said …, in a race report naming two', () => {
    const body =
      'Ivo Roe beat the Olympic champion Tom Baker in the final. The world champion said the track was "far too slow".';
    expect(speakers(body)).not.toContain('Tom Baker');
  });
});
