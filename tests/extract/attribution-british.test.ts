import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/types.js';
import { extractQuotes } from '../../src/extract/index.js';

/** A record that keeps its title apart: the text opens with the lead paragraph, not a headline. */
function lead(text: string, title = 'Lee to step back'): Article {
  return {
    id: 't',
    recordId: null,
    path: 't.jsonl',
    line: 1,
    title,
    publisher: null,
    url: null,
    author: null,
    publishedAt: '2005-02-01',
    dateline: null,
    text,
    furniture: [],
    metaOrigin: {},
  };
}
/** A text whose first paragraph repeats the title: a headline. */
function headed(body: string): Article {
  return lead(`Lee to step back\n\n${body}`);
}
const speakersOf = (a: Article) => extractQuotes(a).map((q) => q.attribution.name);

describe('a lead paragraph that does not repeat the title is body text', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Rugby winger Tomas Vell has broken his wrist and will miss six weeks.\n\nVell had a scan on Monday. "It is the same injury as last year," he told a local paper.',
      ['Tomas Vell'],
    ],
    [
      'Tennis player Dora Kessim reached the final in Oslo.\n\nBut Kessim is cautious. "I still have a lot to do," she said.',
      ['Dora Kessim'],
    ],
  ])('%s', (text, names) => {
    expect(speakersOf(lead(text))).toEqual(names);
  });
  it('a first paragraph repeating the title stays a headline: no speaker is taken from it', () => {
    expect(speakersOf(headed('"It is over," he said.'))).toEqual([null]);
  });
});

describe('he/she: a name right before the pronoun is no subject', () => {
  it.each<[string, string]>([
    [
      'Speaking in Leeds, Gen Tarik Osei said the talks were "on track".\n\nBut standing next to Mr Dorn he added that it was vital to "end the dispute".',
      'Tarik Osei',
    ],
  ])('%s', (text, name) => {
    expect(speakersOf(lead(text)).slice(-1)).toEqual([name]);
  });
});

describe('a definite description speaks for the person or body named before', () => {
  it.each<[string, Array<string | null>]>([
    // the subject of the sentence before, when no name shares the noun
    [
      'Singer Jo Marr has said she will retire next year.\n\nThe pop star said her new album was "the last one".',
      ['Jo Marr'],
    ],
    // a party adjective and a role noun describe a person; they are not a name
    [
      'Voters face a clear choice this spring, said Tom Avery.\n\nIn his message the Liberal Democrat leader said his rivals relied on "cheap scares".',
      ['Tom Avery'],
    ],
    // `our correspondent`: only a name given that noun says who
    [
      'BBC correspondent Ann Wyatt said the talks were tense. Higher pay is "one thing they agree on", our correspondent added.',
      ['Ann Wyatt'],
    ],
    // a name whose appositive shares the noun beats the latest subject
    [
      'Jane Roe, the band\'s singer, left the party early. Tom Bell stayed on. The singer said the tour was "a triumph".',
      ['Jane Roe'],
    ],
    // compound heads: `writer and broadcaster`
    [
      'Critics were divided, Ann Greer said on Monday. The feminist writer and broadcaster said the show had behaved "like a child".',
      ['Ann Greer'],
    ],
    // a body: the organisation whose name holds the noun
    [
      'The Harbour Pilots Association met on Monday. The association said the deal was "a disaster for the port".',
      ['Harbour Pilots Association'],
    ],
  ])('%s', (text, names) => {
    expect(speakersOf(lead(text))).toEqual(names);
  });
  it.each<[string]>([
    ['A panel of judges including Sir Tom Bell met on Monday. "It is a fine and funny novel," wrote the judges.'],
    ['Tom Bell spoke first. "We will appeal against the ruling," a spokesman said.'],
  ])('plural and indefinite descriptions name nobody: %s', (text) => {
    expect(speakersOf(lead(text))).toEqual([null]);
  });
});
