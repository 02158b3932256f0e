import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { readSubjectLeft, readSubjectRight } from '../../src/extract/cues.js';
import { underHeadline } from './article.js';

const speakers = (text: string) => extractQuotes(underHeadline(text)).map((q) => q.attribution.name);

describe('`… and said she had "…"`: after a coordinated cue, a pronoun with a verb of its own opens the reported clause', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Tom Besk attacked Ilse Rand on Monday. He called her "weak" and said she had "zero support" in the party.',
      ['Tom Besk', 'Tom Besk'],
    ],
    [
      'Ola Brandt visited the port. She praised the crew and then said they were "the best in the region."',
      ['Ola Brandt'],
    ],
    // an inverted pronoun closing its clause is still the speaker (unchanged)
    ['Ola Brandt visited the port.\n\n"We will build it," said she.', ['Ola Brandt']],
    // a name set in commas before `said she felt`: the pronoun stands for that name (unchanged)
    [
      'Several groups spoke. The trust\'s director, Rachel Gist, said she felt the plan was "a fair deal".',
      ['Rachel Gist'],
    ],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });

  it.each<[string, string | null]>([
    [' she had "zero', null],
    [' she.', 'she'],
    [' he in a statement.', 'he'],
    [' they on Monday.', 'they'],
  ])('after `and said`: readSubjectRight(%j) → %j', (right, want) => {
    const text = `He left and said${right}`;
    const np = readSubjectRight(text, 'He left and said'.length, text.length);
    expect(np?.text ?? null).toEqual(want);
  });
});

describe('`said Jo Lind per the Ledger`: `per` and its source end the name after a cue', () => {
  it.each<[string, Array<string | null>]>([
    ['The vote was close.\n\n"We will not give up," said Jo Lind per the Harbour Ledger.', ['Jo Lind']],
    ['The vote was close.\n\n"We will not give up," said Mayor Jo Lind per a Harbour Ledger report.', ['Jo Lind']],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});

describe('`a source within the Interior Ministry said`: an unnamed person of a body is nobody by name, not the body', () => {
  it.each<[string, Array<string | null>]>([
    ['The plan stalled.\n\nA source within the Harbour Ministry said the plan was "dead on arrival."', [null]],
    ['The plan stalled.\n\nA person familiar with the Orbix talks said the deal was "nearly done."', [null]],
    ['The plan stalled.\n\nA senior source close to the Orbix board said the plan was "dead on arrival."', [null]],
    ['The plan stalled.\n\nSources inside the Harbour Ministry said the plan was "dead on arrival."', [null]],
    ['The plan stalled.\n\n"It is dead on arrival," said a source within the Harbour Ministry.', [null]],
    // a spokesman for a body is an unnamed person too (the seventeenth session's convention, docs/attribution-coref.md)
    ['The plan stalled.\n\nA spokesman for the Harbour Ministry said the plan was "under review."', [null]],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });

  it.each<[string, string]>([
    ['A source within the Harbour Ministry', 'A source'],
    ['Two officials in the Harbour Ministry', 'Two officials'],
    ['One person close to Jo Lind', 'One person'],
    ['The plan stalled, people familiar with the talks', 'people'],
  ])('readSubjectLeft(%j) → %j', (left, want) => {
    const text = `${left} said`;
    const np = readSubjectLeft(text, 0, left.length + 1);
    expect(np?.text).toEqual(want);
    expect(np?.kind).toEqual('nominal');
  });
});

describe("`according to a court document filed by Tom Ardle`: a filed document's author is the source", () => {
  it.each<[string, Array<string | null>]>([
    [
      'The case was closed.\n\nJo Fell later tweeted a photograph and said she had been pushed.\n\n"The evidence is insufficient to support a prosecution," according to a court document filed by state attorney Tom Ardle.',
      ['Tom Ardle'],
    ],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});
