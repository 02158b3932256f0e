/**
 * An office of a body before a person whose given name the lists do not hold: `Speaker of Parliament Ivo Roe`,
 * `Director of National Intelligence Ivo Roe` name the person, not the office's first word or the body; `Harbour
 * Bank Governor Ivo Roe` is a person with a role, not a bank (src/extract/mentions.ts `titleObjectBeforeName`,
 * src/extract/entities.ts `typeByName`). Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { typeByName } from '../../src/extract/entities.js';
import { underHeadline } from './article.js';

const spoken = (body: string): Array<{ name: string | null; entity: string | null | undefined }> =>
  extractQuotes(underHeadline(body)).map((q) => ({ name: q.attribution.name, entity: q.attribution.entity }));

describe('an office of a body, then a given name the lists do not hold', () => {
  it.each<[string, string]>([
    ['"We will not accept this," said Speaker of Parliament Ivo Roe.', 'Ivo Roe'],
    ['Speaker of Parliament Ivo Roe said: "We will not accept this."', 'Ivo Roe'],
    ['"We will not accept this," said Director of National Intelligence Ivo Roe.', 'Ivo Roe'],
    ['"We will not accept this," said Chairman of Harbour Council Ivo Roe.', 'Ivo Roe'],
  ])('%s', (body, name) => {
    expect(spoken(body)).toEqual([{ name, entity: 'person' }]);
  });

  it.each<[string, 'person' | 'organisation' | null]>([
    ['Harbour Bank Governor Ivo Roe', 'person'],
    ['Harbour Bank Governor Jo Roe', 'person'],
    // a body's word, a law or a firm's last word after the title: no person
    ['Harbour Bank Governor Street Trust', 'organisation'],
    ['Harbour Bank', 'organisation'],
  ])('%s → %s', (name, type) => {
    expect(typeByName(name)).toBe(type);
  });
});
