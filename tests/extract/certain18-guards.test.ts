import { describe, expect, it } from 'vitest';
import {
  GUARD_CAP,
  GUARD_CAPS,
  calibrateConfidence,
  featureScanners,
  quoteFeatures,
} from '../../src/extract/confidence.js';
import { givenAfter, givenTo, sureModel } from './article.js';

const {
  accordingToClause,
  mentionAfterTo,
  cueOpensNext,
  quotedSpans,
  mentionQuoted,
  participleClause,
  relativeClauseCue,
} = featureScanners;

const given = givenTo;

// [text, quoted words, mention, cue, fires]
type Case = [string, string, string, string, boolean];

describe('accordingToClause: the outlet reports, a clause of its own says who spoke', () => {
  const cases: Case[] = [
    [
      'According to the Harbour Herald, a spokesman for the port authority expressed regret; "We will look again at the fee."',
      'We will look again at the fee.',
      'the Harbour Herald',
      'According to',
      true,
    ],
    [
      '"The fee is fair. It stays." But later, according to the Harbour Herald, Lind spoke to a smaller group of reporters.',
      'The fee is fair. It stays.',
      'the Harbour Herald',
      'according to',
      true,
    ],
    // the words are the source's own claim, or nothing follows the source
    [
      'According to the Harbour Herald, the fee is "a new tax on ships".',
      'a new tax on ships',
      'the Harbour Herald',
      'According to',
      false,
    ],
    ['According to Lind, the plan "will fail".', 'will fail', 'Lind', 'According to', false],
    [
      'The fee was "a new tax on ships", according to the Harbour Herald.',
      'a new tax on ships',
      'the Harbour Herald',
      'according to',
      false,
    ],
  ];
  it.each(cases)('%s (given to %s)', (text, words, mention, cue, fires) => {
    expect(accordingToClause(text, given(text, words, mention, cue, 'according-to'))).toBe(fires);
  });
});

describe('mentionAfterTo: the one a message was sent to, before its colon', () => {
  const cases: Case[] = [
    [
      'Park released the text of a letter he sent to port chairman Jo Lind: "Please tell the board I will resign."',
      'Please tell the board I will resign.',
      'Jo Lind',
      ':',
      true,
    ],
    ['He wrote to Dr. Lind: "The samples are ready."', 'The samples are ready.', 'Lind', ':', true],
    // another sentence, `according to`, or no `to`
    [
      'Park will be the back-up to Jo Reyes. Said Lind: "I did not think twice."',
      'I did not think twice.',
      'Lind',
      ':',
      false,
    ],
    ['According to Jo Lind: "The fee stays."', 'The fee stays.', 'Jo Lind', ':', false],
    ['Port chairman Jo Lind: "We had no choice."', 'We had no choice.', 'Jo Lind', ':', false],
  ];
  it.each(cases)('%s (given to %s)', (text, words, mention, cue, fires) => {
    expect(mentionAfterTo(text, given(text, words, mention, cue, 'name-colon'))).toBe(fires);
  });
});

describe('cueOpensNext: a cue with a colon after a finished quotation opens the next one', () => {
  // [text, previous quotation's words, its speaker, quoted words, mention after, fires]
  const cases: Array<[string, string, string, string, string, boolean]> = [
    [
      '"The board wanted a second opinion," harbour master Jo Lind told the Courier.\n\n"They want him for the cup and we want him for the league." Sam Park added: "I want to be back playing."',
      'The board wanted a second opinion,',
      'Jo Lind',
      'They want him for the cup and we want him for the league.',
      'Sam Park',
      true,
    ],
    [
      '"It was loud," Jo Lind told the Courier.\n\n"It is the first time I have been nominated." Sam Park, who hands out the prize, said: "It is a big party."',
      'It was loud,',
      'Jo Lind',
      'It is the first time I have been nominated.',
      'Sam Park',
      true,
    ],
    // the previous quotation is the same speaker's, a colon opens the quotation, or it ends a clause only
    [
      '"He fits the bill," Sam Park told the Courier. "He knows the squad." Sam Park added: "He is a proper football man."',
      'He fits the bill,',
      'Sam Park',
      'He knows the squad.',
      'Sam Park',
      false,
    ],
    [
      '"We will see," Jo Lind said. His message to the board was: "Keep the fee." Sam Park added: "I agree."',
      'We will see,',
      'Jo Lind',
      'Keep the fee.',
      'Sam Park',
      false,
    ],
    [
      '"We will see," Jo Lind said. "They want him," Sam Park added: "I agree with the board."',
      'We will see,',
      'Jo Lind',
      'They want him,',
      'Sam Park',
      false,
    ],
  ];
  it.each(cases)('%s', (text, before, other, words, mention, fires) => {
    const previous = given(text, before, other, 'told');
    const q = givenAfter(text, words, mention, text.includes(`${mention} added`) ? 'added' : 'said');
    expect(cueOpensNext(text, q, previous)).toBe(fires);
  });
});

describe('mentionQuoted: the mention stands inside quoted words', () => {
  it('"Lind was loved by all", reads the club\'s statement, "…" given to Lind', () => {
    const text =
      '"Lind was loved by everyone at the club", reads a statement from the club, "a kind and gentle captain".';
    const quotes = [
      given(text, 'Lind was loved by everyone at the club', 'the club', 'reads'),
      given(text, 'a kind and gentle captain', 'Lind', 'reads', 'subject-of-quote-sentence'),
    ];
    expect(mentionQuoted(quotes[1]!, quotedSpans(quotes))).toBe(true);
  });
  it('Lind said: "…" is not', () => {
    const text = 'Lind said: "We were loved by everyone at the club."';
    const quotes = [given(text, 'We were loved by everyone at the club.', 'Lind', 'said')];
    expect(mentionQuoted(quotes[0]!, quotedSpans(quotes))).toBe(false);
  });
});

describe('participleClause: a sentence opened by a participle of saying holds the quotation', () => {
  const cases: Case[] = [
    [
      'Bishop Jo Lind apologised on Sunday. Calling it "just another apology", Sam Park of a victims\' group told the Courier it came too late.',
      'just another apology',
      'Jo Lind',
      'apologised',
      true,
    ],
    // the mention is the sentence's own subject, the participle follows the subject, or no participle
    [
      'Calling it "just another apology", Jo Lind told the Courier it came too late.',
      'just another apology',
      'Jo Lind',
      'told',
      false,
    ],
    [
      'Jo Lind apologised. Park said, calling it "just another apology", that it came late.',
      'just another apology',
      'Jo Lind',
      'apologised',
      false,
    ],
    ['Jo Lind wrote to Acme. Acme called the ship "a cargo plane".', 'a cargo plane', 'Jo Lind', 'wrote', false],
  ];
  it.each(cases)('%s (given to %s)', (text, words, mention, cue, fires) => {
    expect(participleClause(text, given(text, words, mention, cue, 'continuation-in-paragraph'))).toBe(fires);
  });
});

describe('relativeClauseCue: the cue is in a relative clause about the mention, after the quotation', () => {
  const cases: Case[] = [
    [
      'Police held eight people for "spreading rumours", including the doctor Jo Lind, who tried to warn colleagues about the fever.',
      'spreading rumours',
      'Jo Lind',
      'warn',
      true,
    ],
    [
      'She attacked rivals who would hand the region to "strongmen" and then Park, who has said he wants to be neutral.',
      'strongmen',
      'Park',
      'said',
      true,
    ],
    // the relative clause closes before the cue, or holds more than a verb's helpers
    ['"We will see," Jo Lind, who chairs the port board, told the Courier.', 'We will see,', 'Jo Lind', 'told', false],
    [
      '"We will see," Jo Lind, who is chairman of Harbour Trust said in a statement.',
      'We will see,',
      'Jo Lind',
      'said',
      false,
    ],
  ];
  it.each(cases)('%s (given to %s)', (text, words, mention, cue, fires) => {
    expect(relativeClauseCue(text, givenAfter(text, words, mention, cue))).toBe(fires);
  });
});

describe('the eighteenth session guards', () => {
  const names = [
    'guard:according-to-clause',
    'guard:mention-after-to',
    'guard:cue-opens-next',
    'guard:mention-quoted',
    'guard:participle-clause',
    'guard:relative-clause-cue',
  ];
  it('each calls the speaker likely wrong', () => {
    for (const g of names) expect(GUARD_CAPS[g]).toBe(GUARD_CAP);
  });

  it('extraction holds a quote they mark below the top band, and leaves the rest', () => {
    const sure = sureModel();
    const text =
      '"The board wanted a second opinion," Jo Lind told the Courier.\n\n"They want him for the cup." Sam Park added: "I want to be back playing."';
    const quotes = [
      given(text, 'The board wanted a second opinion,', 'Jo Lind', 'told'),
      givenAfter(text, 'They want him for the cup.', 'Sam Park', 'added'),
      given(text, 'I want to be back playing.', 'Sam Park', 'added'),
    ];
    expect(quoteFeatures(text, quotes)[1]!.has('guard:cue-opens-next')).toBe(true);
    expect(calibrateConfidence(text, quotes, sure).map((q) => q.attribution.confidence)).toEqual([
      0.99,
      GUARD_CAP,
      0.99,
    ]);
  });
});
