import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Article } from '../../src/model/types.js';
import { extractQuotes } from '../../src/extract/index.js';

const article = (text: string): Article => ({
  id: 'p',
  recordId: null,
  path: 'p.txt',
  line: null,
  title: null,
  publisher: null,
  url: null,
  author: null,
  publishedAt: null,
  dateline: null,
  text,
  furniture: [],
  metaOrigin: {},
});

const pieces = [
  '"',
  '“',
  '”',
  "'",
  '‘',
  '’',
  "''",
  '«',
  '»',
  '„',
  '``',
  ' ',
  '\n',
  '\n\n',
  ',',
  '.',
  ' said ',
  ' he said',
  'Anna Berg',
  'word',
  'שלום',
  'e\u0301',
  '👩‍👩‍👧',
  'مرحبا',
  ':',
  '—',
  'according to ',
  'Mr. ',
];
const adversarial = fc.array(fc.constantFrom(...pieces), { maxLength: 200 }).map((xs) => xs.join(''));
const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  adversarial,
  fc.constant('"'.repeat(5000)),
  fc.constant('“'.repeat(3000) + '”'.repeat(2000)),
);

describe('extraction invariants', () => {
  it('keeps offsets inside the text and pieces consistent with the text; a failure is an Error naming the article', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let qs: ReturnType<typeof extractQuotes>;
        try {
          qs = extractQuotes(article(text));
        } catch (error) {
          expect(error).toBeInstanceOf(Error);
          expect((error as Error).message).toMatch(/^extract: article 'p': /);
          return;
        }
        for (const q of qs) {
          expect(q.start).toBeGreaterThanOrEqual(0);
          expect(q.end).toBeLessThanOrEqual(text.length);
          expect(q.pieces.length).toBeGreaterThan(0);
          expect(q.start).toBe(q.pieces[0]!.start);
          expect(q.end).toBe(q.pieces[q.pieces.length - 1]!.end);
          expect(q.text).toBe(q.pieces.map((p) => text.slice(p.start, p.end)).join(' '));
          for (const p of q.pieces) expect(p.start).toBeLessThan(p.end);
        }
      }),
      { numRuns: 300 },
    );
  });
  it('throws, naming the article, when a rule fails (a bug never silently empties an article)', () => {
    const broken = { ...article('"We will build it," said Anna Berg.'), text: null as unknown as string };
    expect(() => extractQuotes(broken)).toThrow(/^extract: article 'p': /);
  });
  it('is deterministic', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(extractQuotes(article(text))).toEqual(extractQuotes(article(text)));
      }),
      { numRuns: 100 },
    );
  });
  it('skips furniture', () => {
    const text = 'Intro.\n"A caption quote," said Anna Berg.\n"A body quote," said Anna Berg.';
    const cut = text.indexOf('\n', 7);
    const qs = extractQuotes({ ...article(text), furniture: [{ start: 7, end: cut }] });
    expect(qs.map((q) => q.text)).toEqual(['A body quote']);
  });
});
