import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { splitName } from '../../src/extract/mentions.js';
import { underHeadline } from './article.js';

const speakers = (text: string) => extractQuotes(underHeadline(text)).map((q) => q.attribution.name);

describe('a title word that is a surname', () => {
  it.each<[string, string | null]>([
    // after an honorific written without its period
    ['Mr King', 'King'],
    ['Ms White', 'White'],
    // after given names, however many
    ['Billie Jo King', 'Billie Jo King'],
    ['Ida Major', 'Ida Major'],
    // a suffix after such a surname is no name of its own
    ['Ida Jo King Jr.', 'Ida Jo King'],
    // a capitalised word no list holds before a title word that is mostly a surname
    ['Mervyn King', 'Mervyn King'],
    // … but not a nationality, a place or a title
    ['Saudi King', null],
    ['Spanish King', null],
    ['Former King', null],
    // a word of the long first-name lists before a title that is no surname stays a role
    ['Tory Leader', null],
    ['Labour Leader', null],
  ])('%s', (raw, name) => {
    expect(splitName(raw)?.name ?? null).toBe(name);
  });

  it.each<[string, Array<string | null>]>([
    // the one-word surname of a person the article names in full
    ['Billie Jo King won 12 titles. King says Lee "talked the talk and walked the walk."', ['Billie Jo King']],
    ['Ida King spoke on Monday. "Growth is slowing," Mr King said.', ['Ida King']],
    ['Prices fell. Bank governor Mervyn King said the economy had hit a "softer patch" this year.', ['Mervyn King']],
    // a title with no person of that surname names no one
    ['The King of Lund spoke on Monday. "Growth is slowing," the King said.', [null]],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});
