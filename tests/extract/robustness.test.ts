import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/types.js';
import { extractQuotes } from '../../src/extract/index.js';

/**
 * Adversarial articles of a quarter to one megabyte. Extraction must stay linear in the text: each
 * case runs in a second or so when it is, and would take minutes (far past the generous per-test
 * timeout below) if a window, a paragraph lookup or a rule rescanned the text per quotation. The
 * pathological cases were super-linear with a large constant, so a quarter megabyte is enough; the
 * densely quoted long line was quadratic with a small one, so it gets the full megabyte, and its
 * time is compared with the same line's at a quarter of the size in the same test: four times the
 * text takes about four times as long when the cost is linear, sixteen times when it is quadratic.
 * A ratio, not a wall-clock limit, so a busy machine (which slows both runs) does not fail it.
 */
const MB = 1_000_000;
const QUARTER_MB = 250_000;
const GENEROUS = 120_000;
/** Full size against a quarter: linear is about 4, quadratic about 16. */
const MAX_GROWTH = 9;

/** Milliseconds of one call, the process's CPU time (user + system), so that waiting for a core is not counted. */
function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** Extracts the line at a quarter and at the full size; fails when the full size costs quadratically more. */
function expectLinear(unit: string, check: (text: string, qs: ReturnType<typeof extractQuotes>) => void): void {
  const quarter = repeatTo(unit, QUARTER_MB);
  const full = repeatTo(unit, MB);
  extractChecked(quarter); // warm-up: compiled code for both timed runs
  const small = cpuMs(() => check(quarter, extractChecked(quarter)));
  const big = cpuMs(() => check(full, extractChecked(full)));
  // 200 ms of slack keeps a very fast quarter run from making the ratio noise.
  expect(big).toBeLessThan(MAX_GROWTH * small + 200);
}

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
      expectLinear('Anna Berg said: "We will win." ', (text, qs) => {
        expect(qs.length).toBe(Math.ceil(text.length / 31));
        expect(qs.every((q) => q.text === 'We will win.' && q.attribution.name === 'Anna Berg')).toBe(true);
      });
    },
    GENEROUS,
  );

  it(
    '"We are ready," she said, adding more words. — repeated on one line, every quotation is found',
    () => {
      const unit = 'Anna Berg spoke first and "we are ready," she said, adding more words to the line. ';
      expectLinear(unit, (text, qs) => {
        expect(qs.length).toBe(Math.ceil(text.length / unit.length));
        expect(qs.every((q) => q.text === 'we are ready')).toBe(true);
      });
    },
    GENEROUS,
  );
});
