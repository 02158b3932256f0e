/** Invented reports of invented statements, for the statements and check tests. */
import type { Article, CorpusData, Quote, Speaker } from '../../src/model/types.js';
import type { LoadedIndex } from '../../src/store/types.js';
import { assembleIndex } from '../../src/store/assemble.js';

export interface Report {
  id: string;
  article: string;
  text: string;
  speaker: string | null;
  date?: string;
  kind?: Quote['kind'];
}

export function quoteOf(r: Report): Quote {
  return {
    id: r.id,
    articleId: r.article,
    start: 0,
    end: r.text.length,
    text: r.text,
    pieces: [{ start: 0, end: r.text.length }],
    kind: r.kind ?? 'full',
    attribution: {
      name: r.speaker,
      role: null,
      kind: r.speaker ? 'named' : null,
      mention: null,
      cue: null,
      reason: 'test',
      confidence: 0.9,
    },
    saidAt: null,
    speakerId: r.speaker,
    publishedAt: r.date ?? null,
  };
}

const titleCase = (id: string) =>
  id
    .split('-')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join(' ');

/** A loaded index over the reports: one article per distinct article id, its text the quotes it holds. */
export function indexOf(reports: Report[]): LoadedIndex {
  const quotes = reports.map(quoteOf);
  const articleIds = [...new Set(reports.map((r) => r.article))];
  const articles: Article[] = articleIds.map((id) => {
    const text = reports
      .filter((r) => r.article === id)
      .map((r) => r.text)
      .join('\n');
    return {
      id,
      recordId: null,
      path: `${id}.txt`,
      line: null,
      title: `Report ${id}`,
      publisher: `${titleCase(id)} Post`,
      url: `https://news.example/${id}`,
      author: null,
      publishedAt: reports.find((r) => r.article === id)?.date ?? null,
      dateline: null,
      text,
      furniture: [],
      metaOrigin: {},
    };
  });
  // Quote offsets point into the article text built above.
  for (const q of quotes) {
    const a = articles.find((x) => x.id === q.articleId)!;
    q.start = a.text.indexOf(q.text);
    q.end = q.start + q.text.length;
    q.pieces = [{ start: q.start, end: q.end }];
  }
  const speakerIds = [...new Set(reports.map((r) => r.speaker).filter((s): s is string => s !== null))];
  const speakers: Speaker[] = speakerIds.map((id) => ({
    id,
    name: titleCase(id),
    roles: [],
    aliases: [
      id
        .split('-')
        .pop()!
        .replace(/^./, (c) => c.toUpperCase()),
    ],
    kind: 'person',
    quoteCount: reports.filter((r) => r.speaker === id).length,
    firstQuoteAt: null,
    lastQuoteAt: null,
  }));
  const data: CorpusData = { articles, quotes, speakers };
  return assembleIndex(data, { dir: '(memory)', builtAt: '2030-01-01T00:00:00Z', formatVersion: 1 });
}
