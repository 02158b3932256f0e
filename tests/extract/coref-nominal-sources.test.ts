import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

/** `the club said`: a body named right after its noun (`football club Harbour Rovers`) is what the noun stands for. */
const BODY_NOUN_CASES: ReadonlyArray<[string, string, Array<string | null>]> = [
  [
    'Shares in football club Harbour Rovers slipped. The club said it was in "a difficult situation".',
    'Shares in struggling football club Harbour Rovers slipped on Monday. The club said it was in "a difficult situation".',
    ['Harbour Rovers'],
  ],
  [
    'a name with a relative `which` is a body, named more often than one given a chief executive',
    'Ann Tan has been chief executive of Harbourmart since 2002. Daisy Lane, which is due to report its results next month, has been hit by poor sales. In October, Daisy Lane closed a factory. In September, the company had said that its sales were "below expectations".',
    ['Daisy Lane'],
  ],
  [
    'a body brought in unnamed since (`a Kestrel ballot commission`) stands between the description and a body named before',
    'The Harbour Board of Elections ruled on Monday. "The candidate is eligible," the board said.\n\nBut a Kestrel ballot commission in January was more tentative. That, the commission said, "would be helpful".',
    ['Harbour Board of Elections', null],
  ],
  [
    'the company Jo Lee founded names a founder, not the company',
    'Ann Roe works for the company Jo Lee founded. The company said it was "growing fast".',
    [null],
  ],
  [
    'a body that spoke since comes before a body named with its noun long before',
    'The deal was struck by the software company Kestrel Soft in May.\n\nHarbour Ltd said on Monday that sales fell. "We are disappointed," the company said.',
    ['Harbour Ltd'],
  ],
];

/** `the report said`, `the statement added`: whose document it is, where the article wrote it before. */
const DOCUMENT_CASES: ReadonlyArray<[string, string, Array<string | null>]> = [
  [
    'a report by telecoms giant Kestrel … the report concludes',
    'Millions will miss out, predicts the report by telecoms giant Kestrel. The idea is "wishful thinking", the report concludes.',
    ['Kestrel'],
  ],
  [
    'The Harbour Institute published its annual report … the report said',
    'The Harbour Institute published its annual report on Monday. "Growth will slow," the report said.',
    ['Harbour Institute'],
  ],
  [
    'In a statement, Acme Corp said … the statement said',
    'In a statement, Acme Corp said the plan was dead. "We will not proceed," the statement said.',
    ['Acme Corp'],
  ],
  [
    'Acme Corp said in a statement … the statement added',
    'Acme Corp said in a statement that the plan was dead. "We will not proceed," the statement added.',
    ['Acme Corp'],
  ],
  [
    'The letter, from the Harbour Trust, says: …',
    'Ten tenants were told to leave. The letter, from the Harbour Trust, says: "You must leave by May."',
    ['Harbour Trust'],
  ],
  [
    'someone who read the report did not write it',
    'Jo Lee read the report on Monday. "Growth will slow," the report said.',
    [null],
  ],
  [
    'an ad is not the ad of whoever ran one before',
    'Ann Roe\'s ad ran in May. A new ad followed on Monday. "Vote for change," the ad says.',
    [null],
  ],
  [
    'his report: the person the possessive stands for',
    'Jo Lee was asked to assess the targets. The plan risks becoming "a synonym for failure", his report said.',
    ['Jo Lee'],
  ],
];

describe('a body named with its noun', () => {
  it.each(BODY_NOUN_CASES)('%s', (_name, body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe("a document's source", () => {
  it.each(DOCUMENT_CASES)('%s', (_name, body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

/** `the foundation predicts`, `the university said`: bodies news names by their kind, and a body's whole name. */
const KIND_CASES: ReadonlyArray<[string, string, Array<string | null>]> = [
  [
    'The Harbour Golf Foundation says … the foundation predicts',
    'Golf courses are closing. The Harbour Golf Foundation says 158 courses closed in 2013. Closures will continue, the foundation predicts, "for the next few years".',
    ['Harbour Golf Foundation'],
  ],
  [
    'Harbour University published the findings … the university said',
    'Harbour University published the findings on Monday. "The results are clear," the university said.',
    ['Harbour University'],
  ],
  [
    "Harbourland's Ministry of Trade … the ministry said: the body's whole name, without the country's possessive",
    'Harbourland\'s Ministry of Trade announced new tariffs on Monday. The ministry said the tariffs would "protect local jobs".',
    ['Ministry of Trade'],
  ],
  [
    'a body named with `on` keeps it: Harbour Commission on Fair Play … the commission said',
    'The Harbour Commission on Fair Play ruled on Friday. In a statement, the commission said the match "must be replayed".',
    ['Harbour Commission on Fair Play'],
  ],
];

describe('bodies named by their kind', () => {
  it.each(KIND_CASES)('%s', (_name, body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

/** Sentences with no names, long enough to put an earlier name beyond a description's usual reach. */
function filler(sentences: number): string {
  const things = ['hall', 'crowd', 'stage', 'light', 'music', 'chair', 'door', 'floor', 'wall', 'window', 'road'];
  const states = ['full', 'loud', 'quiet', 'warm', 'cold', 'bright', 'dark', 'long', 'old', 'new', 'wet'];
  const out: string[] = [];
  for (let i = 0; i < sentences; i++)
    out.push(
      `The ${things[i % things.length]!} was ${states[(i * 7) % states.length]!} that ${i % 2 ? 'night' : 'day'}.`,
    );
  return out.join(' ');
}

/** `the former finance minister said` long after `Ann Roe, the former finance minister,`: the same words, one person. */
const FAR_CASES: ReadonlyArray<[string, string, Array<string | null>]> = [
  [
    'the appositive given to one person, far back',
    `Ann Roe, the former finance minister, spoke first. Jo Lee spoke next. ${filler(90)}\n\n"We made progress," the former finance minister said.`,
    ['Ann Roe'],
  ],
  [
    'the same words given to two people say neither',
    `Ann Roe, the former finance minister, spoke first. Jo Lee, the former finance minister, spoke next. ${filler(90)}\n\n"We made progress," the former finance minister said.`,
    [null],
  ],
];

describe('the same words given to a name far back', () => {
  it.each(FAR_CASES)('%s', (_name, body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});
