/**
 * Firms and clubs the article gives no other evidence for: a well-known firm's one-word name (cspell's company
 * dictionary, less given names, places, surnames and common words), a firm's name that opens with `General`, a
 * name ending in `Bros`, a club or a band with a plural verb (`Pellham have`), and `UK` as a place that never
 * speaks (src/extract/entities.ts, src/lexicon/companies.ts). Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { typeByName } from '../../src/extract/entities.js';
import { isKnownFirm } from '../../src/lexicon/companies.js';
import { underHeadline } from './article.js';

const spoken = (body: string): Array<{ name: string | null; entity: string | null | undefined }> =>
  extractQuotes(underHeadline(body)).map((q) => ({ name: q.attribution.name, entity: q.attribution.entity }));

describe('the company gazetteer', () => {
  it.each<[string, boolean]>([
    ['Nintendo', true],
    ['Lufthansa', true],
    ['Vodafone', true],
    // given names, surnames, places and common words of the dictionary are left out
    ['Morgan', false],
    ['Johnson', false],
    ['Oxford', false],
    ['Target', false],
    ['Sales', false],
    // tickers and capitals-only names are typed by their shape, not by the list
    ['AAPL', false],
    ['Harbourton', false],
  ])('%s → %s', (word, firm) => {
    expect(isKnownFirm(word)).toBe(firm);
  });
});

describe('a firm or a club nothing else in the article types', () => {
  it.each<[string, string, string, 'person' | 'organization' | null]>([
    [
      'a well-known firm’s one-word name',
      'The console maker cut its forecast.\n\n"Demand was weaker than we hoped," Nintendo said.',
      'Nintendo',
      'organization',
    ],
    [
      'a firm’s name opening with `General`',
      'Profits rose on Tuesday.\n\n"It was a strong quarter," General Mills said.',
      'General Mills',
      'organization',
    ],
    [
      'a name ending in `Bros`',
      'Kestrel Bros won two prizes for its "inspiring" work on film.',
      'Kestrel Bros',
      'organization',
    ],
    [
      'a club with a plural verb',
      'Pellham have offered the player a new deal. "He is part of our future," Pellham said.',
      'Pellham',
      'organization',
    ],
  ])('%s', (_label, body, name, entity) => {
    expect(spoken(body)).toContainEqual({ name, entity });
  });

  it.each<[string, string, string]>([
    [
      'a firm’s word that the article gives a gender stays a person',
      'Mr Lufthansa runs a bakery in town.\n\n"Bread is dear," Lufthansa said.',
      'Lufthansa',
    ],
    [
      'several subjects with a plural verb are no club',
      'Jo Pellham and Ann Roe have written to the council. "We want a reply," Pellham said.',
      'Jo Pellham',
    ],
  ])('%s', (_label, body, name) => {
    expect(spoken(body)).toContainEqual({ name, entity: 'person' });
  });

  it('a general with a surname stays a person', () => {
    const quotes = spoken('General Harbourne inspected the troops.\n\n"They are ready," General Harbourne said.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.name).toMatch(/Harbourne$/u);
    expect(quotes[0]!.entity).not.toBe('organization');
  });

  it('`UK` is a place and speaks for no one', () => {
    expect(typeByName('UK')).toBe('place');
    expect(spoken('"Trade is growing," the UK said.')).toEqual([{ name: null, entity: null }]);
  });
});
