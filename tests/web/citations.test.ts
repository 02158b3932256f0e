/**
 * Worked examples for each rule of each citation style (APA 7, MLA 9, Chicago 17), one test per
 * example, named after the rule. The article is the source; the speaker is quoted in it (a secondary
 * source); Verbatim's permalink is given as such, never as the article's address.
 */
import { describe, expect, it } from 'vitest';
import { citationsFor, titleCase, type Citation, type CitationInput } from '../../src/web/citations.js';
import type { Article, Quote, Speaker } from '../../src/model/types.js';

const ARTICLE: Article = {
  id: 'harbour',
  recordId: null,
  path: 'harbour.txt',
  line: null,
  title: 'Harbour bridge to reopen in spring',
  publisher: 'The Coastal Gazette',
  url: 'https://gazette.example/harbour-bridge',
  author: 'Mira Okafor',
  publishedAt: '2025-03-14',
  dateline: null,
  text: '',
  furniture: [],
  metaOrigin: {},
};

const QUOTE: Quote = {
  id: 'q1',
  articleId: 'harbour',
  start: 0,
  end: 10,
  text: 'We will reopen the bridge in April',
  pieces: [{ start: 0, end: 10 }],
  kind: 'full',
  attribution: {
    name: 'Lena Park',
    role: 'mayor',
    kind: 'named',
    mention: null,
    cue: null,
    reason: 'test',
    confidence: 1,
  },
  saidAt: null,
  speakerId: 'lena-park',
  publishedAt: '2025-03-14',
};

const SPEAKER: Speaker = {
  id: 'lena-park',
  name: 'Lena Park',
  roles: ['mayor'],
  aliases: [],
  kind: 'person',
  quoteCount: 1,
  firstQuoteAt: null,
  lastQuoteAt: null,
};
const PERMALINK = 'https://verbatim.example/q/q1';
const ACCESSED = new Date(Date.UTC(2026, 11, 5));

function cite(article: Partial<Article> = {}, extra: Partial<CitationInput> = {}): Record<string, Citation> {
  const list = citationsFor({
    quote: QUOTE,
    article: { ...ARTICLE, ...article },
    speaker: SPEAKER,
    permalink: PERMALINK,
    accessed: ACCESSED,
    ...extra,
  });
  return Object.fromEntries(list.map((c) => [c.style, c]));
}

describe('APA 7', () => {
  it.each<[string, Partial<Article>, string]>([
    [
      'one author: Family, I. (Year, Month Day). *Title*. Site. URL',
      {},
      'Okafor, M. (2025, March 14). Harbour bridge to reopen in spring. The Coastal Gazette. https://gazette.example/harbour-bridge',
    ],
    [
      'two authors joined with “&”',
      { author: 'By Mira Okafor and Jon P. Lisle' },
      'Okafor, M., & Lisle, J. P. (2025, March 14). Harbour bridge to reopen in spring. The Coastal Gazette. https://gazette.example/harbour-bridge',
    ],
    [
      'no author: the title moves to the author position',
      { author: null },
      'Harbour bridge to reopen in spring. (2025, March 14). The Coastal Gazette. https://gazette.example/harbour-bridge',
    ],
    [
      'no date: (n.d.)',
      { publishedAt: null },
      'Okafor, M. (n.d.). Harbour bridge to reopen in spring. The Coastal Gazette. https://gazette.example/harbour-bridge',
    ],
    [
      'no URL: no address at all (the permalink is not the article’s)',
      { url: null },
      'Okafor, M. (2025, March 14). Harbour bridge to reopen in spring. The Coastal Gazette.',
    ],
    [
      'no title: a description in square brackets, not italicised or quoted',
      { title: null },
      'Okafor, M. (2025, March 14). [Untitled news article]. The Coastal Gazette. https://gazette.example/harbour-bridge',
    ],
    [
      'nothing but the publisher',
      { author: null, title: null, publishedAt: null, url: null },
      '[Untitled news article]. (n.d.). The Coastal Gazette.',
    ],
  ])('%s', (_rule, article, expected) => {
    expect(cite(article)['apa']!.text).toBe(expected);
  });

  it('the title of a page on a news website is italicised in the page', () => {
    expect(cite()['apa']!.html).toBe(
      'Okafor, M. (2025, March 14). <i>Harbour bridge to reopen in spring.</i> The Coastal Gazette. https://gazette.example/harbour-bridge',
    );
  });

  it.each<[string, Partial<Article>, string]>([
    ['a secondary source: (Speaker, as cited in Author, Year)', {}, '(Park, as cited in Okafor, 2025)'],
    ['no author: the short title in italics', { author: null }, '(Park, as cited in Harbour bridge to reopen, 2025)'],
    ['no date: n.d.', { publishedAt: null }, '(Park, as cited in Okafor, n.d.)'],
    [
      'three or more authors: et al.',
      { author: 'Mira Okafor, Jon Lisle and Ann Roe' },
      '(Park, as cited in Okafor et al., 2025)',
    ],
  ])('in-text, %s', (_rule, article, expected) => {
    expect(cite(article)['apa']!.inText?.text).toBe(expected);
  });

  it('the permalink is named as Verbatim’s, with a retrieval date', () => {
    expect(cite()['apa']!.permalink?.text).toBe(
      'Verbatim permalink to the quotation, retrieved December 5, 2026, from https://verbatim.example/q/q1',
    );
  });
});

describe('MLA 9', () => {
  it.each<[string, Partial<Article>, string]>([
    [
      'one author: Family, Given. “Title in Title Case.” *Site*, Day Mon. Year, URL without scheme.',
      {},
      'Okafor, Mira. “Harbour Bridge to Reopen in Spring.” The Coastal Gazette, 14 Mar. 2025, gazette.example/harbour-bridge.',
    ],
    [
      'two authors: Family, Given, and Given Family',
      { author: 'Mira Okafor and Jon Lisle' },
      'Okafor, Mira, and Jon Lisle. “Harbour Bridge to Reopen in Spring.” The Coastal Gazette, 14 Mar. 2025, gazette.example/harbour-bridge.',
    ],
    [
      'three or more authors: et al.',
      { author: 'Mira Okafor, Jon Lisle and Ann Roe' },
      'Okafor, Mira, et al. “Harbour Bridge to Reopen in Spring.” The Coastal Gazette, 14 Mar. 2025, gazette.example/harbour-bridge.',
    ],
    [
      'no author: the title first',
      { author: null },
      '“Harbour Bridge to Reopen in Spring.” The Coastal Gazette, 14 Mar. 2025, gazette.example/harbour-bridge.',
    ],
    [
      'no date: the element is left out',
      { publishedAt: null },
      'Okafor, Mira. “Harbour Bridge to Reopen in Spring.” The Coastal Gazette, gazette.example/harbour-bridge.',
    ],
    [
      'no URL: the element is left out',
      { url: null },
      'Okafor, Mira. “Harbour Bridge to Reopen in Spring.” The Coastal Gazette, 14 Mar. 2025.',
    ],
    [
      'no title: a description, neither quoted nor italicised',
      { title: null },
      'Okafor, Mira. Untitled news article. The Coastal Gazette, 14 Mar. 2025, gazette.example/harbour-bridge.',
    ],
    [
      'double quotation marks inside the title become single',
      { title: 'Mayor calls plan “a lifeline” for the port' },
      'Okafor, Mira. “Mayor Calls Plan ‘a Lifeline’ for the Port.” The Coastal Gazette, 14 Mar. 2025, gazette.example/harbour-bridge.',
    ],
    [
      'a title ending in a question mark keeps it, no period added',
      { title: 'Will the bridge reopen?' },
      'Okafor, Mira. “Will the Bridge Reopen?” The Coastal Gazette, 14 Mar. 2025, gazette.example/harbour-bridge.',
    ],
  ])('%s', (_rule, article, expected) => {
    expect(cite(article)['mla']!.text).toBe(expected);
  });

  it('the website (the container) is italicised in the page', () => {
    expect(cite()['mla']!.html).toBe(
      'Okafor, Mira. “Harbour Bridge to Reopen in Spring.” <i>The Coastal Gazette</i>, 14 Mar. 2025, gazette.example/harbour-bridge.',
    );
  });

  it.each<[string, Partial<Article>, string]>([
    ['an indirect source: (qtd. in Author)', {}, '(qtd. in Okafor)'],
    ['no author: the short title in quotation marks', { author: null }, '(qtd. in “Harbour Bridge to Reopen”)'],
  ])('in-text, %s', (_rule, article, expected) => {
    expect(cite(article)['mla']!.inText?.text).toBe(expected);
  });

  it('the permalink is named as Verbatim’s, with an access date', () => {
    expect(cite()['mla']!.permalink?.text).toBe(
      'Verbatim permalink to the quotation, verbatim.example/q/q1. Accessed 5 Dec. 2026.',
    );
  });
});

describe('Chicago 17', () => {
  it.each<[string, Partial<Article>, string]>([
    [
      'one author: Family, Given. “Title in Title Case.” *Paper*, Month Day, Year. URL.',
      {},
      'Okafor, Mira. “Harbour Bridge to Reopen in Spring.” The Coastal Gazette, March 14, 2025. https://gazette.example/harbour-bridge.',
    ],
    [
      'unsigned: the paper stands in place of the author',
      { author: null },
      'The Coastal Gazette. “Harbour Bridge to Reopen in Spring.” March 14, 2025. https://gazette.example/harbour-bridge.',
    ],
    [
      'unsigned and no paper: the title first',
      { author: null, publisher: null },
      '“Harbour Bridge to Reopen in Spring.” March 14, 2025. https://gazette.example/harbour-bridge.',
    ],
    [
      'no date: n.d.',
      { publishedAt: null },
      'Okafor, Mira. “Harbour Bridge to Reopen in Spring.” The Coastal Gazette, n.d. https://gazette.example/harbour-bridge.',
    ],
    [
      'no URL: no address',
      { url: null },
      'Okafor, Mira. “Harbour Bridge to Reopen in Spring.” The Coastal Gazette, March 14, 2025.',
    ],
    [
      'no title: a description, not quoted',
      { title: null },
      'Okafor, Mira. Untitled news article. The Coastal Gazette, March 14, 2025. https://gazette.example/harbour-bridge.',
    ],
    [
      'double quotation marks inside the title become single',
      { title: '"Never again," says mayor' },
      'Okafor, Mira. “‘Never Again,’ Says Mayor.” The Coastal Gazette, March 14, 2025. https://gazette.example/harbour-bridge.',
    ],
  ])('%s', (_rule, article, expected) => {
    expect(cite(article)['chicago']!.text).toBe(expected);
  });

  it('the paper is italicised in the page', () => {
    expect(cite()['chicago']!.html).toBe(
      'Okafor, Mira. “Harbour Bridge to Reopen in Spring.” <i>The Coastal Gazette</i>, March 14, 2025. https://gazette.example/harbour-bridge.',
    );
  });

  it.each<[string, Partial<Article>, string]>([
    [
      'a secondary source: the note says “quoted in”',
      {},
      '1. Lena Park, quoted in Mira Okafor, “Harbour Bridge to Reopen in Spring,” The Coastal Gazette, March 14, 2025, https://gazette.example/harbour-bridge.',
    ],
    [
      'no URL and no date',
      { url: null, publishedAt: null },
      '1. Lena Park, quoted in Mira Okafor, “Harbour Bridge to Reopen in Spring,” The Coastal Gazette, n.d.',
    ],
  ])('note, %s', (_rule, article, expected) => {
    expect(cite(article)['chicago']!.inText?.text).toBe(expected);
  });

  it('the permalink is named as Verbatim’s, with an access date', () => {
    expect(cite()['chicago']!.permalink?.text).toBe(
      'Verbatim permalink to the quotation, accessed December 5, 2026, https://verbatim.example/q/q1.',
    );
  });
});

describe('every style', () => {
  it('never gives Verbatim’s address as the article’s', () => {
    for (const c of Object.values(cite({ url: null }))) {
      if (c.style === 'plain') continue;
      expect(c.text).not.toContain('verbatim.example');
      expect(c.inText?.text ?? '').not.toContain('verbatim.example');
    }
  });

  it('escapes markup in the page form', () => {
    const apa = cite({ title: 'Bridge <b>open</b> & "ready"' })['apa']!;
    expect(apa.html).toContain('<i>Bridge &lt;b&gt;open&lt;/b&gt; &amp; &quot;ready&quot;.</i>');
  });

  it('the plain line says n.d. when nothing dates the quote', () => {
    const plain = citationsFor({
      quote: { ...QUOTE, publishedAt: null },
      article: { ...ARTICLE, publishedAt: null },
      speaker: SPEAKER,
      permalink: PERMALINK,
    })[3]!;
    expect(plain.text).toBe(
      '“We will reopen the bridge in April” — Lena Park, n.d. “Harbour bridge to reopen in spring”, The Coastal Gazette. https://verbatim.example/q/q1',
    );
  });
});

describe('title case (MLA 9, Chicago 17)', () => {
  it.each([
    [
      'zelensky arrives in paris, meets macron ahead of summit',
      'Zelensky Arrives in Paris, Meets Macron Ahead of Summit',
    ],
    ['NATO and the iPhone: what to know', 'NATO and the iPhone: What to Know'],
    ['a plan to rebuild', 'A Plan to Rebuild'],
    ['what it is for', 'What It Is For'],
    ['self-defence pact signed', 'Self-Defence Pact Signed'],
  ])('%s → %s', (title, expected) => {
    expect(titleCase(title)).toBe(expected);
  });
});
