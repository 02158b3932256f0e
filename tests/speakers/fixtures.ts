import type { Article, ExtractedQuote, SpeakerKind } from '../../src/model/types.js';

/** A minimal article: only id, date and text matter to speaker resolution. */
export function article(id: string, text = '', publishedAt: string | null = '2025-03-10'): Article {
  return {
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
    text,
    furniture: [],
    metaOrigin: {},
  };
}

let counter = 0;

/** A quote in `articleId` attributed to `name` (as the extractor gives it), with an optional role, kind, mention and date. */
export function quote(
  articleId: string,
  name: string | null,
  options: {
    role?: string;
    kind?: SpeakerKind;
    mention?: string;
    saidAt?: string;
    entity?: 'person' | 'organization' | null;
  } = {},
): ExtractedQuote {
  counter++;
  const text = `Quoted words number ${counter}.`;
  return {
    articleId,
    start: 0,
    end: text.length,
    text,
    pieces: [{ start: 0, end: text.length }],
    kind: 'full',
    attribution: {
      name,
      role: options.role ?? null,
      kind: name === null ? null : (options.kind ?? 'named'),
      mention: options.mention ? { start: 0, end: options.mention.length, text: options.mention } : null,
      cue: null,
      reason: 'test',
      confidence: 1,
      ...(options.entity !== undefined ? { entity: options.entity } : {}),
    },
    saidAt: options.saidAt ? { value: options.saidAt, precision: 'day', basis: 'stated', expression: null } : null,
  };
}
