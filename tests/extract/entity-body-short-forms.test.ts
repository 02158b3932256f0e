/**
 * A body's acronym and its name are one speaker (src/extract/mentions.ts `MentionIndex.bodies`, read by
 * `expandName` and by coreference): `the Harbour Guard Corps (HGC)` … `the HGC said` … `the Corps said` all name
 * the Harbour Guard Corps. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { findMentions } from '../../src/extract/mentions.js';
import { underHeadline } from './article.js';

const names = (body: string): Array<string | null> => extractQuotes(underHeadline(body)).map((q) => q.attribution.name);

describe("a body's short forms", () => {
  it.each<[string, string, string]>([
    [
      'an acronym in brackets',
      'Tension rose.\n\n"We will act," the Harbour Guard Corps (HGC) said.\n\n"They will regret it," the HGC added.',
      'Harbour Guard Corps',
    ],
    [
      'an acronym of a longer name',
      'Prices rose.\n\n"It hurts," the Kestrel Small Traders Association (KSTA) said.\n\n"We need help," the KSTA added.',
      'Kestrel Small Traders Association',
    ],
    [
      "the body's last word",
      'Tension rose.\n\n"We will act," the Harbour Guard Corps said.\n\n"They will regret it," the Corps added.',
      'Harbour Guard Corps',
    ],
  ])('%s', (_case, body, name) => {
    expect(names(body)).toEqual([name, name]);
  });

  it.each<[string, string, string, string | undefined]>([
    ['brackets that spell another name', 'The Harbour Guard Corps (XYZ) met.', 'XYZ', undefined],
    [
      'a last word two bodies share',
      'Staff of the Orbix Water Commission met the Kestrel Water Commission.',
      'Commission',
      undefined,
    ],
    ['a word that names a body of its own', 'The Harbour Opera House said so.', 'House', undefined],
    ['the acronym', 'The Harbour Guard Corps (HGC) met.', 'HGC', 'Harbour Guard Corps'],
  ])('%s', (_case, text, short, full) => {
    expect(findMentions(text, [], 0).bodies?.get(short)).toBe(full);
  });
});
