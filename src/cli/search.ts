/**
 * `verbatim search`: query the index. The request is checked by the API's own contract
 * (src/search/request-schema.ts): the same dates, limits and sorts are accepted, with the same messages.
 */
import { readEnv } from '../config.js';
import { confidenceBand } from '../extract/confidence.js';
import { parseSearchRequest, type RawRequest } from '../search/request-schema.js';
import { quoteDate, type LoadedIndex } from '../store/index.js';
import type { Article, Quote, Speaker } from '../model/types.js';
import type { SearchRequest, SearchResponse } from '../search/types.js';
import { EXIT, parseCommand, UsageError, type Command } from './args.js';
import { openIndex } from './open-index.js';
import { lineWriter, write, type CliIO } from './output.js';

export const searchCommand: Command = {
  name: 'search',
  summary: 'search the quotes of the index',
  synopsis: '<query> [options]',
  description:
    'Searches quotes by words ("exact phrase", -excluded), as the site and /api/search do, with the same rules\n' +
    'for every option. Without --sort, results are ranked by relevance.',
  options: [
    { flag: '--speaker ID|NAME', text: 'quotes of this speaker (id, name or alias; repeatable)' },
    { flag: '--publisher NAME', text: 'quotes from this publisher (repeatable)' },
    { flag: '--from DATE', text: 'said on or after DATE (YYYY-MM-DD)' },
    { flag: '--to DATE', text: 'said on or before DATE (YYYY-MM-DD)' },
    { flag: '--sort ORDER', text: 'relevance (default), newest or oldest' },
    { flag: '--page N', text: 'page of results (default 1)' },
    { flag: '--limit N', text: 'results per page, 1 to 100 (default 20)' },
    { flag: '--min-confidence X', text: 'only quotes whose attribution confidence is at least X (0 to 1)' },
    { flag: '--json', text: 'print the API response as JSON' },
    { flag: '--index DIR', text: 'the index folder (default: $INDEX_DIR, else ./index)' },
  ],
  environment: ['INDEX_DIR'],
  run,
};

/** A speaker given by id, name or alias (case-insensitive); among several, the most quoted. */
function findSpeaker(index: LoadedIndex, given: string): Speaker {
  const exact = index.speakers.get(given);
  if (exact) return exact;
  const wanted = given.trim().toLowerCase();
  const matches = [...index.speakers.values()]
    .filter(
      (s) => s.id === wanted || s.name.toLowerCase() === wanted || s.aliases.some((a) => a.toLowerCase() === wanted),
    )
    .sort((a, b) => b.quoteCount - a.quoteCount || a.id.localeCompare(b.id));
  const found = matches[0];
  if (!found) throw new UsageError('search', `search: no speaker matches '${given}' (see 'verbatim speakers')`);
  return found;
}

/** `--min-confidence`: a number from 0 to 1. */
function parseMinConfidence(value: string | undefined): number | null {
  if (value === undefined) return null;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new UsageError('search', `search: --min-confidence '${value}' must be a number from 0 to 1`);
  }
  return n;
}

/**
 * The search with a confidence floor. The engine has no such filter: it is asked for every match at once,
 * the matches under the floor are dropped, and the page is cut from what remains (totals and pages count only
 * the quotes kept).
 */
function searchWithFloor(index: LoadedIndex, request: SearchRequest, floor: number | null): SearchResponse {
  if (floor === null) return index.search.search(request);
  const total = index.search.search({ ...request, page: 1, limit: 1 }).total;
  const all = index.search.search({ ...request, page: 1, limit: Math.max(1, total) });
  const kept = all.results.filter((hit) => hit.quote.attribution.confidence >= floor);
  const from = (request.page - 1) * request.limit;
  return {
    ...all,
    total: kept.length,
    page: request.page,
    limit: request.limit,
    results: kept.slice(from, from + request.limit),
  };
}

async function run(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand(
    'search',
    args,
    {
      speaker: { type: 'string', multiple: true },
      publisher: { type: 'string', multiple: true },
      from: { type: 'string' },
      to: { type: 'string' },
      sort: { type: 'string' },
      page: { type: 'string' },
      limit: { type: 'string' },
      'min-confidence': { type: 'string' },
      json: { type: 'boolean', default: false },
      index: { type: 'string' },
    },
    true,
  );
  if (positionals.length === 0) throw new UsageError('search', 'search: missing <query>');
  const floor = parseMinConfidence(values['min-confidence']);
  const raw: RawRequest = {
    q: positionals.join(' '),
    publisher: values.publisher,
    from: values.from,
    to: values.to,
    sort: values.sort ?? 'relevance',
    page: values.page,
    limit: values.limit,
  };
  const parsed = parseSearchRequest(raw);
  if (!parsed.ok) {
    const issue = parsed.issues[0]!;
    // The API names query-string fields ('limit'); here they are options (--limit).
    const message = issue.message.replace(/'(q|publisher|from|to|sort|page|limit)'/g, (_, f: string) =>
      f === 'q' ? 'the query' : `--${f}`,
    );
    throw new UsageError('search', `search: ${message}`);
  }
  const index = await openIndex(values.index ?? readEnv(['INDEX_DIR'], io.env).INDEX_DIR, io);
  if (!index) return EXIT.failed;
  const speakers = (values.speaker ?? []).map((given) => findSpeaker(index, given));
  const request: SearchRequest = { ...parsed.request, speakers: speakers.map((s) => s.id) };
  const response = searchWithFloor(index, request, floor);
  if (values.json) {
    await write(io.stdout, `${JSON.stringify(response, null, 2)}\n`);
    return EXIT.ok;
  }
  const out = lineWriter(io.stdout);
  const by = speakers.length > 0 ? ` by ${speakers.map((s) => s.name).join(' or ')}` : '';
  const pages = Math.max(1, Math.ceil(response.total / request.limit));
  const paging = pages > 1 ? ` (page ${request.page} of ${pages})` : '';
  await out.line(
    `${response.total} ${response.total === 1 ? 'quote' : 'quotes'} for ${JSON.stringify(request.q)}${by}${paging}`,
  );
  for (const suggestion of response.suggestions) await out.line(`  did you mean: ${suggestion}`);
  for (const [i, hit] of response.results.entries()) {
    const q = hit.quote;
    const confidence = `${confidenceBand(q.attribution.confidence)} ${q.attribution.confidence.toFixed(2)}`;
    await out.line('');
    await out.line(`${(request.page - 1) * request.limit + i + 1}. “${q.text}”`);
    await out.line(
      `   — ${whoSaid(q, index.speakers)}, ${quoteDate(q) || 'undated'} · ${articleLabel(index.articles.get(q.articleId))} [${q.id}, ${confidence}]`,
    );
  }
  await out.flush();
  return EXIT.ok;
}

function whoSaid(quote: Quote, speakers: Map<string, Speaker>): string {
  const name =
    (quote.speakerId ? speakers.get(quote.speakerId)?.name : null) ?? quote.attribution.name ?? 'unattributed';
  return quote.attribution.role ? `${name} (${quote.attribution.role})` : name;
}

function articleLabel(article: Article | undefined): string {
  if (!article) return 'unknown article';
  return [article.title ?? article.path, article.publisher].filter(Boolean).join(' · ');
}
