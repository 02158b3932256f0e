import { describe, expect, it } from 'vitest';
import {
  GUARD_CAP,
  GUARD_CAPS,
  calibrateConfidence,
  featureScanners,
  quoteFeatures,
} from '../../src/extract/confidence.js';
import { givenAfter, givenTo, quoteIn, sureModel } from './article.js';

const { whatOthersCall, openingClause, quotedBeforeName, passiveByAgent, surnameOfAnother } = featureScanners;

const given = givenTo;

// [text, quoted words, mention, cue, fires]
type Case = [string, string, string, string, boolean];

describe('whatOthersCall: the quotation is the name another gives a thing', () => {
  const cases: Case[] = [
    [
      'Harbour Trust chairman Jo Lind noted that the levy – what the port owners call "a fair fee" – is central to the plan.',
      'a fair fee',
      'Jo Lind',
      'noted',
      true,
    ],
    [
      'Jo Lind attacked the scheme, or what critics have long described as "a tax on ships".',
      'a tax on ships',
      'Jo Lind',
      'attacked',
      true,
    ],
    // the clause's subject is the speaker (a pronoun or the name), or the mention stands in the clause
    ['Jo Lind attacked what he called "a tax on ships".', 'a tax on ships', 'Jo Lind', 'attacked', false],
    ['Jo Lind attacked what Lind called "a tax on ships".', 'a tax on ships', 'Jo Lind', 'attacked', false],
    ['The levy is what Jo Lind calls "a tax on ships".', 'a tax on ships', 'Jo Lind', 'calls', false],
    ['Jo Lind said the levy was "a tax on ships".', 'a tax on ships', 'Jo Lind', 'said', false],
  ];
  it.each(cases)('%s (given to %s)', (text, words, mention, cue, fires) => {
    expect(whatOthersCall(text, given(text, words, mention, cue))).toBe(fires);
  });
});

describe('openingClause: the quotation is in a clause that opens the sentence, its answerer after it', () => {
  const cases: Case[] = [
    [
      'The vote is close. Asked whether the plan was "a fair deal for the port" Jo Lind said it was too early to tell.',
      'a fair deal for the port',
      'Jo Lind',
      'said',
      true,
    ],
    [
      'The poll was taken in May. Asked if Park was "ready to lead the harbour board," 70 percent of members said yes.',
      'ready to lead the harbour board,',
      'members',
      'said',
      true,
    ],
    [
      'The row went on. After Sam Park said that the fee was "a tax on ships," Jo Lind said: "We will see."',
      'a tax on ships,',
      'Jo Lind',
      'said',
      true,
    ],
    // a comma closes the clause, the clause holds the answer's verb, its speaker is the speaker, or the
    // mention stands before the quotation
    [
      'The row went on. Asked about the fee, Jo Lind said it was "a fair deal for the port".',
      'a fair deal for the port',
      'Jo Lind',
      'said',
      false,
    ],
    [
      'The row went on. Asked on Monday about the fee Jo Lind told the Courier it was "a fair deal".',
      'a fair deal',
      'Jo Lind',
      'told',
      false,
    ],
    [
      'The row went on. After Lind said the fee was "a tax on ships" Jo Lind left the room.',
      'a tax on ships',
      'Jo Lind',
      'said',
      false,
    ],
    [
      'The row went on. When asked, Jo Lind called the fee "a tax on ships".',
      'a tax on ships',
      'Jo Lind',
      'called',
      false,
    ],
  ];
  it.each(cases)('%s (given to %s)', (text, words, mention, cue, fires) => {
    const start = text.indexOf(words);
    const q = quoteIn(text, words, {
      name: mention,
      mention,
      cue,
      reason: 'cue-later-in-sentence',
      mentionFrom: text.indexOf(mention) > start ? 'quote-end' : 'text',
      cueFrom: 'mention',
    });
    expect(openingClause(text, q)).toBe(fires);
  });
});

describe('quotedBeforeName: a quoted word or two right before the name, no cue between', () => {
  const cases: Case[] = [
    [
      'Ten million saw "Dusty" Jo Lind leave the soap on Friday, according to early figures.',
      'Dusty',
      'Jo Lind',
      'according to',
      true,
    ],
    [
      'Her spokesman denied that Park had ever "attacked" Lind, and said the two were friends.',
      'attacked',
      'Lind',
      'said',
      true,
    ],
    // a cue follows the name at once, the words end a clause, or they are more than a label
    ['"Nonsense" Jo Lind said on Monday.', 'Nonsense', 'Jo Lind', 'said', false],
    ['"Not us, but fine!" Jo Lind, the chairman, wrote on Friday.', 'Not us, but fine!', 'Jo Lind', 'wrote', false],
    [
      '"We will look again at the fee" Jo Lind of the Harbour Trust told reporters.',
      'We will look again at the fee',
      'Jo Lind',
      'told',
      false,
    ],
  ];
  it.each(cases)('%s (given to %s)', (text, words, mention, cue, fires) => {
    expect(quotedBeforeName(text, givenAfter(text, words, mention, cue))).toBe(fires);
  });
});

describe('passiveByAgent without a cue: a passive participle before the quotation, its agent after it', () => {
  // [text, quoted words, mention, fires]
  const cases: Array<[string, string, string, boolean]> = [
    [
      'Jo Lind, who was described as "reckless and dangerous" by the police, left the meeting early.',
      'reckless and dangerous',
      'Jo Lind',
      true,
    ],
    ['The Harbour Trust plan was recently ruled "too costly" by a court.', 'too costly', 'Harbour Trust', true],
    // no agent after the quotation, or no passive before it
    [
      'Jo Lind, who was described as "reckless and dangerous", left the meeting early.',
      'reckless and dangerous',
      'Jo Lind',
      false,
    ],
    [
      'Jo Lind, who called it "reckless and dangerous" on Monday, left early.',
      'reckless and dangerous',
      'Jo Lind',
      false,
    ],
  ];
  it.each(cases)('%s (given to %s)', (text, words, mention, fires) => {
    const q = quoteIn(text, words, { name: mention, mention, cue: '', reason: 'subject-of-quote-sentence' });
    expect(passiveByAgent(text, { ...q, attribution: { ...q.attribution, cue: null } })).toBe(fires);
  });
});

describe('surnameOfAnother: a bare surname given to one named later, another of that name named before', () => {
  // [text, quoted words, speaker's full name, fires]
  const cases: Array<[string, string, string, boolean]> = [
    [
      'Rock star Ozzy Lind chased a burglar from his home.\n\n"I acted on impulse," Lind said. His wife, Sharon Lind, called the police.',
      'I acted on impulse,',
      'Sharon Lind',
      true,
    ],
    // the speaker named before the quotation, no other of that surname before it, or a particle before it
    [
      'De Lind: the fee will stay.\n\n"I acted on impulse," Lind said. The mayor, Sharon de Lind, spoke later.',
      'I acted on impulse,',
      'Sharon de Lind',
      false,
    ],
    [
      'Rock star Ozzy Lind and his wife Sharon Lind chased a burglar.\n\n"I acted on impulse," Lind said.',
      'I acted on impulse,',
      'Sharon Lind',
      false,
    ],
    [
      'A burglar was chased from the house.\n\n"I acted on impulse," Lind said. His wife, Sharon Lind, called the police.',
      'I acted on impulse,',
      'Sharon Lind',
      false,
    ],
  ];
  it.each(cases)('%s (given to %s)', (text, words, name, fires) => {
    const q = quoteIn(text, words, {
      name,
      mention: 'Lind',
      cue: 'said',
      reason: 'after-quote-adjacent',
      mentionFrom: 'quote-end',
      cueFrom: 'mention',
    });
    expect(surnameOfAnother(text, { ...q, attribution: { ...q.attribution, entity: 'person' } })).toBe(fires);
  });
});

describe('the nineteenth session guards', () => {
  const names = [
    'guard:what-others-call',
    'guard:opening-clause',
    'guard:quoted-before-name',
    'guard:surname-of-another',
  ];
  it('each calls the speaker likely wrong', () => {
    for (const g of names) expect(GUARD_CAPS[g]).toBe(GUARD_CAP);
  });

  it('extraction holds a quote they mark below the top band, and leaves the rest', () => {
    const sure = sureModel();
    const text =
      'Jo Lind said the fee "will stay".\n\nJo Lind noted that the levy – what the port owners call "a fair fee" – is central.';
    const quotes = [given(text, 'will stay', 'Jo Lind', 'said'), given(text, 'a fair fee', 'Jo Lind', 'noted')];
    expect(quoteFeatures(text, quotes)[1]!.has('guard:what-others-call')).toBe(true);
    expect(calibrateConfidence(text, quotes, sure).map((q) => q.attribution.confidence)).toEqual([0.99, GUARD_CAP]);
  });
});
