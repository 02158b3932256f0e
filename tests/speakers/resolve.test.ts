import { describe, expect, it } from 'vitest';
import { resolveSpeakers } from '../../src/speakers/index.js';
import type { SpeakerOverrides } from '../../src/speakers/index.js';
import type { ExtractedQuote } from '../../src/model/types.js';
import { article, quote } from './fixtures.js';

/** Resolves and returns, per quote, the speaker record it was given (or null). */
function speakersOf(
  quotes: ExtractedQuote[],
  articles = [article('a1'), article('a2'), article('a3')],
  overrides?: SpeakerOverrides | null,
) {
  const { speakerIds, speakers } = resolveSpeakers(quotes, articles, overrides);
  const byId = new Map(speakers.map((s) => [s.id, s]));
  return { ids: speakerIds, speakers, of: (i: number) => (speakerIds[i] ? (byId.get(speakerIds[i]) ?? null) : null) };
}

describe('transliteration variants are one speaker', () => {
  it.each([
    [['Olena Zelenskyy', 'Olena Zelensky', 'Olena Zelenskiy']],
    [['Mykhailo Podolyak', 'Mikhailo Podolyak', 'Mykhaylo Podolyak']],
    [['Dmitry Peskov', 'Dmitri Peskov', 'Dmitriy Peskov']],
    [['Jürgen Müller', 'Jurgen Muller']],
    [['JD Vance', 'J.D. Vance', 'J. D. Vance']],
    [['Bill Clinton', 'William Clinton']],
  ])('%j', (names) => {
    const { ids } = speakersOf(names.map((n, i) => quote(`a${(i % 3) + 1}`, n)));
    expect(new Set(ids).size).toBe(1);
  });

  it('Zelenskyy / Zelensky / Zelenskiy (surname alone) join the full name', () => {
    const { ids, speakers } = speakersOf([
      quote('a1', 'Olena Zelenskyy'),
      quote('a2', 'Zelensky'),
      quote('a3', 'Zelenskiy'),
    ]);
    expect(ids).toEqual(['olena-zelenskyy', 'olena-zelenskyy', 'olena-zelenskyy']);
    expect(speakers[0]).toMatchObject({ name: 'Olena Zelenskyy', aliases: ['Zelenskiy', 'Zelensky'], quoteCount: 3 });
  });

  it('variants with different first names stay apart: "Anna Kowalska" and "Maria Kowalska"', () => {
    const { ids } = speakersOf([quote('a1', 'Anna Kowalska'), quote('a2', 'Maria Kowalska')]);
    expect(ids[0]).not.toBe(ids[1]);
  });
});

describe('surname-only mentions', () => {
  it('"Durand" links to the only Durand of the corpus, named in another article', () => {
    const { ids } = speakersOf([quote('a1', 'Claire Durand'), quote('a2', 'Durand')]);
    expect(ids).toEqual(['claire-durand', 'claire-durand']);
  });

  it('"Durand" with no full name anywhere is its own speaker', () => {
    const { ids, speakers } = speakersOf([quote('a1', 'Durand'), quote('a2', 'Durand')]);
    expect(ids).toEqual(['durand', 'durand']);
    expect(speakers[0]?.name).toBe('Durand');
  });

  const two = [
    article('h', 'Hattie Pellworth met donors on Monday.'),
    article('b', 'Barnaby Pellworth spoke later.'),
    article('n', 'A rally.'),
  ];

  it.each([
    ['h', 'hattie-pellworth', 'the article names only Hattie'],
    ['b', 'barnaby-pellworth', 'the article names only Barnaby'],
    ['n', 'pellworth', 'no evidence: an ambiguous speaker of its own'],
  ])('bare "Pellworth" in article %s → %s (%s)', (articleId, expected) => {
    const { ids } = speakersOf(
      [quote('h', 'Hattie Pellworth'), quote('b', 'Barnaby Pellworth'), quote(articleId, 'Pellworth')],
      two,
    );
    expect(ids[2]).toBe(expected);
    expect(ids[0]).not.toBe(ids[1]);
  });

  it('two people sharing a surname are never merged: "Hattie Pellworth" vs "Barnaby Pellworth"', () => {
    const { speakers } = speakersOf(
      [quote('h', 'Hattie Pellworth'), quote('b', 'Barnaby Pellworth'), quote('h', 'Hattie Pellworth')],
      two,
    );
    expect(speakers.map((s) => [s.id, s.quoteCount])).toEqual([
      ['barnaby-pellworth', 1],
      ['hattie-pellworth', 2],
    ]);
  });

  it('"Senator Pellworth" in an article naming neither goes to the one Pellworth who is a senator', () => {
    const quotes = [
      quote('h', 'Hattie Pellworth', { role: 'Senator' }),
      quote('b', 'Barnaby Pellworth', { role: 'governor' }),
      quote('n', 'Senator Pellworth'),
    ];
    expect(speakersOf(quotes, two).ids[2]).toBe('hattie-pellworth');
  });

  it('"H. Pellworth" follows the initial to Hattie', () => {
    const { ids } = speakersOf(
      [quote('h', 'Hattie Pellworth'), quote('b', 'Barnaby Pellworth'), quote('n', 'H. Pellworth')],
      two,
    );
    expect(ids[2]).toBe('hattie-pellworth');
  });
});

describe('titles, roles and possessives', () => {
  it.each([
    ['French President Claire Durand', 'Claire Durand', ['French President']],
    ['Sen. Jane Roe', 'Jane Roe', ['Senator']],
    ['Mr. Tobias Lind', 'Tobias Lind', []],
    ['Dr Tobias Lind', 'Tobias Lind', []],
    ['Prime Minister Tobias Lind', 'Tobias Lind', ['Prime Minister']],
    ['NATO Secretary General Tobias Lind', 'Tobias Lind', ['NATO Secretary General']],
    ["Finland's President Tobias Lind", 'Tobias Lind', ["Finland's President"]],
    ['U.S. Secretary of State Tobias Lind', 'Tobias Lind', ['U.S. Secretary of State']],
    ['former President Tobias Lind', 'Tobias Lind', ['former President']],
    ["Tobias Lind's", 'Tobias Lind', []],
    ['Tobias Lind, the finance minister', 'Tobias Lind', ['finance minister']],
    ['The Kremlin ruler Tobias Lind', 'Tobias Lind', ['Kremlin ruler']],
    ['conservative writer Tobias Lind', 'Tobias Lind', ['conservative writer']],
    ["Lakeside University's Tobias Lind", 'Tobias Lind', ['Lakeside University']],
    ['a statement on Monday saying Tobias Lind', 'Tobias Lind', []],
  ])('%s → %s %j', (raw, name, roles) => {
    const { speakers } = speakersOf([quote('a1', raw)]);
    expect(speakers).toHaveLength(1);
    expect(speakers[0]).toMatchObject({ name, roles, kind: 'person' });
  });

  it('roles come most frequent first, from the attribution and the name', () => {
    const { speakers } = speakersOf([
      quote('a1', 'Tobias Lind', { role: 'finance minister' }),
      quote('a2', 'Deputy Prime Minister Tobias Lind'),
      quote('a3', 'Tobias Lind', { role: 'Deputy Prime Minister' }),
    ]);
    expect(speakers[0]?.roles).toEqual(['Deputy Prime Minister', 'finance minister']);
  });

  it.each([['the President'], ['Aides'], ['Others'], ['Us'], ['Him']])('"%s" alone names nobody', (raw) => {
    expect(speakersOf([quote('a1', raw, { kind: 'nominal' })]).ids).toEqual([null]);
  });

  it('a descriptor before a name makes a person even when the extractor said organization: "economist Tobias Lind"', () => {
    expect(speakersOf([quote('a1', 'economist Tobias Lind', { kind: 'organization' })]).speakers[0]).toMatchObject({
      name: 'Tobias Lind',
      kind: 'person',
    });
  });

  it('aliases keep name-like forms only: "a spokesman for Lind" is not an alias', () => {
    const { speakers } = speakersOf([
      quote('a1', 'Tobias Lind', { mention: 'Lind.' }),
      quote('a2', 'Tobias Lind', { mention: 'a spokesman for Lind' }),
    ]);
    expect(speakers[0]?.aliases).toEqual(['Lind']);
  });
});

describe('organisations', () => {
  it.each([
    ['the Kremlin', 'organization', 'kremlin', 'Kremlin'],
    ['Élysée Palace', 'named', 'elysee-palace', 'Élysée Palace'],
    [
      'Department of Homeland Security',
      'organization',
      'department-of-homeland-security',
      'Department of Homeland Security',
    ],
    ['Democrats', 'named', 'democrats', 'Democrats'],
    ['the Interior Ministry', 'named', 'interior-ministry', 'Interior Ministry'],
    ['US', 'organization', 'us', 'US'],
    ['the WHO', 'organization', 'who', 'WHO'],
  ])('%s is a speaker of kind organization', (raw, kind, id, name) => {
    const { speakers } = speakersOf([quote('a1', raw, { kind: kind as 'organization' | 'named' })]);
    expect(speakers[0]).toMatchObject({ id, name, kind: 'organization' });
  });

  it('"the Kremlin" and "Kremlin" are one', () => {
    expect(
      new Set(
        speakersOf([
          quote('a1', 'the Kremlin', { kind: 'organization' }),
          quote('a2', 'Kremlin', { kind: 'organization' }),
        ]).ids,
      ).size,
    ).toBe(1);
  });
});

describe('speaker records', () => {
  it('counts quotes, dates by saidAt else the article date, aliases from every name form (not the possessive)', () => {
    const { speakers } = speakersOf(
      [
        quote('a1', 'Claire Durand', { saidAt: '2025-02-01T10:00+01:00', mention: 'Durand' }),
        quote('a2', 'Claire Durand', { kind: 'pronoun', mention: 'she' }),
        quote('a3', "Durand's"),
      ],
      [article('a1'), article('a2', '', '2025-03-05'), article('a3', '', null)],
    );
    expect(speakers).toEqual([
      {
        id: 'claire-durand',
        name: 'Claire Durand',
        roles: [],
        aliases: ['Durand'],
        kind: 'person',
        quoteCount: 3,
        firstQuoteAt: '2025-02-01T10:00+01:00',
        lastQuoteAt: '2025-03-05',
      },
    ]);
  });

  it('quotes without a name get a null id', () => {
    expect(speakersOf([quote('a1', null), quote('a1', 'Claire Durand')]).ids).toEqual([null, 'claire-durand']);
  });
});

describe('stable ids', () => {
  const base = [
    quote('a1', 'Claire Durand'),
    quote('a2', 'Durand'),
    quote('a1', 'Tobias Lind'),
    quote('a3', 'the Kremlin', { kind: 'organization' }),
  ];

  it('adding quotes (new speakers, more of the same, variants) keeps existing ids', () => {
    const before = speakersOf(base).speakers.map((s) => s.id);
    const more = [
      ...base,
      quote('a3', 'Anna Kowalska'),
      quote('a2', 'Tobias Lind'),
      quote('a3', 'Tobias Lindd'),
      quote('a3', 'Claire Durant'),
    ];
    const after = new Set(speakersOf(more).speakers.map((s) => s.id));
    for (const id of before) expect(after.has(id)).toBe(true);
  });

  it('ids do not depend on quote order', () => {
    const forward = speakersOf(base);
    const backward = speakersOf([...base].reverse());
    expect(backward.speakers).toEqual(forward.speakers);
    expect(backward.ids).toEqual([...forward.ids].reverse());
  });

  it('two different speakers with one slug both get a hash of name and role, the same every run', () => {
    const overrides: SpeakerOverrides = {
      splits: [{ name: 'Tobias Lind', articles: ['a2'], speaker: 'Tobias Lind', role: 'footballer' }],
    };
    const quotes = [quote('a1', 'Tobias Lind', { role: 'minister' }), quote('a2', 'Tobias Lind')];
    const first = speakersOf(quotes, undefined, overrides).ids;
    expect(first[0]).toMatch(/^tobias-lind-[0-9a-f]{6}$/);
    expect(first[1]).toMatch(/^tobias-lind-[0-9a-f]{6}$/);
    expect(first[0]).not.toBe(first[1]);
    expect(speakersOf([quote('a3', 'Anna Kowalska'), ...quotes], undefined, overrides).ids.slice(1)).toEqual(first);
  });
});

describe('overrides', () => {
  it('a pinned speaker takes its aliases, canonical name, id and role', () => {
    const overrides: SpeakerOverrides = {
      speakers: [
        { name: 'Olena Zelenska', aliases: ['Olena Zelenskyy', 'The First Lady'], id: 'olena-z', role: 'First Lady' },
      ],
    };
    const { ids, speakers } = speakersOf(
      [quote('a1', 'Olena Zelenskiy'), quote('a2', 'Zelenskyy'), quote('a3', 'The First Lady', { kind: 'nominal' })],
      undefined,
      overrides,
    );
    expect(ids).toEqual(['olena-z', 'olena-z', 'olena-z']);
    expect(speakers[0]).toMatchObject({ name: 'Olena Zelenska', roles: ['First Lady'], quoteCount: 3 });
  });

  it('a merge joins groups the rules keep apart', () => {
    const quotes = [quote('a1', 'Tobias Lind'), quote('a2', 'Toby Lindqvist')];
    expect(new Set(speakersOf(quotes).ids).size).toBe(2);
    const merged = speakersOf(quotes, undefined, { merges: [{ names: ['Tobias Lind', 'Toby Lindqvist'] }] });
    expect(new Set(merged.ids).size).toBe(1);
    expect(merged.speakers[0]?.quoteCount).toBe(2);
  });

  it("a split sends one article's quotes to another speaker", () => {
    const articles = [article('h', 'Hattie Pellworth and Barnaby Pellworth'), article('x', 'Hattie Pellworth')];
    const quotes = [quote('h', 'Hattie Pellworth'), quote('h', 'Barnaby Pellworth'), quote('x', 'Pellworth')];
    expect(speakersOf(quotes, articles).ids[2]).toBe('hattie-pellworth');
    const split = speakersOf(quotes, articles, {
      splits: [{ name: 'Pellworth', articles: ['x'], speaker: 'Barnaby Pellworth' }],
    });
    expect(split.ids[2]).toBe('barnaby-pellworth');
  });

  it('null overrides change nothing', () => {
    const quotes = [quote('a1', 'Claire Durand'), quote('a2', 'Durand')];
    const [plain, withNull] = [speakersOf(quotes), speakersOf(quotes, undefined, null)];
    expect([withNull.ids, withNull.speakers]).toEqual([plain.ids, plain.speakers]);
  });
});
