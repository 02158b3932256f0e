import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const speakers = (text: string) => extractQuotes(underHeadline(text)).map((q) => q.attribution.name);

describe('court papers speak for no one named, not for the person they are about', () => {
  it.each<[string, Array<string | null>]>([
    ['Ida Marr sued the studio. The lawsuit said Marr has endured "extreme pain and suffering."', [null]],
    ['Ida Marr sued the studio. The complaint alleges that the studio "failed to act".', [null]],
    // a cue of the quotation's own, after it, still speaks for it
    [
      'Ida Marr sued the studio. The lawsuit said Marr was hurt. "We cannot comment," Harbour Studios spokesman Jo Crane said.',
      ['Jo Crane'],
    ],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});

describe('`her statement`, `his lawsuit`: a document of a person speaks for the person the pronoun stands for', () => {
  it.each<[string, Array<string | null>]>([
    ['Ann Roe sued Harbour Ltd on Monday. Her lawsuit said the firm had been "negligent for years".', ['Ann Roe']],
    ['Jo Lee quit on Monday. "I am leaving with regret," his statement said.', ['Jo Lee']],
    // someone speaking for her is not her
    ['Ann Roe quit on Monday. "She is leaving with regret," her spokesman said.', [null]],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});

describe('a role before a name after the quotation: `"…," Harbour spokesman Jo Lee said` is its adjacent attribution', () => {
  const read = (text: string) =>
    extractQuotes(underHeadline(text)).map((q) => [q.attribution.name, q.attribution.reason]);
  it.each<[string, Array<string | null>]>([
    ['Prices rose. "We cannot comment," Harbour spokesman Jo Lee said.', ['Jo Lee']],
    ['Prices rose. "We will deliver," Quayco\'s chief executive Ann Roe said in a statement.', ['Ann Roe']],
    ['Prices rose. "We cannot comment," company spokesman Jo Lee said.', ['Jo Lee']],
  ])('%s', (text, names) => {
    expect(read(text)).toEqual(names.map((n) => [n, 'after-quote-adjacent']));
  });
});
