import { describe, expect, it } from 'vitest';
import { resolveSpeakers } from '../../src/speakers/index.js';
import type { Article, ExtractedQuote } from '../../src/model/types.js';
import { article, quote } from './fixtures.js';

/** The speaker name each quote ends with. */
function namesOf(quotes: ExtractedQuote[], articles: Article[]): Array<string | null> {
  const { speakerIds, speakers } = resolveSpeakers(quotes, articles);
  const byId = new Map(speakers.map((s) => [s.id, s.name]));
  return speakerIds.map((id) => (id === null ? null : byId.get(id)!));
}

describe('a word in capitals is no surname: it never takes a full name from another article', () => {
  it('"Quillby\'s UK" is not "Harbour Trust UK", read as a person elsewhere', () => {
    const articles = [
      article('full', 'Harbour Trust UK said the plan was unfair.'),
      article('bare', "Quillby's UK tour was cancelled after protests."),
    ];
    const quotes = [quote('full', 'Harbour Trust UK'), quote('bare', "Quillby's UK", { kind: 'organization' })];
    expect(namesOf(quotes, articles)[1]).not.toBe('Harbour Trust UK');
  });
});
