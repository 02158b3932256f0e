import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/types.js';
import { extractQuotes } from '../../src/extract/index.js';

/**
 * Adversarial articles of a quarter to one megabyte. Extraction must stay linear in the text: each
 * case runs in a second or so when it is, and would take minutes (far past the generous per-test
 * timeout below) if a window, a paragraph lookup or a rule rescanned the text per quotation. The
 * pathological cases were super-linear with a large constant, so a quarter megabyte is enough; the
 * densely quoted long line was quadratic with a small one, so it gets the full megabyte.
 */
const MB = 1_000_000;
const QUARTER_MB = 250_000;
const GENEROUS = 20_000;

const article = (text: string): Article => ({
  id: 'adv',
  recordId: null,
  path: 'adv.txt',
  line: null,
  title: null,
  publisher: null,
  url: null,
  author: null,
  publishedAt: '2024-03-05',
  dateline: null,
  text,
  furniture: [],
  metaOrigin: {},
});

const repeatTo = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length));

function extractChecked(text: string): ReturnType<typeof extractQuotes> {
  const qs = extractQuotes(article(text));
  for (const q of qs) {
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeLessThanOrEqual(text.length);
  }
  return qs;
}

describe('a megabyte of adversarial text is extracted in linear time', () => {
  it.each<[string, string]>([
    ['unclosed curly marks: “word “word “word …', '“word '],
    ['unclosed straight marks on one line: The man said "word The man said "word …', 'The man said "word '],
    ['tiny quotations back to back: "a" "a" "a" …', '"a" '],
    [
      'pronoun speakers in one endless sentence: He said "it is" and she said "it was" on Tuesday …',
      'He said "it is" and she said "it was" on Tuesday ',
    ],
    ["possessive-looking single marks: 'the voters' choice 'the voters' choice …", "'the voters' choice "],
    ['opening marks after every word: “a “b “c … on separate short lines', '“a “b “c\n'],
  ])(
    '%s',
    (_name, unit) => {
      extractChecked(repeatTo(unit, QUARTER_MB));
    },
    GENEROUS,
  );

  it(
    'Anna Berg said: "We will win." — repeated on one megabyte-long line, every quotation keeps its speaker',
    () => {
      const qs = extractChecked(repeatTo('Anna Berg said: "We will win." ', MB));
      expect(qs.length).toBe(Math.ceil(MB / 31));
      expect(qs.every((q) => q.text === 'We will win.' && q.attribution.name === 'Anna Berg')).toBe(true);
    },
    GENEROUS,
  );

  it(
    '"We are ready," she said, adding more words. — repeated on one line, every quotation is found',
    () => {
      const unit = 'Anna Berg spoke first and "we are ready," she said, adding more words to the line. ';
      const qs = extractChecked(repeatTo(unit, MB));
      expect(qs.length).toBe(Math.ceil(MB / unit.length));
      expect(qs.every((q) => q.text === 'we are ready')).toBe(true);
    },
    GENEROUS,
  );
});
