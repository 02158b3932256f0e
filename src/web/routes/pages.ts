/**
 * The server-rendered pages. Each handler validates its input, gathers plain view data and renders one template;
 * the templates only format and escape.
 */
import { Router } from 'express';
import type { Quote, Speaker } from '../../model/types.js';
import type { Backend, BackendHit } from '../../backend/index.js';
import type { Report } from '../../statements/index.js';
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
  filterSpeakers,
  jsonForScript,
  lookupsFor,
  type Lookups,
  quotationLd,
  sameQuoteElsewhere,
  speakerTimeline,
} from '../present.js';
import { citationsFor } from '../citations.js';
import { articleParagraphs, paragraphAround } from '../../search/text-segments.js';
import { cacheControl, type RouteContext } from './api.js';
import { textFragmentUrl } from './export.js';

/** How many speaker facet values show before the rest fold into "more". */
const FACET_VISIBLE = 10;

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

/** The URL of a search with the given parameters, leaving defaults out so links stay short. */
export function searchHref(path: string, query: Partial<SearchQuery>, page: number): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const s of query.speakers ?? []) params.append('speaker', s);
  for (const p of query.publishers ?? []) params.append('publisher', p);
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  const defaultSort = query.q ? 'relevance' : 'newest';
  if (query.sort && query.sort !== defaultSort) params.set('sort', query.sort);
  if (query.limit && query.limit !== 20) params.set('limit', String(query.limit));
  if (page > 1) params.set('page', String(page));
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function speakerOf(index: Lookups, quote: Quote): Speaker | null {
  return quote.speakerId ? (index.speakers.get(quote.speakerId) ?? null) : null;
}

/**
 * What a page of hits shows: the records around them, and the reports of each statement reported more than once
 * (with the records of those reports too).
 */
async function hitsView(backend: Backend, hits: readonly BackendHit[]): Promise<{ index: Lookups; reportsOf: (q: Quote) => Report[] }> {
  const grouped = hits.filter((h) => h.sources > 1);
  const statements = await Promise.all(grouped.map((h) => backend.reports(h.quote.id)));
  const reports = new Map<string, Report[]>();
  grouped.forEach((h, i) => reports.set(h.quote.id, statements[i]?.reports ?? []));
  const index = await lookupsFor(backend, [...hits.map((h) => h.quote), ...[...reports.values()].flat().map((r) => r.quote)]);
  return { index, reportsOf: (q) => reports.get(q.id) ?? [] };
}

export function pageRouter(ctx: RouteContext): Router {
  const router = Router();
  router.use(cacheControl(ctx));

  router.get('/', async (req, res) => {
    const query = parseInput(searchQuerySchema, req.query, 'search');
    const backend = ctx.getBackend();
    const found = await backend.search({ ...query, budgetMs: ctx.searchBudgetMs });
    const { index, reportsOf } = await hitsView(backend, found.results);
    const selectedSpeakers = new Set(query.speakers);
    // Selected speakers stay visible even when they fall outside the top ten.
    const speakerFacets = found.facets.speakers;
    const visible = speakerFacets.filter((f, i) => i < FACET_VISIBLE || selectedSpeakers.has(f.id));
    const more = speakerFacets.filter((f, i) => i >= FACET_VISIBLE && !selectedSpeakers.has(f.id));
    res.render('search', {
      title: query.q ? `“${query.q}” — Verbatim` : 'Verbatim — who said what, and when',
      canonical: ctx.urls(req).base + searchHref('/', query, query.page),
      query,
      found,
      index,
      speakerOf: (q: Quote) => speakerOf(index, q),
      facets: { visible, more, publishers: found.facets.publishers },
      pager: pager(found.total, query.page, query.limit, (p) => searchHref('/', query, p)),
      suggestionHref: (s: string) => searchHref('/', { q: s }, 1),
      reportsOf,
      exportHref: (file: string) => searchHref(`/${file}`, { ...query, limit: undefined, ...(file === 'feed.atom' ? { sort: undefined } : {}) }, 1),
    });
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
    const [found, all] = await Promise.all([
      backend.search({ ...query, speakers: [id], publishers: [], from: null, to: null, budgetMs: ctx.searchBudgetMs }),
      backend.quotesOfSpeaker(id, { page: 1, limit: speaker.quoteCount }),
    ]);
    const { index, reportsOf } = await hitsView(backend, found.results);
    const path = `/speakers/${encodeURIComponent(id)}`;
    const href = (p: number) => searchHref(path, { q: query.q, sort: query.sort, limit: query.limit }, p);
    res.render('speaker', {
      title: `${speaker.name} — Verbatim`,
      canonical: ctx.urls(req).speaker(id),
      speaker,
      query,
      found,
      index,
      speakerOf: (q: Quote) => speakerOf(index, q),
      timeline: speakerTimeline(all.quotes),
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
    const index = await lookupsFor(backend, [quote, ...elsewhere, ...reports.map((r) => r.quote), ...(fragmentOf ? [fragmentOf] : [])]);
    const article = index.articles.get(quote.articleId);
    if (!article) throw new Error(`web: quote '${id}' points at missing article '${quote.articleId}'`);
    const speaker = speakerOf(index, quote);
    const permalink = urls.quote(id);
    const who = speaker?.name ?? quote.attribution.name ?? 'Unattributed';
    res.render('quote', {
      title: `${who}: “${truncate(quote.text, 80)}” — Verbatim`,
      canonical: permalink,
      og: { title: `${who}: “${truncate(quote.text, 80)}”`, description: truncate(quote.text, 280), url: permalink },
      jsonLd: jsonForScript(quotationLd(quote, article, speaker, urls)),
      quote,
      article,
      speaker,
      who,
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
      paragraphs: articleParagraphs(article, quotes),
      quotes: new Map(quotes.map((q) => [q.id, q])),
      quoteCount: quotes.length,
      speakerOf: (q: Quote) => speakerOf(index, q),
    });
  });

  return router;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
