/**
 * Child process of `npm run bench -- --peers`: one peer engine (plain minisearch, FlexSearch or Orama) over the
 * quotes and queries peer-data.ts wrote. `--mode build` indexes the quotes (time, peak RSS) and writes the
 * engine's own saved form; `--mode serve`, in a fresh process, loads that saved form (cold start: process start
 * to the first answered search), then times the benchmark's queries one by one as serve-child does (200
 * warm-up queries, wall and CPU time per query, mean matches per query).
 *
 * Each engine is asked for what Verbatim answers, as far as it can: every word required (AND), the last word
 * also as a prefix, typo tolerance, a speaker filter, a publisher filter with a date range; the first 20 results
 * by its own relevance with what a page shows of each (text, speaker, publisher, date: each engine stores them
 * and returns them with the hit, as Verbatim returns its quotes), and how many matched where the engine says so
 * cheaply. Verbatim also counts facets and marks highlights, which none of them is asked to do here. A kind the engine has no way to
 * answer is left out (`null`): FlexSearch has no typo tolerance and no range filter, and its tags lose most matches
 * when a query is given (its speaker and faceted queries read every match of the words and filter them here), none
 * of them matches phrases, and minisearch and FlexSearch cannot list a speaker's quotes without a query.
 *
 *   tsx scripts/bench/peer-child.ts --engine minisearch|flexsearch|orama --mode build|serve --data <dir> [--budget-s 60]
 *
 * `--budget-s`: wall seconds each kind of query may take in all; the queries answered by then are the ones
 * measured, and the answer says how many of how many (`n`, `of`, `capped`). `--time-count`: for an engine whose
 * timed answer has no total, what is timed is its count instead (every match read: what an exact total costs it).
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import MiniSearch from 'minisearch';
import FlexSearch from 'flexsearch';
import { create, insertMultiple, load as oramaLoad, save as oramaSave, search as oramaSearch } from '@orama/orama';
import type { SearchRequest } from '../../src/search/index.js';
import { dateKeyOf } from '../../src/search/tables.js';
import { peakRss, percentile, readFlags } from './args.js';
import type { PeerQuote } from './peer-data.js';
import { QUERY_KINDS, type QueryKind } from './queries.js';

const flags = readFlags(process.argv.slice(2));
const engineName = flags.get('engine') ?? '';
const mode = flags.get('mode') ?? 'serve';
const dataDir = flags.get('data') ?? '';
const savedDir = path.join(dataDir, `peer-${engineName}`);
const say = (record: object): void => void process.stdout.write(`${JSON.stringify(record)}\n`);
const LIMIT = 20;

/** An answer: the first page's ids, and how many matched (null when the engine does not say without more work). */
interface Answer {
  ids: number[];
  total: number | null;
  /** The page's documents, when the engine fetches them apart from the search. */
  docs?: unknown[];
}

interface Peer {
  build(quotes: PeerQuote[]): Promise<void>;
  save(dir: string): Promise<void>;
  load(dir: string): Promise<void>;
  /** Null: this engine has no way to answer that kind of query. */
  ask(kind: QueryKind, r: SearchRequest): Answer | Promise<Answer> | null;
  /** How many match, however long it takes (untimed): for engines whose timed answer has no total. */
  count?(kind: QueryKind, r: SearchRequest): number | Promise<number> | null;
}

const from = (r: SearchRequest): number => dateKeyOf(r.from) ?? 0;
const to = (r: SearchRequest): number => dateKeyOf(r.to) ?? 99_999_999;
const publisherOf = (r: SearchRequest): string => (r.publishers[0] ?? '').trim().toLowerCase();

function miniSearchPeer(): Peer {
  type Doc = PeerQuote;
  const options = {
    idField: 'slot',
    fields: ['text', 'speaker'],
    storeFields: ['text', 'speaker', 'speakerId', 'publisher', 'date'],
  };
  let ms = new MiniSearch<Doc>(options);
  // Verbatim's defaults: every word required, the last also a prefix, one edit per five letters from five letters on.
  const base = {
    combineWith: 'AND' as const,
    prefix: (_t: string, i: number, all: string[]) => i === all.length - 1,
    fuzzy: (t: string) => (t.length >= 5 ? 0.2 : false),
    maxFuzzy: 2,
  };
  return {
    build(quotes) {
      ms.addAll(quotes);
      return Promise.resolve();
    },
    async save(dir) {
      await writeFile(path.join(dir, 'index.json'), JSON.stringify(ms));
    },
    async load(dir) {
      ms = MiniSearch.loadJSON<Doc>(await readFile(path.join(dir, 'index.json'), 'utf8'), options);
    },
    ask(kind, r) {
      if (kind === 'phrase' || kind === 'speakerPage') return null;
      let filter: ((x: Record<string, unknown>) => boolean) | undefined;
      if (kind === 'speaker') filter = (x) => x.speakerId === r.speakers[0];
      if (kind === 'faceted')
        filter = (x) => x.publisher === publisherOf(r) && (x.date as number) >= from(r) && (x.date as number) <= to(r);
      const results = ms.search(r.q, { ...base, ...(filter ? { filter } : {}) });
      return { ids: results.slice(0, LIMIT).map((x) => x.id as number), total: results.length };
    },
  };
}

function flexSearchPeer(): Peer {
  // Forward tokenising indexes every prefix of every word: FlexSearch's way to match the last word as a prefix.
  const config = {
    document: {
      id: 'slot',
      index: [
        { field: 'text', tokenize: 'forward' },
        { field: 'speaker', tokenize: 'forward' },
      ],
      store: ['text', 'speaker', 'speakerId', 'publisher', 'date'],
    },
  };
  const make = () => new (FlexSearch as unknown as { Document: new (c: object) => FlexDocument }).Document(config);
  interface FlexDocument {
    add(doc: object): void;
    search(options: object): unknown;
    get(id: number): unknown;
    export(handler: (key: string, data: string) => void): void;
    import(key: string, data: string): void;
  }
  let index = make();
  // Per slot, what the filters read: the speaker's and publisher's numbers (as strings are numbered here) and the date.
  let dates: Int32Array = new Int32Array(0);
  let speakerAt: Int32Array = new Int32Array(0);
  let publisherAt: Int32Array = new Int32Array(0);
  let numbers = { speaker: new Map<string, number>(), publisher: new Map<string, number>() };
  const numberOf = (map: Map<string, number>, value: string): number => {
    let n = map.get(value);
    if (n === undefined) map.set(value, (n = map.size));
    return n;
  };
  const column = async (file: string): Promise<Int32Array> => {
    const bytes = await readFile(file);
    return new Int32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
  };
  const query = (kind: QueryKind, r: SearchRequest, limit: number): number[] | null => {
    if (kind === 'typo' || kind === 'phrase' || kind === 'speakerPage') return null;
    // FlexSearch's tags are not used for the speaker and publisher filters: with a query they drop most matches
    // (this corpus at 100k: 0.8 of the 20.5 matches of a speaker query on average; nextapps-de/flexsearch#533,
    // #524). Each filtered kind takes every match of the words instead and keeps those passing the filters, in
    // FlexSearch's order: the same answer as its untagged search read to the end.
    const filtered = kind === 'speaker' || kind === 'faceted';
    const found = index.search({ query: r.q, limit: filtered ? 10_000_000 : limit, merge: true }) as Array<{
      id: number;
    }>;
    let ids = found.map((x) => x.id);
    if (kind === 'speaker') {
      const speaker = numbers.speaker.get(r.speakers[0] ?? '') ?? -1;
      ids = ids.filter((id) => speakerAt[id] === speaker);
    }
    if (kind === 'faceted') {
      const publisher = numbers.publisher.get(publisherOf(r)) ?? -1;
      ids = ids.filter((id) => publisherAt[id] === publisher && dates[id]! >= from(r) && dates[id]! <= to(r));
    }
    return filtered ? ids.slice(0, limit) : ids;
  };
  return {
    build(quotes) {
      dates = new Int32Array(quotes.length);
      speakerAt = new Int32Array(quotes.length);
      publisherAt = new Int32Array(quotes.length);
      for (const q of quotes) {
        index.add(q);
        dates[q.slot] = q.date;
        speakerAt[q.slot] = numberOf(numbers.speaker, q.speakerId);
        publisherAt[q.slot] = numberOf(numbers.publisher, q.publisher);
      }
      return Promise.resolve();
    },
    async save(dir) {
      const parts: Record<string, string> = {};
      index.export((key, data) => void (parts[key] = data));
      await writeFile(path.join(dir, 'index.json'), JSON.stringify(parts));
      // The filters' columns beside it (FlexSearch's own store holds them too, as strings in objects).
      await writeFile(path.join(dir, 'dates.bin'), dates);
      await writeFile(path.join(dir, 'speakers.bin'), speakerAt);
      await writeFile(path.join(dir, 'publishers.bin'), publisherAt);
      const names = { speaker: [...numbers.speaker.keys()], publisher: [...numbers.publisher.keys()] };
      await writeFile(path.join(dir, 'names.json'), JSON.stringify(names));
    },
    async load(dir) {
      index = make();
      const parts = JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8')) as Record<string, string>;
      for (const [key, data] of Object.entries(parts)) index.import(key, data);
      dates = await column(path.join(dir, 'dates.bin'));
      speakerAt = await column(path.join(dir, 'speakers.bin'));
      publisherAt = await column(path.join(dir, 'publishers.bin'));
      const names = JSON.parse(await readFile(path.join(dir, 'names.json'), 'utf8')) as Record<string, string[]>;
      numbers = {
        speaker: new Map(names.speaker!.map((name, i) => [name, i])),
        publisher: new Map(names.publisher!.map((name, i) => [name, i])),
      };
    },
    ask(kind, r) {
      const ids = query(kind, r, LIMIT);
      // The page's documents, as a page shows them (FlexSearch's `enrich` does this for a search's own results).
      return ids ? { ids, total: null, docs: ids.map((id) => index.get(id)) } : null;
    },
    count(kind, r) {
      return query(kind, r, 10_000_000)?.length ?? null;
    },
  };
}

function oramaPeer(): Peer {
  const schema = { text: 'string', speaker: 'string', speakerId: 'enum', publisher: 'enum', date: 'number' } as const;
  let db = create({ schema });
  return {
    async build(quotes) {
      await insertMultiple(
        db,
        quotes.map((q) => ({
          id: String(q.slot),
          text: q.text,
          speaker: q.speaker,
          speakerId: q.speakerId,
          publisher: q.publisher,
          date: q.date,
        })),
        5000,
      );
    },
    async save(dir) {
      await writeFile(path.join(dir, 'index.json'), JSON.stringify(oramaSave(db)));
    },
    async load(dir) {
      db = create({ schema });
      oramaLoad(
        db,
        JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8')) as Parameters<typeof oramaLoad>[1],
      );
    },
    ask(kind, r) {
      if (kind === 'phrase') return null;
      const where =
        kind === 'speaker' || kind === 'speakerPage'
          ? { speakerId: { eq: r.speakers[0]! } }
          : kind === 'faceted'
            ? { publisher: { eq: publisherOf(r) }, date: { between: [from(r), to(r)] as [number, number] } }
            : undefined;
      // threshold 0: every word required; Orama matches words as prefixes; tolerance 1: one typo.
      const params = {
        term: r.q,
        properties: ['text', 'speaker'] as Array<'text' | 'speaker'>,
        limit: LIMIT,
        threshold: 0,
        tolerance: kind === 'speakerPage' ? 0 : 1,
        ...(where ? { where } : {}),
        ...(kind === 'speakerPage' ? { sortBy: { property: 'date', order: 'DESC' as const } } : {}),
      };
      const done = (res: { count: number; hits: Array<{ id: string }> }): Answer => ({
        ids: res.hits.map((h) => Number(h.id)),
        total: res.count,
      });
      const result = (oramaSearch as (d: unknown, p: unknown) => unknown)(db, params) as
        { count: number; hits: Array<{ id: string }> } | Promise<{ count: number; hits: Array<{ id: string }> }>;
      return result instanceof Promise ? result.then(done) : done(result);
    },
  };
}

const peers: Record<string, () => Peer> = { minisearch: miniSearchPeer, flexsearch: flexSearchPeer, orama: oramaPeer };
const makePeer = peers[engineName];
if (!makePeer) throw new Error(`bench: --engine must be one of ${Object.keys(peers).join(', ')}, not '${engineName}'`);
const peer = makePeer();

async function dirBytes(dir: string): Promise<number> {
  const { readdir } = await import('node:fs/promises');
  let total = 0;
  for (const name of await readdir(dir)) total += (await stat(path.join(dir, name))).size;
  return total;
}

if (mode === 'build') {
  const lines = (await readFile(path.join(dataDir, 'peer-quotes.jsonl'), 'utf8')).split('\n').filter(Boolean);
  const quotes = lines.map((line) => JSON.parse(line) as PeerQuote);
  const started = performance.now();
  await peer.build(quotes);
  const buildSeconds = (performance.now() - started) / 1000;
  await mkdir(savedDir, { recursive: true });
  const saveStarted = performance.now();
  await peer.save(savedDir);
  say({
    kind: 'peer-build',
    engine: engineName,
    quotes: quotes.length,
    buildSeconds,
    saveSeconds: (performance.now() - saveStarted) / 1000,
    savedBytes: await dirBytes(savedDir),
    peakRssBytes: await peakRss(),
  });
} else {
  const queries = JSON.parse(await readFile(path.join(dataDir, 'peer-queries.json'), 'utf8')) as Record<
    QueryKind,
    SearchRequest[]
  >;
  const loadStarted = performance.now();
  await peer.load(savedDir);
  const loadMs = performance.now() - loadStarted;
  await peer.ask('plain', { ...queries.plain[0]!, q: 'government' });
  // performance.now() counts from the start of this process: node and tsx start-up included, as for Verbatim.
  say({
    kind: 'peer-cold',
    engine: engineName,
    firstSearchMs: performance.now(),
    loadMs,
    rssBytes: process.memoryUsage().rss,
  });
  // Each kind of query gets at most `budgetMs` of wall time (a slow engine's typo queries could take hours):
  // the queries answered within it are measured and the cut is reported (`n` of `of`, `capped`).
  const budgetMs = Number(flags.get('budget-s') ?? 60) * 1000;
  const timeCount = flags.has('time-count') && peer.count !== undefined;
  const countAnswer = (kind: QueryKind, r: SearchRequest): Answer | Promise<Answer> => {
    const total = peer.count!(kind, r);
    return total instanceof Promise ? total.then((t) => ({ ids: [], total: t })) : { ids: [], total };
  };
  const warmStarted = performance.now();
  const warm = QUERY_KINDS.flatMap((k) => queries[k].slice(0, 30).map((r) => [k, r] as const)).slice(0, 200);
  for (const [kind, r] of warm) {
    if (performance.now() - warmStarted > budgetMs / 2) break;
    await peer.ask(kind, r);
  }
  const latency: Record<string, object | null> = {};
  for (const kind of QUERY_KINDS) {
    const all = queries[kind];
    if (peer.ask(kind, all[0]!) === null) {
      latency[kind] = null;
      continue;
    }
    const times = new Float64Array(all.length);
    const cpu = new Float64Array(all.length);
    let hits = 0;
    let counted = true;
    const started = performance.now();
    let answered = 0;
    for (let i = 0; i < all.length; i++) {
      if (performance.now() - started > budgetMs) break;
      answered++;
      const c = process.cpuUsage();
      const t = performance.now();
      const pending = timeCount ? countAnswer(kind, all[i]!) : peer.ask(kind, all[i]!)!;
      const answer = pending instanceof Promise ? await pending : pending;
      times[i] = performance.now() - t;
      const used = process.cpuUsage(c);
      cpu[i] = (used.user + used.system) / 1000;
      if (answer.total === null) counted = false;
      else hits += answer.total;
    }
    const list = all.slice(0, answered);
    if (!counted && peer.count) {
      hits = 0;
      for (const r of list) hits += (await peer.count(kind, r)) ?? 0;
    }
    const timesDone = times.subarray(0, answered).sort();
    const cpuDone = cpu.subarray(0, answered).sort();
    latency[kind] = {
      n: answered,
      of: all.length,
      capped: answered < all.length,
      ...summary(timesDone, cpuDone, hits, answered),
      totalInAnswer: counted,
    };
  }
  say({ kind: 'peer-latency', engine: engineName, latency, peakRssBytes: await peakRss() });
}

function summary(times: Float64Array, cpu: Float64Array, hits: number, n: number) {
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    max: times[times.length - 1] ?? NaN,
    mean: times.reduce((s, x) => s + x, 0) / Math.max(1, n),
    meanTotal: hits / Math.max(1, n),
    cpu: { p50: percentile(cpu, 50), p95: percentile(cpu, 95), p99: percentile(cpu, 99) },
  };
}
