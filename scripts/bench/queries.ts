/**
 * Benchmark queries drawn from the indexed quotes themselves (deterministic from a seed): words, prefixes,
 * misspellings and phrases that occur in the corpus, and filters that select real speakers and publishers.
 */
import type { LoadedIndex } from '../../src/store/index.js';
import type { SearchRequest } from '../../src/search/index.js';
import { isStopWord, terms } from '../../src/model/text.js';
import { makeRandom } from './corpus.js';
import { searchRequest } from '../../src/search/request.js';

export const QUERY_KINDS = ['plain', 'prefix', 'typo', 'phrase', 'speaker', 'faceted', 'speakerPage'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

const base: SearchRequest = searchRequest('');

/** `count` requests of each kind. */
export function makeQueries(index: LoadedIndex, count: number, seed: number): Record<QueryKind, SearchRequest[]> {
  const random = makeRandom(seed);
  // Ids only: a loaded index decodes a quote when it is asked for, and a million decoded quotes would be what the benchmark measures.
  const ids = [...index.quotes.keys()];
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const pickQuote = () => index.quotes.get(pick(ids))!;
  const content = (text: string, min = 3): string[] =>
    terms(text).filter((t) => t.length >= min && !isStopWord(t) && !/^\d+$/.test(t));
  const someQuote = (predicate: (words: string[]) => boolean) => {
    for (;;) {
      const q = pickQuote();
      const words = content(q.text);
      if (predicate(words)) return { quote: q, words };
    }
  };
  const out = Object.fromEntries(QUERY_KINDS.map((k) => [k, [] as SearchRequest[]])) as Record<
    QueryKind,
    SearchRequest[]
  >;
  const speakered = (): ReturnType<typeof pickQuote> => {
    for (;;) {
      const q = pickQuote();
      if (q.speakerId) return q;
    }
  };
  const speakerIds = [...index.speakers.keys()];
  for (let i = 0; i < count; i++) {
    {
      const { words } = someQuote((w) => w.length >= 2);
      out.plain.push({ ...base, q: random() < 0.5 ? pick(words) : `${pick(words)} ${pick(words)}` });
    }
    {
      const { words } = someQuote((w) => w.some((t) => t.length >= 5));
      const long = pick(words.filter((t) => t.length >= 5));
      const prefix = long.slice(0, 3 + Math.floor(random() * (long.length - 3)));
      out.prefix.push({ ...base, q: random() < 0.5 ? prefix : `${pick(words)} ${prefix}` });
    }
    {
      const { words } = someQuote((w) => w.some((t) => t.length >= 6));
      const long = pick(words.filter((t) => t.length >= 6));
      const at = 1 + Math.floor(random() * (long.length - 1));
      const letter = 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)]!;
      out.typo.push({ ...base, q: long.slice(0, at) + (long[at] === letter ? 'x' : letter) + long.slice(at + 1) });
    }
    {
      const q = pickQuote();
      const all = terms(q.text);
      const len = 2 + Math.floor(random() * 2);
      const at = Math.floor(random() * Math.max(1, all.length - len));
      out.phrase.push({ ...base, q: `"${all.slice(at, at + len).join(' ')}"` });
    }
    {
      const q = speakered();
      out.speaker.push({ ...base, q: pick(content(q.text).concat(['said'])), speakers: [q.speakerId!] });
    }
    {
      const q = pickQuote();
      const publisher = index.articles.get(q.articleId)?.publisher;
      const year = 2015 + Math.floor(random() * 9);
      out.faceted.push({
        ...base,
        q: pick(content(q.text).concat(['said'])),
        publishers: publisher ? [publisher] : [],
        from: `${year}-01-01`,
        to: `${year + 1}-06-30`,
      });
    }
    out.speakerPage.push({ ...base, speakers: [pick(speakerIds)], sort: 'newest' });
  }
  return out;
}

/** The `/api/search` path of a request. */
export function toSearchPath(r: SearchRequest): string {
  const p = new URLSearchParams();
  if (r.q) p.set('q', r.q);
  for (const s of r.speakers) p.append('speaker', s);
  for (const s of r.publishers) p.append('publisher', s);
  if (r.from) p.set('from', r.from);
  if (r.to) p.set('to', r.to);
  return `/api/search?${p.toString()}`;
}
