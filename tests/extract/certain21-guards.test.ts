import { describe, expect, it } from 'vitest';
import {
  GUARD_CAP,
  GUARD_CAPS,
  calibrateConfidence,
  featureScanners,
  quoteFeatures,
} from '../../src/extract/confidence.js';
import { givenAfter, givenTo, quoteIn, sureModel } from './article.js';

const { passiveNaming, openingSubordinate, newSubjectAfterEarlier, accordingToLater, ownSentenceCue } = featureScanners;

// [text, quoted words, mention, cue, fires]
type Case = [string, string, string, string, boolean];

describe('passiveNaming: the quotation is the name a passive verb gives a thing, its namer unsaid', () => {
  const cases: Case[] = [
    [
      'Harbour chief Jo Lind confirmed that the gala - which has been billed as "the sailors against the dockers" - will go ahead.',
      'the sailors against the dockers',
      'Jo Lind',
      'confirmed',
      true,
    ],
    [
      'The Harbour Trust said the scheme was unfair. The new plan is called "Safer Quays, Busier Ports".',
      'Safer Quays, Busier Ports',
      'The Harbour Trust',
      'said',
      true,
    ],
    [
      'Jo Lind said the crews were later widely described as "too green to sail" and "a risk".',
      'too green to sail',
      'Jo Lind',
      'said',
      true,
    ],
    [
      'Jo Lind said the show was ready. The host is described as a "sailor, singer and in his own words, a harbour rat".',
      'sailor, singer and in his own words, a harbour rat',
      'Jo Lind',
      'said',
      true,
    ],
    // the speaker's own word (no passive), a passive of judging rather than naming, or no passive at all
    ['Jo Lind said the plan was "a fair deal".', 'a fair deal', 'Jo Lind', 'said', false],
    ['Jo Lind called the plan "a fair deal".', 'a fair deal', 'Jo Lind', 'called', false],
    [
      'Jo Lind admits the dockers could be considered "slight favourites" on Saturday.',
      'slight favourites',
      'Jo Lind',
      'admits',
      false,
    ],
    ['Jo Lind, a port worker, is known for his "long lunches".', 'long lunches', 'Jo Lind', 'is', false],
  ];
  it.each(cases)('%s (given to %s)', (text, words, mention, cue, fires) => {
    expect(passiveNaming(text, givenTo(text, words, mention, cue))).toBe(fires);
  });

  it('leaves the agent named right after the quotation alone (`branded "…" by the Harbour Trust`)', () => {
    const text = 'The levy has been branded "a tax on ships" by the Harbour Trust.';
    const agent = givenAfter(text, 'a tax on ships', 'Harbour Trust', 'branded');
    expect(passiveNaming(text, agent)).toBe(false);
    const described = 'Jo Lind was called "the fifth sailor of the crew" by the film\'s director Sam Park.';
    expect(passiveNaming(described, givenAfter(described, 'the fifth sailor of the crew', 'Sam Park', 'called'))).toBe(
      false,
    );
    // the same words given to someone named before the passive: the namer is not said to be them
    const other = `Jo Lind spoke first. ${text}`;
    expect(passiveNaming(other, givenTo(other, 'a tax on ships', 'Jo Lind', 'branded'))).toBe(true);
  });
});

describe('openingSubordinate: the mention in an opening clause closed by a comma, the cue in the main clause', () => {
  const cases: Case[] = [
    [
      'The show ran for thirty years. When Lind died, Mayor Sam Park led the tributes, saying the presenter "changed the town".',
      'changed the town',
      'Lind',
      'saying',
      true,
    ],
    [
      'Crowds gathered at the quay. After Jo Lind resigned in May, Sam Park told reporters the trust was "in good hands".',
      'in good hands',
      'Jo Lind',
      'told',
      true,
    ],
    // the main clause opens with a pronoun, names the speaker, the comma is an appositive's, or the cue is in the clause
    [
      'Crowds gathered at the quay. When Jo Lind arrived on Monday, she told reporters the trust was "in good hands".',
      'in good hands',
      'Jo Lind',
      'told',
      false,
    ],
    [
      'The vote is close. As Jo Lind, an expert on ports, noted, "Everyone is waiting for the new board."',
      'Everyone is waiting for the new board.',
      'Jo Lind',
      'noted',
      false,
    ],
    [
      'The vote is close. As Jo Lind put it, "Everyone is waiting for the new board."',
      'Everyone is waiting for the new board.',
      'Jo Lind',
      'put it',
      false,
    ],
  ];
  it.each(cases)('%s (given to %s)', (text, words, mention, cue, fires) => {
    expect(openingSubordinate(text, givenTo(text, words, mention, cue))).toBe(fires);
  });

  it('leaves the speaker named again in the main clause alone (`As she arrived, Mrs Lind greeted …`)', () => {
    const text =
      'Crowds gathered at the quay. As she arrived at the court, Mrs Lind greeted the crowd, saying: "I have faith in justice."';
    const at = { name: 'Jo Lind', mention: 'she', cue: 'saying', reason: 'cue-before-quote' };
    expect(openingSubordinate(text, quoteIn(text, 'I have faith in justice.', at))).toBe(false);
    // the same sentence with another person in the main clause
    const other = text.replace('Mrs Lind', 'Mayor Sam Park');
    expect(openingSubordinate(other, quoteIn(other, 'I have faith in justice.', at))).toBe(true);
  });
});

describe('newSubjectAfterEarlier: a name and a verb of saying after the earlier quotation the cue took', () => {
  const cases: Case[] = [
    [
      'In a clip that Judge Jo Lind called "distasteful," Park expressed a wish to "sink every ship in the bay."',
      'sink every ship in the bay.',
      'Judge Jo Lind',
      'called',
      true,
    ],
    [
      'Jo Lind called the fee "a tax on ships" and Sam Park said it was "long overdue".',
      'long overdue',
      'Jo Lind',
      'called',
      true,
    ],
    // the speaker's own name after the earlier quotation, a pronoun, no verb of saying, or no earlier quotation
    [
      'Jo Lind called the fee "a tax on ships" and Lind said it was "long overdue".',
      'long overdue',
      'Jo Lind',
      'called',
      false,
    ],
    [
      'Jo Lind called the fee "a tax on ships" and she said it was "long overdue".',
      'long overdue',
      'Jo Lind',
      'called',
      false,
    ],
    [
      'Jo Lind called the fee "a tax on ships" that Harbour Trust members find "long overdue".',
      'long overdue',
      'Jo Lind',
      'called',
      false,
    ],
    ['Jo Lind said the fee was, in Park\'s words, "long overdue".', 'long overdue', 'Jo Lind', 'said', false],
  ];
  it.each(cases)('%s (given to %s)', (text, words, mention, cue, fires) => {
    expect(newSubjectAfterEarlier(text, givenTo(text, words, mention, cue))).toBe(fires);
  });
});

describe('accordingToLater: an `according to` after the quotation, in a later sentence', () => {
  const given = (text: string, words: string, mention: string): ReturnType<typeof quoteIn> =>
    quoteIn(text, words, {
      name: mention,
      mention,
      cue: 'according to',
      reason: 'according-to',
      mentionFrom: 'quote-end',
    });
  // [text, quoted words, mention, fires]
  const cases: Array<[string, string, string, boolean]> = [
    [
      '"We had hoped for more," said Jo Lind of Harbour Films. "It did not reach the audience we wanted." Meanwhile, another film took $3m, according to the weekly Screen Lind.',
      'It did not reach the audience we wanted.',
      'Screen Lind',
      true,
    ],
    [
      'Jo Lind said the fleet was "too old to sail". The trust has 40 ships, according to the Harbour Courier.',
      'too old to sail',
      'Harbour Courier',
      true,
    ],
    // the same sentence (an abbreviation's stop is none): the source stands for the quotation
    [
      'The fleet was "too old to sail," Capt. Lind said on Monday, according to the Harbour Courier.',
      'too old to sail,',
      'Harbour Courier',
      false,
    ],
    ['The fleet was "too old to sail", according to the Harbour Courier.', 'too old to sail', 'Harbour Courier', false],
    [
      '"The fleet is too old to sail," according to the Harbour Courier.',
      'The fleet is too old to sail,',
      'Harbour Courier',
      false,
    ],
  ];
  it.each(cases)('%s (given to %s)', (text, words, mention, fires) => {
    expect(accordingToLater(text, given(text, words, mention))).toBe(fires);
  });

  it('reads only the `according to` rule', () => {
    const text =
      'Jo Lind said the fleet was "too old to sail". The trust has 40 ships, according to the Harbour Courier.';
    const q = given(text, 'too old to sail', 'Harbour Courier');
    expect(accordingToLater(text, { ...q, attribution: { ...q.attribution, reason: 'cue-later-in-sentence' } })).toBe(
      false,
    );
  });
});

describe("ownSentenceCue: a verb of saying in the quotation's own sentence, its speaker taken from before", () => {
  // [text, quoted words, mention, reason, fires]
  const cases: Array<[string, string, string, string, boolean]> = [
    [
      'Jo Lind said: "We are friends." The book, by a Courier writer, said the pair felt "mutual contempt" for each other.',
      'mutual contempt',
      'Jo Lind',
      'cue-in-previous-sentence',
      true,
    ],
    [
      'Jo Lind said the harbour was "safe". Critics wrote that the plan was "a tax on ships".',
      'a tax on ships',
      'Jo Lind',
      'continuation-sentence',
      true,
    ],
    // no verb of saying in the sentence, a passive one, or the speaker taken from the quotation's own sentence
    [
      'Jo Lind said the harbour was "safe". The fee should be "cut in half", not raised.',
      'cut in half',
      'Jo Lind',
      'cue-in-previous-sentence',
      false,
    ],
    [
      'The Courier praised the crew. Its captain was described as a "born sailor" who showed "flair to spare".',
      'flair to spare',
      'The Courier',
      'cue-in-previous-sentence',
      false,
    ],
    [
      'Jo Lind said: "We are friends." The book said the pair felt "mutual contempt" for each other.',
      'mutual contempt',
      'The book',
      'cue-before-quote',
      false,
    ],
  ];
  it.each(cases)('%s (given to %s)', (text, words, mention, reason, fires) => {
    const q = quoteIn(text, words, { name: mention, mention, cue: 'said', reason });
    expect(ownSentenceCue(text, q)).toBe(fires);
  });
});

describe('the twenty-first session guards', () => {
  const names = [
    'guard:passive-naming',
    'guard:opening-subordinate',
    'guard:new-subject-after-earlier',
    'guard:according-to-later',
    'guard:own-sentence-cue',
  ];

  it('cap a quote below likely and are no weight of the model', () => {
    for (const g of names) expect(GUARD_CAPS[g]).toBe(GUARD_CAP);
  });

  it('reach the confidence of a quote through its features', () => {
    const text =
      'Harbour chief Jo Lind opened the fair. "We are ready," Lind said. The gala has been billed as "the sailors against the dockers".';
    const quotes = [
      quoteIn(text, 'We are ready,', {
        name: 'Jo Lind',
        mention: 'Lind said',
        cue: 'said',
        reason: 'after-quote-adjacent',
      }),
      quoteIn(text, 'the sailors against the dockers', {
        name: 'Jo Lind',
        mention: 'Lind said',
        cue: 'said',
        reason: 'subject-of-previous-sentence',
      }),
    ];
    const features = quoteFeatures(text, quotes);
    expect(features[0]!.has('guard:passive-naming')).toBe(false);
    expect(features[1]!.get('guard:passive-naming')).toBe(1);
    const sure = sureModel();
    expect(calibrateConfidence(text, quotes, sure).map((q) => q.attribution.confidence)).toEqual([0.99, GUARD_CAP]);
  });
});
