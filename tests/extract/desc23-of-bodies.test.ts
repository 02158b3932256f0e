import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

/** The speaker of the quotation that opens with `opening`. */
function speakerOf(body: string, opening: string): string | null {
  const q = extractQuotes(article(body)).find((x) => x.text.startsWith(opening));
  if (q === undefined) throw new Error(`no quotation opening ${JSON.stringify(opening)}`);
  return q.attribution.name;
}

// Issue #11, twenty-third session: a body written `Noun of|for Name` that the mentions read as two names (`Bank` and
// `Harbourland`) is one body for its description (before: the place after `of`, or another sentence's subject).
describe('a description stands for the whole `Noun of Name` body, not the name after its `of`', () => {
  it.each<[string, string, string | null]>([
    [
      'The Bank of Harbourland raised rates to 2% on Monday. The bank said inflation was "too high".',
      'too high',
      'Bank of Harbourland',
    ],
    [
      'Rates were raised by the Bank of Harbourland on Monday. The bank said inflation was "too high".',
      'too high',
      'Bank of Harbourland',
    ],
    [
      'The Ministry of Transport has confirmed two trains collided. "No one was hurt," the ministry said.',
      'No one',
      'Ministry of Transport',
    ],
    [
      'The Ministry of Defence has confirmed two soldiers were injured. The ministry said both were "in a stable condition".',
      'in a stable',
      'Ministry of Defence',
    ],
    [
      'The Department of Health has confirmed two cases. The department said both were "in a stable condition".',
      'in a stable',
      'Department of Health',
    ],
    // a report issued by a body whose name is split the same way
    [
      'The Institute for Fiscal Studies said the cuts were unfair. The report said the cuts would "hit the poorest hardest".',
      'hit the poorest',
      'Institute for Fiscal Studies',
    ],
    [
      'The Harbour Institute for Fiscal Studies published its report on Monday. The report said the cuts would "hit the poorest hardest".',
      'hit the poorest',
      'Harbour Institute for Fiscal Studies',
    ],
    // the tail stops at a title: the governor is no part of the bank's name
    [
      'Bank of Harbourland Governor Jo Lee raised rates on Monday. Later the bank said inflation was "too high".',
      'too high',
      'Bank of Harbourland',
    ],
    // controls: a name holding the noun whole, and an unnamed body
    [
      'The Reserve Bank of Harbourland raised rates to 2% on Monday. The bank said inflation was "too high".',
      'too high',
      'Reserve Bank of Harbourland',
    ],
    ['Jo Lee lost her home in March. The bank said her debts were "too high".', 'too high', null],
  ])('%s', (body, opening, name) => {
    expect(speakerOf(body, opening)).toBe(name);
  });
});

// A given name of the lists and a surname are a person's: no body's description stands for them (before: `the bank`
// gave `Jo Lee`, the entity layer's guess of a body), and a person who speaks since a body was named stands between
// it and a noun for a body or a person (`the broadcaster`).
describe('a body’s description never stands for a person written with a given name', () => {
  it.each<[string, string, string | null]>([
    ['Jo Lee lost his home in March. The bank said the debts were "too high".', 'too high', null],
    ['Jo Lee lost her home in March. The company said the debts were "too high".', 'too high', null],
    [
      'Maria Kestrel has criticised the "bullying" of housemates after quitting the reality TV show.\n\nShe said the tactics could encourage bullying. The contestants had been hungry, Kestrel said. The feminist writer and broadcaster said the show had behaved "like a child rather than a parent" in the house.',
      'like a child',
      'Maria Kestrel',
    ],
    // controls: a body named with a founder's name before it, and a broadcaster that is a body
    [
      'Jo Lee founded Quayco in 1990. Quayco said profits were up. The company said sales were "very strong".',
      'very strong',
      'Quayco',
    ],
    [
      'Harbour TV has dropped the reality show.\n\nIt said the ratings had fallen. The broadcaster said the show had been "a great success" in its time.',
      'a great success',
      'Harbour TV',
    ],
  ])('%s', (body, opening, name) => {
    expect(speakerOf(body, opening)).toBe(name);
  });
});

// A body first named after the same noun stood as a subject for another body (or for none the text names, while the
// body was not yet named) is no sure antecedent of the noun: none is said (before: the body spoken of last).
describe('a body named after an earlier `the … group` subject is not what `the group` stands for', () => {
  it.each<[string, string, string | null]>([
    [
      'France has been accused of blocking a news site by the media watchdog, Quill Watch.\n\nThe Paris-based pressure group said the site had been blocked for ten days. Quayco told the BBC it was looking into the problem.\n\n"The government is censoring the site," said the group in a statement.',
      'The government is censoring',
      null,
    ],
    [
      'Acme Ltd has cut 200 jobs. The company said sales were down. Quayco said it would hire some of the workers.\n\n"We regret the losses," the company said.',
      'We regret',
      null,
    ],
    // controls: no earlier description of the noun; the earlier one stands for the same body; the body named before
    // an earlier description the text leaves unresolved
    [
      'Acme Ltd has cut 200 jobs. Quayco said it would hire some of the workers.\n\n"We are pleased to help," the company said.',
      'We are pleased',
      'Quayco',
    ],
    [
      'Acme Ltd has cut 200 jobs. The company said sales were down.\n\n"We regret the losses," the company said.',
      'We regret',
      'Acme Ltd',
    ],
    [
      'Shares in Quayco have fallen after the mining group reported losses.\n\nThe South Yorkshire company, led by Jo Lee, said it hoped to return to profit. Quayco said it was making progress. The company said these actions should "lift earnings" soon.',
      'lift earnings',
      'Quayco',
    ],
  ])('%s', (body, opening, name) => {
    expect(speakerOf(body, opening)).toBe(name);
  });
});

// A name holding the description's noun (`Harbour Bank` for `the bank`) is a doubtful antecedent once another body has
// spoken since it was written: none (before: the name, certain).
describe('`the bank` is no earlier `… Bank` when another body spoke since', () => {
  it.each<[string, string, string | null]>([
    [
      'Two banks that later became part of Acme Group accepted slaves as collateral. They were linked to Harbour Bank, which Acme bought last year.\n\nAcme said that it was setting up a scholarship programme. The bank said that it was a "very different company" now.',
      'very different',
      null,
    ],
    [
      'Harbour Bank has closed 40 branches. Quayco said it was worried about the closures. The bank said customers were "moving online".',
      'moving online',
      null,
    ],
    // controls: the body's short form written since, after the other body spoke; a person spoke since; another body is
    // no speaker
    [
      'Jo Lee recently quit the Harbour Independence Party. He said Veritas would also announce its policies soon.\n\nA spokesman for HIP called on Lee to quit. The party asserts that Lee "has a moral obligation" to stand down.',
      'has a moral obligation',
      'Harbour Independence Party',
    ],
    [
      'Harbour Bank has closed 40 branches. Jo Lee, a customer, said she was worried. The bank said customers were "moving online".',
      'moving online',
      'Harbour Bank',
    ],
    [
      'Harbour Bank has closed 40 branches. Shares in Quayco fell. The bank said customers were "moving online".',
      'moving online',
      'Harbour Bank',
    ],
  ])('%s', (body, opening, name) => {
    expect(speakerOf(body, opening)).toBe(name);
  });
});
