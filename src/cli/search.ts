/**
 * `verbatim search`: query the index, or the PostgreSQL database when DATABASE_URL is set (and no --index is given),
 * through the backend contract as the site does. The request is checked by the API's own contract
 * (src/search/request-schema.ts): the same dates, limits and sorts are accepted, with the same messages.
 */
import { BackendUnavailable } from '../backend/index.js';
import { parseDatabaseConfig, readEnv } from '../config.js';
import { confidenceBand } from '../extract/confidence.js';
import { parseSearchRequest, type RawRequest } from '../search/request-schema.js';
import { quoteDate } from '../store/index.js';
import type { Article, Quote, Speaker } from '../model/types.js';
import type { SearchRequest, SearchResponse } from '../search/types.js';
import { EXIT, parseCommand, UsageError } from './args.js';
import { openIndex } from './open-index.js';
import { lineWriter, write, type CliIO } from './output.js';

/** A speaker given by id, name or alias (case-insensitive); among several, the most quoted. */
export function findSpeaker(speakers: ReadonlyMap<string, Speaker>, given: string, command = 'search'): Speaker {
  const exact = speakers.get(given);
  if (exact) return exact;
  const wanted = given.trim().toLowerCase();
  const matches = [...speakers.values()]
    .filter(
      (s) => s.id === wanted || s.name.toLowerCase() === wanted || s.aliases.some((a) => a.toLowerCase() === wanted),
    )
    .sort((a, b) => b.quoteCount - a.quoteCount || a.id.localeCompare(b.id));
  const found = matches[0];
  if (!found) throw new UsageError(command, `${command}: no speaker matches '${given}' (see 'verbatim speakers')`);
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

/** Runs `verbatim search` (see commands.ts for what it takes). */
export async function run(args: string[], io: CliIO): Promise<number> {
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
  const db = parseDatabaseConfig(io.env);
  if (!db.ok) throw new UsageError('search', db.message);
  if (db.url && values.index === undefined) {
    return searchDatabase(db.url, db.readUrl, parsed.request, values.speaker ?? [], floor, values.json ?? false, io);
  }
  const index = await openIndex(values.index ?? readEnv(['INDEX_DIR'], io.env).INDEX_DIR, io);
  if (!index) return EXIT.failed;
  const speakers = (values.speaker ?? []).map((given) => findSpeaker(index.speakers, given));
  const request: SearchRequest = { ...parsed.request, speakers: speakers.map((s) => s.id), minConfidence: floor };
  const response = index.search.search(request);
  await print(response, request, speakers, index.speakers, (id) => index.articles.get(id), values.json ?? false, io);
  return EXIT.ok;
}

/** The search answered by the PostgreSQL backend (the confidence floor is one of its filters). */
async function searchDatabase(
  url: string,
  readUrl: string | null,
  parsed: SearchRequest,
  givenSpeakers: string[],
  floor: number | null,
  json: boolean,
  io: CliIO,
): Promise<number> {
  const { PostgresBackend } = await import('../backend/postgres/index.js');
  const backend = new PostgresBackend(url, { readUrl, max: 4, applicationName: 'verbatim-cli' });
  try {
    const all = new Map((await backend.speakers()).map((s) => [s.id, s]));
    const speakers = givenSpeakers.map((given) => findSpeaker(all, given));
    const request: SearchRequest = { ...parsed, speakers: speakers.map((s) => s.id), minConfidence: floor };
    const response = await backend.search(request);
    const articles = await backend.articles([...new Set(response.results.map((h) => h.quote.articleId))]);
    const { nextCursor: _cursor, ...plain } = response;
    const results = plain.results.map(({ statementId: _s, sources: _n, ...hit }) => hit);
    await print({ ...plain, results }, request, speakers, all, (id) => articles.get(id), json, io);
    return EXIT.ok;
  } catch (error) {
    if (!(error instanceof BackendUnavailable)) throw error;
    await write(io.stderr, `search: ${error.message}\n`);
    return EXIT.failed;
  } finally {
    await backend.close();
  }
}

/** The response as JSON, or as lines: the count, suggestions, then each quote with who said it, when and where. */
async function print(
  response: SearchResponse,
  request: SearchRequest,
  speakers: Speaker[],
  allSpeakers: ReadonlyMap<string, Speaker>,
  articleOf: (id: string) => Article | undefined,
  json: boolean,
  io: CliIO,
): Promise<void> {
  if (json) {
    await write(io.stdout, `${JSON.stringify(response, null, 2)}\n`);
    return;
  }
  const out = lineWriter(io.stdout);
  const by = speakers.length > 0 ? ` by ${speakers.map((s) => s.name).join(' or ')}` : '';
  const pages = Math.max(1, Math.ceil(response.total / request.limit));
  const paging = pages > 1 ? ` (page ${request.page} of ${pages})` : '';
  // Past the engine's bound the total is an estimate (totalEstimated): said so, as the site's "about N quotes".
  const about = response.totalEstimated === true ? 'about ' : '';
  await out.line(
    `${about}${response.total} ${response.total === 1 ? 'quote' : 'quotes'} for ${JSON.stringify(request.q)}${by}${paging}`,
  );
  for (const suggestion of response.suggestions) await out.line(`  did you mean: ${suggestion}`);
  for (const [i, hit] of response.results.entries()) {
    const q = hit.quote;
    const confidence = `${confidenceBand(q.attribution.confidence)} ${q.attribution.confidence.toFixed(2)}`;
    await out.line('');
    await out.line(`${(request.page - 1) * request.limit + i + 1}. “${q.text}”`);
    await out.line(
      `   — ${whoSaid(q, allSpeakers)}, ${quoteDate(q) || 'undated'} · ${articleLabel(articleOf(q.articleId))} [${q.id}, ${confidence}]`,
    );
  }
  await out.flush();
}

function whoSaid(quote: Quote, speakers: ReadonlyMap<string, Speaker>): string {
  const name =
    (quote.speakerId ? speakers.get(quote.speakerId)?.name : null) ?? quote.attribution.name ?? 'unattributed';
  return quote.attribution.role ? `${name} (${quote.attribution.role})` : name;
}

function articleLabel(article: Article | undefined): string {
  if (!article) return 'unknown article';
  return [article.title ?? article.path, article.publisher].filter(Boolean).join(' · ');
}
