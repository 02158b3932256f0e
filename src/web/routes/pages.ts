/**
 * The server-rendered pages. Each handler validates its input, gathers plain view data and renders one template;
 * the templates only format and escape.
 */
import { Router } from 'express';
import type { LoadedIndex } from '../../store/types.js';
import type { Quote, Speaker } from '../../model/types.js';
import { HttpError, parseInput } from '../errors.js';
import {
  idParamsSchema,
  searchQuerySchema,
  speakerListQuerySchema,
  speakerQuotesQuerySchema,
} from '../schemas.js';
import {
  articleLabel,
  articleQuotes,
  filterSpeakers,
  jsonForScript,
  quotationLd,
  sameQuoteElsewhere,
  speakerTimeline,
} from '../present.js';
import { citationsFor } from '../citations.js';
import { articleParagraphs, paragraphAround } from '../../search/text-segments.js';
import { cacheControl, type RouteContext } from '../context.js';
import { searchHref, textFragmentUrl } from '../links.js';
import { reportsOf, sourceCount } from '../../statements/index.js';

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

function speakerOf(index: LoadedIndex, quote: Quote): Speaker | null {
  return quote.speakerId ? (index.speakers.get(quote.speakerId) ?? null) : null;
}

export function pageRouter(ctx: RouteContext): Router {
  const router = Router();
  router.use(cacheControl(ctx));

  router.get('/', (req, res) => {
    const query = parseInput(searchQuerySchema, req.query, 'search');
    const index = ctx.getIndex();
    const found = index.search.search({ ...query, budgetMs: ctx.searchBudgetMs });
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
      reportsOf: (q: Quote) => (sourceCount(index, q) > 1 ? reportsOf(index, q) : []),
      exportHref: (file: string) => searchHref(`/${file}`, { ...query, limit: undefined, ...(file === 'feed.atom' ? { sort: undefined } : {}) }, 1),
    });
  });

  router.get('/speakers', (req, res) => {
    const query = parseInput(speakerListQuerySchema, req.query, 'speaker filter');
    const matching = filterSpeakers(ctx.getIndex(), query.q);
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

  router.get('/speakers/:id', (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'speaker id');
    const query = parseInput(speakerQuotesQuerySchema, req.query, 'speaker search');
    const index = ctx.getIndex();
    const speaker = index.speakers.get(id);
    if (!speaker) throw new HttpError(404, `No speaker with id '${id}'`);
    const found = index.search.search({ ...query, speakers: [id], publishers: [], from: null, to: null, budgetMs: ctx.searchBudgetMs });
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
      timeline: speakerTimeline(index, id),
      pager: pager(found.total, query.page, query.limit, href),
      reportsOf: (q: Quote) => (sourceCount(index, q) > 1 ? reportsOf(index, q) : []),
      exportHref: (file: string) =>
        file === 'feed.atom' ? `${path}/feed.atom` : searchHref(`${path}/${file}`, { q: query.q, sort: query.sort }, 1),
    });
  });

  router.get('/q/:id', (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'quote id');
    const index = ctx.getIndex();
    const urls = ctx.urls(req);
    const quote = index.quotes.get(id);
    if (!quote) throw new HttpError(404, `No quote with id '${id}'`);
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
      elsewhere: sameQuoteElsewhere(index, quote).map((q) => ({ quote: q, article: index.articles.get(q.articleId) ?? null })),
      reports: reportsOf(index, quote),
      fragmentOf: index.fragmentOf?.has(id) ? (index.quotes.get(index.fragmentOf.get(id)!) ?? null) : null,
      textFragment: textFragmentUrl(article, quote),
      speakerOf: (q: Quote) => speakerOf(index, q),
    });
  });

  router.get('/articles/:id', (req, res) => {
    const { id } = parseInput(idParamsSchema, req.params, 'article id');
    const index = ctx.getIndex();
    const article = index.articles.get(id);
    if (!article) throw new HttpError(404, `No article with id '${id}'`);
    const quotes = articleQuotes(index, article);
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
