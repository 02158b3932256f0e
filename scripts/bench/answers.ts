/**
 * Checking aid: the answers of the benchmark's queries over a built index, one JSON line per query (total,
 * result ids and scores, facets), so that two versions of the engine can be compared answer for answer.
 * `--pages` writes only the pages (ids, scores, highlights), for comparing an engine that estimates large totals
 * and facets with one that counts them; `--count-bound N` opens the engine with that bound (`Infinity`: exact).
 * `--sorts` also asks each query sorted newest and oldest first and for its second page.
 *
 *   tsx scripts/bench/answers.ts --index <dir> [--queries 300] [--pages] [--count-bound N] [--sorts] > answers.jsonl
 */
import { loadIndex } from '../../src/store/index.js';
import { openSearchEngine } from '../../src/search/index.js';
import { readFlags } from './args.js';
import { QUERY_KINDS, makeQueries } from './queries.js';

const flags = readFlags(process.argv.slice(2));
const bound = flags.get('count-bound');
const index = await loadIndex(
  flags.get('index') ?? '',
  bound === undefined
    ? {}
    : {
        openSearchEngine: (bytes, n, quoteAt, options) =>
          openSearchEngine(bytes, n, quoteAt, { ...options, countBound: Number(bound) }),
      },
);
const pagesOnly = flags.has('pages');
const queries = makeQueries(index, Number(flags.get('queries') ?? 300), 7);
const variants = flags.has('sorts')
  ? [{}, { sort: 'newest' as const }, { sort: 'oldest' as const }, { page: 2 }]
  : [{}];
for (const kind of QUERY_KINDS) {
  for (const r of queries[kind]) {
    for (const variant of variants) {
      const a = index.search.search({ ...r, ...variant });
      const hits = a.results.map((h) => [h.quote.id, h.score, h.highlights]);
      const line = pagesOnly
        ? { kind, q: r.q, ...variant, hits }
        : { kind, q: r.q, ...variant, total: a.total, hits, facets: a.facets };
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
  }
}
