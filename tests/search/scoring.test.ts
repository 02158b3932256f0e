import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import MiniSearch, { type Query, type QueryCombination } from 'minisearch';
import {
  createSearchEngine,
  defaultSearchEngineOptions,
  parseQuery,
  type SearchRequest,
} from '../../src/search/index.js';
import { isStopWord } from '../../src/model/text.js';
import { buildTables, hasTerm, prefixExpansions, type BuiltTables } from '../../src/search/tables.js';
import type { Article, CorpusData, Quote, Speaker } from '../../src/model/types.js';

/**
 * The engine scores over posting lists in typed arrays and ranks only a page with a bounded heap. These
 * properties check it against the plain way: minisearch's own `search` over the same index with the same
 * query tree, every match scored and fully sorted, phrases and exclusions checked on the folded text.
 */

// Words chosen to overlap: inflections, one-edit neighbours, shared prefixes, and stop words.
const VOCABULARY = [
  'rate',
  'rates',
  'rated',
  'crate',
  'grate',
  'inflation',
  'inflated',
  'inflationary',
  'budget',
  'budgets',
  'budgeted',
  'school',
  'schools',
  'schooling',
  'promise',
  'promises',
  'promised',
  'bridge',
  'bridges',
  'flood',
  'floods',
  'floodgate',
  'harbour',
  'not',
  'the',
  'of',
  'and',
  'to',
  'be',
  'in',
  'it',
  'was',
];
const SPEAKERS = ['Ann Rate', 'Bo Flood', 'Cy Harbour', 'Di Park'];
const PUBLISHERS = ['North Post', 'South Post'];

interface Row {
  words: number[];
  speaker: number;
  publisher: number;
  day: number;
}

function corpusOf(rows: Row[]): CorpusData {
  const speakers: Speaker[] = SPEAKERS.map((name, i) => ({
    id: `s${i}`,
    name,
    aliases: [],
    kind: 'person',
    roles: [],
    quoteCount: 0,
    firstQuoteAt: null,
    lastQuoteAt: null,
  }));
  const articles: Article[] = [];
  const quotes: Quote[] = rows.map((row, i) => {
    const text = row.words.map((w) => VOCABULARY[w]!).join(' ');
    const date =
      row.day === 0
        ? null
        : `2024-${String(1 + (row.day % 12)).padStart(2, '0')}-${String(1 + (row.day % 28)).padStart(2, '0')}`;
    articles.push({
      id: `a${i}`,
      recordId: null,
      path: `a${i}.txt`,
      line: null,
      title: i % 3 === 0 ? 'Budget day' : null,
      publisher: PUBLISHERS[row.publisher] ?? null,
      url: null,
      author: null,
      publishedAt: date,
      dateline: null,
      text: `"${text}"`,
      furniture: [],
      metaOrigin: {},
    });
    return {
      id: `q${String(i).padStart(3, '0')}`,
      articleId: `a${i}`,
      start: 1,
      end: 1 + text.length,
      text,
      pieces: [{ start: 1, end: 1 + text.length }],
      kind: 'full',
      attribution: {
        name: SPEAKERS[row.speaker]!,
        role: null,
        kind: 'named',
        mention: null,
        cue: null,
        reason: 'test',
        confidence: 1,
      },
      saidAt: date ? { value: date, precision: 'day', basis: 'stated', expression: null } : null,
      speakerId: `s${row.speaker}`,
      publishedAt: date,
    };
  });
  return { articles, quotes, speakers };
}

/** The query tree the engine used to hand to `MiniSearch.search`, with the engine's options. */
function referenceSearch(tables: BuiltTables, ms: MiniSearch, q: string): Map<number, number> {
  const options = defaultSearchEngineOptions;
  const parsed = parseQuery(q);
  const required = parsed.words.filter((w) => !isStopWord(w));
  const phraseTerms = [...new Set(parsed.phrases.flat())].filter((t) => !isStopWord(t) && !required.includes(t));
  const scores = new Map<number, number>();
  if (required.length + phraseTerms.length === 0) return scores;
  const queries: Query[] = required.map((word) => {
    const known = hasTerm(tables, word);
    const exact: QueryCombination = {
      queries: [word],
      combineWith: 'OR',
      prefix: false,
      fuzzy: word.length >= options.minFuzzyLength ? options.fuzzy : false,
      maxFuzzy: known ? Math.min(options.maxFuzzy, options.knownWordMaxFuzzy) : options.maxFuzzy,
    };
    if (word !== parsed.prefixWord || word.length < options.minPrefixLength) return exact;
    const expansions = prefixExpansions(
      tables,
      word,
      options.maxPrefixExpansions,
      known ? word.length + options.knownWordPrefixReach : Infinity,
    );
    if (expansions.length === 0) return exact;
    return {
      combineWith: 'OR',
      queries: [
        exact,
        {
          queries: [expansions.join(' ')],
          combineWith: 'OR',
          fuzzy: false,
          prefix: false,
          boostTerm: (t: string) => (options.prefixWeight * word.length) / t.length,
        },
      ],
    };
  });
  for (const t of phraseTerms) queries.push({ queries: [t], fields: ['text'], fuzzy: false, prefix: false });
  const excluded = new Set(
    parsed.excludedWords
      .filter((w) => !isStopWord(w))
      .flatMap((w) => ms.search(w, { fuzzy: false, prefix: false }).map((r) => r.id as number)),
  );
  const needles = parsed.phrases.map((p) => ` ${p.join(' ')} `);
  const excludedNeedles = [...parsed.excludedWords.filter(isStopWord).map((w) => [w]), ...parsed.excludedPhrases].map(
    (p) => ` ${p.join(' ')} `,
  );
  for (const r of ms.search({ combineWith: 'AND', queries }, { boost: options.boost })) {
    const folded = tables.foldedText[r.id as number]!;
    if (
      excluded.has(r.id as number) ||
      !needles.every((n) => folded.includes(n)) ||
      excludedNeedles.some((n) => folded.includes(n))
    )
      continue;
    scores.set(r.id as number, r.score);
  }
  return scores;
}

function referenceMiniSearch(tables: BuiltTables): MiniSearch {
  const ms = new MiniSearch({
    idField: 'id',
    fields: ['text', 'speaker'],
    storeFields: [],
    tokenize: (text: string) => text.split(' '),
    processTerm: (term: string) => (term && !isStopWord(term) ? term : null),
  });
  tables.foldedText.forEach((text, id) => ms.add({ id, text, speaker: tables.foldedSpeaker[id]! }));
  return ms;
}

const rowArb = fc.record({
  words: fc.array(fc.nat({ max: VOCABULARY.length - 1 }), { minLength: 1, maxLength: 12 }),
  speaker: fc.nat({ max: SPEAKERS.length - 1 }),
  publisher: fc.nat({ max: PUBLISHERS.length }),
  day: fc.nat({ max: 40 }),
});
const wordArb = fc.oneof(
  fc.constantFrom(...VOCABULARY),
  fc.constantFrom(
    'infla',
    'bud',
    'schoo',
    'ra',
    'flo',
    'promis',
    'inflaton',
    'budgte',
    'brigde',
    'harbor',
    'park',
    'ann',
  ),
);
const queryArb = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: wordArb },
      {
        weight: 1,
        arbitrary: fc
          .array(fc.constantFrom(...VOCABULARY), { minLength: 2, maxLength: 3 })
          .map((w) => `"${w.join(' ')}"`),
      },
      { weight: 1, arbitrary: wordArb.map((w) => `-${w}`) },
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((parts) => parts.join(' '));

const request = (q: string, more: Partial<SearchRequest> = {}): SearchRequest => ({
  q,
  speakers: [],
  publishers: [],
  from: null,
  to: null,
  sort: 'relevance',
  page: 1,
  limit: 1000,
  ...more,
});
const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

describe('scoring over posting lists', () => {
  it('finds the same quotes with the same scores as minisearch, ranked best first', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 60 }),
        fc.array(queryArb, { minLength: 1, maxLength: 6 }),
        (rows, qs) => {
          const data = corpusOf(rows);
          const engine = createSearchEngine(data);
          const tables = buildTables(data);
          const ms = referenceMiniSearch(tables);
          for (const q of qs) {
            const parsed = parseQuery(q);
            if (
              parsed.words.filter((w) => !isStopWord(w)).length +
                parsed.phrases.flat().filter((t) => !isStopWord(t)).length ===
              0
            )
              continue;
            const expected = referenceSearch(tables, ms, q);
            const r = engine.search(request(q));
            expect(r.total).toBe(expected.size);
            for (const hit of r.results) {
              const slot = data.quotes.indexOf(hit.quote);
              expect(expected.has(slot)).toBe(true);
              expect(close(hit.score, expected.get(slot)!)).toBe(true);
            }
            for (let i = 1; i < r.results.length; i++)
              expect(r.results[i - 1]!.score).toBeGreaterThanOrEqual(r.results[i]!.score);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a page is the same stretch of the full ranking, whatever the sort, page size and filter', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 60 }),
        queryArb,
        fc.constantFrom('relevance', 'newest', 'oldest' as const),
        fc.integer({ min: 1, max: 7 }),
        fc.boolean(),
        (rows, q, sort, limit, filtered) => {
          const engine = createSearchEngine(corpusOf(rows));
          const more: Partial<SearchRequest> = {
            sort,
            ...(filtered ? { publishers: ['North Post'], speakers: ['s0', 's2'] } : {}),
          };
          const full = engine.search(request(q, more));
          const paged: string[] = [];
          for (let page = 1; (page - 1) * limit < full.total; page++) {
            const r = engine.search(request(q, { ...more, page, limit }));
            expect(r.total).toBe(full.total);
            paged.push(...r.results.map((h) => h.quote.id));
          }
          expect(paged).toEqual(full.results.map((h) => h.quote.id));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('newest and oldest order the matches by date, undated last; oldest is the newest order read backwards (ties too)', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 60 }), queryArb, (rows, q) => {
        const data = corpusOf(rows);
        const engine = createSearchEngine(data);
        const dateOf = (id: string): string => data.quotes.find((x) => x.id === id)!.saidAt?.value ?? '';
        for (const sort of ['newest', 'oldest'] as const) {
          const got = engine.search(request(q, { sort })).results.map((h) => h.quote.id);
          const want = [...got].sort((a, b) => {
            const da = dateOf(a);
            const db = dateOf(b);
            if (!da !== !db) return da ? -1 : 1;
            const byDateThenId = da !== db ? (da < db ? 1 : -1) : a < b ? -1 : 1;
            return da && sort === 'oldest' ? -byDateThenId : byDateThenId;
          });
          expect(got).toEqual(want);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('AND over clauses', () => {
  it.each([
    ['rate budget', 'both words, and the inflections of the last'],
    ['budget rate', 'the prefix word first in size order or not, the same set'],
    ['inflation "the bridge" -flood', 'a word, a phrase, an exclusion'],
  ])('%s: every hit holds every clause (%s)', (q) => {
    const rows: Row[] = Array.from({ length: 200 }, (_, i) => ({
      words: [i % 7 === 0 ? 0 : 8, i % 3 === 0 ? 5 : 17, 23 + (i % 4), i % 5 === 0 ? 17 : 20],
      speaker: i % 4,
      publisher: i % 3,
      day: i % 41,
    }));
    const data = corpusOf(rows);
    const tables = buildTables(data);
    const expected = referenceSearch(tables, referenceMiniSearch(tables), q);
    const got = createSearchEngine(data).search(request(q));
    expect(got.total).toBe(expected.size);
    expect(new Set(got.results.map((h) => data.quotes.indexOf(h.quote)))).toEqual(new Set(expected.keys()));
  });
});

describe('queries of stop words only', () => {
  const STOPS = ['the', 'of', 'and', 'to', 'be', 'in', 'it', 'was'];
  it('find what a scan of the folded texts finds, newest first', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 60 }),
        fc.array(
          fc.oneof(
            fc.constantFrom(...STOPS),
            fc.array(fc.constantFrom(...STOPS), { minLength: 2, maxLength: 4 }).map((w) => `"${w.join(' ')}"`),
          ),
          { minLength: 1, maxLength: 3 },
        ),
        (rows, parts) => {
          const data = corpusOf(rows);
          const tables = buildTables(data);
          const q = parts.join(' ');
          const parsed = parseQuery(q);
          const needles = [...parsed.words.map((w) => ` ${w} `), ...parsed.phrases.map((p) => ` ${p.join(' ')} `)];
          const expected = Array.from(tables.newestOrder)
            .filter((doc) => needles.every((n) => tables.foldedText[doc]!.includes(n)))
            .map((doc) => data.quotes[doc]!.id);
          const r = createSearchEngine(data).search(request(q, { sort: 'newest' }));
          expect(r.results.map((h) => h.quote.id)).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });
});
