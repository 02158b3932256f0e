/**
 * A US state is a place, as a country is: it speaks only with a person's evidence in the article
 * (`Virginia` as a given name), never as the name glued before a person's (`a voter in Dover, Delaware, said`).
 */
import { describe, expect, it } from 'vitest';
import { typeByName } from '../../src/extract/entities.js';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

describe('US states are places', () => {
  it.each<[string]>([['South Carolina'], ['Massachusetts'], ['New Hampshire'], ['Delaware']])('%s', (name) => {
    expect(typeByName(name)).toBe('place');
  });

  it('a state after a town in commas is not the speaker', () => {
    const qs = extractQuotes(
      underHeadline('A retired nurse from Dover, Delaware, said she was "tired of the whole thing".'),
    );
    expect(qs.map((q) => q.attribution.name)).toEqual([null]);
  });
});
