import { describe, expect, it } from 'vitest';
import { formatIso } from '../../src/web/when.js';
import { apaReference, chicagoReference, mlaReference } from '../../src/web/citations.js';
import { articleParagraphs, markRanges, paragraphAround } from '../../src/search/text-segments.js';
import { jsonForScript } from '../../src/web/present.js';
import { corpus } from './fixtures.js';
import type { Article } from '../../src/model/types.js';

describe('formatIso shows a time at the precision the source gives', () => {
  it.each([
    ['2025-09-04T16:25+02:00', '4 Sep 2025, 16:25 UTC+02:00', '2025-09-04T16:25+02:00'],
    ['2025-09-04T16:25:00Z', '4 Sep 2025, 16:25 UTC', '2025-09-04T16:25Z'],
    ['2025-09-04T16:25', '4 Sep 2025, 16:25 local time', '2025-09-04T16:25'],
    ['2025-09-04T16:25-0500', '4 Sep 2025, 16:25 UTC-05:00', '2025-09-04T16:25-05:00'],
    ['2025-09-04', '4 Sep 2025', '2025-09-04'],
    ['2025-09', 'Sep 2025', '2025-09'],
    ['2025', '2025', '2025'],
  ])('%s → %s', (value, text, datetime) => {
    expect(formatIso(value)).toMatchObject({ text, datetime });
  });

  it.each(['', 'yesterday', '2025-13-01', '04/09/2025'])('%j is not shown as a date', (value) => {
    expect(formatIso(value)).toBeNull();
  });
});

const base: Article = corpus.articles[0]!;
const withMeta = (fields: Partial<Article>): Article => ({ ...base, ...fields });

describe('citations for the article a quote came from', () => {
  it.each([
    [
      'one author, full date',
      { author: 'Mira Okafor' },
      'Okafor, M. (2025, March 14). Harbour bridge to reopen in spring. The Coastal Gazette. https://gazette.example/harbour-bridge',
    ],
    [
      'two authors in a byline',
      { author: 'By Mira Okafor and Jon P. Lisle' },
      'Okafor, M., & Lisle, J. P. (2025, March 14). Harbour bridge to reopen in spring. The Coastal Gazette. https://gazette.example/harbour-bridge',
    ],
    [
      'no author: the title leads',
      { author: null },
      'Harbour bridge to reopen in spring. (2025, March 14). The Coastal Gazette. https://gazette.example/harbour-bridge',
    ],
    [
      'no date, no URL: n.d. and no address (Verbatim’s permalink is not the article’s)',
      { author: null, publishedAt: null, url: null },
      'Harbour bridge to reopen in spring. (n.d.). The Coastal Gazette.',
    ],
  ])('APA 7: %s', (_case, fields, expected) => {
    expect(apaReference(withMeta(fields), 'https://v.example/q/1')).toBe(expected);
  });

  it('MLA 9 abbreviates the month, drops the URL scheme and sets the title in title case', () => {
    expect(mlaReference(withMeta({ publishedAt: '2025-09-04' }), 'x')).toBe(
      'Okafor, Mira. “Harbour Bridge to Reopen in Spring.” The Coastal Gazette, 4 Sept. 2025, gazette.example/harbour-bridge.',
    );
  });

  it('Chicago starts an unsigned news item with the publisher', () => {
    expect(chicagoReference(withMeta({ author: null }), 'x')).toBe(
      'The Coastal Gazette. “Harbour Bridge to Reopen in Spring.” March 14, 2025. https://gazette.example/harbour-bridge.',
    );
  });
});

describe('text segments', () => {
  it('markRanges merges overlapping highlights and clamps them to the text', () => {
    expect(
      markRanges('under budget now', [
        { start: 6, end: 12 },
        { start: 0, end: 8 },
        { start: 14, end: 99 },
      ]),
    ).toEqual([
      { text: 'under budget', mark: true },
      { text: ' n', mark: false },
      { text: 'ow', mark: true },
    ]);
  });

  it('markRanges with no highlights is the whole text, unmarked', () => {
    expect(markRanges('plain', [])).toEqual([{ text: 'plain', mark: false }]);
  });

  it('paragraphAround keeps to the paragraph of a quote at the very start of the text', () => {
    const article = withMeta({ text: '“Go now,” she said.\nNext paragraph.' });
    const q = { ...corpus.quotes[0]!, start: 1, end: 7, pieces: [{ start: 1, end: 7 }] };
    const around = paragraphAround(article, q);
    expect(around.segments.map((s) => s.text).join('')).toBe('“Go now,” she said.');
  });

  it('articleParagraphs marks a quote interrupted by its attribution as two linked runs, speaker after the last', () => {
    const text = '“We will build it,” the mayor said, “and we will pay for it.”';
    const article = withMeta({ text, furniture: [] });
    const first = { start: 1, end: text.indexOf('”') };
    const second = { start: text.indexOf('“and') + 1, end: text.lastIndexOf('”') };
    const q = { ...corpus.quotes[0]!, id: 'split', start: first.start, end: second.end, pieces: [first, second] };
    const [para] = articleParagraphs(article, [q]);
    expect(para!.filter((r) => r.quoteId === 'split').map((r) => [r.text, r.endsQuote])).toEqual([
      ['We will build it,', false],
      ['and we will pay for it.', true],
    ]);
  });
});

describe('jsonForScript', () => {
  it('cannot close the script element it is written into', () => {
    const out = jsonForScript({ text: '</script><script>alert(1)</script> & \u2028' });
    expect(out).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(out)).toEqual({ text: '</script><script>alert(1)</script> & \u2028' });
  });
});
