import { describe, expect, it } from 'vitest';
import type { ExtractedQuote } from '../../src/model/types.js';
import {
  GUARD_CAP,
  GUARD_CAPS,
  calibrateConfidence,
  featureScanners,
  quoteFeatures,
} from '../../src/extract/confidence.js';
import { quoteIn, sureModel } from './article.js';

const { otherClauseSpeaker, passiveByAgent, nameIsNationality } = featureScanners;

/** A quote of `text` given to `mention` (its words and cue found by their text). */
function given(text: string, words: string, mention: string, cue: string): ExtractedQuote {
  return quoteIn(text, words, { name: mention, mention, cue, reason: 'cue-before-quote', kind: 'partial' });
}

describe('otherClauseSpeaker: the quotation is in a clause of someone else saying it', () => {
  // [text, quoted words, mention, cue, fires]
  const cases: Array<[string, string, string, string, boolean]> = [
    // a conjunction opens a clause whose subject, another name, says the words
    [
      'Lind, the party nominee in 2008, issued a statement after harbour master Sam Park told a rally on Monday that the fee is "peanuts".',
      'peanuts',
      'Lind',
      'told',
      true,
    ],
    [
      'Lind weighed in on Tuesday, hours after Park said he was "encouraged" by the plan.',
      'encouraged',
      'Lind',
      'weighed in',
      true,
    ],
    [
      '"It is misleading," Lind tweeted after Park argued again that "we would have lost the yard."',
      'we would have lost the yard.',
      'Lind',
      'tweeted',
      true,
    ],
    [
      'In 2013, when Lind first spoke on the closure, and Sen. Sam Park (R-Ore.) kept asking her why the port had called it "temporary".',
      'temporary',
      'Lind',
      'spoke',
      true,
    ],
    [
      'Mr Lind has insisted there is no deal while Mr Park says he will not let "gossip" distract him.',
      'gossip',
      'Lind',
      'insisted',
      true,
    ],
    // the speaker's own clause, another sentence, or no saying in the other clause
    ['Lind said after the vote that the plan was "a farce".', 'a farce', 'Lind', 'said', false],
    ['Jo Lind said, after Jo Lind had read it, that it was "a farce".', 'a farce', 'Jo Lind', 'said', false],
    ['Lind said after Park arrived that the plan was "a farce".', 'a farce', 'Lind', 'said', false],
    ['Park said it was late. Lind called the plan "a farce".', 'a farce', 'Lind', 'called', false],
    ['After Park said no, Lind called the plan "a farce".', 'a farce', 'Lind', 'called', false],
    ['Lind, who spoke after Sen. Park, called the plan "a farce".', 'a farce', 'Lind', 'called', false],
  ];
  it.each(cases)('%s (given to %s)', (text, words, mention, cue, fires) => {
    expect(otherClauseSpeaker(text, given(text, words, mention, cue))).toBe(fires);
  });
});

describe('passiveByAgent: a passive cue whose agent said the words', () => {
  // [text, quoted words, mention, cue, fires]
  const cases: Array<[string, string, string, string, boolean]> = [
    [
      'Lind was asked by the moderator Sam Park whether the fee would risk "a new tax on ships".',
      'a new tax on ships',
      'Lind',
      'asked',
      true,
    ],
    ['Lind, who was described as "reckless" by the police, left the port.', 'reckless', 'Lind', 'described', true],
    ['Lind has been widely called "the harbour king" by his rivals.', 'the harbour king', 'Lind', 'called', true],
    // the agent is the mention, no agent, or another quotation between the cue and the words
    ['The ferry was described by Lind as "the best in years".', 'the best in years', 'Lind', 'described', false],
    ['Lind was asked about the fee and called it "a new tax".', 'a new tax', 'Lind', 'called', false],
    ['Lind was told the fee was "a new tax on ships".', 'a new tax on ships', 'Lind', 'told', false],
    [
      'Lind, who was described as "reckless" by the police, told her to leave the "old town".',
      'old town',
      'Lind',
      'described',
      false,
    ],
    ['Lind described the fee as "a new tax" imposed by the port.', 'a new tax', 'Lind', 'described', false],
  ];
  it.each(cases)('%s (given to %s)', (text, words, mention, cue, fires) => {
    expect(passiveByAgent(text, given(text, words, mention, cue))).toBe(fires);
  });
});

describe('nameIsNationality: the speaker named by a word for a people', () => {
  it.each([
    ['New Zealander', true],
    ['Texan', true],
    ['Jewish', true],
    ['Jo Lind', false],
    ['Lind', false],
    ['Finn', false],
  ])('%s: %s', (name, fires) => {
    expect(nameIsNationality(name)).toBe(fires);
  });
});

describe('the seventeenth session guards', () => {
  it('each calls the speaker likely wrong', () => {
    for (const g of ['guard:other-clause-speaker', 'guard:passive-by-agent', 'guard:name-is-nationality'])
      expect(GUARD_CAPS[g]).toBe(GUARD_CAP);
  });

  it('extraction holds a quote they mark below the top band', () => {
    const sure = sureModel();
    const text = 'Lind weighed in on Tuesday, hours after Park said he was "encouraged". Lind said: "We will see."';
    const quotes = [
      given(text, 'encouraged', 'Lind', 'weighed in'),
      quoteIn(text, 'We will see.', { name: 'Lind', mention: 'Lind said', cue: 'said:', reason: 'name-colon' }),
    ];
    expect(quoteFeatures(text, quotes)[0]!.has('guard:other-clause-speaker')).toBe(true);
    expect(calibrateConfidence(text, quotes, sure).map((q) => q.attribution.confidence)).toEqual([GUARD_CAP, 0.99]);
  });
});
