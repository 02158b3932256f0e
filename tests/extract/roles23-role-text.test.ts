import { describe, expect, it } from 'vitest';
import { roleText, tidyRoles, type RoleQuote } from '../../src/extract/role-text.js';

describe('a role is a noun phrase describing the speaker, never a piece of the sentence', () => {
  it.each<[string, string | null, string | null]>([
    // a lone determiner, an empty modifier or a name particle says nothing
    ['the', 'HTA', null],
    ['The', 'Harbour Trust', null],
    ['former', null, null],
    ['senior', 'Tory MP', null],
    ['de', 'Jules Marin de Vaux', null],
    // a dangling possessive: the affiliation without it
    ["Labour's", 'Ann Voss', 'Labour'],
    ['Harbour Weekly’s', 'Tom Brede', 'Harbour Weekly'],
    ["Anglers' Guild's", 'Tom Brede', "Anglers' Guild"],
    ["Weavers'", 'Tom Brede', 'Weavers'],
    // a clause with its own verb of saying or reporting ends the role
    ['yam farmer from Kano state told Reuters', 'Joseph Okafo', 'yam farmer from Kano state'],
    [
      'official from the Harbour Commission quoted in the state-run Daily Star newspaper',
      'Wen Lei',
      'official from the Harbour Commission',
    ],
    ['Observes', 'Kamal Idris', null],
    ['analyst at Brede Capital says', 'Kamal Idris', 'analyst at Brede Capital'],
    // a relative clause of a named speaker's role is the sentence's; an unnamed speaker's tells who it is
    ['spokesman for the Anglers Guild which commissioned the survey', 'Karl Ruhm', 'spokesman for the Anglers Guild'],
    ['Leeds East MP, whose constituency includes the ground', 'Toni Byrd', 'Leeds East MP'],
    ['trainee vicar, who', 'Nick', 'trainee vicar'],
    ['barrister who had represented Mr Hale', null, 'barrister who had represented Mr Hale'],
    ['prosecutor of Leeds, Ann Hale', 'Harbour Press', null],
    ['salesman from Sumter, South Carolina', 'Jo Hall', null],
    ['president of Harbour Watch, a conservative group', 'Tom Fitt', 'president of Harbour Watch'],
    ['activist and lawyer, endorsed the plan Saturday', 'Tom Fitt', 'activist and lawyer'],
    // narration joined by a conjunction, and a role cut off before its object
    ['a late Tom Hale header and', 'Benito Carra', null],
    ['an ankle injury but', 'Joe Kerr', null],
    ["a lot of people's standards but", 'Evan Cross', null],
    ['the premiership while', 'Gordon Bale', null],
    ['midfielder but chief executive', 'John Wills', 'chief executive'],
    ['answer when people', null, null],
    ['leader of the', 'Olive Hart', null],
    ['separate study by', 'Harbour Analytics', null],
    // words of a match report or a day: narration, not a role
    ["second-half replacement in Saturday's 24-18 win over Leeds", 'Marek Stone', null],
    ['substitute in the 87th minute', 'Marek Stone', null],
    ['a statement issued on Wednesday', 'Lord Dunmore', null],
    // a mood is no role
    ['tearful', 'Claire Dixon', null],
    ['crestfallen', 'Barry Lun', null],
    ['proud coach', 'Mike Rudd', 'coach'],
    ['angry Harbour coach', 'Mike Rudd', 'Harbour coach'],
    // a document or an occasion is no role of a named speaker; an unnamed one that speaks keeps it
    ['report', 'Oxfam', null],
    ['statement.', 'Harbour United', null],
    ['Cosmopolitan interview', 'Mike Howe', null],
    ['later conversation', 'Giles Brand', null],
    ['a Leeds summit', 'Tony Bale', null],
    ['report', null, 'report'],
    ['statement.', null, 'statement'],
    // someone's thing before a preposition ran into the name
    ['their publication with election coordinator', 'Alan Milne', null],
    ['his party’s campaign posters amid', 'Tory', null],
    // a plural title before several names
    ['Judges', 'Simon Cole', null],
    [
      'analyst at fund manager Harbour Asset Advisors',
      'Steve Rourke',
      'analyst at fund manager Harbour Asset Advisors',
    ],
    // a full stop after the role is the sentence's; an abbreviation keeps its own
    ['American.', 'Andy Rodd', 'American'],
    ['Waterford man.', null, 'Waterford man'],
    ['analyst at Brede & Co.', 'Ian Fogg', 'analyst at Brede & Co.'],
    ['Sen.', 'Jo Hall', 'Sen.'],
    ['Texas Lt. Gov.', 'Dan Pate', 'Texas Lt. Gov.'],
    ['Army Capt.', 'Dan Pate', 'Army Capt.'],
    ['senior campaign adviser.', 'Dan Pate', 'senior campaign adviser'],
    // true roles stay as they are
    ['spokesman for the Home Office', null, 'spokesman for the Home Office'],
    ['spokeswoman for Royal Mail', null, 'spokeswoman for Royal Mail'],
    ['Harbour Council spokesperson', null, 'Harbour Council spokesperson'],
    ['his lawyer', null, 'his lawyer'],
    ['Labour peer and former minister', 'Lord Dubb', 'Labour peer and former minister'],
    ['former England fly-half and goal-kicker', 'Rob Andrus', 'former England fly-half and goal-kicker'],
    ['Foreign Secretary', 'Jack Strand', 'Foreign Secretary'],
    ['36-year-old', 'Marcel Dessa', '36-year-old'],
    ['company', 'Harbour Foods', 'company'],
    ['ministry', 'Economy Ministry', 'ministry'],
    ['Professor', 'Prof Joan Lovell', 'Professor'],
    ['native of San Diego', 'Manuel Millar', 'native of San Diego'],
    ['chief executive of the Harbour Trust', 'Ann Hale', 'chief executive of the Harbour Trust'],
    // a document's word in a body's name, a month's name that is a word
    [
      'elections analyst at the Harbour Political Report',
      'Jo Hall',
      'elections analyst at the Harbour Political Report',
    ],
    [
      'leader of the Coalition to Stop Tolls and March on the Capitol',
      'Jo Hall',
      'leader of the Coalition to Stop Tolls and March on the Capitol',
    ],
    ['organiser of the Harbour Fair in November', 'Jo Hall', null],
  ])('%s (%s) → %s', (role, speaker, expected) => {
    expect(roleText(role, speaker)).toBe(expected);
  });
});

/** One quotation whose speaker `name` is mentioned at the first `mention` in `text`, with role `role`. */
function quote(text: string, name: string | null, role: string, mention: string): RoleQuote {
  const start = text.indexOf(mention);
  return { attribution: { name, role, mention: { start, end: start + mention.length, text: mention } } };
}

describe('a capitalised role that is the object of a preposition or verb before the name is no role of the speaker', () => {
  it.each<[string, string, string, string, string | null]>([
    // a place or body the sentence goes to, in or for
    [
      'Speaking in Harrogate Mr Kemble said: "People want a change."',
      'Giles Kemble',
      'Harrogate',
      'Harrogate Mr Kemble',
      null,
    ],
    [
      'In a speech to the Policy Centre Mr Strand said: "We are ready."',
      'Jack Strand',
      'Policy Centre',
      'the Policy Centre Mr Strand',
      null,
    ],
    [
      'Earlier, the ambassador to the WTO, Carl Trojer, said: "The talks go on."',
      'Carl Trojer',
      'WTO',
      'Carl Trojer',
      null,
    ],
    // a title's complement: the body is the office's, not the person's
    [
      'The shadow chief secretary to the Treasury, Olive Barnard, said: "This was a raid."',
      'Olive Barnard',
      'Treasury',
      'Olive Barnard',
      null,
    ],
    [
      'The Chancellor of the Exchequer Gordon Bale said: "Growth is strong."',
      'Gordon Bale',
      'Exchequer',
      'Gordon Bale',
      null,
    ],
    [
      'The Secretary of State for the Family, Theresa Mayne, said: "These plans fail."',
      'Theresa Mayne',
      'Family',
      'Theresa Mayne',
      null,
    ],
    // a body after a title's `of` is the person's own affiliation, and a title after a preposition stands
    [
      'But the director of the Victims Trust, Ada Pelt, said: "We tried."',
      'Ada Pelt',
      'Victims Trust',
      'Ada Pelt',
      'Victims Trust',
    ],
    [
      'The chair of the Harbour Task Force (HTF), Brian Carr, says.',
      'Brian Carr',
      'Harbour Task Force',
      'Brian Carr',
      'Harbour Task Force',
    ],
    [
      'The study was led by Professor Joan Lovell. Prof Lovell said: "We were surprised."',
      'Joan Lovell',
      'Professor',
      'Prof Lovell',
      'Professor',
    ],
    [
      'In a letter to Foreign Secretary Jack Strand, she wrote. Mr Strand said: "No."',
      'Jack Strand',
      'Foreign Secretary',
      'Mr Strand',
      'Foreign Secretary',
    ],
    ['Prices fell. Labour MP Ann Voss said: "Shameful."', 'Ann Voss', 'Labour MP', 'Labour MP Ann Voss', 'Labour MP'],
    // a possessive ties the role to the name; a title or an affiliation written against the name stands
    [
      'He told the Harbour News’ Sean Hanley on Monday. Hanley said: "No."',
      'Sean Hanley',
      'Harbour News’',
      'Hanley',
      'Harbour News',
    ],
    ['At a meeting with Republican Jo Hall, who said: "No."', 'Jo Hall', 'Republican', 'Jo Hall', 'Republican'],
    ['A spokesman for Sen. Jo Hall declined. Hall said: "No."', 'Jo Hall', 'Sen.', 'Hall', 'Sen.'],
    // the same word elsewhere, not written against the name, says nothing of it
    ['The party won in Republican primaries and Jo Lee said: "Yes."', 'Jo Lee', 'Republican', 'Jo Lee', 'Republican'],
    // a body after a determiner is a phrase of its own
    [
      'Sources told the BBC Mike Howe had always backed the plan. Mr Howe said: "Yes."',
      'Mike Howe',
      'BBC',
      'Mr Howe',
      null,
    ],
  ])('%s', (text, name, role, mention, expected) => {
    const [q] = tidyRoles(text, [quote(text, name, role, mention)]);
    expect(q!.attribution.role).toBe(expected);
  });

  it.each<[string, string, string, string]>([
    ['The palace issued a statement from the king: "Be calm."', 'Maha Vajira', 'king', 'the king'],
    ['According to the commission, "most firms will cope."', 'Low Wage Commission', 'commission', 'the commission'],
  ])('a lowercase description after a preposition stays: %s', (text, name, role, mention) => {
    const [q] = tidyRoles(text, [quote(text, name, role, mention)]);
    expect(q!.attribution.role).toBe(role);
  });

  it('changes only the role: the same quotation objects, other fields as they were', () => {
    const text = '"We will appeal," the HTA said.';
    const q = quote(text, 'HTA', 'the', 'the HTA');
    const [out] = tidyRoles(text, [q]);
    expect(out).toBe(q);
    expect(out!.attribution).toEqual({ name: 'HTA', role: null, mention: q.attribution.mention });
  });
});
