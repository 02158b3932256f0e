import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/model/types.js';
import { extractQuotes } from '../../src/extract/index.js';
import { joinQuotePieces } from '../../src/extract/quote-text.js';

/** An article whose first paragraph is a headline, as in the corpora. */
function article(body: string, headline = 'Headline of the day'): Article {
  return {
    id: 't',
    recordId: null,
    path: 't.txt',
    line: null,
    title: headline,
    publisher: null,
    url: null,
    author: null,
    publishedAt: '2024-03-05',
    dateline: null,
    text: `${headline}\n\n${body}`,
    furniture: [],
    metaOrigin: {},
  };
}

const quotes = (body: string) => extractQuotes(article(body));
const texts = (body: string) => quotes(body).map((q) => q.text);
const speakers = (body: string) => quotes(body).map((q) => q.attribution.name);

describe('quote marks and apostrophes', () => {
  it.each<[string, string[]]>([
    ['“We will rebuild the harbour,” Maria Lopez said.', ['We will rebuild the harbour']],
    ['"We will rebuild the harbour," Maria Lopez said.', ['We will rebuild the harbour']],
    ["''We will rebuild the harbour,'' Maria Lopez said.", ['We will rebuild the harbour']],
    ["'We will rebuild the harbour,' Maria Lopez said.", ['We will rebuild the harbour']],
    ['‘We will rebuild the harbour,’ Maria Lopez said.', ['We will rebuild the harbour']],
    ['«We will rebuild the harbour», Maria Lopez said.', ['We will rebuild the harbour']],
    ["The town's mayor didn't say much about the '90s or the voters' mood.", []],
  ])('%s', (body, expected) => {
    expect(texts(body)).toEqual(expected);
  });
});

describe('partial quotes', () => {
  it("She added that the repairs must be 'quick and properly funded' to help the town.", () => {
    const body =
      "Maria Lopez spoke on Monday. She added that the repairs must be 'quick and properly funded' to help the town.";
    const [q] = quotes(body);
    expect(q?.text).toBe('quick and properly funded');
    expect(q?.kind).toBe('partial');
    expect(q?.attribution.name).toBe('Maria Lopez');
  });
});

describe('split quotes', () => {
  it('"The bridge is safe," he said, "and it will stay open."', () => {
    const qs = quotes('Mayor Tom Baker visited the site. "The bridge is safe," he said, "and it will stay open."');
    expect(qs).toHaveLength(1);
    expect(qs[0]?.pieces).toHaveLength(2);
    expect(qs[0]?.attribution.name).toBe('Tom Baker');
  });
});

describe('multi-paragraph quotations', () => {
  it('“First paragraph … ⏎ “Second paragraph …”, said Ann Ortiz', () => {
    const body = 'Ann Ortiz said:\n\n“We started with nothing.\n\n“Now we have a school.”';
    const qs = quotes(body);
    expect(qs).toHaveLength(1);
    expect(qs[0]?.pieces.map((p) => body.length && article(body).text.slice(p.start, p.end))).toEqual([
      'We started with nothing.',
      'Now we have a school.',
    ]);
    expect(qs[0]?.attribution.name).toBe('Ann Ortiz');
  });
  it('a lost paragraph break: "One ends. "Two begins," said Ann Ortiz.', () => {
    const qs = quotes('"The first part ends here. "The second part begins," said Ann Ortiz.');
    expect(qs).toHaveLength(1);
    expect(qs[0]?.pieces).toHaveLength(2);
    expect(qs[0]?.attribution.name).toBe('Ann Ortiz');
  });
  it('two closed quotations in a row are two quotations: "One ends." "Two begins."', () => {
    expect(texts('Ann Ortiz spoke. "The first part ends here." "The second part begins."')).toHaveLength(2);
  });
});

describe('nested quotes', () => {
  it('“He told me ‘never again’ and left,” said Ann Ortiz.', () => {
    expect(texts('“He told me ‘never again’ and left,” said Ann Ortiz.')).toEqual([
      'He told me ‘never again’ and left',
    ]);
  });
});

describe('scare quotes and terms', () => {
  it.each([
    'The leaders met as the “Alliance of the Brave” in the capital.',
    'The so-called “peace dividend” never arrived.',
    'A group dubbed the "night watch" patrolled the streets.',
    // a speech cue in the sentence does not make a name someone's words
    "The minister announced that ten states, dubbed the 'Circle of Friends,' had signed the pact.",
    'Lena Voss said the towns, known as the “Quiet Ring”, would share a budget.',
  ])('%s', (body) => {
    expect(texts(body)).toEqual([]);
  });
});

describe('inverted and plain attributions', () => {
  it.each<[string, string | null, string]>([
    ['"The budget is balanced," said Finance Minister Karl Jensen.', 'Karl Jensen', 'after-quote-adjacent'],
    ['"The budget is balanced," Karl Jensen said.', 'Karl Jensen', 'after-quote-adjacent'],
    [
      '"The budget is balanced," Karl Jensen, a spokesman for the ministry, said.',
      'Karl Jensen',
      'after-quote-adjacent',
    ],
    ['Karl Jensen said: "The budget is balanced."', 'Karl Jensen', 'cue-before-quote'],
    ['According to Karl Jensen, "the budget is balanced" this year.', 'Karl Jensen', 'according-to'],
    ['Karl Jensen wrote on Telegram: "The budget is balanced."', 'Karl Jensen', 'cue-before-quote'],
    ['"The budget is balanced," the Treasury Office said in a statement.', 'Treasury Office', 'after-quote-adjacent'],
  ])('%s', (body, name, reason) => {
    const [q] = quotes(body);
    expect(q?.attribution.name).toBe(name);
    expect(q?.attribution.reason).toBe(reason);
  });
  it('the fullest name and the role: French President Emmanuel Macron … Macron said', () => {
    const [q] = quotes('French President Emmanuel Macron arrived late. "We are ready," Macron said.');
    expect(q?.attribution.name).toBe('Emmanuel Macron');
    expect(q?.attribution.role).toBe('French President');
  });
});

describe('pronouns, descriptions and continuation paragraphs', () => {
  it('he after a named man resolves to him', () => {
    expect(speakers('Governor Paul Weber met farmers. "It was a hard year," he said.')).toEqual(['Paul Weber']);
  });
  it('she skips a man named in between', () => {
    expect(speakers('Mrs. Clara Holt met Mr. Ivo Brandt. "It was a hard year," she said.')).toEqual(['Clara Holt']);
  });
  it('a paragraph that is only a quotation continues the speaker before it', () => {
    expect(speakers('"The plan works," said Clara Holt.\n\n"We will expand it next year."')).toEqual([
      'Clara Holt',
      'Clara Holt',
    ]);
  });
  it('an indefinite description names nobody: "…," a spokesman said', () => {
    expect(speakers('Clara Holt left early. "No comment on that," a spokesman said.')).toEqual([null]);
  });
});

describe('headlines', () => {
  it('a headline names its speaker before a colon, in the body\'s fullest form: Holt: "We will not resign today"', () => {
    const qs = extractQuotes(article('Clara Holt spoke at noon.', 'Holt: "We will not resign today"'));
    expect(qs.map((q) => q.attribution.name)).toEqual(['Clara Holt']);
  });
  it('a pronoun in a headline finds no antecedent: She says "there will be no resignation today"', () => {
    const qs = extractQuotes(article('Clara Holt spoke at noon.', 'She says "there will be no resignation today"'));
    expect(qs.map((q) => q.attribution.name)).toEqual([null]);
  });
});

describe('terms and quotations: a naming construction drops, a cue keeps', () => {
  it.each<[string, string[]]>([
    ['Ann Ortiz called the plan "reckless and short-sighted" on Monday.', ['reckless and short-sighted']],
    ['Tom Baker said the bill was "Dead On Arrival" in the senate.', ['Dead On Arrival']],
    ['Residents set up a website called "Harbor Watch Daily" last spring.', []],
    ['The book titled "Tides of the North Sea" sold well.', []],
    ['"We stay," Ann Ortiz told KBX\'s "Evening Harbor Report."', ['We stay']],
    ['Tom Baker wrote about it in his book "An Open Door to the Sea."', []],
  ])('%s', (body, expected) => {
    expect(texts(body)).toEqual(expected);
  });
});

describe('second pass: named speakers', () => {
  it.each<[string, string | null]>([
    // a cue right before the quotation is the main clause, even after a fronted `when asked if …`
    ['When asked if the port could reopen, Karl Jensen said: "Not this year."', 'Karl Jensen'],
    ['Asked why the mayor decided after the vote, Ann Ortiz said, "We ran out of time."', 'Ann Ortiz'],
    // a name before the colon that introduces the quotation
    ['HARBOR FEES RISE AGAIN - Karl Jensen: "The fees pay for the dredging."', 'Karl Jensen'],
    ['The result did not surprise harbor economist Ann Ortiz: "Fees always rise in spring."', 'Ann Ortiz'],
    // a party tag and a comma close no appositive
    ['Gov. Karl Jensen (R-ME), said, "The fees will stay."', 'Karl Jensen'],
    // `Name of Place, appositive, said`: the person stands before `of`
    ['Rep. Tom Baker of Maine, an ally of the mayor, said the fees were "too high."', 'Tom Baker'],
    ['"The fees are too high," said Ann Ortiz of the Harbor Trust, a local charity.', 'Ann Ortiz'],
    // a conjunction opening the clause is not part of the name
    ['But Tom Baker, the head of the Harbor Trust, a local charity, said that "the fees are fair."', 'Tom Baker'],
  ])('%s', (body, name) => {
    expect(speakers(body)).toEqual([name]);
  });
  it('a sentence that is only a quotation continues the speaker of its paragraph: "A," Ortiz said. They left. "B."', () => {
    expect(speakers('"The road is long," Ann Ortiz said. The villages lie far apart. "It is a hard area."')).toEqual([
      'Ann Ortiz',
      'Ann Ortiz',
    ]);
  });
  it('a colon after a preposition names no speaker: in an interview with KBX: "…"', () => {
    expect(speakers('The mayor spoke in an interview with KBX: "We are ready."')).not.toContain('KBX');
  });
});

describe("the host sentence's comma stays outside the quotation", () => {
  it.each<[string, string[]]>([
    ['"We are ready," Ann Ortiz said.', ['We are ready']],
    ['“We are ready,” she said, “and we will win.”', ['We are ready', 'and we will win.']],
    ['Ann Ortiz said the plan was "ready, willing," and funded.', ['ready, willing']],
    ['"Are we ready?" Ann Ortiz asked.', ['Are we ready?']],
  ])('%s', (body, pieces) => {
    const a = article(body);
    const qs = extractQuotes(a);
    const got = qs.flatMap((q) => q.pieces.map((p) => a.text.slice(p.start, p.end)));
    expect(got).toEqual(pieces);
    // start/end and text agree with the pieces
    for (const q of qs) {
      expect(q.start).toBe(q.pieces[0]!.start);
      expect(q.end).toBe(q.pieces[q.pieces.length - 1]!.end);
      expect(q.text).toBe(joinQuotePieces(a.text, q.pieces));
    }
  });
});

describe('third pass: participles, sentence adverbs, capitalised cues, coordinated names', () => {
  it.each<[string, Array<string | null>]>([
    // the name before a participle cue is its subject unless a preposition governs it
    ['Clara Holt answered the question on Facebook writing, "We will rebuild the pier."', ['Clara Holt']],
    // a pronoun after an opening adverb and a comma is the subject, not an appositive of the adverb
    ['Ivo Brandt spoke to farmers. Sure, he admits that "the subsidy came late and was too small."', ['Ivo Brandt']],
    // a plain speech verb capitalised mid-sentence is still a cue (stray capital, title-case copy)
    ['"The pier opens in May!" Clara Holt, the head of the harbour board, Tweeted on Friday.', ['Clara Holt']],
    // the last of coordinated names before the introducing colon speaks
    ['POLLS WERE RIGHT - Clara Holt and Ivo Brandt: "We measured the shift early and saw it grow."', ['Ivo Brandt']],
  ])('%s', (body, expected) => {
    expect(speakers(body)).toEqual(expected);
  });
});
