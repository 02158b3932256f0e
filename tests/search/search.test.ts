import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSearchEngine, type SearchResponse } from '../../src/search/index.js';
import type { Quote } from '../../src/model/types.js';
import { corpus, request } from './fixtures.js';

const engine = createSearchEngine(corpus);
const ids = (r: SearchResponse): string[] => r.results.map((h) => h.quote.id);
const find = (q: string, more: Parameters<typeof request>[0] = {}): SearchResponse =>
  engine.search(request({ q, ...more }));
const dateOf = (q: Quote): string => q.saidAt?.value ?? q.publishedAt ?? '';
const publisherOf = (q: Quote): string | null => corpus.articles.find((a) => a.id === q.articleId)?.publisher ?? null;
const marked = (r: SearchResponse, id: string): string[] => {
  const hit = r.results.find((h) => h.quote.id === id);
  return hit ? hit.highlights.map((h) => hit.quote.text.slice(h.start, h.end)) : [];
};

describe('relevance', () => {
  it("a quote matches by its own words and its speaker's name, never by its article's title alone", () => {
    // Article a1 is titled 'Minister sets out spring budget'; of its quotes and all others only q09 says "budget".
    expect(ids(find('budget'))).toEqual(['q09']);
    expect(find('minister').total).toBe(0);
    expect(find('spring budget').total).toBe(0);
    // a3 'Schools face winter repairs': q06 says "winter" but no quote says "repairs".
    expect(find('winter repairs').total).toBe(0);
    expect(ids(find('winter'))).toEqual(['q06']);
    // The speaker's name still matches: every quote of hers, though none says it.
    const own = corpus.quotes.filter((q) => q.speakerId === 'maria-lindqvist').map((q) => q.id);
    expect(ids(find('lindqvist')).sort()).toEqual(own.sort());
  });

  it('promises: both exact "promises" quotes outrank the one-edit variant "promised"', () => {
    expect(ids(find('promises'))).toEqual([
      expect.stringMatching(/^q(05|14)$/),
      expect.stringMatching(/^q(05|14)$/),
      'q16',
    ]);
  });

  it('rate: the exact word beats quotes that only match the prefix expansion "rates"', () => {
    const r = find('rate');
    expect(ids(r)[0]).toBe('q22');
    expect(ids(r)).toEqual(expect.arrayContaining(['q12', 'q13']));
  });

  it('okafor: his own quotes match through the speaker field, and so does the quote naming him', () => {
    const r = find('okafor');
    const own = corpus.quotes.filter((q) => q.speakerId === 'tomas-okafor').map((q) => q.id);
    expect(ids(r)).toEqual(expect.arrayContaining([...own, 'q21']));
  });
});

describe('matching', () => {
  it.each([
    [
      'helen park',
      'AND: "park" alone (the council quote about a park) is not enough',
      (r: SearchResponse) => {
        expect(ids(r)).not.toContain('q23');
        expect(r.results.every((h) => h.quote.speakerId === 'helen-park')).toBe(true);
      },
    ],
    ['inflation wages', 'AND: only the quote with both words', (r: SearchResponse) => expect(ids(r)).toEqual(['q01'])],
    [
      'infla',
      'prefix on the last word: inflation and inflationary',
      (r: SearchResponse) => expect(ids(r).sort()).toEqual(['q01', 'q08', 'q12', 'q19']),
    ],
    ['infla wages', 'no prefix on a word that is not last', (r: SearchResponse) => expect(r.total).toBe(0)],
    [
      'wages infla',
      'prefix on the last word together with an exact word',
      (r: SearchResponse) => expect(ids(r)).toEqual(['q01']),
    ],
    ['econmy', 'typo: one missing letter in a long word', (r: SearchResponse) => expect(ids(r)).toEqual(['q03'])],
    [
      'inflaton',
      'typo: one missing letter, three quotes',
      (r: SearchResponse) => expect(ids(r).sort()).toEqual(['q01', 'q08', 'q12']),
    ],
    [
      'rant',
      'no typo tolerance on short words: "rant" does not find "rent"',
      (r: SearchResponse) => expect(r.total).toBe(0),
    ],
    ['CAFÉ', 'case and diacritics folded: finds "Café"', (r: SearchResponse) => expect(ids(r)).toEqual(['q11'])],
    ['zurich malmo', 'diacritics folded both ways', (r: SearchResponse) => expect(ids(r)).toEqual(['q24'])],
    [
      '"broken promises"',
      'phrase: adjacent words',
      (r: SearchResponse) => expect(ids(r).sort()).toEqual(['q05', 'q14']),
    ],
    [
      '"broken trust"',
      'phrase: both words in q14 but not adjacent, so no match',
      (r: SearchResponse) => expect(r.total).toBe(0),
    ],
    ['"promises broken"', 'phrase: word order matters', (r: SearchResponse) => expect(r.total).toBe(0)],
    [
      '"don\'t believe"',
      'phrase: a straight apostrophe matches the curly one in the text',
      (r: SearchResponse) => expect(ids(r)).toEqual(['q09']),
    ],
    ['“DON’T TELL ME”', 'phrase: curly quotes, capitals', (r: SearchResponse) => expect(ids(r)).toEqual(['q20'])],
    [
      '"patience not slogans"',
      'phrase: punctuation between the words is ignored',
      (r: SearchResponse) => expect(ids(r)).toEqual(['q03']),
    ],
    [
      '"to be or not to be"',
      'phrase of stop words only: found by the scan',
      (r: SearchResponse) => expect(ids(r)).toEqual(['q10']),
    ],
    [
      '"the bridge"',
      'phrase mixing a stop word with an indexed word',
      (r: SearchResponse) => expect(ids(r).sort()).toEqual(['q07', 'q20']),
    ],
    ['heating -school', 'exclusion of a word', (r: SearchResponse) => expect(ids(r)).toContain('q04')],
    [
      'heating',
      'without the exclusion the school quote is there',
      (r: SearchResponse) => expect(ids(r)).toContain('q06'),
    ],
    [
      'flood -"flood plan"',
      'exclusion of a phrase leaves the other flood quote',
      (r: SearchResponse) => {
        expect(ids(r)).toContain('q16');
        expect(ids(r)).not.toContain('q15');
        expect(ids(r)).not.toContain('q21');
      },
    ],
  ])('%s (%s)', (q, _why, check) => {
    check(find(q));
  });

  it('heating -school leaves out the quote about the school heating', () => {
    expect(ids(find('heating -school'))).not.toContain('q06');
  });

  it('a query of exclusions only lists everything else', () => {
    const r = find('-inflation');
    expect(r.total).toBe(corpus.quotes.length - 3);
    expect(ids(find('-inflation', { limit: 100 }))).not.toContain('q01');
  });
});

describe('filters', () => {
  it('speakers: any of the given ids', () => {
    const r = find('', { speakers: ['helen-park', 'riverside-council'] });
    const expected = corpus.quotes.filter((q) => q.speakerId === 'helen-park' || q.speakerId === 'riverside-council');
    expect(r.total).toBe(expected.length);
    expect(ids(r).sort()).toEqual(expected.map((q) => q.id).sort());
  });

  it('publishers: exact name, any case, and spellings of one publisher count as one', () => {
    const r = find('', { publishers: ['harbour gazette'] });
    const expected = corpus.quotes.filter((q) => publisherOf(q)?.toLowerCase() === 'harbour gazette');
    expect(ids(r).sort()).toEqual(expected.map((q) => q.id).sort());
    expect(expected.map(publisherOf)).toEqual(expect.arrayContaining(['Harbour Gazette', 'HARBOUR GAZETTE']));
  });

  it('from/to: inclusive on the quote date, undated quotes left out', () => {
    const r = find('', { from: '2024-03-01', to: '2024-03-31' });
    expect(ids(r).sort()).toEqual(['q01', 'q02', 'q15', 'q21', 'q23']);
  });

  it('an unknown speaker id matches nothing', () => {
    expect(find('', { speakers: ['nobody-at-all'] }).total).toBe(0);
  });

  it('filters combine with the query', () => {
    // "inflation" is the last word, so "inflationary" (q19) matches too.
    expect(ids(find('inflation', { speakers: ['maria-lindqvist'] })).sort()).toEqual(['q01', 'q08', 'q19']);
  });
});

describe('sorting and pages', () => {
  const byDateDesc = [...corpus.quotes]
    .filter((q) => dateOf(q))
    .sort((a, b) => (dateOf(a) < dateOf(b) ? 1 : dateOf(a) > dateOf(b) ? -1 : a.id < b.id ? -1 : 1))
    .map((q) => q.id);

  it('an empty query lists the latest quotes first, the undated last', () => {
    expect(ids(find('', { limit: 100 }))).toEqual([...byDateDesc, 'q11']);
  });

  it('newest / oldest on a query', () => {
    expect(ids(find('inflation', { sort: 'newest' }))).toEqual(['q08', 'q12', 'q01', 'q19']);
    expect(ids(find('inflation', { sort: 'oldest' }))).toEqual(['q19', 'q01', 'q12', 'q08']);
  });

  it('oldest on an empty query: oldest dated first, undated still last', () => {
    const r = ids(find('', { sort: 'oldest', limit: 100 }));
    expect(r[0]).toBe('q16');
    expect(r.at(-1)).toBe('q11');
    expect(r.slice(0, -1).map((id) => dateOf(corpus.quotes.find((q) => q.id === id)!).slice(0, 10))).toEqual(
      [...byDateDesc].reverse().map((id) => dateOf(corpus.quotes.find((q) => q.id === id)!).slice(0, 10)),
    );
  });

  it.each(['relevance', 'newest', 'oldest'] as const)(
    'pages of 5 (%s) cover every match once, total stays the full count',
    (sort) => {
      const seen: string[] = [];
      for (let page = 1; page <= 5; page++) {
        const r = find('', { sort, page, limit: 5 });
        expect(r.total).toBe(corpus.quotes.length);
        expect(r.page).toBe(page);
        seen.push(...ids(r));
      }
      expect(seen).toHaveLength(corpus.quotes.length);
      expect(new Set(seen).size).toBe(corpus.quotes.length);
    },
  );

  it('a page past the end is empty but keeps the total', () => {
    const r = find('inflation', { page: 3, limit: 2 });
    expect(r.results).toEqual([]);
    expect(r.total).toBe(4);
  });
});

describe('facets', () => {
  it('count speakers and publishers over the whole match set, by count then name', () => {
    const r = find('', { limit: 1 });
    const speakerCounts = new Map<string, number>();
    for (const q of corpus.quotes)
      if (q.speakerId) speakerCounts.set(q.speakerId, (speakerCounts.get(q.speakerId) ?? 0) + 1);
    expect(Object.fromEntries(r.facets.speakers.map((f) => [f.id, f.count]))).toEqual(
      Object.fromEntries(speakerCounts),
    );
    expect(r.facets.speakers.find((f) => f.id === 'tomas-okafor')?.name).toBe('Tomás Okafor');
    const counts = r.facets.speakers.map((f) => f.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const gazette = r.facets.publishers.find((p) => p.name.toLowerCase() === 'harbour gazette');
    expect(gazette?.count).toBe(
      corpus.quotes.filter((q) => publisherOf(q)?.toLowerCase() === 'harbour gazette').length,
    );
    expect(r.facets.publishers).toHaveLength(3);
  });

  it('each facet ignores its own filter (multi-select) but applies the others', () => {
    const r = find('', { speakers: ['helen-park'] });
    // Other speakers still show what ticking them would add.
    expect(r.facets.speakers.find((f) => f.id === 'tomas-okafor')?.count).toBe(
      corpus.quotes.filter((q) => q.speakerId === 'tomas-okafor').length,
    );
    // Publishers are counted over Helen Park's quotes only.
    const total = r.facets.publishers.reduce((n, f) => n + f.count, 0);
    expect(total).toBe(r.total);
  });

  it('follow the query', () => {
    const r = find('inflation');
    expect(r.facets.speakers).toEqual([
      { id: 'maria-lindqvist', name: 'Maria Lindqvist', count: 3 },
      { id: 'tomas-okafor', name: 'Tomás Okafor', count: 1 },
    ]);
  });
});

describe('highlights', () => {
  it.each([
    ['infla', 'q19', ['Inflationary']],
    ['econmy', 'q03', ['economy']],
    ['"broken promises"', 'q05', ['broken promises']],
    ['"to be or not to be"', 'q10', ['To be or not to be']],
    ['"don\'t believe" budget', 'q09', ['don’t believe', 'budget']],
    ['cafe rent', 'q11', ['Café', 'rent']],
    ['lindqvist', 'q01', []],
  ])('%s marks %s: %j', (q, id, expected) => {
    expect(marked(find(q), id)).toEqual(expected);
  });

  it('gives exact offsets into the quote text', () => {
    const hit = find('wages').results[0]!;
    const start = hit.quote.text.indexOf('wages');
    expect(hit.highlights).toEqual([{ start, end: start + 5 }]);
  });
});

describe('suggestions when nothing matched', () => {
  it('corrects a misspelling beyond the typo tolerance from the index vocabulary', () => {
    const r = find('pensoin');
    expect(r.total).toBe(0);
    expect(r.suggestions).toContain('pension');
  });

  it('offers the query with one word dropped', () => {
    const r = find('promises lindqvist');
    expect(r.total).toBe(0);
    expect(r.suggestions).toEqual(expect.arrayContaining(['promises', 'lindqvist']));
  });

  it('names a filter that, dropped, gives results', () => {
    const r = find('traffic', { speakers: ['helen-park'] });
    expect(r.total).toBe(0);
    expect(r.relaxations).toEqual([{ drop: 'speakers', total: 1 }]);
  });

  it('makes no suggestion when there are results', () => {
    expect(find('inflation').suggestions).toEqual([]);
  });
});

describe('serialize / restore', () => {
  const queries = [
    '',
    'inflation',
    'infla',
    'econmy',
    '"broken promises"',
    'heating -school',
    'okafor flood',
    'pensoin',
    '"of the"',
    'the',
    '"it is the"',
  ];
  const strip = (r: SearchResponse): Omit<SearchResponse, 'took_ms'> => {
    const { took_ms: _ignored, ...rest } = r;
    return rest;
  };

  it('a restored engine answers exactly as a fresh one', () => {
    const restored = createSearchEngine(corpus, engine.serialize());
    expect(restored.origin).toEqual({ kind: 'restored' });
    for (const q of queries) {
      for (const sort of ['relevance', 'newest', 'oldest'] as const) {
        expect(strip(restored.search(request({ q, sort })))).toEqual(strip(engine.search(request({ q, sort }))));
      }
    }
  });

  it('a corrupt saved index is refused and rebuilt, with the reason', () => {
    const saved = Buffer.from(engine.serialize());
    const rebuilt = createSearchEngine(corpus, saved.subarray(0, 40));
    expect(rebuilt.origin).toMatchObject({
      kind: 'rebuilt',
      reason: expect.stringContaining('not a verbatim-search file') as string,
    });
    expect(ids(rebuilt.search(request({ q: 'inflation' })))).toEqual(ids(find('inflation')));
  });

  it('an index saved from other data is refused', () => {
    const other = createSearchEngine({ ...corpus, quotes: corpus.quotes.slice(1) });
    const e = createSearchEngine(corpus, other.serialize());
    expect(e.origin).toMatchObject({
      kind: 'rebuilt',
      reason: expect.stringContaining(`holds ${corpus.quotes.length - 1} quotes`) as string,
    });
    expect(e.search(request()).total).toBe(corpus.quotes.length);
    // As many quotes, one of them other: the fingerprint tells.
    const changed = {
      ...corpus,
      quotes: corpus.quotes.map((q, i) => (i === 0 ? { ...q, text: `${q.text} harbour` } : q)),
    };
    const f = createSearchEngine(corpus, createSearchEngine(changed).serialize());
    expect(f.origin).toMatchObject({ kind: 'rebuilt', reason: expect.stringContaining('other data') as string });
  });
});

describe('robustness', () => {
  it('search never throws, and its answers stay consistent, whatever the query', () => {
    const alphabet = fc.constantFrom(
      '"',
      '-',
      ' ',
      '“',
      '”',
      '’',
      "'",
      '*',
      '(',
      '\\',
      'in',
      'fla',
      'tion',
      'é',
      'the',
      'to',
      'be',
      '\u0000',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc.string({ unit: alphabet, maxLength: 40 }),
        ),
        fc.constantFrom('relevance', 'newest', 'oldest' as const),
        (q, sort) => {
          const r = engine.search(request({ q, sort, limit: 10 }));
          expect(r.results.length).toBeLessThanOrEqual(Math.min(10, r.total));
          for (const hit of r.results) {
            let last = -1;
            for (const h of hit.highlights) {
              expect(h.start).toBeGreaterThan(last);
              expect(h.end).toBeGreaterThan(h.start);
              expect(h.end).toBeLessThanOrEqual(hit.quote.text.length);
              last = h.end;
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a query of thousands of words still answers', () => {
    const q = Array.from({ length: 3000 }, (_, i) => (i % 2 ? 'inflation' : `x${i}`)).join(' ');
    expect(() => find(q)).not.toThrow();
  });
});
