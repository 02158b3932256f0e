/**
 * One corpus, both backends, the same answers: totals, result sets, facets, sorts, pages, permalinks, records and
 * statements. Where they differ by design it is said here and tested as such:
 * - relevance order: the embedded engine scores with BM25 (minisearch), PostgreSQL with ts_rank; the same rows are
 *   found, in another order. For a ranked query, which report stands for a statement of several reports follows
 *   each backend's score (and its date places the row when sorting by date), so collapsed ranked answers are
 *   compared as sets of statements, and every report (collapse off) in order.
 * - ties: the embedded engine breaks ties by corpus position, PostgreSQL by quote id (quote check candidates).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EmbeddedBackend, type Backend, type BackendSearchResponse } from '../../src/backend/index.js';
import { finalizeCorpus, type PostgresBackend } from '../../src/backend/postgres/index.js';
import { countingFacetStatements, defaultSearchSqlOptions, searchSql } from '../../src/backend/postgres/search.js';
import { tsvectorOf } from '../../src/backend/postgres/rows.js';
import { vocabularyOf } from '../../src/backend/postgres/vocabulary.js';
import { buildIndex } from '../../src/build/index.js';
import { loadIndex } from '../../src/store/index.js';
import type { SearchRequest } from '../../src/search/types.js';
import { inventCorpus, writeCorpus } from './corpus.js';
import { ingestedDatabase, warnIfSkipped } from './database.js';

const skip = warnIfSkipped('tests/backend/conformance.test.ts');

const base: SearchRequest = {
  q: '',
  speakers: [],
  publishers: [],
  from: null,
  to: null,
  sort: 'newest',
  page: 1,
  limit: 1000,
};

describe.skipIf(skip)('the embedded and PostgreSQL backends answer alike', () => {
  let dir: string;
  let embedded: EmbeddedBackend;
  let postgres: PostgresBackend;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'verbatim-conformance-'));
    writeCorpus(path.join(dir, 'corpus'), inventCorpus(60));
    await buildIndex({ corpusDir: path.join(dir, 'corpus'), outDir: path.join(dir, 'index') });
    embedded = new EmbeddedBackend(await loadIndex(path.join(dir, 'index')));
    // No facet samples stored by finalize: here each search counts its facets or finds those a search before it kept
    // (the tests of the kept samples count the statements sent); the stored ones: pg18-facet-samples.test.ts.
    ({ postgres, drop } = await ingestedDatabase(path.join(dir, 'corpus'), 0));
  }, 120_000);

  afterAll(async () => {
    await postgres?.close();
    await drop?.();
    rmSync(dir, { recursive: true, force: true });
  });

  const both = async (request: Partial<SearchRequest>): Promise<[BackendSearchResponse, BackendSearchResponse]> => {
    const r = { ...base, ...request };
    return [await embedded.search(r), await postgres.search(r)];
  };
  const ids = (r: BackendSearchResponse) => r.results.map((h) => h.quote.id);
  const statements = (r: BackendSearchResponse) => r.results.map((h) => h.statementId);

  it('holds the same records: every quote id (permalink), quote, article, speaker', async () => {
    const [e, p] = await both({ collapse: false });
    expect(e.total).toBeGreaterThan(100);
    expect(p.total).toBe(e.total);
    expect(ids(p)).toEqual(ids(e));
    const some = ids(e).filter((_, i) => i % 7 === 0);
    expect(await postgres.quotes(some)).toEqual(await embedded.quotes(some));
    for (const id of some.slice(0, 10)) {
      const quote = (await embedded.quote(id))!;
      expect(await postgres.quote(id)).toEqual(quote);
      expect(await postgres.article(quote.articleId)).toEqual(await embedded.article(quote.articleId));
      expect(await postgres.quotesOfArticle(quote.articleId)).toEqual(await embedded.quotesOfArticle(quote.articleId));
    }
    const byId = (list: Array<{ id: string }>) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(await postgres.speakers())).toEqual(byId(await embedded.speakers()));
    expect(await postgres.quote('nope')).toBeNull();
  });

  it('groups the same statements, with the same reports', async () => {
    const [e] = await both({});
    const grouped = e.results.filter((h) => h.sources > 1);
    expect(grouped.length).toBeGreaterThan(3);
    const some = e.results.map((h) => h.quote.id);
    expect(await postgres.statementsOf(some)).toEqual(await embedded.statementsOf(some));
    for (const h of grouped.slice(0, 8))
      expect(await postgres.reports(h.quote.id)).toEqual(await embedded.reports(h.quote.id));
  });

  it.each([
    ['the latest quotes', { q: '' }],
    ['oldest first', { q: '', sort: 'oldest' as const }],
    ['one speaker', { q: '', speakers: ['mara-quillon'] }],
    [
      'two speakers and a publisher',
      { q: '', speakers: ['mara-quillon', 'teodor-vask'], publishers: ['northfield herald'] },
    ],
    ['a date range', { q: '', from: '2024-03-01', to: '2024-05-31' }],
    ['stop words only', { q: '"we will"' }],
    ['stop words only, found by their pairs', { q: '"of the"' }],
    ['an unknown speaker', { q: '', speakers: ['nobody-at-all'] }],
    ['quotes nobody is named for, and a speaker', { q: '', speakers: ['-', 'ines-palmero'] }],
    ['partial quotations only', { q: '', kind: 'partial' as const }],
    ['confident attributions only', { q: '', minConfidence: 0.8 }],
  ])('lists alike: %s (same rows in the same order, same facets)', async (_, request) => {
    const [e, p] = await both(request);
    expect(p.total).toBe(e.total);
    expect(ids(p)).toEqual(ids(e));
    expect(p.facets).toEqual(e.facets);
  });

  it.each([
    ['a word', { q: 'bridge' }],
    ['two words', { q: 'ferry tolls' }],
    ['a prefix', { q: 'brid' }],
    ['a typo', { q: 'inspecters' }],
    ['a phrase', { q: '"political support"' }],
    ['a phrase and an exclusion', { q: '"the bridge" -winter' }],
    ['an excluded phrase', { q: 'harbour -"the harbour plan"' }],
    ['a speaker name', { q: 'quillon' }],
    ['a title word', { q: 'deepens' }],
    ['words and filters', { q: 'bridge', speakers: ['teodor-vask', 'ines-palmero'], from: '2024-02-01' }],
    ['a publisher filter', { q: 'tunnel', publishers: ['The Lantern Post'] }],
    ['a word, full quotations, confident', { q: 'ferry', kind: 'full' as const, minConfidence: 0.5 }],
    ['nothing', { q: 'zzzqqq' }],
  ])('searches alike: %s (same total, facets and statements; same order by date)', async (_, request) => {
    for (const sort of ['newest', 'oldest'] as const) {
      const [e, p] = await both({ ...request, sort });
      expect(p.total).toBe(e.total);
      expect(p.facets).toEqual(e.facets);
      expect([...statements(p)].sort()).toEqual([...statements(e)].sort());
      const [everyE, everyP] = await both({ ...request, sort, collapse: false });
      expect(everyP.total).toBe(everyE.total);
      expect(ids(everyP)).toEqual(ids(everyE));
    }
    const [e, p] = await both({ ...request, sort: 'relevance' });
    expect(p.total).toBe(e.total);
    // Documented difference: ranked by another score, so compared as sets.
    expect([...statements(p)].sort()).toEqual([...statements(e)].sort());
    const marks = new Map(e.results.map((h) => [h.quote.id, h.highlights]));
    for (const h of p.results) if (marks.has(h.quote.id)) expect(h.highlights).toEqual(marks.get(h.quote.id));
  });

  it('pages alike, and keyset cursors walk the same rows as pages', async () => {
    const [e, p] = await both({ q: 'bridge', page: 2, limit: 5, collapse: false });
    expect(ids(p)).toEqual(ids(e));
    for (const sort of ['newest', 'oldest', 'relevance'] as const) {
      const walked: string[] = [];
      let cursor: string | undefined;
      for (let i = 0; i < 100; i++) {
        const page = await postgres.search({ ...base, q: 'bridge', sort, limit: 4, ...(cursor ? { cursor } : {}) });
        walked.push(...statements(page));
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      const all = await postgres.search({ ...base, q: 'bridge', sort });
      expect(walked).toEqual(statements(all));
    }
  });

  it('a speaker page and the quote check candidates', async () => {
    const page = { page: 2, limit: 3 };
    expect(await postgres.quotesOfSpeaker('mara-quillon', page)).toEqual(
      await embedded.quotesOfSpeaker('mara-quillon', page),
    );
    // The timeline's months: both backends count the same quotes, and they are the speaker's quotes' months.
    const all = await embedded.quotesOfSpeaker('mara-quillon', { page: 1, limit: 1000 });
    const months = await embedded.speakerMonths('mara-quillon');
    expect(months.size).toBeGreaterThan(0);
    const dated = all.quotes.map((q) => (q.saidAt?.value ?? q.publishedAt ?? '').slice(0, 7));
    expect([...months.values()].reduce((a, b) => a + b, 0)).toBe(dated.filter((m) => /^\d{4}-\d{2}$/.test(m)).length);
    for (const [month, n] of months) expect(n).toBe(dated.filter((m) => m === month).length);
    expect(await postgres.speakerMonths('mara-quillon')).toEqual(months);
    expect(await postgres.speakerMonths('nobody-at-all')).toEqual(new Map());
    const words = ['inspectors', 'found', 'nothing', 'wrong', 'bridge'];
    const e = (await embedded.related(words, 10)).map((q) => q.id);
    const p = (await postgres.related(words, 10)).map((q) => q.id);
    // The best candidates share the most rare words with the text pasted; ties are broken apart (see above).
    expect(p).toContain(e[0]);
    expect(e).toContain(p[0]);
  });

  it('past the facet bound, labels the facets as estimates scaled to the exact total (PostgreSQL only)', async () => {
    // The corpus is far below the default bound (exact, as above); a bound of 10 makes every listing past it.
    const request: SearchRequest = { ...base, minConfidence: 0, limit: 20 };
    const exact = await searchSql(postgres.pool, request);
    const sampled = await searchSql(postgres.pool, request, { ...defaultSearchSqlOptions, facetBound: 10 });
    expect(exact.facetsEstimated).toBe(false);
    expect(sampled.facetsEstimated).toBe(true);
    expect(sampled.total).toBe(exact.total);
    expect(ids(sampled)).toEqual(ids(exact));
    const exactIds = new Set(exact.facets.speakers.map((v) => v.id));
    for (const v of sampled.facets.speakers) {
      expect(exactIds).toContain(v.id);
      expect(v.count).toBeGreaterThanOrEqual(1);
    }
    // Eleven rows read, every one counted under its speaker (or none), each share scaled by total / 11.
    const values = sampled.facets.speakers.length + 1;
    const sum = sampled.facets.speakers.reduce((n, v) => n + v.count, 0) + (sampled.facets.unattributed ?? 0);
    expect(sampled.facets.speakers.length).toBeLessThan(defaultSearchSqlOptions.maxFacetValues);
    expect(Math.abs(sum - exact.total)).toBeLessThanOrEqual(values);
    expect(sum).toBeGreaterThan(20);
  });

  it('counts facets over the window when there is no speaker or publisher filter, estimated past it (PostgreSQL only)', async () => {
    // With equal facet and total bounds and no speaker or publisher filter, the facets are counted in the window's
    // own statement: the same values as the separate count over the same sample (a facet bound one above the total
    // bound keeps them apart), both estimated past the bound of 10.
    const request: SearchRequest = { ...base, minConfidence: 0, limit: 20 };
    const exact = await searchSql(postgres.pool, request);
    const shared = await searchSql(postgres.pool, request, {
      ...defaultSearchSqlOptions,
      facetBound: 10,
      totalBound: 10,
    });
    const apart = await searchSql(postgres.pool, request, {
      ...defaultSearchSqlOptions,
      facetBound: 10,
      totalBound: 11,
    });
    expect(shared.facetsEstimated).toBe(true);
    expect(shared.totalEstimated).toBe(true);
    expect(ids(shared)).toEqual(ids(exact));
    const exactIds = new Set(exact.facets.speakers.map((v) => v.id));
    for (const v of shared.facets.speakers) expect(exactIds).toContain(v.id);
    // Scaled by each answer's own total: the same sample gives the same shares.
    const shares = (r: BackendSearchResponse) =>
      r.facets.speakers.map((v) => [v.id, Math.round((100 * v.count) / r.total)] as const).sort();
    expect(shares(shared).map(([id]) => id)).toEqual(shares(apart).map(([id]) => id));
    // Unestimated, the facets counted in the window equal the separate count's (and the exact answer's).
    const whole = await searchSql(postgres.pool, {
      ...request,
      q: exact.results[0]!.quote.text.split(/\W+/).find((w) => w.length > 5)!,
    });
    const wholeApart = await searchSql(
      postgres.pool,
      { ...request, q: exact.results[0]!.quote.text.split(/\W+/).find((w) => w.length > 5)! },
      { ...defaultSearchSqlOptions, totalBound: defaultSearchSqlOptions.facetBound + 1 },
    );
    expect(whole.facetsEstimated).toBe(false);
    expect(whole.facets).toEqual(wholeApart.facets);
    expect(whole.total).toBe(wholeApart.total);
  });

  it('keeps the most frequent facet values, ties by name, and the selected ones past maxFacetValues (PostgreSQL only)', async () => {
    // Every value of the corpus (it has fewer speakers and publishers than the default maximum), then the first
    // `max` of them in facet order (count down, name up) for small maxima, ties at the cut included: in the
    // window's statement (no speaker or publisher filter) and in the separate facet statement (a filter), where the
    // selected value is kept wherever it ranks.
    const request: SearchRequest = { ...base, minConfidence: 0, limit: 20 };
    const all = await searchSql(postgres.pool, request);
    expect(all.facets.speakers.length).toBeGreaterThan(5);
    expect(all.facets.speakers.length).toBeLessThan(defaultSearchSqlOptions.maxFacetValues);
    const counts = all.facets.speakers.map((v) => v.count);
    // The cut falls between two equal counts for some maximum below: the names decide there.
    expect(counts.some((n, i) => i > 0 && i < 5 && n === counts[i - 1])).toBe(true);
    const order = (a: { count: number; name: string }, b: { count: number; name: string }) =>
      b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const last = all.facets.speakers.at(-1)!;
    const lastPublisher = all.facets.publishers.at(-1)!;
    for (const max of [0, 1, 2, 3, 4]) {
      const options = { ...defaultSearchSqlOptions, maxFacetValues: max };
      const top = await searchSql(postgres.pool, request, options);
      expect(top.facets.speakers).toEqual(all.facets.speakers.slice(0, max));
      expect(top.facets.publishers).toEqual(all.facets.publishers.slice(0, max));
      // Filtered by the least frequent speaker: the speaker facet ignores its own filter, so the counts are the
      // unfiltered ones, and that speaker is listed beside the first `max`.
      const filtered = await searchSql(postgres.pool, { ...request, speakers: [last.id] }, options);
      expect(filtered.facets.speakers).toEqual(
        [...all.facets.speakers.slice(0, max), ...(max < all.facets.speakers.length ? [last] : [])].sort(order),
      );
      const byPublisher = await searchSql(postgres.pool, { ...request, publishers: [lastPublisher.id] }, options);
      expect(byPublisher.facets.publishers.map((v) => v.id)).toContain(lastPublisher.id);
      expect(byPublisher.facets.publishers.length).toBe(Math.min(max + 1, all.facets.publishers.length));
    }
  });

  it('past the total bound, labels the total as an estimate; the rows stay the same (PostgreSQL only)', async () => {
    // The corpus is far below the default bound (totals exact and identical, as above); a bound of 10 candidates
    // makes the listing past it: the total is then estimated from the first 11 rows of the newest-first table.
    const request: SearchRequest = { ...base, minConfidence: 0, limit: 20 };
    const exact = await searchSql(postgres.pool, request);
    const bounded = await searchSql(postgres.pool, request, { ...defaultSearchSqlOptions, totalBound: 10 });
    expect(exact.totalEstimated).toBeUndefined();
    expect(bounded.totalEstimated).toBe(true);
    expect(ids(bounded)).toEqual(ids(exact));
    expect(bounded.total).toBeGreaterThan(10);
    // Every report a row (this corpus repeats its statements far more than news does, which an estimate from the
    // newest rows cannot see): the estimate is the share of the table the window covered, scaled up.
    const reports = { ...request, collapse: false };
    const allExact = await searchSql(postgres.pool, reports);
    const allBounded = await searchSql(postgres.pool, reports, { ...defaultSearchSqlOptions, totalBound: 10 });
    expect(allBounded.totalEstimated).toBe(true);
    expect(Math.abs(allBounded.total - allExact.total)).toBeLessThanOrEqual(allExact.total / 4);
    // By relevance too (the page ranked among the window's rows): labelled, and the window's rows are matches.
    const word = exact.results[0]!.quote.text.split(/\W+/).find((w) => w.length > 5)!;
    const ranked = await searchSql(
      postgres.pool,
      { ...request, q: word, sort: 'relevance' },
      { ...defaultSearchSqlOptions, totalBound: 1 },
    );
    const rankedExact = await searchSql(postgres.pool, { ...request, q: word, sort: 'relevance' });
    expect(ranked.totalEstimated).toBe(rankedExact.total > 1 ? true : undefined);
    for (const id of ids(ranked)) expect(ids(rankedExact)).toContain(id);
  });

  it('looks up stop-word pairs in the term index (PostgreSQL only)', async () => {
    // Finalize wrote a lexeme per pair of stop words side by side (not for stop words apart, nor across a term), and
    // the search found that it did: a query of stop words only reads the quotes holding its pairs.
    expect(tsvectorOf(' we will be there for ferry of the ', '').split(' ')).toEqual(
      expect.arrayContaining(["'we_will':1D", "'will_be':1D", "'be_there':1D", "'there_for':1D", "'of_the':1D"]),
    );
    expect(tsvectorOf(' we will be there for ferry of the ', '')).not.toContain('for_of');
    expect((await vocabularyOf(postgres.pool)).stopPairs).toBe(true);
  });

  it("narrows a phrase's candidates by its stop-word pairs: counted exactly within a bound its word alone passes (PostgreSQL only)", async () => {
    // "of the bridge": the word is in many quotes, the phrase in few. The phrase's pair ('of_the') is looked up in
    // the term index with the word, so the candidates are the quotes holding both, not every quote of the word: with
    // the bound at the phrase's own count, the total stays exact (the word alone would fill the window: estimated).
    const request = { ...base, q: '"of the bridge"', collapse: false };
    const [e, exact] = await both(request);
    expect(exact.total).toBeGreaterThan(0);
    expect(exact.total).toBe(e.total);
    const word = await searchSql(postgres.pool, { ...request, q: 'bridge' });
    expect(word.total).toBeGreaterThan(exact.total);
    const bounded = await searchSql(postgres.pool, request, { ...defaultSearchSqlOptions, totalBound: exact.total });
    expect(bounded.totalEstimated).toBeUndefined();
    expect(bounded.total).toBe(exact.total);
    expect(ids(bounded)).toEqual(ids(exact));
  });

  it('plans a listing of terms for its terms (sent unnamed); the window and a listing without terms stay named (PostgreSQL only)', async () => {
    // A named statement's generic plan is made for any terms: for a frequent one ("of the") it read and sorted
    // every matching row where the plan for that term walks the date index and stops at the page.
    const sent: Array<{ name: string | null; text: string }> = [];
    const recording = new Proxy(postgres.pool, {
      get(target, prop, receiver) {
        if (prop !== 'query') return Reflect.get(target, prop, receiver) as unknown;
        return (statement: string | { name?: string; text: string; values?: unknown[] }, values?: unknown[]) => {
          sent.push(
            typeof statement === 'string'
              ? { name: null, text: statement }
              : { name: statement.name ?? null, text: statement.text },
          );
          return typeof statement === 'string' ? target.query(statement, values) : target.query(statement);
        };
      },
    });
    const listing = (text: string) => /^SELECT q\.id, q\.article_id/.test(text.trim());
    for (const q of ['"of the"', 'bridge']) {
      sent.length = 0;
      const found = await searchSql(recording, { ...base, q, limit: 5 });
      expect(found.results.length).toBeGreaterThan(0);
      expect(sent.filter((s) => listing(s.text)).map((s) => s.name)).toEqual([null]);
      const windows = sent.filter((s) => /^WITH /.test(s.text.trim()));
      expect(windows.length).toBeGreaterThan(0);
      expect(windows.every((s) => s.name !== null)).toBe(true);
    }
    sent.length = 0;
    await searchSql(recording, { ...base, q: '', limit: 5 });
    expect(sent.filter((s) => listing(s.text)).every((s) => s.name !== null)).toBe(true);
  });

  it('reads the window tier by tier: the same answers whatever the tiers, each tier through its index (PostgreSQL only)', async () => {
    // The corpus lies within the first tier of the default ones (TERM_TIERS), so tiers of a few rows make the windows
    // (bounded to a few candidates too) run through every part: the answers must be those of one read.
    const requests: SearchRequest[] = [
      { ...base, q: 'bridge', sort: 'relevance', limit: 5 },
      { ...base, q: 'bridge', sort: 'newest', limit: 5 },
      { ...base, q: '"of the"', sort: 'relevance', limit: 5, collapse: false },
    ];
    const someSpeaker = (await postgres.search({ ...base, q: 'bridge', limit: 1 })).facets.speakers[0]!;
    requests.push({ ...base, q: 'bridge', sort: 'relevance', limit: 5, speakers: [someSpeaker.id] });
    const answer = async (request: SearchRequest, tiers: number[], bound: number) => {
      const options = { ...defaultSearchSqlOptions, tiers, totalBound: bound, rankBound: bound, facetBound: bound };
      return { ...(await searchSql(postgres.read, request, options)), took_ms: 0 };
    };
    for (const request of requests)
      for (const bound of [7, 5_000]) {
        const one = await answer(request, [], bound);
        expect(one.total).toBeGreaterThan(0);
        for (const tiers of [[1], [2, 5, 11], [3, 4, 30, 31]]) expect(await answer(request, tiers, bound)).toEqual(one);
      }
    await expect(answer(requests[0]!, [5, 5], 7)).rejects.toThrow(/option 'tiers' .*\[5, 5\]/);
    await expect(answer(requests[0]!, [0], 7)).rejects.toThrow(/option 'tiers'/);
    // With the default tiers each part is planned on its partial index (migrations 008, 011): a bound written other
    // than as the index's predicate would leave the planner the whole term index for every part.
    const sent: Array<{ text: string; values: unknown[] }> = [];
    const recording = new Proxy(postgres.read, {
      get(target, prop, receiver) {
        if (prop !== 'query') return Reflect.get(target, prop, receiver) as unknown;
        return (statement: string | { text: string; values?: unknown[] }, values?: unknown[]) => {
          if (typeof statement === 'string') return target.query(statement, values);
          sent.push({ text: statement.text, values: statement.values ?? [] });
          return target.query(statement);
        };
      },
    });
    await searchSql(recording, requests[0]!);
    const window = sent.find((s) => /^WITH /.test(s.text.trim()))!;
    // Planned for the request's values, as the server plans a prepared statement's first runs.
    const literal = (v: unknown): string =>
      typeof v === 'number'
        ? String(v)
        : `'${(Array.isArray(v) ? `{${v.map((x) => JSON.stringify(x)).join(',')}}` : String(v)).replaceAll("'", "''")}'`;
    const client = await postgres.read.connect();
    let plan: { rows: Array<{ 'QUERY PLAN': string }> };
    try {
      // Without the whole term index (dropped in a transaction rolled back): on this small table it may cost the
      // same as an empty partial one, and which of two equal plans wins depends on the order finalize made them.
      await client.query('BEGIN');
      await client.query('DROP INDEX quote_search_tsv');
      await client.query(`PREPARE tiered AS ${window.text}`);
      plan = await client.query(`EXPLAIN EXECUTE tiered(${window.values.map(literal).join(', ')})`);
      await client.query('DEALLOCATE tiered');
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
    const used = plan.rows.map((r) => r['QUERY PLAN']).join('\n');
    for (const index of [
      'quote_search_tsv_newest',
      'quote_search_tsv_tier1',
      'quote_search_tsv_tier2',
      'quote_search_tsv_tier3',
    ])
      expect(used, index).toContain(index);
  });

  it("reads the window of a speaker with fewer quotes than the word occurs through the speaker's rows, answering alike (PostgreSQL only)", async () => {
    // Through the term index such a window built the bitmap of every match of the word in every tier (it cannot fill):
    // the speaker's few rows, each checked for the word, are the same candidates.
    const vocabulary = await vocabularyOf(postgres.read);
    // The corpus's most frequent word (ties: the first in term order).
    let top = 0;
    vocabulary.freq.forEach((n, i) => {
      if (n > vocabulary.freq[top]!) top = i;
    });
    const word = vocabulary.terms[top]!;
    const occurs = vocabulary.count(word);
    const speakers = [...vocabulary.speakerQuotes].filter(([, n]) => n < occurs).map(([id]) => id);
    expect(speakers.length).toBeGreaterThan(0);
    const sent: string[] = [];
    const recording = new Proxy(postgres.read, {
      get(target, prop, receiver) {
        if (prop !== 'query') return Reflect.get(target, prop, receiver) as unknown;
        return (statement: string | { text: string; values?: unknown[] }, values?: unknown[]) => {
          sent.push(typeof statement === 'string' ? statement : statement.text);
          return typeof statement === 'string' ? target.query(statement, values) : target.query(statement);
        };
      },
    });
    let found = 0;
    for (const id of speakers) {
      const request = { ...base, q: word, speakers: [id], sort: 'newest' as const, limit: 5, collapse: false };
      sent.length = 0;
      // Through the speaker's rows alone (a speaker with many rows for the word's matches intersects the indexes
      // instead: pg18-speaker-window.test.ts).
      const p = await searchSql(recording, request, { ...defaultSearchSqlOptions, speakerIntersect: 0 });
      const [e] = await both(request);
      expect(p.total).toBe(e.total);
      expect(ids(p)).toEqual(ids(e));
      expect(p.facets).toEqual(e.facets);
      found += p.total;
      // Collapsed and by relevance, against the same request read through the term index (a second speaker no
      // quote has makes the filter one of several, which the speaker's count does not bound).
      for (const sort of ['relevance', 'newest'] as const) {
        const collapsed = { ...request, sort, collapse: true };
        const viaTerms = { ...collapsed, speakers: [id, 'nobody-at-all'] };
        expect({ ...(await searchSql(postgres.read, collapsed)), took_ms: 0 }).toEqual({
          ...(await searchSql(postgres.read, viaTerms)),
          took_ms: 0,
        });
      }
      const window = sent.find((text) => /^WITH c AS/.test(text.trim()))!;
      expect(window).toMatch(/coalesce\(q\.tsv @@ \$\d+::tsquery, false\) AND q\.speaker_id = \$\d+/);
      expect(window).not.toContain('IS NOT TRUE');
    }
    expect(found).toBeGreaterThan(0);
  });

  it.each([
    ['exact', {}, false],
    ['estimated past a bound of 30', { facetBound: 30, totalBound: 30 }, true],
    ['one facet value', { maxFacetValues: 1 }, false],
  ])(
    "answers a word filtered to one speaker from the word's kept facet sample and the speaker's rows, as without it: %s (PostgreSQL only)",
    async (_, bounds, estimated) => {
      // The speaker facet ignores its own filter: over the word's sample, the same for every speaker. Kept by the
      // word's search (its window) or by another speaker's filter of it (the facet statement), it is not read again.
      const options = { ...defaultSearchSqlOptions, ...bounds };
      const vocabulary = await vocabularyOf(postgres.read);
      let top = 0;
      vocabulary.freq.forEach((n, i) => {
        if (n > vocabulary.freq[top]!) top = i;
      });
      const word = vocabulary.terms[top]!;
      const occurs = vocabulary.count(word);
      const speakers = [...vocabulary.speakerQuotes]
        .filter(([, n]) => n < occurs && n <= options.totalBound)
        .map(([id]) => id)
        .sort();
      expect(speakers.length).toBeGreaterThan(2);
      /** A pool of its own (its own vocabulary, so no sample kept yet), counting the facet statements sent. */
      const counting = () => {
        const sent = { facets: 0 };
        const pool = new Proxy(postgres.read, {
          get(target, prop, receiver) {
            if (prop !== 'query') return Reflect.get(target, prop, receiver) as unknown;
            return (statement: string | { text: string; values?: unknown[] }, values?: unknown[]) => {
              const text = typeof statement === 'string' ? statement : statement.text;
              if (/^\s*WITH m AS MATERIALIZED/.test(text)) sent.facets++;
              return typeof statement === 'string' ? target.query(statement, values) : target.query(statement);
            };
          },
        });
        return { pool, sent };
      };
      let counted = 0;
      for (const sort of ['relevance', 'newest'] as const) {
        for (const [i, id] of speakers.slice(0, 6).entries()) {
          const request: SearchRequest = { ...base, q: word, speakers: [id], sort, limit: 5 };
          const alone = { ...(await searchSql(postgres.read, request, { ...options, facetMemo: false })), took_ms: 0 };
          counted += alone.facets.speakers.find((v) => v.id === id)?.count ?? 0;
          expect(alone.facetsEstimated).toBe(estimated);
          const afterSearch = counting();
          await searchSql(afterSearch.pool, { ...request, speakers: [] }, options);
          expect({ ...(await searchSql(afterSearch.pool, request, options)), took_ms: 0 }).toEqual(alone);
          expect(afterSearch.sent.facets).toBe(0);
          const afterOther = counting();
          await searchSql(afterOther.pool, { ...request, speakers: [speakers[(i + 1) % speakers.length]!] }, options);
          expect(afterOther.sent.facets).toBe(1);
          expect({ ...(await searchSql(afterOther.pool, request, options)), took_ms: 0 }).toEqual(alone);
          expect(afterOther.sent.facets).toBe(1);
        }
      }
      expect(counted).toBeGreaterThan(0);
    },
  );

  it("counts a speaker's facets again when a finalize came after the word's kept facet sample (PostgreSQL only)", async () => {
    // The vocabulary (and the samples kept with it) is reused for a while (vocabularyCheckMs): a finalize meanwhile
    // (here its mark alone) makes the window's statement see other rows, so the facet statement runs after all.
    const options = { ...defaultSearchSqlOptions, vocabularyCheckMs: 60_000 };
    const vocabulary = await vocabularyOf(postgres.read);
    let top = 0;
    vocabulary.freq.forEach((n, i) => {
      if (n > vocabulary.freq[top]!) top = i;
    });
    const word = vocabulary.terms[top]!;
    const id = [...vocabulary.speakerQuotes].filter(([, n]) => n < vocabulary.count(word)).map(([s]) => s)[0]!;
    const request: SearchRequest = { ...base, q: word, speakers: [id], limit: 5 };
    const alone = { ...(await searchSql(postgres.read, request, { ...options, facetMemo: false })), took_ms: 0 };
    const { pool, sent: facetStatements } = countingFacetStatements(postgres.read);
    await searchSql(pool, { ...request, speakers: [] }, options);
    const mark = (
      await postgres.pool.query<{ value: string }>("SELECT value FROM corpus_state WHERE key = 'finalized_at'")
    ).rows[0]!.value;
    await postgres.pool.query("UPDATE corpus_state SET value = 'a later finalize' WHERE key = 'finalized_at'");
    try {
      expect({ ...(await searchSql(pool, request, options)), took_ms: 0 }).toEqual(alone);
      expect(facetStatements()).toBe(1);
    } finally {
      await postgres.pool.query("UPDATE corpus_state SET value = $1 WHERE key = 'finalized_at'", [mark]);
    }
    expect({ ...(await searchSql(pool, request, options)), took_ms: 0 }).toEqual(alone);
  });

  it('finalizes alike on one thread and one connection or on several: same rows, vocabulary, speakers, indexes (PostgreSQL only)', async () => {
    const pool = postgres.pool;
    const state = async () => {
      const { rows } = await pool.query<{ search: string; terms: string; speakers: string; next: boolean }>(
        `SELECT (SELECT md5(string_agg(s::text, E'\\n' ORDER BY s.pos)) FROM quote_search s) AS search,
                (SELECT md5(string_agg(t::text, E'\\n' ORDER BY t.term)) FROM terms t) AS terms,
                (SELECT md5(string_agg(p::text, E'\\n' ORDER BY p.id)) FROM speakers p) AS speakers,
                to_regclass('quote_search_next') IS NOT NULL AS next`,
      );
      const indexes = await pool.query<{ indexname: string; indexdef: string }>(
        "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'quote_search' ORDER BY indexname",
      );
      return { ...rows[0]!, indexes: indexes.rows };
    };
    const before = await state();
    await finalizeCorpus(pool, { indexConnections: 1, rows: { threads: 1 } });
    const one = await state();
    await finalizeCorpus(pool, { indexConnections: 3, rows: { threads: 3, minPerThread: 1 } });
    const several = await state();
    expect(one).toEqual(before);
    expect(several).toEqual(one);
    expect(several.next).toBe(false);
    expect(several.indexes.length).toBeGreaterThanOrEqual(9);
  }, 120_000);

  it('describes itself', async () => {
    const d = await postgres.describe();
    const e = await embedded.describe();
    expect(d.counts).toEqual(e.counts);
    expect(d.pendingFinalize).toBe(false);
    expect((await postgres.health()).ok).toBe(true);
  });
}) satisfies unknown;

export type { Backend };
