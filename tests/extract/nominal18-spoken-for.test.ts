import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

/** The last quotation's speaker as `[name, kind]`. */
function lastSpeaker(body: string): [string | null, string | null] {
  const quotes = extractQuotes(article(body));
  const a = quotes[quotes.length - 1]!.attribution;
  return [a.name, a.kind];
}

// Issue #11, eighteenth session. A body's spokesperson is an unnamed person (seventeenth session: spokes), but the
// body it spoke for is still the body a later `the agency/company/department said` goes back to.
describe('a body named only beside its spokesperson is the antecedent of a later `the <body noun>`', () => {
  it.each<[string, string]>([
    [
      'Quarrow Ltd sent the files.\n\nMost were "confidential," according to a Harbour Department official.\n\n"We have worked hard," said the agency, which fell short.',
      'Harbour Department',
    ],
    [
      'The files were out.\n\n"They were confidential," said a spokeswoman for Quarrow Foods.\n\n"We have worked hard," the company said.',
      'Quarrow Foods',
    ],
    [
      'The files were out.\n\n"They were confidential," said a Quarrow Foods spokeswoman.\n\n"We have worked hard," the company said.',
      'Quarrow Foods',
    ],
    [
      'The files were out.\n\nA spokesman for the Harbour Office said: "They were confidential."\n\n"We worked hard," said the agency.',
      'Harbour Office',
    ],
  ])('%s', (body, name) => {
    expect(lastSpeaker(body)).toEqual([name, 'nominal']);
  });

  it.each<string>([
    // a person's spokesman: the company is not that person
    'Jo Lee was out.\n\n"They were confidential," said a spokeswoman for Jo Lee.\n\n"We have worked hard," the company said.',
    'Mr Wendle was out.\n\n"They were confidential," said a spokeswoman for Mr Wendle.\n\n"We have worked hard," the company said.',
  ])('%s: nobody by name', (body) => {
    expect(lastSpeaker(body)).toEqual([null, 'nominal']);
  });
});

describe("a body that was a sentence's subject keeps the words the mention reads as its role", () => {
  it.each<[string, string]>([
    [
      'Readers wrote in.\n\nThe Treasury Department also said on Thursday that it fell short.\n\n"We have worked hard," said the agency, which fell short.',
      'Treasury Department',
    ],
    [
      'Prices rose.\n\nThe Foreign Ministry said on Thursday that it would act.\n\n"We have worked hard," said the agency.',
      'Foreign Ministry',
    ],
  ])('%s', (body, name) => {
    expect(lastSpeaker(body)).toEqual([name, 'nominal']);
  });
});

describe('`A spokesman for the Harbour Office said`: the body a rule read after `spokesman for` is not the speaker', () => {
  it.each<string>([
    'The files were out.\n\nA spokesman for the Harbour Office said: "They were confidential."',
    'The files were out.\n\n"They were confidential," a senior spokesman for the Harbour Department said.',
    'The files were out.\n\nA spokeswoman for the Quarrow Trust said the plan was "under review".',
    'The calls rose.\n\nA spokesman from the Harbour Office said the plan was "under review".',
    'The film opened.\n\nA spokesman for distributor Toraku said the film "has received praise".',
    'The calls rose.\n\n"The initiatives are welcome," a spokesperson from Quayline told the paper.',
  ])('%s', (body) => {
    expect(lastSpeaker(body)).toEqual([null, 'nominal']);
  });
});
