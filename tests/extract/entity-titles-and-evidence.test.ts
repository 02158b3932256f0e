/**
 * Names and the entity layer (src/extract/mentions.ts, src/extract/entities.ts): titles written with `of`
 * (`Secretary of State Jo Lee`, `Director of National Intelligence Quarrie`), titles holding an honorific
 * (`First Lady`), names for an office's possession (`Sheriff's Office`), runs ending in an adjective (`Double
 * Olympic`), and the article's evidence of places and firms. Every sentence is invented.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { findMentions, splitName } from '../../src/extract/mentions.js';
import { organisationEvidence, placeEvidence, typeByName } from '../../src/extract/entities.js';
import { underHeadline } from './article.js';

const spoken = (body: string): Array<{ name: string | null; role: string | null; entity: string | null }> =>
  extractQuotes(underHeadline(body)).map((q) => ({
    name: q.attribution.name,
    role: q.attribution.role,
    entity: q.attribution.entity ?? null,
  }));

describe('titles written with `of` or `for` before a name', () => {
  it.each<[string, string, string, string]>([
    [
      'a title of a department, a given name',
      'Secretary of State Jo Lee said: "We are close."',
      'Jo Lee',
      'Secretary of State',
    ],
    [
      'a place before the title',
      'The talks ended.\n\n"We are close," Harbourland Secretary of State Ann Roe said.',
      'Ann Roe',
      'Harbourland Secretary of State',
    ],
    [
      'an office and a surname alone, the name first',
      'The talks ended.\n\n"We are close," Director of National Intelligence Quarrie said.',
      'Quarrie',
      'Director of National Intelligence',
    ],
    [
      'an office and a surname alone, the verb first',
      'The talks ended.\n\n"We are close," said Director of National Intelligence Quarrie.',
      'Quarrie',
      'Director of National Intelligence',
    ],
    [
      'an office and a surname, the full name given before',
      'Liam Quarrie took office in May.\n\n"We are close," said Secretary of Homeland Security Quarrie.',
      'Liam Quarrie',
      'Secretary of Homeland Security',
    ],
    [
      'a title holding an honorific',
      'The dinner ended.\n\nFormer First Lady Ann Roe urged guests: "Vote early."',
      'Ann Roe',
      'Former First Lady',
    ],
    [
      'a sentence ending just before the title',
      'The envoy flew to Harbourton. Deputy Secretary of State Ann Roe said: "We are done."',
      'Ann Roe',
      'Deputy Secretary of State',
    ],
    [
      'a general counsel',
      'The review ended.\n\n"We are done," said Acme General Counsel Jo A. Lee.',
      'Jo A. Lee',
      'Acme General Counsel',
    ],
    [
      'a police rank after the force',
      'The video showed an officer.\n\nPolice Senior Superintendent Ann Lee Roe said: "Lives were threatened."',
      'Ann Lee Roe',
      'Police Senior Superintendent',
    ],
    ['a title opening with Lord', 'The dinner ended.\n\nLord Mayor Jo Lee said: "Vote early."', 'Jo Lee', 'Lord Mayor'],
    [
      'a state office before a three-word name',
      'The session opened.\n\nState Senator Ann Lee Roe remarked, "It is time."',
      'Ann Lee Roe',
      'State Senator',
    ],
  ])('%s', (_why, body, name, role) => {
    expect(spoken(body)).toEqual([{ name, role, entity: 'person' }]);
  });

  it('an office with no name after it names nobody', () => {
    expect(spoken('The talks ended.\n\n"We are close," said the Secretary of Homeland Security.')[0]!.name).toBeNull();
  });

  it.each<[string, string | null, string | null]>([
    ['Secretary of State Jo Lee met them.', 'Jo Lee', 'Secretary of State'],
    ['Director of National Intelligence Quarrie met them.', 'Quarrie', 'Director of National Intelligence'],
    ['Chief Executive Sir Jo Lee met them.', 'Jo Lee', 'Chief Executive'],
  ])('the mention in %j', (text, name, role) => {
    const m = findMentions(text, []).mentions.find((x) => !x.org && x.name !== 'Director');
    expect(m === undefined ? null : m.name).toBe(name);
    expect(m === undefined ? null : m.role).toBe(role);
  });

  it('an office with no name after it gives no surname', () => {
    // the last word names a field of government, not a person
    const { mentions } = findMentions('Director of National Intelligence met them.', []);
    expect(mentions.map((m) => m.name)).not.toContain('Intelligence');
    expect(mentions.every((m) => m.role === null)).toBe(true);
  });
});

describe("a word after an office's possessive is a body's or a thing's name", () => {
  it.each([
    ["Harbour Sheriff's Office", "Harbour Sheriff's Office"],
    ["Governor's Ball", "Governor's Ball"],
  ])('%s', (run, name) => {
    expect(splitName(run)).toMatchObject({ name, role: null, org: true });
  });

  it('a pronoun after it goes to the person', () => {
    const body =
      'Jo Lee conducts the orchestra.\n\nAfter the show he attends the Governor\'s Ball. "I have a drink," he says.';
    expect(spoken(body).map((s) => s.name)).toEqual(['Jo Lee']);
  });

  it('a person after a possessive stays a person', () => {
    expect(splitName("Kestrel Post's Liam French")).toMatchObject({ name: 'Liam French', org: false });
  });
});

describe('runs that are no names by their words', () => {
  it.each<[string, string | null]>([
    ['Double Olympic', 'other'],
    ['Former Paralympic', 'other'],
    ['Jewish', 'other'],
    ['Budget', 'other'],
    ['Harbour Tower', 'other'],
    // a treaty's or a law's last word alone, a plural of people, a form's label
    ['Agreement', 'other'],
    ['Attorneys', 'other'],
    ['Name', 'other'],
    // a US state's abbreviation after a town (`Harbourton, Calif.`)
    ['Calif', 'place'],
    ['N.H.', 'place'],
    // given names stay names: `Bill`, `Miss` an honorific
    ['Bill', null],
  ])('%s', (name, type) => {
    expect(typeByName(name)).toBe(type);
  });

  // a given name or a possessor before the adjective: a person's name (`Liam French`) stays one
  it.each(['Liam French', "Post's Liam French", 'Jo Lee Olympic', 'Alexandra Tower'])(
    '%s is no adjective run',
    (name) => {
      expect(typeByName(name)).not.toBe('other');
    },
  );

  it('a town and its state are not the speaker', () => {
    const body =
      'The inquiry went on.\n\nAn article about Ann Roe, who lived in Harbourton, Calif., said she had "talked openly" about it.';
    expect(spoken(body).map((s) => s.name)).toEqual(['Ann Roe']);
  });

  it('a pronoun is not resolved to an adjective run', () => {
    const body = 'Double Olympic champion Ann Roe won again.\n\n"I am happy," she said.';
    expect(spoken(body).map((s) => s.name)).toEqual(['Ann Roe']);
  });
});

describe('article evidence of places', () => {
  it.each<[string, string, boolean]>([
    ['Jo Lee, MP for Harbourton-on-Sea, spoke.', 'Harbourton-on-Sea', true],
    ['Ann Roe was born in Kestrelford.', 'Kestrelford', true],
    ['They went to the town of Kestrelford.', 'Kestrelford', true],
    ['Kestrelford, a port on the coast, was quiet.', 'Kestrelford', true],
    ['Kestrelford said it was quiet.', 'Kestrelford', false],
    ['Ann Roe works for Kestrelford.', 'Kestrelford', false],
  ])('%j: %s', (text, name, place) => {
    expect(placeEvidence(text)(name)).toBe(place);
  });

  it('a place named as a constituency is not the speaker', () => {
    const body =
      'The row went on.\n\nMr Jo Lee, MP for Harbourton-on-Sea, said he thought Labour was "trying to curry favour".';
    expect(spoken(body).map((s) => s.name)).not.toContain('Harbourton-on-Sea');
  });
});

describe('article evidence of firms', () => {
  it.each<[string, string, boolean]>([
    ['"We expect nothing," brokerage Kestrel Lynch said.', 'Kestrel Lynch', true],
    ['Kestrel Lynch, a brokerage, cut its forecast.', 'Kestrel Lynch', true],
    ['Kestrel shares fell 5% on Monday.', 'Kestrel', true],
    ['Kestrel said in its filing that the tests were sound.', 'Kestrel', true],
    ['Kestrel cut 500 jobs last year. The company said costs were high.', 'Kestrel', true],
    // `shares` as a verb, and a firm's noun after a sentence a person opens in the middle
    ['Lee shares his worries with the town.', 'Lee', false],
    ['Ann Roe spoke to Lee on Monday. The company said costs were high.', 'Lee', false],
    // a person's noun that a firm's name also follows
    ['Its alleged operator Jo Woo Lee was held.', 'Jo Woo Lee', false],
  ])('%j: %s', (text, name, body) => {
    expect(organisationEvidence(text)(name)).toBe(body);
  });

  it.each<[string, string]>([
    ['a brokerage before the name', 'Markets fell.\n\n"We expect nothing," brokerage Kestrel Lynch said in a note.'],
    [
      'a firm taken up by the next sentence',
      'Kestrel cut 500 jobs. The company said costs rose.\n\n"We expect a loss," Kestrel said.',
    ],
    ['its shares', 'Kestrel shares fell on Monday.\n\n"We expect a loss," Kestrel said.'],
  ])('%s: the speaker is an organisation', (_why, body) => {
    expect(spoken(body).map((s) => s.entity)).toEqual(['organization']);
  });

  it('a person whose sentence is followed by `The company` stays a person', () => {
    const body = 'Ann Roe quit in May. The company said costs were high.\n\n"It was time," Ann Roe said.';
    expect(spoken(body)).toEqual([{ name: 'Ann Roe', role: null, entity: 'person' }]);
  });
});
