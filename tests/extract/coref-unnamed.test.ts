import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

/** The last quotation's speaker as `name | role | kind`. */
function lastSpeaker(body: string): [string | null, string | null, string | null] {
  const quotes = extractQuotes(article(body));
  const a = quotes[quotes.length - 1]!.attribution;
  return [a.name, a.role, a.kind];
}

/** `he`/`she` after an unnamed description that spoke: the description, not a person named earlier. */
const UNNAMED_SINGULAR: ReadonlyArray<[string, string]> = [
  [
    'Minister Tom Hale visited the depot on Monday. A depot spokesman said: "The depot will stay open for years." "Nobody will lose a job," he added.',
    'depot spokesman',
  ],
  [
    'Ann Roe opened the mall in May. The mall spokeswoman said that about 9,000 cars had "arrived before noon on Saturday". "We expect a record week," she added.',
    'mall spokeswoman',
  ],
  // `…, the spokesman said. "…," he added`: the reporting spokesman, not the minister talked about
  [
    'Minister Ann Roe visited the school. The minister had been saying she understood the worry, the spokesman said. "Nothing has changed," he added.',
    'spokesman',
  ],
  [
    'Mr. Hale toured the plant in May. A company official said that Mr. Hale had been briefed. "He knows the figures," she said.',
    'company official',
  ],
];

/** `the spokeswoman` speaks for someone: never the person the text is about, nor the last speaker. */
const SPEAKS_FOR_CASES: ReadonlyArray<[string, string | null]> = [
  ['Ann Roe opened the mall in May. "We expect a record week," the mall spokeswoman said.', null],
  // … unless the article named her in that role
  ['Mall spokeswoman Eva Lind met reporters. "We expect a record week," the spokeswoman said.', 'Eva Lind'],
];

describe('the spokeswoman: only a name given that role says who', () => {
  it.each(SPEAKS_FOR_CASES)('%s', (body, name) => {
    expect(lastSpeaker(body)[0]).toBe(name);
  });
});

describe('he/she: the speaker of the previous quote may be an unnamed description', () => {
  it.each(UNNAMED_SINGULAR)('%s', (body, role) => {
    expect(lastSpeaker(body)).toEqual([null, role, 'nominal']);
  });
});

/** `they`: a body or a group that spoke or is the subject nearby. */
const PLURAL_CASES: ReadonlyArray<[string, [string | null, string | null, string | null]]> = [
  // a capitalised group subject is a name
  ['The Greens say the new tax is unfair. "It hits the poorest hardest," they said.', ['Greens', null, 'pronoun']],
  // a group of people is a description
  [
    'Police said the road would reopen on Friday. "Drivers should avoid the area," they said.',
    [null, 'Police', 'nominal'],
  ],
  [
    'Senior officials have warned that the budget is tight. "There is no money left," they said.',
    [null, 'Senior officials', 'nominal'],
  ],
  // an organisation that spoke in the sentence before
  [
    'The Eastvale Rowing Club said on Monday that "the season is over". "We thank our members," they added.',
    ['Eastvale Rowing Club', null, 'pronoun'],
  ],
];

describe('they: the body or group nearby', () => {
  it.each(PLURAL_CASES)('%s', (body, expected) => {
    expect(lastSpeaker(body)).toEqual(expected);
  });
});

/** A pronoun that stands for nobody found: the quotation carries no speaker, never a bare pronoun. */
const UNRESOLVED_CASES: readonly string[] = [
  'The weather turned in the afternoon. "It was a disaster," they said.',
  '"We lost everything in the flood," he said.',
];

describe('an unresolvable pronoun gives no speaker', () => {
  it.each(UNRESOLVED_CASES)('%s', (body) => {
    const [name, , kind] = lastSpeaker(body);
    expect(name).toBeNull();
    expect(kind).toBeNull();
  });
});
