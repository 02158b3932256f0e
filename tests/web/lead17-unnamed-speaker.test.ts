/**
 * Issue #11: a quote whose speaker the article does not name (`a Harbour Office spokesman said`) is credited by
 * the article's own description, never by a name, on cards, permalinks and citations; with no description it is
 * `Unattributed`. Names invented.
 */
import { describe, expect, it } from 'vitest';
import { plainCitation, unnamedSpeaker } from '../../src/web/citations.js';
import { attributionView } from '../../src/web/present.js';
import type { Article, Quote } from '../../src/model/types.js';

const ARTICLE: Article = {
  id: 'harbour',
  recordId: null,
  path: 'harbour.txt',
  line: null,
  title: 'Ferry timetable to change',
  publisher: 'The Coastal Gazette',
  url: 'https://gazette.example/ferry',
  author: null,
  publishedAt: '2025-03-14',
  dateline: null,
  text: '',
  furniture: [],
  metaOrigin: {},
};

const quoteWith = (name: string | null, role: string | null, confidence = 0): Quote => ({
  id: 'q1',
  articleId: 'harbour',
  start: 0,
  end: 10,
  text: 'The timetable will change in May',
  pieces: [{ start: 0, end: 10 }],
  kind: 'full',
  attribution: { name, role, kind: 'nominal', mention: null, cue: null, reason: 'test', confidence },
  saidAt: null,
  speakerId: null,
  publishedAt: '2025-03-14',
});

describe('a speaker the article does not name', () => {
  it.each<[string | null, string]>([
    ['Harbour Office spokesman', 'Unnamed speaker (Harbour Office spokesman)'],
    ['spokeswoman for Kestrel Council', 'Unnamed speaker (spokeswoman for Kestrel Council)'],
    ['  ', 'Unattributed'],
    [null, 'Unattributed'],
  ])('role %j → %s', (role, expected) => {
    expect(unnamedSpeaker(quoteWith(null, role))).toBe(expected);
    expect(attributionView(quoteWith(null, role), null)).toMatchObject({ name: null, unnamed: expected });
  });

  it('the plain citation credits the description, not a name', () => {
    const line = plainCitation({
      quote: quoteWith(null, 'Harbour Office spokesman'),
      article: ARTICLE,
      speaker: null,
      permalink: 'https://verbatim.example/q/q1',
      accessed: new Date(Date.UTC(2026, 11, 5)),
    });
    expect(line).toContain('Unnamed speaker (Harbour Office spokesman)');
    expect(line).not.toContain('Unattributed');
  });

  it('a named speaker is unchanged', () => {
    expect(attributionView(quoteWith('Lena Park', 'mayor', 0.95), null)).toMatchObject({ name: 'Lena Park' });
  });
});
