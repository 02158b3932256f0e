/**
 * Checking aid: the answers of the benchmark's queries over a built index, one JSON line per query (total,
 * result ids and scores, facets), so that two versions of the engine can be compared answer for answer.
 *
 *   tsx scripts/bench/answers.ts --index <dir> [--queries 300] > answers.jsonl
 */
import { loadIndex } from '../../src/store/index.js';
import { readFlags } from './args.js';
import { QUERY_KINDS, makeQueries } from './queries.js';

const flags = readFlags(process.argv.slice(2));
const index = await loadIndex(flags.get('index') ?? '');
const queries = makeQueries(index, Number(flags.get('queries') ?? 300), 7);
for (const kind of QUERY_KINDS) {
  for (const r of queries[kind]) {
    const a = index.search.search(r);
    const line = {
      kind,
      q: r.q,
      total: a.total,
      hits: a.results.map((h) => [h.quote.id, h.score, h.highlights]),
      facets: a.facets,
    };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
}
