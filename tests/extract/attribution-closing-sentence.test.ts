import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { article } from './article.js';

/** The first quotation's speaker and the rule that named it. */
const first = (text: string) => {
  const q = extractQuotes(article(`The vote was close.\n\n${text}`))[0]!;
  return [q.attribution.name, q.attribution.reason];
};

describe('cue-closing-sentence: a sentence that goes on past later quotations to an attribution clause', () => {
  // candidates for the first quotation: no cue before it, none between it and the next quotation; the
  // clause closing the sentence after the last quotation is the only one, and it speaks for the whole sentence
  it.each<[string, string, string]>([
    // `“…,” aside from … “…” …, said <description>, <Name>, on Monday.`: a cue with an inverted speaker
    [
      'The agency looked for a link between the men and did not find “ties of any consequence,” aside from the two knowing each other “casually” from the same club, said the agency’s director, Jo Lee, on Monday.',
      'Jo Lee',
      'cue-closing-sentence',
    ],
    // `… ''…,'' well before … ''<Title>,'' Ms. Roe noted.`: the later quotation is a title (no quotation of
    // its own), the name and cue right after it close the sentence
    [
      "In a memo, Ann Roe, the editor, recalled the early days. Her first story involved ''a painful chest-waxing incident,'' well before Tom Bell made that gag famous in ''Summer Heat,'' Ms. Roe noted.",
      'Ann Roe',
      'cue-closing-sentence',
    ],
    // no comma hands the sentence on, but the clause closing it is set off by one: `…, she said.` (a
    // pronoun, resolved to the person who spoke in the sentence before)
    [
      'Ann Roe spoke on Monday. Sales were “flat for a month” as buyers waited to see how a “stormy season” played out, she said.',
      'Ann Roe',
      'cue-closing-sentence',
    ],
  ])('%s', (text, name, reason) => {
    expect(first(text)).toEqual([name, reason]);
  });

  it.each<[string]>([
    // the clause after the last quotation takes a clause of its own: it is a new statement, not an attribution
    ['The plan was “a joke,” the vote “a farce,” and Tom Bell said he would leave the party.'],
    // the name and cue after the last quotation are no clause set off by a comma: `the “…” that Tom Bell
    // predicted` is a relative clause about the later quotation
    ['Sales were “flat for a month” before the “stormy season” that Tom Bell predicted.'],
    // the quotation ends its sentence: the next sentence's cue is not its attribution
    ['Nothing was found but “ties of no consequence.” The film “Summer Heat” came later, Ann Roe said.'],
  ])('no candidate: %s', (text) => {
    expect(first(text)).not.toContain('cue-closing-sentence');
  });
});
