import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/types.js';
import { extractQuotes } from '../../src/extract/index.js';

/** A record that keeps its title apart: the text opens with the lead paragraph, not a headline. */
function lead(text: string, title = 'Lee to step back'): Article {
  return {
    id: 't', recordId: null, path: 't.jsonl', line: 1, title, publisher: null, url: null, author: null,
    publishedAt: '2005-02-01', dateline: null, text, furniture: [], metaOrigin: {},
  };
}
/** A text whose first paragraph repeats the title: a headline. */
function headed(body: string): Article {
  return lead(`Lee to step back\n\n${body}`);
}
const speakersOf = (a: Article) => extractQuotes(a).map((q) => q.attribution.name);

describe('a lead paragraph that does not repeat the title is body text', () => {
  it.each<[string, Array<string | null>]>([
    ['Rugby winger Tomas Vell has broken his wrist and will miss six weeks.\n\nVell had a scan on Monday. "It is the same injury as last year," he told a local paper.', ['Tomas Vell']],
    ['Tennis player Dora Kessim reached the final in Oslo.\n\nBut Kessim is cautious. "I still have a lot to do," she said.', ['Dora Kessim']],
  ])('%s', (text, names) => {
    expect(speakersOf(lead(text))).toEqual(names);
  });
  it('a first paragraph repeating the title stays a headline: no speaker is taken from it', () => {
    expect(speakersOf(headed('"It is over," he said.'))).toEqual([null]);
  });
});

describe('he/she: a name right before the pronoun is no subject', () => {
  it.each<[string, string]>([
    ['Speaking in Leeds, Gen Tarik Osei said the talks were "on track".\n\nBut standing next to Mr Dorn he added that it was vital to "end the dispute".', 'Tarik Osei'],
  ])('%s', (text, name) => {
    expect(speakersOf(lead(text)).slice(-1)).toEqual([name]);
  });
});
