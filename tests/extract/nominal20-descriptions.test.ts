import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

/** The last quotation's speaker as `[name, kind]`. */
function lastSpeaker(body: string): [string | null, string | null] {
  const quotes = extractQuotes(article(body));
  const a = quotes[quotes.length - 1]!.attribution;
  return [a.name, a.kind];
}

// Issue #11, twentieth session: description speakers that the text says are someone unnamed or someone else.
describe('a description the text says goes unnamed names no one', () => {
  it.each<[string, string | null]>([
    [
      'Ann Hobbs runs the bakery on Market Street. "Trade is slow," Hobbs said.\n\n"People are angry," said the woman, who did not want to be named, outside the town hall.',
      null,
    ],
    [
      'Ann Hobbs runs the bakery on Market Street. "Trade is slow," Hobbs said.\n\n"People are angry," said the woman, who asked not to be identified.',
      null,
    ],
    [
      'Ed Brack, a ministry official, defended the plan on Monday. "It will work," Brack said.\n\n"Nobody believes that," the official said, speaking on condition of anonymity.',
      null,
    ],
    // control: a relative clause that says nothing of a name
    [
      'Ann Hobbs runs the bakery on Market Street. "Trade is slow," Hobbs said.\n\n"People are angry," said the woman, who has run the shop for years.',
      'Ann Hobbs',
    ],
  ])('%s', (body, name) => {
    expect(lastSpeaker(body)[0]).toBe(name);
  });
});

describe('`the second official`: one of several, named only by these very words', () => {
  it.each<[string, string | null]>([
    [
      'Two officials spoke to the Harbour Post. Ed Brack said the plan was sound. "It will work," Brack said.\n\nA second official at the ministry disagreed. "It is a mess," the second official said.',
      null,
    ],
    ['Ed Brack said the plan was sound. "It will work," Brack said.\n\n"It is a mess," the other official said.', null],
    // control: the words given to a name before
    [
      'Ed Brack, the second official, said the plan was sound.\n\n"It will work," the second official said.',
      'Ed Brack',
    ],
  ])('%s', (body, name) => {
    expect(lastSpeaker(body)[0]).toBe(name);
  });
});

describe('an unnamed speaker of the same noun is who the description takes up', () => {
  it.each<[string, string | null]>([
    [
      '"If I were a donor, I would want answers," said a senior party member who backs Marlow, asking for anonymity.\n\nJo Marlow, the governor, did not reply to questions about the spending.\n\n"They spend too much," the party member said.',
      null,
    ],
    // control: a person given the noun since the unnamed speaker
    [
      '"If I were a donor, I would want answers," said a senior party member.\n\nParty member Jo Marlow disagreed with that view on Monday.\n\n"They spend what they must," the party member said.',
      'Jo Marlow',
    ],
  ])('%s', (body, name) => {
    expect(lastSpeaker(body)[0]).toBe(name);
  });
});

describe('a description in a clause hanging on its sentence’s named subject is someone else', () => {
  it.each<[string, string | null]>([
    [
      'Jo Marlow spoke in Harbourton. "We are ready," Marlow said.\n\nGovernor Jo Marlow took on Pat Quill on Sunday after the Green front-runner had said that he was "a danger to the state."',
      null,
    ],
    // control: `and` closes the clause; the description opens one of its own
    [
      'Ann Roe won the final in Harbourton. "I am so happy," Roe said.\n\nRoe was in tears after the match, and the 22-year-old said she was "proud of the team."',
      'Ann Roe',
    ],
  ])('%s', (body, name) => {
    expect(lastSpeaker(body)[0]).toBe(name);
  });
});

describe('an office: the person the text is about when that person holds it too, not a nearer holder', () => {
  it.each<[string, string]>([
    [
      'In the capital, President Tom Vance spoke to reporters. Earlier he had lunch with Harbour Bank President Ann Kettle.\n\n"We did well," Vance said. Vance said the deal would create jobs. The president also said that he was "very proud of the team."',
      'Tom Vance',
    ],
    // control: the person the text is about holds no such office
    [
      'Tom Vance arrived at the talks on Monday. Harbour Bank President Ann Kettle met him there.\n\n"We did well," Vance said. Vance said the deal would create jobs. The president also said that she was "very proud of the team."',
      'Ann Kettle',
    ],
  ])('%s', (body, name) => {
    expect(lastSpeaker(body)[0]).toBe(name);
  });
});

describe('a document is no person’s appositive, nor a programme’s name', () => {
  it.each<[string, string | null]>([
    [
      'Hackers also reached the computer of Harbour Bank Chairman Tom Gray’s predecessor, Ann Bell, according to the congressional report.\n\nThe breach had been reported in May.\n\n"Even the former chairwoman’s computer had been hacked," the congressional report said.',
      null,
    ],
    [
      'According to Tom Gale, an email was sent from the club’s director to its members.\n\nThe email said, "We are going to wind down the club."',
      null,
    ],
    [
      '"The oil shock is not large," Jo Lee, a senior economist with the Harbour Institute, told the BBC’s World Business Report.\n\nHowever, the report warned: "It remains to be seen whether the region will recover."',
      null,
    ],
    // control: the speaker's own sentence names the document
    [
      '"Fraud is falling," Jo Lee said in a report published on Monday.\n\nThe report added: "Banks must stay alert."',
      'Jo Lee',
    ],
  ])('%s', (body, name) => {
    expect(lastSpeaker(body)[0]).toBe(name);
  });
});

describe('`the prime minister’s office`: the office of a person described is that person’s', () => {
  it.each<[string, string | null]>([
    [
      'About 500 officials are accused of fraud. Prime Minister Tom Vale, who vowed to tackle corruption when he came to office last year, said the guilty would be punished.\n\nThe prime minister’s office said auditors had found "irregularities in the pay of civil servants".',
      'Tom Vale',
    ],
    // control: no one is described so
    [
      'About 500 officials are accused of fraud. The scam began in 1994.\n\nThe prime minister’s office said auditors had found "irregularities in the pay of civil servants".',
      null,
    ],
  ])('%s', (body, name) => {
    expect(lastSpeaker(body)[0]).toBe(name);
  });
});

describe('`A spokesman for the X for the Y`: an unnamed person speaking for the whole body', () => {
  it.each<[string, string | null, string]>([
    [
      'A spokesman for the Council for the Arts (CFA) said: "We regret the decision."',
      null,
      'spokesman for the Council for the Arts',
    ],
    [
      'A spokeswoman for the Board of Harbour Trade said: "We regret the decision."',
      null,
      'spokeswoman for the Board of Harbour Trade',
    ],
    // control: a body named in full after `for` alone
    [
      'A spokeswoman for the Harbour Office said: "We regret the decision."',
      null,
      'spokeswoman for the Harbour Office',
    ],
  ])('%s', (body, name, role) => {
    const quotes = extractQuotes(article(body));
    const a = quotes[quotes.length - 1]!.attribution;
    expect([a.name, a.role]).toEqual([name, role]);
  });
});
