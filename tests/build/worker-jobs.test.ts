import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { QuoteSpill, type SpilledQuotes } from '../../src/build/quote-spill.js';
import { StatementsJob } from '../../src/build/statements-job.js';
import { RECORD_FILES, RecordsJob, writeRecordFiles, type RecordsInput } from '../../src/build/records-job.js';
import type { Speaker } from '../../src/model/types.js';
import { groupStatementSlots } from '../../src/statements/group.js';
import { encodeStatements } from '../../src/store/statements-file.js';
import type { Article, ExtractedQuote } from '../../src/model/types.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const article = (id: string, publishedAt: string | null): Article => ({
  id,
  recordId: null,
  path: `${id}.txt`,
  line: null,
  title: null,
  publisher: null,
  url: null,
  author: null,
  publishedAt,
  dateline: null,
  text: '',
  furniture: [],
  metaOrigin: {},
});

const quote = (articleId: string, text: string, kind: 'full' | 'partial' = 'full'): ExtractedQuote => ({
  articleId,
  start: 0,
  end: text.length,
  text,
  pieces: [{ start: 0, end: text.length }],
  kind,
  attribution: { name: null, role: null, kind: null, mention: null, cue: null, reason: 'test', confidence: 0.5 },
  saidAt: null,
});

const FERRY = 'The ferry will run twice a day until the new bridge is open to traffic';
const CLOCK = 'Nobody expects the town clock to be mended before the harvest fair';

/** Spilled quotes of invented reports: the same statements in several articles, a fragment, two articles with one id. */
async function spilled(): Promise<SpilledQuotes> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-statements-job-'));
  dirs.push(dir);
  const spill = await QuoteSpill.create(path.join(dir, 'extract-cache.jsonl'));
  const articles: Article[] = [];
  const texts = [FERRY, CLOCK, FERRY.toUpperCase(), 'the ferry will run twice a day until the new bridge', CLOCK];
  for (let a = 0; a < 12; a++) {
    const id = `a${a % 10}`;
    articles.push(article(id, a % 3 ? `2031-0${(a % 9) + 1}-01` : null));
    spill.add(`key${a}`, id, [quote(id, texts[a % texts.length]!, a % 4 ? 'full' : 'partial'), quote(id, CLOCK)]);
  }
  const { quotes } = await spill.finish(articles);
  return quotes;
}

/** Gives the quotes their ids and speakers (some unnamed, two named). */
function complete(quotes: SpilledQuotes): void {
  const ids = Array.from({ length: quotes.length }, (_, i) => `q${String(i).padStart(3, '0')}`);
  quotes.complete(
    ids,
    ids.map((_, i) => (i % 5 === 0 ? null : i % 7 === 0 ? 'otto-lind' : 'ida-marr')),
  );
}

describe('statements grouped on a worker thread', () => {
  it('gives the bytes the grouping gives in this thread, from the worker', async () => {
    const quotes = await spilled();
    const job = StatementsJob.start(quotes);
    complete(quotes);
    const bytes = await job.finish();
    expect(job.ranIn).toBe('worker');
    const expected = encodeStatements(quotes.length, groupStatementSlots(quotes));
    // some statements of several reports, not an empty grouping
    expect(expected.length).toBeGreaterThan(12);
    expect(Buffer.compare(bytes, expected)).toBe(0);
    quotes.close();
  });

  it('groups in this thread when the worker fails (it cannot read the quotes file)', async () => {
    const quotes = await spilled();
    const missing = path.join(os.tmpdir(), 'verbatim-statements-job-missing', 'extract-cache.jsonl');
    const places = quotes.rowPlaces();
    quotes.rowPlaces = () => ({ ...places, file: missing });
    const job = StatementsJob.start(quotes);
    complete(quotes);
    const bytes = await job.finish();
    expect(job.ranIn).toBe('thread');
    expect(Buffer.compare(bytes, encodeStatements(quotes.length, groupStatementSlots(quotes)))).toBe(0);
    quotes.close();
  });
});

describe('record files written on a worker thread', () => {
  const speakers: Speaker[] = ['ida-marr', 'otto-lind'].map((id) => ({
    id,
    name: id.replace('-', ' '),
    roles: [],
    aliases: [],
    kind: 'person',
    quoteCount: 1,
    firstQuoteAt: null,
    lastQuoteAt: null,
  }));

  async function input(quotes: SpilledQuotes, name: string): Promise<RecordsInput> {
    const dir = path.join(path.dirname(quotes.rowPlaces().file), name);
    await mkdir(dir);
    return { dir, articles: quotes.articles, articleTexts: quotes.articles.map(() => 0), quotes, speakers };
  }

  const read = async (dir: string): Promise<Buffer[]> =>
    Promise.all(RECORD_FILES.map((name) => readFile(path.join(dir, name))));

  it('writes the files this thread writes, byte for byte, from the worker', async () => {
    const quotes = await spilled();
    complete(quotes);
    const here = await input(quotes, 'here');
    const hereWritten = await writeRecordFiles(here);
    const there = await input(quotes, 'there');
    const job = RecordsJob.start(there);
    const thereWritten = await job.finish();
    expect(job.ranIn).toBe('worker');
    expect(thereWritten).toEqual(hereWritten);
    const [a, b] = [await read(here.dir), await read(there.dir)];
    a.forEach((bytes, k) => expect(Buffer.compare(bytes, b[k]!)).toBe(0));
    // every quote has its line
    expect(a[1]!.toString('utf8').trim().split('\n')).toHaveLength(quotes.length);
    quotes.close();
  });

  it('writes them in this thread when the worker fails (it cannot read the quotes file)', async () => {
    const quotes = await spilled();
    complete(quotes);
    const here = await input(quotes, 'here');
    const hereWritten = await writeRecordFiles(here);
    const state = quotes.state();
    quotes.state = () => ({ ...state, file: path.join(os.tmpdir(), 'verbatim-records-job-missing.jsonl') });
    const job = RecordsJob.start(await input(quotes, 'there'));
    expect(await job.finish()).toEqual(hereWritten);
    expect(job.ranIn).toBe('thread');
    quotes.close();
  });
});
