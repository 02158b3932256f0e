import { describe, expect, it } from 'vitest';
import {
  articleLines,
  articleTexts,
  cacheLines,
  quoteLines,
  readCacheLines,
  RecordReader,
} from '../../src/store/records.js';
import type { Article, Quote, Speaker } from '../../src/model/types.js';

const TEXT =
  'Ferry fares — again\n\n“We will keep the night crossing,” Ida Marr, the harbour master, said at 16:25 on Tuesday.';

const article: Article = {
  id: 'ferry',
  recordId: 'r-1',
  path: 'ferry.txt',
  line: null,
  title: 'Ferry fares',
  publisher: 'Harbour Post',
  url: null,
  author: null,
  publishedAt: '2031-05-02',
  dateline: null,
  text: TEXT,
  furniture: [{ start: 0, end: 5 }],
  metaOrigin: { title: 'detected' },
};
const other: Article = {
  ...article,
  id: 'plain',
  path: 'plain.txt',
  title: null,
  text: 'No quotes here.',
  furniture: [],
  metaOrigin: {},
  publishedAt: null,
};

const quote: Quote = {
  articleId: 'ferry',
  start: 23,
  end: 54,
  text: 'We will keep the night crossing',
  pieces: [{ start: 23, end: 54 }],
  kind: 'full',
  attribution: {
    name: 'Ida Marr',
    role: 'the harbour master',
    kind: 'named',
    mention: { start: 57, end: 65, text: 'Ida Marr' },
    cue: { start: 88, end: 92, text: 'said' },
    reason: 'quote-name-said',
    confidence: 0.9,
  },
  saidAt: {
    value: '2031-04-29T16:25',
    precision: 'minute',
    basis: 'stated',
    expression: { start: 93, end: 114, text: 'at 16:25 on Tuesday' },
  },
  id: 'abc123',
  speakerId: 'ida-marr',
  publishedAt: '2031-05-02',
};
const unattributed: Quote = {
  ...quote,
  id: 'def456',
  attribution: { ...quote.attribution, name: null, role: null, kind: null, mention: null, cue: null },
  saidAt: null,
  speakerId: null,
  publishedAt: null,
};
const speaker: Speaker = {
  id: 'ida-marr',
  name: 'Ida Marr',
  roles: [],
  aliases: [],
  kind: 'person',
  quoteCount: 1,
  firstQuoteAt: null,
  lastQuoteAt: null,
};

const parse = (lines: Iterable<string>) => [...lines].map((l) => JSON.parse(l) as unknown);

describe('compact index records read back as they were written', () => {
  it('articles, their texts read from the texts file', () => {
    const texts = Buffer.concat([...articleTexts([article, other])]);
    const back = new RecordReader('/i').articles(
      'articles.jsonl',
      parse(articleLines([article, other])),
      texts,
      'article-texts.bin',
    );
    expect(back.map((a) => ({ ...a }))).toEqual([article, other]);
    expect(JSON.parse(JSON.stringify(back[0]))).toEqual(article);
  });

  it('quotes, a publishedAt other than the article’s and a speaker missing from the speakers file kept', () => {
    const odd: Quote = { ...quote, id: 'ghi789', publishedAt: '2031-05-03', speakerId: 'not-listed' };
    const back = new RecordReader('/i').quotes(
      'quotes.jsonl',
      parse(quoteLines([quote, unattributed, odd], [article], [speaker])),
      [article],
      [speaker],
    );
    expect(back).toEqual([quote, unattributed, odd]);
  });

  it('the extraction cache', () => {
    const strip = ({ id: _id, speakerId: _s, publishedAt: _p, ...extracted }: Quote) => extracted;
    const entries = [
      { key: 'k1', articleId: 'ferry', quotes: [strip(quote), strip(unattributed)] },
      { key: 'k2', articleId: 'plain', quotes: [] },
    ];
    const back = readCacheLines(parse(cacheLines(entries)));
    expect([...back]).toEqual(entries.map((e) => [e.key, e.quotes]));
  });

  it('an article texts file of another length than its articles say is refused naming it', () => {
    const attempt = () =>
      new RecordReader('/i').articles(
        'articles.jsonl',
        parse(articleLines([article])),
        Buffer.from('short'),
        'article-texts.bin',
      );
    expect(attempt).toThrow(/article-texts\.bin' holds 5 bytes/);
  });
});
