/**
 * Ingest shards (src/backend/postgres/shard-read.ts): a shard reads only its own files and lines, and the shards of
 * any count are disjoint and complete, give each article the same id, record and place in corpus order as one
 * process, and report each problem once between them; against the real server, shards run at once give the
 * database one process gives, a duplicate id in two shards' files included.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestCorpus, migrate } from '../../src/backend/postgres/index.js';
import { planShard, readShard, type ShardLoad } from '../../src/backend/postgres/shard-read.js';
import type { ArticleFormat, CorpusEntry } from '../../src/corpus/walk.js';
import { inventCorpus } from './corpus.js';
import { freshDatabase, warnIfSkipped } from './database.js';

const FORMATS: ArticleFormat[] = ['jsonl', 'jsonl', 'text', 'json', 'markdown'];

function listing(seed: number, files: number): CorpusEntry[] {
  let s = seed;
  const r = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: files }, (_, i) => ({
    abs: `/c/f${i}`,
    rel: `f${i}`,
    format: FORMATS[Math.floor(r() * FORMATS.length)]!,
    size: r() < 0.1 ? 0 : Math.floor(r() * (r() < 0.2 ? 100_000 : 2_000)),
    sidecar: null,
  }));
}

describe('planShard', () => {
  it.each([
    [1, 1, 7],
    [2, 3, 12],
    [3, 1, 3],
    [4, 40, 5],
    [7, 2, 9],
    [16, 25, 11],
  ])(
    '%i shards of %i files (seed %i): every file whole in one shard or cut into ranges that tile it',
    (n, files, seed) => {
      const entries = listing(seed, files);
      const plans = Array.from({ length: n }, (_, index) => planShard(entries, { index, count: n }));
      entries.forEach((entry, i) => {
        const parts = plans.flatMap((plan, shard) =>
          plan.filter((p) => p.fileIndex === i).map((p) => ({ ...p, shard })),
        );
        expect(parts.filter((p) => p.first)).toHaveLength(1);
        const whole = parts.filter((p) => p.range === null);
        if (whole.length > 0) {
          expect(parts).toHaveLength(1);
          return;
        }
        expect(entry.format).toBe('jsonl');
        const ranges = parts.map((p) => p.range!).sort((a, b) => a.start - b.start);
        expect(ranges[0]!.start).toBe(0);
        for (let k = 1; k < ranges.length; k++) expect(ranges[k]!.start).toBe(ranges[k - 1]!.end);
        expect(ranges.at(-1)!.end).toBe(entry.size);
        expect(ranges.filter((x) => x.last)).toHaveLength(1);
        expect(new Set(parts.map((p) => p.shard)).size).toBe(parts.length);
      });
    },
  );

  it('gives each of two shards about half the bytes of a corpus of one large JSON Lines file', () => {
    const entries: CorpusEntry[] = [
      { abs: '/c/a.jsonl', rel: 'a.jsonl', format: 'jsonl', size: 1_000_000, sidecar: null },
    ];
    const [a, b] = [0, 1].map((index) => planShard(entries, { index, count: 2 }));
    expect(a![0]!.range).toEqual({ start: 0, end: 500_000, last: false });
    expect(b![0]!.range).toEqual({ start: 500_000, end: 1_000_000, last: true });
  });
});

describe('readShard', () => {
  let dir: string;
  const corpus = () => path.join(dir, 'corpus');

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'verbatim-shard-read-'));
    mkdirSync(path.join(corpus(), 'more'), { recursive: true });
    const articles = inventCorpus(60, 3);
    const line = (a: (typeof articles)[number], withId: boolean) =>
      JSON.stringify(withId ? a : { ...a, id: undefined });
    // One large JSON Lines file (records with and without ids, blank lines, a broken line, a CRLF line), so that
    // cuts fall inside it, and files of the other formats around it.
    const big = articles.slice(0, 40).map((a, i) => (i % 7 === 3 ? `${line(a, false)}\r` : line(a, i % 5 !== 2)));
    big.splice(10, 0, '', '{"id":"broken", "text": "never closed');
    big.splice(25, 0, '   ', '{"title":"no text at all"}');
    writeFileSync(path.join(corpus(), 'b-big.jsonl'), `\uFEFF${big.join('\n')}\n`);
    writeFileSync(path.join(corpus(), 'a-first.txt'), `A title\n\n${articles[40]!.text}\n`);
    writeFileSync(
      path.join(corpus(), 'c.json'),
      JSON.stringify([articles[41], { id: 'x' }, articles[42], { ...articles[43], id: undefined }]),
    );
    writeFileSync(path.join(corpus(), 'more', 'd.md'), `---\ntitle: Front matter\n---\n${articles[44]!.text}\n`);
    writeFileSync(
      path.join(corpus(), 'more', 'e.jsonl'),
      `${articles
        .slice(45)
        .map((a) => line(a, true))
        .join('\n')}\n${JSON.stringify({ ...articles[0], text: 'A second article with the id of the first.' })}\n`,
    );
    writeFileSync(path.join(corpus(), 'more', 'e.jsonl.meta.json'), '{"publisher": 7}');
    // Not UTF-8: refused whole, once.
    writeFileSync(
      path.join(corpus(), 'more', 'f-latin1.jsonl'),
      Buffer.from('{"id":"l1","text":"caf\xe9 au lait"}\n', 'latin1'),
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const view = (load: ShardLoad) => load.articles.map((a, i) => ({ ord: load.ords[i], article: JSON.stringify(a) }));

  it.each([2, 3, 5, 9])('%i shards hold between them exactly what one process reads, each article once', async (n) => {
    const one = await readShard(corpus(), { index: 0, count: 1 });
    expect(one.articles.length).toBeGreaterThan(50);
    expect(one.problems.some((p) => p.message.includes('duplicate article id'))).toBe(true);
    expect(one.problems.some((p) => p.file === 'more/f-latin1.jsonl')).toBe(true);
    const shards = await Promise.all(Array.from({ length: n }, (_, index) => readShard(corpus(), { index, count: n })));
    // An id in two shards' files is settled in the database (the test below): here each shard keeps its own.
    const together = shards.flatMap(view).sort((a, b) => a.ord! - b.ord!);
    const ids = new Set<string>();
    const firsts = together.filter((x) => {
      const id = (JSON.parse(x.article) as { id: string }).id;
      return !ids.has(id) && ids.add(id);
    });
    expect(firsts).toEqual(view(one));
    const duplicate = (m: string) => m.includes('duplicate article id');
    const messages = shards.flatMap((s) => s.problems.map((p) => p.message));
    expect(messages.filter((m) => !duplicate(m)).sort()).toEqual(
      one.problems
        .map((p) => p.message)
        .filter((m) => !duplicate(m))
        .sort(),
    );
    for (const m of messages.filter(duplicate)) expect(one.problems.map((p) => p.message)).toContain(m);
    // The large file is cut: more than one shard reads some of its lines.
    expect(shards.filter((s) => s.articles.some((a) => a.path === 'b-big.jsonl')).length).toBeGreaterThan(1);
    // Each stored article of the corpus is some one shard's to prune.
    for (const a of one.articles) expect(shards.filter((s) => s.owns(a.path, a.line))).toHaveLength(1);
  });
});

describe.skipIf(warnIfSkipped('tests/backend/postgres-shards.test.ts'))('sharded ingest into PostgreSQL', () => {
  let dir: string;
  const drops: Array<() => Promise<void>> = [];
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'verbatim-shard-ingest-'));
  });
  afterAll(async () => {
    for (const drop of drops) await drop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function database(): Promise<pg.Pool> {
    const db = await freshDatabase();
    const pool = new pg.Pool({ connectionString: db.url, max: 3 });
    drops.push(async () => {
      await pool.end();
      await db.drop();
    });
    await migrate(pool);
    return pool;
  }
  const rows = async (pool: pg.Pool) => ({
    articles: (await pool.query('SELECT id, ord, path, line, content_hash FROM articles ORDER BY id')).rows,
    quotes: (await pool.query('SELECT id, article_id, seq, text FROM quotes ORDER BY id')).rows,
  });

  it('three shards at once store what one process stores; an id in two shards is kept once, reported once', async () => {
    const corpus = path.join(dir, 'dup');
    mkdirSync(corpus, { recursive: true });
    const articles = inventCorpus(30, 19);
    const file = (name: string, list: typeof articles) =>
      writeFileSync(path.join(corpus, name), `${list.map((a) => JSON.stringify(a)).join('\n')}\n`);
    // The same id early in the first file and late in the last: whichever shard stores first, the first is kept.
    file('a.jsonl', articles.slice(0, 15));
    file('z.jsonl', [
      ...articles.slice(15),
      { ...articles[1]!, text: `"A later copy," said Tovin Harl, "with its own words."` },
    ]);
    const options = { corpusDir: corpus, threads: 1, batchArticles: 3 };
    const single = await database();
    const one = await ingestCorpus(single, options);
    const dupes = (problems: Array<{ message: string }>) =>
      problems.map((p) => p.message).filter((m) => m.includes('duplicate article id'));
    expect(dupes(one.problems)).toEqual([
      `corpus: 'z.jsonl' line 16: duplicate article id '${articles[1]!.id}' (first used by 'a.jsonl' line 2); skipped`,
    ]);
    for (const order of [
      [0, 1, 2],
      [2, 1, 0],
    ]) {
      const pool = await database();
      const summaries = await Promise.all(
        order.map(async (index, k) => {
          // The later shards' first: the last shard may store its copy of the duplicate before the first shard.
          await new Promise((r) => setTimeout(r, k * 50));
          return ingestCorpus(pool, { ...options, shard: { index, count: 3 } });
        }),
      );
      expect(summaries.reduce((s, x) => s + x.articles, 0)).toBe(31);
      expect(summaries.filter((x) => x.articles > 0).length).toBeGreaterThan(1);
      expect(summaries.flatMap((s) => dupes(s.problems))).toEqual(dupes(one.problems));
      expect(await rows(pool)).toEqual(await rows(single));
    }
  }, 180_000);

  it('shards re-run after lines were put into a cut file, then after a file and a line were removed (--prune)', async () => {
    const corpus = path.join(dir, 'edits');
    mkdirSync(corpus, { recursive: true });
    const articles = inventCorpus(31, 23);
    const file = (name: string, list: typeof articles) =>
      writeFileSync(path.join(corpus, name), `${list.map((a) => JSON.stringify(a)).join('\n')}\n`);
    file('big.jsonl', articles.slice(3, 27));
    file('small.jsonl', articles.slice(27));
    const options = { corpusDir: corpus, threads: 1, batchArticles: 4 };
    const shards = async (pool: pg.Pool, prune = false) =>
      Promise.all([0, 1].map((index) => ingestCorpus(pool, { ...options, prune, shard: { index, count: 2 } })));
    const fresh = async () => {
      const pool = await database();
      await ingestCorpus(pool, options);
      return rows(pool);
    };
    const pool = await database();
    const first = await shards(pool);
    // The large file is cut between the two.
    expect(first.every((s) => s.articles > 0)).toBe(true);
    // Three records put before the others: every line of the file moves, across the cut too.
    file('big.jsonl', articles.slice(0, 27));
    const second = await shards(pool);
    expect(second.flatMap((s) => s.problems)).toEqual([]);
    expect(await rows(pool)).toEqual(await fresh());
    // A file removed and a line of the cut file's second half taken out: pruned by the shards that owned them.
    rmSync(path.join(corpus, 'small.jsonl'));
    file('big.jsonl', [...articles.slice(0, 20), ...articles.slice(21, 27)]);
    const third = await shards(pool, true);
    expect(third.reduce((n, s) => n + s.pruned, 0)).toBe(5);
    expect(await rows(pool)).toEqual(await fresh());
  }, 180_000);
});
