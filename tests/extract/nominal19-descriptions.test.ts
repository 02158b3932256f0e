import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

/** The last quotation's speaker as `[name, kind]`. */
function lastSpeaker(body: string): [string | null, string | null] {
  const quotes = extractQuotes(article(body));
  const a = quotes[quotes.length - 1]!.attribution;
  return [a.name, a.kind];
}

/** A long stretch of sentences naming no one, to carry a description beyond its reach (2,500 characters). */
const FILLER = Array.from(
  { length: 30 },
  (_, i) => `The debate over the plan went on for ${i + 2} more days in the chamber without a vote.`,
).join(' ');

// Issue #11, nineteenth session: description speakers.
describe("a quotation's own sentences and blank lines do not use up a description's reach", () => {
  it.each<[string, string]>([
    [
      'Harbour manager Jan Vos praised his players for their patience.\n\n"We had the initiative. It was hard. It was not easy," the Dutchman said.',
      'Jan Vos',
    ],
    [
      'Harbour manager Jan Vos praised his players for their patience.\n\n"We had the initiative. It was hard. It was not easy," said the 45-year-old.',
      'Jan Vos',
    ],
    [
      'Ann Roe has called for cheats to be treated as criminals.\n\nThe record holder believes more must be done. "Doping is a crime. It cheats everyone," the 30-year-old told a paper.',
      'Ann Roe',
    ],
  ])('%s', (body, name) => {
    expect(lastSpeaker(body)).toEqual([name, 'nominal']);
  });
});

describe('a sentence whose subject is he or she only mentions its names', () => {
  it('Mr Putkin likes surprises. This year, he rose to the defence of Sam Blaine, saying Mr Blaine should … the leader said', () => {
    const body =
      'Mr Putkin likes surprises. This year, he rose to the defence of Sam Blaine, the embattled head of the league, saying Mr Blaine should win a prize.\n\nAnd he even inserted himself into the contest, speaking highly of Mr Trent.\n\n"There is no doubt that he is a bright man," the Ruritanian leader said.';
    expect(lastSpeaker(body)).toEqual(['Putkin', 'nominal']);
  });
});

describe('a person brought in unnamed by the noun is the one the description stands for', () => {
  it('One man in the crowd … interrupted the candidate: "…," the man shouted', () => {
    const body =
      'Mr Vale is drawing crowds in Harbourton before his vote.\n\nOne man in the crowd, responding to Vale\'s account of the recession, interrupted the candidate:\n\n"They stole the country," the man shouted.\n\n"I would not put it like that," replied Vale.\n\nLater, "They stole it," the man shouted again.';
    const quotes = extractQuotes(article(body));
    expect(quotes[0]!.attribution.name).toBeNull();
  });
  it('…, a man from the town has said. Mr Tom Vane said … the man told MPs (a person named as a subject since: control)', () => {
    const body =
      'Harbour residents should accept more searches, a man from the town has said.\n\nMr Tom Vane said innocent people would be searched, and he was right.\n\n"The threat is real," the man told MPs.';
    expect(lastSpeaker(body)).toEqual(['Tom Vane', 'nominal']);
  });
});

describe("an office's description: its one holder in the article, however far back", () => {
  it('Harbour mayor Ken Vale … (far back) … Reporter Jo Finn … The mayor then says', () => {
    const body = `Harbour mayor Ken Vale has refused to apologise for his remarks.\n\n${FILLER}\n\nOn tape, reporter Jo Finn asked about it. Mr Finn replies: "No, I am not." The mayor then says: "Well, you might be."`;
    expect(lastSpeaker(body)).toEqual(['Ken Vale', 'nominal']);
  });
  it('the Archbishop of Harbourton, Dr Tom Vale, will preside … The Archbishop of Harbourton said', () => {
    const body =
      'The service will be led by the Archbishop of Harbourton, Dr Tom Vale, at noon. "It is a blessing," said Ann Roe, who wrote a biography of the family. The Archbishop of Harbourton said: "I am pleased."';
    expect(lastSpeaker(body)).toEqual(['Tom Vale', 'nominal']);
  });
  it('Home Secretary Jo Lee met police chiefs … the home secretary said (control)', () => {
    const body = 'Home Secretary Jo Lee met police chiefs on Monday. "We will act," the home secretary said.';
    expect(lastSpeaker(body)).toEqual(['Jo Lee', 'nominal']);
  });
});

describe('`the firm said`: a body the article gives evidence of, though never a subject', () => {
  it('Shares in Quayco fell 5% after the firm warned on profits. "…," the firm said', () => {
    const body = 'Shares in Quayco fell 5% after the firm warned on profits. "Demand is weak," the firm said.';
    expect(lastSpeaker(body)).toEqual(['Quayco', 'nominal']);
  });
});

describe("an office's portfolio: `the health minister` is no Civil Aviation Minister", () => {
  it.each<[string, string | null]>([
    [
      'Civil Aviation Minister Hari Puri said 18 people died. Among the dead are both pilots. The local health minister said, "The injured have been taken to hospital."',
      null,
    ],
    ['Foreign Secretary Jo Straw met Kestrel leaders. "We will act," the home secretary said.', null],
    ['Health Minister Jo Lee visited the ward. "We will act," the local health minister said.', 'Jo Lee'],
    [
      'Culture, Media and Sport Secretary Tessa Jowell spoke. "We will act," the culture secretary said.',
      'Tessa Jowell',
    ],
    ['Education Secretary Ruth Kelly spoke. "We will act," the minister said.', 'Ruth Kelly'],
    ['Harbour President Jo Lee will speak. "Nothing prepares you," the two-term president will say.', 'Jo Lee'],
    ['Foreign Minister Jo Lee spoke. "We will act," the long-serving minister said.', 'Jo Lee'],
  ])('%s', (body, name) => {
    expect(lastSpeaker(body)).toEqual([name, 'nominal']);
  });
});

describe('a headline in capitals is no body', () => {
  it('2. U.N. PANEL RULES FOR HARBOUR FOUNDER. … the rights group says', () => {
    const body =
      '2. U.N. PANEL RULES FOR HARBOUR FOUNDER.\n\nJo Lee has been "arbitrarily detained" since 2010, the rights group says.';
    expect(lastSpeaker(body)).toEqual([null, 'nominal']);
  });
});
