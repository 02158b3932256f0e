/**
 * Names that are no speaker: a bill named with a title's word (`Harbour Crown Bill`, read before as a person called
 * Bill with the role `Crown`), and the place a reader writes from (`Ann in Harbourton complains …`): a quotation
 * they stand next to gets no speaker rather than a wrong one (src/extract/mentions.ts `splitName`,
 * src/extract/entities.ts `placeEvidence`). Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { splitName } from '../../src/extract/mentions.js';
import { placeEvidence, typeByName } from '../../src/extract/entities.js';
import { underHeadline } from './article.js';

const names = (body: string): Array<string | null> => extractQuotes(underHeadline(body)).map((q) => q.attribution.name);

describe('a bill named with a title’s word', () => {
  it.each<[string, string, string | null]>([
    ['Crown Bill', 'Crown Bill', null],
    // a person's role or an honorific before `Bill` keeps the given name
    ['Senator Bill', 'Bill', 'Senator'],
    ['Mr Bill', 'Bill', null],
    ['President Bill Lee', 'Bill Lee', 'President'],
  ])('%s → %s', (run, name, role) => {
    expect(splitName(run)).toMatchObject({ name, role });
  });

  it('is a thing, never a speaker', () => {
    expect(typeByName('Crown Bill')).toBe('other');
    expect(
      names(
        'Lord Harbourne’s Succession to the Crown Bill would end the rule. The reform group’s general secretary told a radio station there were "very old features" in it.',
      ),
    ).toEqual([null]);
  });
});

describe('the place a reader writes from', () => {
  it.each<[string, string, boolean]>([
    ['Andrew in Harbourton complains that the rise is a trick.', 'Harbourton', true],
    ['Jo Lee in Kestrelford said so.', 'Kestrelford', true],
    // not a place after a word that is no given name
    ['Talks in Kestrelford went on.', 'Kestrelford', false],
  ])('%s', (text, name, place) => {
    expect(placeEvidence(text)(name)).toBe(place);
  });

  it('gives the quotation no speaker', () => {
    expect(names('Andrew in Harbourton complains that the rise is "blatant electioneering".')).toEqual([null]);
  });
});
