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
    'Jo Lee, the chief executive of Acme, said profits fell. The company said it was "confident".',
    'Jo Lee, the chief executive of Acme, said profits fell. The company said it was "confident about next year".',
    ['Acme'],
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

/** `the mayor said`: a place after the noun (`mayor of Leeds`) is no person it describes; the person named is. */
const PLACE_CASES: ReadonlyArray<[string, string, Array<string | null>]> = [
  [
    'Jo Lee has been mayor of Leeds since 2010. … the mayor said',
    'Jo Lee has been mayor of Leeds since 2010. He announced a new plan on Monday. "It will work," the mayor said.',
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

describe('a place after a description noun', () => {
  it.each(PLACE_CASES)('%s', (_name, body, names) => {
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
];

describe('bodies named by their kind', () => {
  it.each(KIND_CASES)('%s', (_name, body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});
