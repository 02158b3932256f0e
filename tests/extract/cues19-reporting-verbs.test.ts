import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const quotes = (body: string) => {
  const article = underHeadline(body);
  return extractQuotes(article).map((q) => ({
    name: q.attribution.name,
    cue: q.attribution.cue === null ? null : article.text.slice(q.attribution.cue.start, q.attribution.cue.end),
  }));
};
const speakers = (body: string) => quotes(body).map((q) => q.name);

describe('reporting verbs of the grammars are cues: `Ann Roe mentioned that …`', () => {
  it.each([
    'mentioned',
    'clarified',
    'indicated',
    'reckoned',
    'reasoned',
    'objected',
    'estimated',
    'hinted',
    'implied',
    'confessed',
    'specified',
    'signalled',
    'surmised',
  ])('Ann Roe %s that …', (verb) => {
    expect(
      quotes(`Jo Lee spoke on Monday.\n\nAnn Roe ${verb} that the wards were "full to bursting, every night".`),
    ).toEqual([{ name: 'Ann Roe', cue: verb }]);
  });

  it.each<[string, string]>([
    ['Ann Roe cited "rising costs and falling demand" as the reason.', 'cited'],
    ['Ann Roe, citing "rising costs and falling demand", closed the ward.', 'citing'],
    ['Ann Roe reminded staff that the wards were "full to bursting, every night".', 'reminded'],
    ['Ann Roe reassured staff that the wards were "safe for every patient".', 'reassured'],
    ['Ann Roe recommended that the wards be "cleared at once, before the winter".', 'recommended'],
    ['Ann Roe swore she would "never give up the fight for the wards".', 'swore'],
  ])('%s', (sentence, cue) => {
    expect(quotes(`Jo Lee spoke on Monday.\n\n${sentence}`)).toEqual([{ name: 'Ann Roe', cue }]);
  });

  // the cue of the sentence before speaks for a quotation opening its own sentence; a name closing the clause
  // after the quotation speaks, the verb taking no object there
  it.each<[string, string | null]>([
    ['Jo Lee spoke on Monday.\n\n"The wards are full," Ann Roe\'s deputy, Tom Bell, mentioned.', 'Tom Bell'],
    ['Jo Lee met Ann Roe on Monday. "The wards are full," mentioned Roe.', 'Ann Roe'],
    ['Jo Lee spoke on Monday.\n\n"The wards are full to bursting," cited Ann Roe.', 'Ann Roe'],
    ['Jo Lee spoke on Monday.\n\nThe wards were "full to bursting", mentioned Ann Roe.', 'Ann Roe'],
    // … an object is no speaker: `cited the report`
    ['Jo Lee spoke on Monday.\n\n"The wards are full to bursting," cited the report.', null],
  ])('%s', (body, name) => {
    expect(speakers(body)).toEqual([name]);
  });
});

describe('the same words as no cue: passives and participles before a noun', () => {
  it.each<[string, Array<string | null>]>([
    // a passive: the one cited (by the police) or reminded said nothing
    [
      'Jo Lee spoke on Monday.\n\nAnn Roe\'s aide, Tom Bell, was cited for speeding. "They are full to bursting."',
      [null],
    ],
    ['Jo Lee spoke on Monday.\n\nStaff were reminded that the wards were "full to bursting, and closed".', [null]],
    ['Jo Lee spoke on Monday.\n\nThe plan was mentioned in a "letter to all the staff of the harbour".', [null]],
    ['Jo Lee spoke on Monday.\n\nThe cost, estimated at "three million pounds or more", fell to Ann Roe.', [null]],
    // a participle as an adjective after a determiner or a hyphen
    ['Jo Lee spoke on Monday.\n\nThe proposed "super-ward for the whole of the north" was rejected.', [null]],
    ['Jo Lee spoke on Monday.\n\nThe above-mentioned wards were "full to bursting, every night".', [null]],
    [
      'Jo Lee spoke on Monday.\n\nAn estimated 300 people joined what Ann Roe called "a march for the health of the nation".',
      ['Ann Roe'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('cue clauses the new verbs bring in: `proposed to`, a negated embedded cue, an adverbial clause, `cited`', () => {
  it.each<[string, Array<string | null>]>([
    // `proposed to tackle` is an intent, no cue: the fronted clause gives no speaker
    [
      'Jo Lee visited the school.\n\nWhen one pupil asked Mr Lee how the board proposed to tackle truancy, he began his answer with a quip: "I am sure there is no truancy in the Harbour."',
      ['Jo Lee'],
    ],
    // a cue embedded in another's complement, right before the quotation but negated: the outer speaker's words
    [
      'Jo Lee spoke on Monday.\n\nMs Cooper said Mr Sullivan never said "anything uncomfortable" about the accounts.',
      ['Cooper'],
    ],
    [
      'Jo Lee spoke on Monday.\n\nHowever, Ms Cooper said Mr Sullivan had not mentioned "anything uncomfortable" about the accounts.',
      ['Cooper'],
    ],
    // … not negated, the embedded cue right before the quotation still speaks
    ['Jo Lee spoke on Monday.\n\nMs Cooper said Mr Sullivan then said: "The accounts are fine."', ['Sullivan']],
    // a cue in an adverbial clause after the quotation's own clause goes on is another clause's
    [
      'Jo Lee spoke on Monday.\n\nAnn Roe questioned why there was "such a rush" to pass the bill when Tom Bell had said he would not use it.',
      ['Ann Roe'],
    ],
    [
      'Jo Lee spoke on Monday.\n\nAnn Roe questioned why there was "such a rush" to pass the bill when Tom Bell had indicated he would not use it.',
      ['Ann Roe'],
    ],
    // … but an attribution after an opening adverbial clause still speaks, and so does one set off by a comma
    ['Jo Lee spoke on Monday.\n\n"It will work", when asked about it, Ann Roe said.', ['Ann Roe']],
    [
      'Jo Lee spoke on Monday.\n\n"The funds have been setting the table for voters," in sharp contrast to years when campaigns did that, says Ann Roe, a scientist.',
      ['Ann Roe'],
    ],
    // (`since` is as often a preposition)
    [
      'Jo Lee spoke on Monday.\n\nAnn Roe has been "arbitrarily detained" by the Harbour Board since 2010, and should be freed, the rights group says.',
      [null],
    ],
    // `cited` takes an object: a later cue's clause holds the quotation, though its speaker is not read
    [
      'Jo Lee spoke on Monday.\n\nThe Harbour Board cited that comment when reporters\' suggested Ms Roe had pointedly failed to deny claims she had once told Mr Bell: "There is nothing you could ever say to me now that I could ever believe".',
      ['Roe'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('a long subject after an inverted cue: `said the head of the health authority in Eastmarch, Ann Roe`', () => {
  it.each<[string, Array<string | null>]>([
    ['Jo Lee spoke on Monday.\n\n"The wards are full," said the mayor of Eastmarch, Ann Roe.', ['Ann Roe']],
    [
      'Jo Lee spoke on Monday.\n\n"The wards are full," said the head of the health authority in Eastmarch, Ann Roe.',
      ['Ann Roe'],
    ],
    [
      'Jo Lee spoke on Monday.\n\n"The wards are full," said the deputy head of the regional health and social care authority for the north of Eastmarch, Ann Roe.',
      ['Ann Roe'],
    ],
    [
      'Jo Lee spoke on Monday.\n\n"The wards are full," said the health chief of Eastmarch, Ann Roe, who took office in May.',
      ['Ann Roe'],
    ],
    // … not a name that does not close the clause, nor a date: the description stands for the one named before
    ['Jo Lee spoke on Monday.\n\n"The wards are full," said the mayor of Eastmarch, Ann Roe\'s deputy.', ['Jo Lee']],
    ['Jo Lee spoke on Monday.\n\n"The wards are full," said the mayor of Eastmarch, Ann Roe and Tom Bell.', ['Jo Lee']],
    ['Jo Lee spoke on Monday.\n\n"The wards are full," said the mayor of Eastmarch on Monday.', ['Jo Lee']],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});
