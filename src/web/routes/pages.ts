/**
 * The server-rendered pages. Each handler validates its input, gathers plain view data and renders one template;
 * the templates only format and escape.
 */
import { Router, type Request } from 'express';
import { z } from 'zod';
import type { Backend, BackendHit } from '../../backend/index.js';
import type { Report } from '../../statements/index.js';
import type { Quote, Speaker } from '../../model/types.js';
import { HttpError, parseInput } from '../errors.js';
import {
  idParamsSchema,
  searchQuerySchema,
  speakerListQuerySchema,
  speakerQuotesQuerySchema,
  type SearchQuery,
} from '../schemas.js';
import {
  articleLabel,
  attributionView,
  filterSpeakers,
  jsonForScript,
  lookupsFor,
  type Lookups,
  quotationLd,
  sameQuoteElsewhere,
  speakerTimeline,
} from '../present.js';
import { citationsFor, unnamedSpeaker } from '../citations.js';
import { articleParagraphs, paragraphAround } from '../../search/text-segments.js';
import { cacheControl, type RouteContext } from '../context.js';
import { searchHref, textFragmentUrl } from '../links.js';
import type { ArticleRun } from '../../search/text-segments.js';
import { NO_SPEAKER, type SearchResponse } from '../../search/types.js';

/** How many speaker facet values show before the rest fold into "more". */
const FACET_VISIBLE = 10;

/** Where the search page's script fetches the results and facets of a search, as server-rendered HTML. */
export const SEARCH_FRAGMENT = '/fragments/search';

/** A link to a page of results. */
export interface PageLink {
  page: number;
  href: string;
  current: boolean;
}

/** Prev/next and a window of page links around the current page. */
export function pager(total: number, page: number, limit: number, href: (page: number) => string) {
  const pages = Math.max(1, Math.ceil(total / limit));
  const from = Math.max(1, page - 3);
  const to = Math.min(pages, page + 3);
  const links: PageLink[] = [];
  for (let p = from; p <= to; p += 1) links.push({ page: p, href: href(p), current: p === page });
  return {
    pages,
    links,
    prev: page > 1 ? href(Math.min(page - 1, pages)) : null,
    next: page < pages ? href(page + 1) : null,
    first: from > 1 ? href(1) : null,
    /** Page 1, always: where a reader past the last page is sent back to. */
    start: href(1),
    last: to < pages ? href(pages) : null,
  };
}

/** Filters the search page reads besides the API's search parameters. */
export interface PageFilters {
  /** Only full or only partial quotations. */
  kind?: 'full' | 'partial' | null;
  /** Only attributions at least this confident (the "confident attributions only" switch sets 0.9). */
  minConfidence?: number | null;
}

/** A search as a link: the search parameters and the page's own filters. */
export type SearchLink = Partial<SearchQuery> & PageFilters;

/** What the "confident attributions only" switch asks for: the lowest confidence of the 'certain' band's use. */
export const CONFIDENT_ONLY = 0.9;

/** The page's own filters, read next to the search contract (unknown keys are ignored by it). */
const pageFiltersSchema = z.object({
  kind: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.enum(['full', 'partial'], { error: "'kind' must be full or partial" }).optional(),
  ),
  minConfidence: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string({ error: "give 'minConfidence' only once" })
      .regex(/^(?:0(?:\.\d+)?|1(?:\.0+)?)$/, "'minConfidence' must be a number from 0 to 1")
      .transform(Number)
      .optional(),
  ),
});

/** The page filters of a request; the search contract's own `minConfidence` wins when it has one. */
function pageFilters(req: Request, query: SearchQuery): Required<PageFilters> {
  const extra = parseInput(pageFiltersSchema, req.query, 'search');
  const own = (query as { minConfidence?: number | null }).minConfidence;
  return { kind: extra.kind ?? null, minConfidence: own ?? extra.minConfidence ?? null };
}

/** How the results are ordered, as a heading says it. */
export function sortPhrase(sort: SearchQuery['sort']): string {
  return sort === 'newest' ? 'latest first' : sort === 'oldest' ? 'oldest first' : 'best match first';
}

/** One active filter and the link that removes it. */
export interface FilterRemoval {
  /** `speaker`, `publisher`, `dates`, `kind`, `confidence`. */
  filter: string;
  label: string;
  href: string;
  /** How many quotes the search finds without this filter's kind of restriction, when known. */
  total: number | null;
}

/** A link per active filter that drops it (keeping the words and the other filters). */
export function filterRemovals(
  query: SearchLink & SearchQuery,
  found: SearchResponse,
  nameOf: (id: string) => string,
): FilterRemoval[] {
  const relaxed = new Map((found.relaxations ?? []).map((r) => [r.drop, r.total]));
  const out: FilterRemoval[] = [];
  const href = (change: SearchLink) => searchHref('/', { ...query, ...change }, 1);
  for (const id of query.speakers) {
    const label = id === NO_SPEAKER ? 'no speaker named' : nameOf(id);
    const total = query.speakers.length === 1 ? (relaxed.get('speakers') ?? null) : null;
    out.push({
      filter: 'speaker',
      label: `speaker: ${label}`,
      href: href({ speakers: query.speakers.filter((s) => s !== id) }),
      total,
    });
  }
  for (const p of query.publishers) {
    const total = query.publishers.length === 1 ? (relaxed.get('publishers') ?? null) : null;
    out.push({
      filter: 'publisher',
      label: `publisher: ${p}`,
      href: href({ publishers: query.publishers.filter((x) => x !== p) }),
      total,
    });
  }
  if (query.from || query.to) {
    const range =
      query.from && query.to ? `${query.from} to ${query.to}` : query.from ? `from ${query.from}` : `until ${query.to}`;
    out.push({
      filter: 'dates',
      label: `dates: ${range}`,
      href: href({ from: null, to: null }),
      total: relaxed.get('dates') ?? null,
    });
  }
  if (query.kind)
    out.push({ filter: 'kind', label: `${query.kind} quotations only`, href: href({ kind: null }), total: null });
  if (query.minConfidence !== null && query.minConfidence !== undefined) {
    out.push({
      filter: 'confidence',
      label: 'confident attributions only',
      href: href({ minConfidence: null }),
      total: null,
    });
  }
  return out;
}

/** The query with its last word left out (`a b c` → `a b`), for the "fewer words" tip; null for one word. */
export function fewerWords(q: string): string | null {
  const words = q.trim().split(/\s+/u);
  return words.length > 1 ? words.slice(0, -1).join(' ') : null;
}

/** A run of an article paragraph, with where the speaker tag of a quote goes (after its closing mark). */
export interface TaggedRun extends ArticleRun {
  /** The quote whose speaker is shown right after this run, or null. */
  tagFor: string | null;
}

/** Closing punctuation and quotation marks that follow a quote's last words (`,”`, `.’`, `!"`, `»`). */
const CLOSING_MARKS = /^[,.;:!?…]*[”"’'»›」』]+/u;

/**
 * Puts each quote's speaker tag after its closing quotation mark: `“We will,” [Speaker] she said`, never
 * inside the quotation marks. A quote whose text is not followed by a mark gets the tag right after it.
 */
export function placeSpeakerTags(paragraphs: ArticleRun[][]): TaggedRun[][] {
  return paragraphs.map((runs) => {
    const out: TaggedRun[] = [];
    runs.forEach((run, i) => {
      const prev = runs[i - 1];
      if (!run.quoteId && prev?.quoteId && prev.endsQuote) {
        const closing = CLOSING_MARKS.exec(run.text)?.[0];
        if (closing) {
          out[out.length - 1]!.tagFor = null;
          out.push({ ...run, text: closing, tagFor: prev.quoteId });
          if (run.text.length > closing.length)
            out.push({ ...run, text: run.text.slice(closing.length), tagFor: null });
          return;
        }
      }
      out.push({ ...run, tagFor: run.quoteId && run.endsQuote ? run.quoteId : null });
    });
    return out;
  });
}

function speakerOf(index: Lookups, quote: Quote): Speaker | null {
  return quote.speakerId ? (index.speakers.get(quote.speakerId) ?? null) : null;
}

/**
 * What a page of hits shows: the records around them (and the speakers named in `more`), and the reports of each
 * statement reported more than once (with the records of those reports too).
 */
async function hitsView(
  backend: Backend,
  hits: readonly BackendHit[],
  more: readonly string[] = [],
): Promise<{ index: Lookups; reportsOf: (q: Quote) => Report[] }> {
  const grouped = hits.filter((h) => h.sources > 1);
  const statements = await Promise.all(grouped.map((h) => backend.reports(h.quote.id)));
  const reports = new Map<string, Report[]>();
  grouped.forEach((h, i) => reports.set(h.quote.id, statements[i]?.reports ?? []));
  const quotes = [...hits.map((h) => h.quote), ...[...reports.values()].flat().map((r) => r.quote)];
  const index = await lookupsFor(backend, quotes, more);
  return { index, reportsOf: (q) => reports.get(q.id) ?? [] };
}

export function pageRouter(ctx: RouteContext): Router {
  const router = Router();
  router.use(cacheControl(ctx));

  // The words searched, for the search form an error page keeps (views/error.ejs).
  router.use((req, res, next) => {
    if ((req.path === '/' || req.path === SEARCH_FRAGMENT) && typeof req.query.q === 'string')
      res.locals.searchText = req.query.q;
    next();
  });

  /** Everything the search page and its results fragment show. */
  const searchView = async (req: Request) => {
    const parsed = parseInput(searchQuerySchema, req.query, 'search');
    const query = { ...parsed, ...pageFilters(req, parsed) };
    const backend = ctx.getBackend();
    const found = await backend.search({ ...query, budgetMs: ctx.searchBudgetMs });
    const { index, reportsOf } = await hitsView(
      backend,
      found.results,
      query.speakers.filter((s) => s !== NO_SPEAKER),
    );
    const selectedSpeakers = new Set(query.speakers);
    // Selected speakers stay visible even when they fall outside the top ten.
    const speakerFacets = found.facets.speakers;
    const visible = speakerFacets.filter((f, i) => i < FACET_VISIBLE || selectedSpeakers.has(f.id));
    const more = speakerFacets.filter((f, i) => i >= FACET_VISIBLE && !selectedSpeakers.has(f.id));
    const feedHref = searchHref('/feed.atom', { ...query, limit: undefined, sort: undefined }, 1);
    return {
      title: query.q ? `“${query.q}” — Verbatim` : 'Verbatim — who said what, and when',
      canonical: ctx.urls(req).base + searchHref('/', query, query.page),
      feed: { href: feedHref, title: query.q ? `Quotes matching “${query.q}”` : 'Latest quotes' },
      query,
      found,
      index,
      speakerOf: (q: Quote) => speakerOf(index, q),
      attributionOf: (q: Quote) => attributionView(q, speakerOf(index, q)),
      facets: {
        visible,
        more,
        publishers: found.facets.publishers,
        unattributed: found.facets.unattributed ?? 0,
        estimated: found.facetsEstimated,
      },
      noSpeaker: NO_SPEAKER,
      // A name typed in the speaker box (not a facet's id): shown back in the box, the facets tick the rest.
      typedSpeaker: query.speakers.find((s) => s !== NO_SPEAKER && index.speakers.get(s) === undefined) ?? '',
      sortPhrase: sortPhrase(query.sort),
      removals: filterRemovals(query, found, (id) => index.speakers.get(id)?.name ?? id),
      fewerWords: fewerWords(query.q),
      fewerWordsHref: (q: string) => searchHref('/', { ...query, q }, 1),
      pager: pager(found.total, query.page, query.limit, (p) => searchHref('/', query, p)),
      suggestionHref: (s: string) => searchHref('/', { q: s }, 1),
      reportsOf,
      exportHref: (file: string) =>
        file === 'feed.atom' ? feedHref : searchHref(`/${file}`, { ...query, limit: undefined }, 1),
    };
  };

  router.get('/', async (req, res) => {
    res.render('search', await searchView(req));
  });

  // The results and facets of a search, for the page's script to put in place as the person types (public/app.js).
  router.get(SEARCH_FRAGMENT, async (req, res) => {
    res.render('search-fragment', await searchView(req));
  });

  router.get('/speakers', async (req, res) => {
    const query = parseInput(speakerListQuerySchema, req.query, 'speaker filter');
    const matching = filterSpeakers(await ctx.getBackend().speakers(), query.q);
    const from = (query.page - 1) * query.limit;
    const href = (p: number) => {
      const params = new URLSearchParams();
      if (query.q) params.set('q', query.q);
      if (p > 1) params.set('page', String(p));
      const qs = params.toString();
      return qs ? `/speakers?${qs}` : '/speakers';
    };
    res.render('speakers', {
      title: 'Speakers — Verbatim',
      canonical: ctx.urls(req).base + href(query.page),
      query,
      total: matching.length,
      speakers: matching.slice(from, from + query.limit),
      pager: pager(matching.length, query.page, query.limit, href),
    });
  });

  router.get('/speakers/:id', async (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'speaker id');
    const query = parseInput(speakerQuotesQuerySchema, req.query, 'speaker search');
    const backend = ctx.getBackend();
    const speaker = await backend.speaker(id);
    if (!speaker) throw new HttpError(404, `No speaker with id '${id}'`);
    const [found, months] = await Promise.all([
      backend.search({ ...query, speakers: [id], publishers: [], from: null, to: null, budgetMs: ctx.searchBudgetMs }),
      backend.speakerMonths(id),
    ]);
    const { index, reportsOf } = await hitsView(backend, found.results);
    const path = `/speakers/${encodeURIComponent(id)}`;
    const href = (p: number) => searchHref(path, { q: query.q, sort: query.sort, limit: query.limit }, p);
    res.render('speaker', {
      title: `${speaker.name} — Verbatim`,
      canonical: ctx.urls(req).speaker(id),
      feed: { href: `${path}/feed.atom`, title: `Quotes by ${speaker.name}` },
      sortPhrase: sortPhrase(query.sort),
      attributionOf: (q: Quote) => attributionView(q, speakerOf(index, q)),
      speaker,
      query,
      found,
      index,
      speakerOf: (q: Quote) => speakerOf(index, q),
      timeline: speakerTimeline(months),
      pager: pager(found.total, query.page, query.limit, href),
      reportsOf,
      exportHref: (file: string) =>
        file === 'feed.atom' ? `${path}/feed.atom` : searchHref(`${path}/${file}`, { q: query.q, sort: query.sort }, 1),
    });
  });

  router.get('/q/:id', async (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'quote id');
    const backend = ctx.getBackend();
    const urls = ctx.urls(req);
    const quote = await backend.quote(id);
    if (!quote) throw new HttpError(404, `No quote with id '${id}'`);
    const [elsewhere, statement] = await Promise.all([sameQuoteElsewhere(backend, quote), backend.reports(id)]);
    const reports = statement?.reports ?? [];
    const fragmentOf = statement?.fragmentOf ?? null;
    const index = await lookupsFor(backend, [
      quote,
      ...elsewhere,
      ...reports.map((r) => r.quote),
      ...(fragmentOf ? [fragmentOf] : []),
    ]);
    const article = index.articles.get(quote.articleId);
    if (!article) throw new Error(`web: quote '${id}' points at missing article '${quote.articleId}'`);
    const speaker = speakerOf(index, quote);
    const permalink = urls.quote(id);
    const who = speaker?.name ?? quote.attribution.name ?? unnamedSpeaker(quote);
    res.render('quote', {
      title: `${who}: “${truncate(quote.text, 80)}” — Verbatim`,
      canonical: permalink,
      og: { title: `${who}: “${truncate(quote.text, 80)}”`, description: truncate(quote.text, 280), url: permalink },
      jsonLd: jsonForScript(quotationLd(quote, article, speaker, urls)),
      quote,
      article,
      speaker,
      who,
      attribution: attributionView(quote, speaker),
      context: paragraphAround(article, quote),
      citations: citationsFor({ quote, article, speaker, permalink }),
      elsewhere: elsewhere.map((q) => ({ quote: q, article: index.articles.get(q.articleId) ?? null })),
      reports,
      fragmentOf,
      textFragment: textFragmentUrl(article, quote),
      speakerOf: (q: Quote) => speakerOf(index, q),
    });
  });

  router.get('/articles/:id', async (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'article id');
    const backend = ctx.getBackend();
    const article = await backend.article(id);
    if (!article) throw new HttpError(404, `No article with id '${id}'`);
    const quotes = await backend.quotesOfArticle(id);
    const index = await lookupsFor(backend, quotes);
    res.render('article', {
      title: `${articleLabel(article)} — Verbatim`,
      canonical: ctx.urls(req).article(id),
      article,
      paragraphs: placeSpeakerTags(articleParagraphs(article, quotes)),
      quotes: new Map(quotes.map((q) => [q.id, q])),
      quoteCount: quotes.length,
      speakerOf: (q: Quote) => speakerOf(index, q),
      attributionOf: (q: Quote) => attributionView(q, speakerOf(index, q)),
    });
  });

  return router;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
