import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { QuoteSpill, type SpilledQuotes } from '../../src/build/quote-spill.js';
import { StatementsJob } from '../../src/build/statements-job.js';
import { groupStatementSlots } from '../../src/statements/group.js';
import { encodeStatements } from '../../src/store/statements-file.js';
import type { Article, ExtractedQuote } from '../../src/model/types.js';
import { article as minimalArticle } from '../speakers/fixtures.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const article = (id: string, publishedAt: string | null): Article => minimalArticle(id, '', publishedAt);

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
