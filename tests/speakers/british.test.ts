import { describe, expect, it } from 'vitest';
import { resolveSpeakers } from '../../src/speakers/index.js';
import type { Article, ExtractedQuote } from '../../src/model/types.js';
import { article, quote } from './fixtures.js';

function resolve(quotes: ExtractedQuote[], articles: Article[] = [article('a1'), article('a2'), article('a3')]) {
  const { speakerIds, speakers } = resolveSpeakers(quotes, articles);
  const byId = new Map(speakers.map((s) => [s.id, s]));
  return { ids: speakerIds, speakers, of: (i: number) => (speakerIds[i] ? (byId.get(speakerIds[i]) ?? null) : null) };
}

describe('British titles and job words come off the name and stay as the role', () => {
  it.each([
    ['Chancellor Tobias Lind', 'Tobias Lind', ['Chancellor']],
    ['Home Secretary Tobias Lind', 'Tobias Lind', ['Home Secretary']],
    ['Shadow Foreign Secretary Tobias Lind', 'Tobias Lind', ['Shadow Foreign Secretary']],
    ['Tory leader Tobias Lind', 'Tobias Lind', ['Tory leader']],
    ['Tory MP Tobias Lind', 'Tobias Lind', ['Tory MP']],
    ['Lib Dem Tobias Lind', 'Tobias Lind', ['Lib Dem']],
    ['Liberal Democrat MP Tobias Lind', 'Tobias Lind', ['Liberal Democrat MP']],
    ['Green MEP Tobias Lind', 'Tobias Lind', ['Green MEP']],
    ['chief executive Tobias Lind', 'Tobias Lind', ['chief executive']],
    ['Harbourside boss Tobias Lind', 'Tobias Lind', ['Harbourside boss']],
    ['England coach Tobias Lind', 'Tobias Lind', ['England coach']],
    ['Rovers manager Tobias Lind', 'Tobias Lind', ['Rovers manager']],
    ['striker Tobias Lind', 'Tobias Lind', ['striker']],
    ['Fly-half Tobias Lind', 'Tobias Lind', ['Fly-half']],
    ['Singer Tobias Lind', 'Tobias Lind', ['Singer']],
    ['Producer Tobias Lind', 'Tobias Lind', ['Producer']],
    ['DJ Tobias Lind', 'Tobias Lind', ['DJ']],
    ['Grainfield chairman Tobias Lind', 'Tobias Lind', ['Grainfield chairman']],
    ['Tobias Lind MP', 'Tobias Lind', ['MP']],
    ['Tobias Lind QC', 'Tobias Lind', ['QC']],
    ['Chancellor of the Exchequer Tobias Lind', 'Tobias Lind', ['Chancellor of the Exchequer']],
    ['Exchequer Tobias Lind', 'Tobias Lind', ['Chancellor of the Exchequer']],
    ['MP for Millbrook Tobias Lind', 'Tobias Lind', ['MP for Millbrook']],
    ['Under-Secretary Tobias Lind', 'Tobias Lind', ['Under-Secretary']],
    ['ex-minister Tobias Lind', 'Tobias Lind', ['ex-minister']],
  ])('%s → %s %j', (raw, name, roles) => {
    const { speakers } = resolve([quote('a1', raw)]);
    expect(speakers).toHaveLength(1);
    expect(speakers[0]).toMatchObject({ name, roles, kind: 'person' });
  });

  it('"Chancellor Tobias Lind", "Tobias Lind" and "Mr Lind" are one speaker', () => {
    const { ids } = resolve([
      quote('a1', 'Chancellor Tobias Lind'),
      quote('a2', 'Tobias Lind'),
      quote('a1', 'Mr Lind'),
    ]);
    expect(ids).toEqual(['tobias-lind', 'tobias-lind', 'tobias-lind']);
  });

  it.each([['Tory MP'], ['Lib Dem leader'], ['a Tory'], ['Conservative']])('"%s" alone names nobody', (raw) => {
    expect(resolve([quote('a1', raw)]).ids).toEqual([null]);
  });
});

describe('parties as speakers', () => {
  it('"the Tories", "Tories" and "Conservatives" are one organisation, named Conservatives', () => {
    const { ids, speakers } = resolve([
      quote('a1', 'the Tories', { kind: 'organization' }),
      quote('a2', 'Tories'),
      quote('a3', 'Conservatives'),
    ]);
    expect(new Set(ids)).toEqual(new Set(['conservatives']));
    expect(speakers[0]).toMatchObject({ name: 'Conservatives', kind: 'organization', aliases: ['Tories'] });
  });

  it('"Lib Dems" is the party Liberal Democrats, whatever kind the extractor gave', () => {
    const { speakers } = resolve([quote('a1', 'Lib Dems'), quote('a2', 'Liberal Democrats', { kind: 'organization' })]);
    expect(speakers).toEqual([
      expect.objectContaining({ id: 'liberal-democrats', kind: 'organization', quoteCount: 2, aliases: ['Lib Dems'] }),
    ]);
  });
});

describe('an honorific makes a person', () => {
  it('"the interview Mr Lind" read as an organisation by the extractor is the person Lind', () => {
    const { speakers } = resolve([
      quote('a1', 'interview Mr Lind', { kind: 'organization' }),
      quote('a2', 'Tobias Lind'),
    ]);
    expect(speakers).toEqual([
      expect.objectContaining({ id: 'tobias-lind', kind: 'person', quoteCount: 2, aliases: ['Lind', 'Mr Lind'] }),
    ]);
  });
});

describe('peers keep their title as their name', () => {
  it('"Lord Chancellor Lord Penhallow" is the peer Lord Penhallow, role Lord Chancellor', () => {
    const { speakers } = resolve([quote('a1', 'Lord Chancellor Lord Penhallow'), quote('a2', 'Lord Penhallow')]);
    expect(speakers).toEqual([
      expect.objectContaining({
        id: 'lord-penhallow',
        name: 'Lord Penhallow',
        roles: ['Lord Chancellor'],
        quoteCount: 2,
      }),
    ]);
  });

  it('"Baroness Penhallow" and "Lord Penhallow" are two people; a bare "Penhallow" is neither when both exist', () => {
    const { ids } = resolve([
      quote('a1', 'Baroness Penhallow'),
      quote('a2', 'Lord Penhallow'),
      quote('a3', 'Penhallow'),
    ]);
    expect(new Set(ids).size).toBe(3);
  });
});

describe('aliases are name forms; titles and stray words stay out', () => {
  it('"Prime Minister Tobias Lind", "Wednesday Mr Lind", "Mr Lind\'s" give aliases Lind and Mr Lind only', () => {
    const { speakers } = resolve([
      quote('a1', 'Prime Minister Tobias Lind', { mention: 'Prime Minister Tobias Lind' }),
      quote('a1', 'Lind', { mention: 'Wednesday Mr Lind' }),
      quote('a2', 'Tobias Lind', { mention: "Mr Lind's" }),
      quote('a3', 'Tobias Lind', { mention: 'Mr. Lind' }),
    ]);
    expect(speakers[0]).toMatchObject({ name: 'Tobias Lind', aliases: ['Lind', 'Mr Lind'], roles: ['Prime Minister'] });
  });

  it('"Sir Tobias Lind" keeps the knighthood as an alias, not as a role', () => {
    const { speakers } = resolve([quote('a1', 'Sir Tobias Lind'), quote('a2', 'Tobias Lind')]);
    expect(speakers[0]).toMatchObject({ name: 'Tobias Lind', aliases: ['Sir Tobias Lind'], roles: [] });
  });
});

describe('roles the extractor read from the sentence must be roles', () => {
  it.each([
    ['the government', []],
    ['a Brussels summit', []],
    ['summer - but', []],
    ['paper', []],
    ['a proud coach', ['proud coach']],
    ['their poster launch Tory co-chairman', ['Tory co-chairman']],
    ["Labour's", ['Labour']],
    ['former Tory leader', ['former Tory leader']],
    ['analyst with Fenwick Research', ['analyst with Fenwick Research']],
    ['spokeswoman.', ['spokeswoman']],
    ['spokesman for', []],
  ])('role %j → %j', (role, roles) => {
    const { speakers } = resolve([quote('a1', 'Tobias Lind', { role })]);
    expect(speakers[0]?.roles).toEqual(roles);
  });

  it('a lowercase phrase before a name is not a role: "summer - but Lind"', () => {
    const { speakers } = resolve([quote('a1', 'summer - but Lind')]);
    expect(speakers[0]).toMatchObject({ name: 'Lind', roles: [] });
  });
});

describe('a bare surname in an article that gives no full name', () => {
  const articles = [
    article('p1', 'Tobias Lind spoke.'),
    article('p2', 'Tobias Lind spoke.'),
    article('x', 'Mr Lind spoke.'),
    article('m', 'Marta Lind spoke.'),
  ];
  const tobias = Array.from({ length: 6 }, (_, i) => quote(i % 2 ? 'p1' : 'p2', 'Tobias Lind'));

  it('"Mr Lind" goes to the Lind the corpus quotes far more often (6 full-name quotes to 1)', () => {
    const { ids } = resolve([...tobias, quote('m', 'Marta Lind'), quote('x', 'Lind')], articles);
    expect(ids[ids.length - 1]).toBe('tobias-lind');
  });

  it('stays its own ambiguous speaker when no Lind dominates (6 to 3; both men, so "Mr" tells them not apart)', () => {
    const anton = [quote('n', 'Anton Lind'), quote('n', 'Anton Lind'), quote('n', 'Anton Lind')];
    const { ids } = resolve(
      [...tobias, ...anton, quote('x', 'Lind')],
      [...articles, article('n', 'Anton Lind spoke.')],
    );
    expect(ids[ids.length - 1]).toBe('lind');
  });

  it('the article still wins over the corpus: "Lind" in an article naming Marta Lind is Marta', () => {
    const { ids } = resolve([...tobias, quote('m', 'Marta Lind'), quote('m', 'Lind')], articles);
    expect(ids[ids.length - 1]).toBe('marta-lind');
  });
});

describe('a role from a nominal mention ("the prime minister said") is a guess the corpus settles', () => {
  it('stays with the speaker who holds it most, and is dropped from a deputy it was once wrongly linked to', () => {
    const { speakers } = resolve([
      quote('a1', 'Tobias Lind', { role: 'Prime Minister' }),
      quote('a2', 'Tobias Lind', { role: 'prime minister', kind: 'nominal' }),
      quote('a3', 'Marta Vell', { role: 'Deputy Prime Minister' }),
      quote('a3', 'Marta Vell', { role: 'prime minister', kind: 'nominal' }),
    ]);
    expect(speakers.map((s) => [s.name, s.roles])).toEqual([
      ['Marta Vell', ['Deputy Prime Minister']],
      ['Tobias Lind', ['Prime Minister']],
    ]);
  });

  it('a guessed role nobody else holds is kept: "The mayor said" linked to Tobias Lind', () => {
    const { speakers } = resolve([
      quote('a1', 'Tobias Lind', { role: 'mayor', kind: 'nominal' }),
      quote('a2', 'Tobias Lind'),
    ]);
    expect(speakers[0]?.roles).toEqual(['mayor']);
  });
});

describe('guessed roles: a stated role beats a guess', () => {
  it('"Lib Dem leader Tobias Lind" once, and "the Lib Dem leader" once wrongly linked to Marta Vell: only Lind keeps it', () => {
    const { speakers } = resolve([
      quote('a1', 'Lib Dem leader Tobias Lind'),
      quote('a2', 'Marta Vell', { role: 'Lib Dem leader', kind: 'nominal' }),
    ]);
    expect(speakers.map((s) => [s.name, s.roles])).toEqual([
      ['Marta Vell', []],
      ['Tobias Lind', ['Lib Dem leader']],
    ]);
  });
});

describe('a bare surname takes the one full name its article writes', () => {
  const articles = [
    article('pol', 'Home Secretary Tobias Lind said so.'),
    article(
      'music',
      'DJ Ossie Lind - a club veteran - has said dance music is alive. But Lind admitted sales were down.',
    ),
    article('both', 'Tobias Lind and Ossie Lind met. Mr Lind said no.'),
  ];

  it('"Lind" in an article that writes "DJ Ossie Lind" is Ossie Lind, not the corpus\'s only quoted Lind', () => {
    const { ids, speakers } = resolve([quote('pol', 'Tobias Lind'), quote('music', 'Lind')], articles);
    expect(ids).toEqual(['tobias-lind', 'ossie-lind']);
    expect(speakers.find((s) => s.id === 'ossie-lind')).toMatchObject({ name: 'Ossie Lind', aliases: ['Lind'] });
  });

  it('"Mr Lind" in an article writing two Linds is left to the corpus rules (here: ambiguous)', () => {
    const { ids } = resolve(
      [quote('pol', 'Tobias Lind'), quote('music', 'Ossie Lind'), quote('both', 'Lind')],
      articles,
    );
    expect(ids[2]).toBe('lind');
  });

  it('"Lind" in an article writing "Juan Carlos Lind" joins the corpus\'s Juan Carlos Lind, not a "Carlos Lind"', () => {
    const texts = [
      article('p', 'Juan Carlos Lind won.'),
      article('q', 'Seeded third, Juan Carlos Lind lost. Lind said it was hard.'),
    ];
    const { ids } = resolve([quote('p', 'Juan Carlos Lind'), quote('q', 'Lind')], texts);
    expect(ids).toEqual(['juan-lind', 'juan-lind']);
  });

  it.each([
    ['But Lind said.'],
    ['On Monday Lind said.'],
    ["Labour's Lind said."],
    ['Mr Lind said.'],
    ['Chancellor Lind said.'],
    ['Some Lind fans said.'],
    ['Prime Minister Tobias Lind said.'],
  ])('"%s" writes no full name: Lind is the corpus\'s Tobias Lind', (text) => {
    const { ids } = resolve([quote('pol', 'Tobias Lind'), quote('x', 'Lind')], [articles[0]!, article('x', text)]);
    expect(ids[1]).toBe('tobias-lind');
  });
});
