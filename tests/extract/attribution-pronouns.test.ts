import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

/** Pronoun speakers: which earlier name `he`/`she` stands for. Each row: sentence, expected speakers. */
const PRONOUN_CASES: ReadonlyArray<[string, string[]]> = [
  // a bare one-word name in a fronted subordinate clause is no focus (`As Ostland builds …, he said`)
  [
    'Admiral Tom Baker rarely softens his words. As Ostland builds forts on the reefs, it is his job, he said, to warn the public. "The threat is real," he said. Ostland says the reefs are its own.',
    ['Tom Baker'],
  ],
  // … but a person named with an honorific there is (`Though Ms. Roe lives there, she said`)
  [
    'Ann Roe founded the club with Eva Lind. Though Ms. Roe has lived in Eastvale all her life, the rents have doubled, she said. "We cannot stay," she said.',
    ['Ann Roe'],
  ],
];

describe('he/she: the focus of the sentence before', () => {
  it.each(PRONOUN_CASES)('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

/** The window of sentences a pronoun reads back over, and which of them can hold its antecedent. */
const WINDOW_CASES: ReadonlyArray<[string, string[]]> = [
  // sentences wholly inside a quotation do not use up the window (`"Wow. … Wow. …," she replied`)
  [
    'Governor Mia Lund laughed when a pupil put forward Jo Brand for the job. "Wow. What an idea. Nobody asked me that. Wow. Jo is busy, but it is a good idea," she replied.',
    ['Mia Lund'],
  ],
  // a person named outside any prepositional phrase holds the sentence even when no subject is found
  [
    'Ann Roe runs the clinic in Eastvale. Mia Lund, 27, a nurse in Eastvale, said the rent had doubled. "We cannot stay," she said.',
    ['Mia Lund'],
  ],
  // `As for X, he said …`: the topic set before the pronoun is what it stands for
  [
    'Tom Hale praised the plan on Monday. As for Sam Berg, he said he was not worried. "We will win," he said.',
    ['Sam Berg'],
  ],
  // `X may win, but the race is open, he says`: the sentence's subject is reported, not the reporter
  [
    'Karl Brenn, the party pollster, is cautious. Tom Hale may be the favourite, but the race is open, he says. "Nothing is settled," he said.',
    ['Karl Brenn'],
  ],
  // `The leader of the Farmers League, Tom Hale, warned …`: the name in commas is the subject
  [
    'The leader of the Farmers League, Tom Hale, warned that the strike would go on. "We will not give in," he said.',
    ['Tom Hale'],
  ],
  ['Ann Roe chaired the talks. On Tuesday his wife, Jo, called for calm. "Nobody wins this way," she said.', ['Jo']],
  // `Senator Tom Hale of Ostland is airing an ad`: a name with its place is still the subject
  [
    'Karl Brenn spoke first. Senator Tom Hale of Ostland is airing a new ad, in which he declares, "Our roads come first."',
    ['Tom Hale'],
  ],
  // `in Washington D.C. He recalled`: a run of capitals that swallowed the next pronoun is no name
  [
    'Tom Hale spoke at a breakfast in Washington D.C. He recalled the early days of the party. "It was hard," he concluded.',
    ['Tom Hale'],
  ],
  // a reporting clause at the end leaves a person in a fronted clause the focus
  [
    'Ann Roe founded the club with Eva Lind. Though Ms. Lind has lived in Eastvale all her life, the rents have doubled, she said. "We cannot stay," she said.',
    ['Eva Lind'],
  ],
  // `X, who …`: a relative `who` makes a lone name a person
  [
    'Ann Roe spoke first. Meanwhile Zandra, who won the prize, talked about courage. "Love yourself first," she said.',
    ['Zandra'],
  ],
  // an `according to` names another source: the names after it are not bound by the pronoun
  [
    'Mr. Hale was pleased. "They can win," he told aides afterward, according to Jo Brand, Mr. Hale\'s former adviser.',
    ['Hale'],
  ],
  // a pronoun in a fronted clause stands for the main clause's subject after the comma
  [
    'Karl Brenn spoke first. When he said "we will not pay a penny more for this", Governor Tom Hale was smiling.',
    ['Tom Hale'],
  ],
  // a dash-set appositive does not hide the subject (`Governor Tom Hale – a Rovers fan – gave`)
  [
    'Karl Brenn picked the home side. Governor Tom Hale – a Rovers fan – gave a one-word answer. "Rovers," he answered.',
    ['Tom Hale'],
  ],
  // `Tapper asked whether X would …`: X is in the question, not the speaker the sentence is about
  [
    'Mr. Hale also did not sound sure when Ann Roe asked whether Karl Brenn would hold the seat. "It is gonna be close," he said.',
    ['Hale'],
  ],
  // a lone surname is a person when it speaks somewhere in the article (`Brenn also told`, `Brenn claimed`)
  [
    'Tom Hale visited the port on Monday. Brenn also told reporters that the port would close. "It cannot be saved," he said.',
    ['Brenn'],
  ],
  [
    'Tom Hale visited the port on Monday. Brenn claimed that the port would close within a year. "It cannot be saved," he said.',
    ['Brenn'],
  ],
];

describe('he/she: the window of sentences and the focus of each', () => {
  it.each(WINDOW_CASES)('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

/** The pronoun's own evidence: its gender and number, and where the names around it stand. */
const AGREEMENT_CASES: ReadonlyArray<[string, string[]]> = [
  [
    'Senator Tom Hale of Ostland is up for re-election. For that vote she earned Mr. Brenn\'s anger – he called her "a traitor to the party" on Monday.',
    ['Brenn'],
  ],
  // a pronoun or person of the other gender leads the sentence: the one person of the pronoun's gender named before it
  [
    'Senator Tom Hale of Ostland is up for re-election. For that vote Ms. Roe earned Mr. Brenn\'s anger – he called her "a traitor to the party" on Monday.',
    ['Brenn'],
  ],
  // a name in commas with a speech verb inside its sentence speaks it (`That, X explained, is by design`)
  [
    'Tom Hale opened the session. That, the party whip Karl Brenn explained, was by design. "We wanted a short debate," he said.',
    ['Karl Brenn'],
  ],
  // `X and Y argue …`: two people joined as the subject are what a later `they` stands for
  [
    'The economists Lena Dahl and Omar Vik argue that the rules are too strict. "The courts trust the schools," they said.',
    ['Lena Dahl and Omar Vik'],
  ],
  // a name in a parenthetical aside is the writer's: the pronoun before it may still stand for it
  [
    'Mr. Hale spoke in Eastvale on Monday. Later he explained why "the farmers" (as loyal to Mr. Hale as anyone) were going to "love" him.',
    ['Hale', 'Hale'],
  ],
  // … and so is one in a dash-set appositive after the pronoun's object
  [
    'Tom Hale spoke in Eastvale on Monday. Later he called the mayor "the next Lincoln" – the president Hale admires most.',
    ['Tom Hale'],
  ],
  // a sentence led by a definite description of a person goes on the chain: its objects are no antecedent
  [
    'Karl Brenn, who has called the plan "a disgrace", told the crowd to vote no. The radio host has long admired Tom Hale. He has called the minister "a danger to the port".',
    ['Karl Brenn', 'Karl Brenn'],
  ],
  [
    'Karl Brenn, who has called the plan "a disgrace", told the crowd to vote no. In a talk on Monday, the senator has long admired Tom Hale. He has called the minister "a danger to the port".',
    ['Karl Brenn', 'Karl Brenn'],
  ],
  // `many more Ostlanders said`: a word after a quantifier speaks as a group, and is no `he`
  [
    'Tom Hale spoke first. Many more Ostlanders said they were angry. Ostlanders rallied at the port on Monday. "We are ready," he said.',
    ['Tom Hale'],
  ],
  // a name right after a participle is its object (`forcing Tom Hale to back down`), not the focus
  [
    'Karl Brenn told me about the plan. In terms of results, the push has won one victory: forcing Tom Hale to back down. "It moved him," he said.',
    ['Karl Brenn'],
  ],
];

describe('he/she/they: gender, number and clause evidence', () => {
  it.each(AGREEMENT_CASES)('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});
