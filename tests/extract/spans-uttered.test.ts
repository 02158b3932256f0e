/**
 * Words uttered aloud are quotations even when short and said by nobody the article names: a crowd's
 * chant, a cry from the room, an unnamed guest's reply. A term the writer marks (`so-called "…"`, a
 * title) still drops.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const texts = (body: string): string[] => extractQuotes(underHeadline(body)).map((q) => q.text);

describe('a chant, a shout or a cry is speech, however short', () => {
  it.each<[string, string[]]>([
    ['The fans waved flags and some chanted "Home! Home!" as the bus left.', ['Home! Home!']],
    ['Outside the hall the marchers were chanting "Open the Gates" for an hour.', ['Open the Gates']],
    ['The mayor was met with chants of "Resign" when she took the stage.', ['Resign']],
    ['There were loud cries of "shame" from the gallery.', ['shame']],
    ['The crowd chanted back at her, "Not Again," and she smiled.', ['Not Again']],
    ['A man in the back shouted, "Liar!" before he was led out.', ['Liar!']],
    ['The students were yelling "Strike" in the square.', ['Strike']],
  ])('%s', (body, expected) => {
    expect(texts(body)).toEqual(expected);
  });
});

describe('a speech verb and a pause open what an unnamed voice said', () => {
  it.each<[string, string[]]>([
    ['The host asked who had called. Another guest replied, "Your neighbour."', ['Your neighbour.']],
    ['A young voter answered the question. One of her friends added: "Too late."', ['Too late.']],
  ])('%s', (body, expected) => {
    expect(texts(body)).toEqual(expected);
  });
});

describe('terms still drop', () => {
  it.each<string>([
    'The so-called "harbour tax" was never paid.',
    'Locals call the district the "Quiet Ring" these days.',
    'The fee became known as the "dock levy" within a year.',
    // a speech verb with no pause takes the word as its object: no one is quoted
    'The council refused to say "sorry" after the vote.',
  ])('%s', (body) => {
    expect(texts(body)).toEqual([]);
  });
});

describe('titles of works drop, even in a cued sentence', () => {
  it.each<string>([
    // a credit after the title: the person is known by the work
    'Ivo Roe, a "Harbour Nights" star, said the show would end.',
    '"Morning Desk" host Ann Ortiz said the port would close.',
    // a plural possessive names the outlet whose programme it is
    'Ivo Roe told the brothers\' "Harbour Hour" that the port would close.',
    // a kind of book before the title
    'In his memoir, "A Life at Sea," Ivo Roe described the port.',
  ])('%s', (body) => {
    expect(texts(body)).toEqual([]);
  });
});

describe('a subject that only heard the cries is not their speaker', () => {
  it.each<[string, string]>([
    ['The singer Ivo Roe was greeted by cries of "Ivo, Ivo" as he walked in.', 'Ivo Roe'],
    ['Mayor Ann Ortiz was met with chants of "Shame On You" at the door.', 'Ann Ortiz'],
  ])('%s', (body, subject) => {
    expect(extractQuotes(underHeadline(body)).map((q) => q.attribution.name)).not.toContain(subject);
  });
});
