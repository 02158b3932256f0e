/**
 * A large, realistic benchmark corpus made at run time from real article text, deterministic from a seed.
 *
 * Paragraphs of the shared corpora (BBC news, PolNeAR) are recombined into new articles with varied publishers
 * and dates. Quotations are taken out of their paragraphs and attributed again to generated speakers with the
 * usual attribution patterns (`"…," Name said.`, `Name, the role, said: "…"`), so the speaker and facet
 * distributions are those of a large corpus rather than of the source articles. Nothing is written to disk.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../../src/model/types.js';

/** Mulberry32: a small, fast, seedable PRNG (same seed → same corpus). */
export function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Source text pieces: plain paragraphs, their sentences, quotations lifted out of paragraphs, and titles. */
export interface SourceText {
  paragraphs: string[];
  sentences: string[];
  quotations: string[];
  titles: string[];
  bytes: number;
}

const SOURCES = ['corpora/bbc-news/articles.jsonl', 'polnear/train/articles.jsonl'];
// Curly quotation marks pair up unambiguously; straight ones are read in pairs from the start of a paragraph.
const CURLY = /“([^“”\n]{25,400})”/g;
const STRAIGHT = /^[^"]*(?:"[^"]*"[^"]*)*?"([^"\n]{25,400})"/;

/** Reads paragraphs, quotations and titles from the shared corpora under `sharedDir`. */
export function readSourceText(sharedDir: string): SourceText {
  const paragraphs: string[] = [];
  const sentences: string[] = [];
  const quotations: string[] = [];
  const titles: string[] = [];
  let bytes = 0;
  for (const rel of SOURCES) {
    const file = path.join(sharedDir, rel);
    let raw: string;
    try {
      raw = readFileSync(file, 'utf8');
    } catch (error) {
      throw new Error(
        `bench: cannot read '${file}' (${(error as Error).message}); give the shared folder with --shared`,
        { cause: error },
      );
    }
    for (const line of raw.split('\n')) {
      if (!line.trim()) continue;
      const record = JSON.parse(line) as { title?: string; text?: string };
      if (record.title) titles.push(record.title.replace(/\s+/g, ' ').trim());
      for (const p of (record.text ?? '').split(/\n+/)) {
        const para = p.trim();
        if (para.length < 40) continue;
        bytes += Buffer.byteLength(para);
        let quoted = false;
        const found = [...para.matchAll(CURLY)].map((m) => m[1]!);
        const straight = STRAIGHT.exec(para);
        if (straight) found.push(straight[1]!);
        for (const raw of found) {
          const q = raw.trim().replace(/[,.]$/, '');
          if (q.split(' ').length >= 4 && /^\p{Lu}/u.test(q) && !/[“”"‘’']{2}/.test(q)) quotations.push(q);
          quoted = true;
        }
        // Paragraphs with quotations of their own would bring their own (uncontrolled) speakers.
        if (!quoted && !/[“”"]|''/.test(para)) {
          paragraphs.push(para);
          for (const sentence of para.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
            if (sentence.length >= 30 && sentence.length <= 300) sentences.push(sentence.replace(/[.!?]$/, ''));
          }
        }
      }
    }
  }
  return { paragraphs, sentences, quotations, titles, bytes };
}

// Generated names: not taken from any corpus.
const GIVEN = [
  'Amara',
  'Bastien',
  'Celia',
  'Dmitri',
  'Elin',
  'Farid',
  'Greta',
  'Hugo',
  'Ines',
  'Jonas',
  'Kaito',
  'Lena',
  'Marek',
  'Nadia',
  'Oskar',
  'Priya',
  'Quentin',
  'Rosa',
  'Soren',
  'Talia',
  'Umar',
  'Vera',
  'Wendell',
  'Ximena',
  'Yusuf',
  'Zora',
  'Anselm',
  'Beatriz',
  'Cormac',
  'Delphine',
  'Emeka',
  'Freya',
  'Gideon',
  'Hana',
  'Ilario',
  'Jovana',
  'Kwame',
  'Liesel',
  'Matteo',
  'Noor',
];
const FAMILY = [
  'Abernathy',
  'Brandvold',
  'Castellano',
  'Dunmore',
  'Eriksen',
  'Fairbrook',
  'Galloway',
  'Hollins',
  'Ibarra',
  'Jablonski',
  'Kovalenko',
  'Lindqvist',
  'Moravec',
  'Nakashima',
  'Okonkwo',
  'Pellegrini',
  'Quarshie',
  'Rasmussen',
  'Szabo',
  'Thornbury',
  'Underhill',
  'Valdivia',
  'Wexford',
  'Yilmaz',
  'Zelenko',
  'Ashcombe',
  'Blackwood',
  'Corriveau',
  'Delacroix',
  'Estrada',
  'Fenwick',
  'Grimaldi',
  'Haldane',
  'Ishikawa',
  'Juarez',
  'Kristoffersen',
  'Lockhart',
  'Montague',
  'Novak',
  'Oyelaran',
  'Prescott',
  'Ravensworth',
  'Sandoval',
  'Tremblay',
  'Vasquez',
  'Whitcombe',
];
const ROLES = [
  'the finance minister',
  'a government spokesperson',
  'the party leader',
  'the chief executive',
  'an opposition MP',
  'the union secretary',
  'the mayor',
  'a senior economist',
  'the health secretary',
  'the committee chair',
  'the foreign minister',
  'a campaign adviser',
];
const PUBLISHERS = [
  'The Daily Ledger',
  'Northern Courier',
  'Harbour Times',
  'Capital Observer',
  'The Evening Post',
  'Metro Wire',
  'Coastal Herald',
  'The Standard Review',
  'Valley Gazette',
  'Continental Press',
  'The Morning Record',
  'Riverside Journal',
  'Global Dispatch',
  'The Civic Voice',
  'Summit News',
  'Lakeshore Tribune',
  'The Weekly Bulletin',
  'Frontier Report',
  'Union Chronicle',
  'Plains Examiner',
];

/** Attribution patterns the extractor knows, each giving one attributed quotation. */
const PATTERNS: Array<(q: string, name: string, role: string) => string> = [
  (q, n) => `“${q},” ${n} said.`,
  (q, n, r) => `“${q},” said ${n}, ${r}.`,
  (q, n, r) => `${n}, ${r}, said: “${q}.”`,
  (q, n) => `${n} told reporters: “${q}.”`,
  (q, n) => `“${q},” ${n} added.`,
  (q, n) => `According to ${n}, “${q}.”`,
];

export interface GeneratedCorpus {
  articles: Article[];
  /** Attributed quotations placed (what extraction should find, about). */
  placedQuotes: number;
  bytes: number;
}

export interface GenerateOptions {
  /** About this many quotations in total. */
  quotes: number;
  seed: number;
  /** Distinct generated speakers (Zipf-like use: a few speak often). */
  speakers?: number;
}

/** Generates articles holding about `quotes` attributed quotations, deterministic from `seed`. */
export function generateCorpus(source: SourceText, options: GenerateOptions): GeneratedCorpus {
  const articles: Article[] = [];
  const generated = generateArticles(source, options);
  for (const article of generated) articles.push(article);
  return { articles, ...generated.totals };
}

/**
 * The articles of {@link generateCorpus}, one at a time as they are asked for (the same articles in the same
 * order): a build can take them in batches without the whole corpus being held. `totals` is complete once the
 * last article has been given.
 */
export function generateArticles(
  source: SourceText,
  options: GenerateOptions,
): Iterable<Article> & { totals: { placedQuotes: number; bytes: number } } {
  const totals = { placedQuotes: 0, bytes: 0 };
  return { totals, [Symbol.iterator]: () => articlesOf(source, options, totals) };
}

function* articlesOf(
  source: SourceText,
  options: GenerateOptions,
  totals: { placedQuotes: number; bytes: number },
): Generator<Article> {
  const random = makeRandom(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const speakerCount = options.speakers ?? Math.max(200, Math.round(options.quotes / 40));
  const names: string[] = [];
  for (let i = 0; i < speakerCount; i++) {
    const given = GIVEN[i % GIVEN.length]!;
    const family = FAMILY[Math.floor(i / GIVEN.length) % FAMILY.length]!;
    const round = Math.floor(i / (GIVEN.length * FAMILY.length));
    names.push(round === 0 ? `${given} ${family}` : `${given} ${String.fromCharCode(65 + (round % 26))}. ${family}`);
  }
  // Zipf-like: speaker i is picked with weight 1/(i+1)^0.8, by inverse sampling over a cumulative table.
  const cumulative = new Float64Array(speakerCount);
  let sum = 0;
  for (let i = 0; i < speakerCount; i++) cumulative[i] = sum += 1 / (i + 1) ** 0.8;
  const pickSpeaker = (): number => {
    const x = random() * sum;
    let lo = 0;
    let hi = speakerCount - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  let placed = 0;
  let bytes = 0;
  for (let a = 0; placed < options.quotes; a++) {
    const quoteCount = Math.min(options.quotes - placed, 2 + Math.floor(random() * 6));
    const parts: string[] = [pick(source.titles)];
    const cast = Array.from({ length: 1 + Math.floor(random() * 3) }, pickSpeaker);
    for (let q = 0; q < quoteCount; q++) {
      parts.push(pick(source.paragraphs));
      const name = names[pick(cast)]!;
      // Some quotations recur as they were reported (the same statement in several articles); most are new
      // wordings, made of one or two sentences of prose, as a large corpus has mostly distinct quotes.
      const x = random();
      const quoted =
        x < 0.15
          ? pick(source.quotations)
          : x < 0.3
            ? pick(source.sentences)
            : `${pick(source.sentences)}. ${pick(source.sentences)}`;
      parts.push(pick(PATTERNS)(quoted, name, pick(ROLES)));
    }
    parts.push(pick(source.paragraphs));
    const text = parts.join('\n\n');
    bytes += Buffer.byteLength(text);
    const day = Math.floor(random() * 3650);
    const date = new Date(Date.UTC(2015, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    const id = `bench-${options.seed}-${a}`;
    const article: Article = {
      id,
      recordId: id,
      path: `bench/${Math.floor(a / 1000)}.jsonl`,
      line: (a % 1000) + 1,
      title: parts[0]!,
      publisher: pick(PUBLISHERS),
      url: `https://news.example/${id}`,
      author: null,
      publishedAt: date,
      dateline: null,
      text,
      furniture: [],
      metaOrigin: {},
    };
    placed += quoteCount;
    totals.placedQuotes = placed;
    totals.bytes = bytes;
    yield article;
  }
}
