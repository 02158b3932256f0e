import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

/**
 * `the statement added`, `the report warns`: a document speaks for the speaker said to issue it (`… she said in a
 * statement`), not for whoever spoke last; with no such speaker it names no one.
 */
describe('a document speaks for the speaker who issued it, else for no one', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Ann Roe quit on Monday. "I am leaving with regret," she said in a statement. The statement added that she was "proud of the team".',
      ['Ann Roe', 'Ann Roe'],
    ],
    [
      '"It is hard," said Ann Roe, the housing minister. The report warns that tenants are "close to despair".',
      ['Ann Roe', null],
    ],
    [
      'Jo Lee said the rumour was "nonsense". A club spokesperson denied it too. The statement added: "He never said it."',
      ['Jo Lee', null],
    ],
    ['"Read it on our website," Jo Lee said. The website explains that the scheme is "open to all".', ['Jo Lee', null]],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

/**
 * A person description is not someone its own clause names (`the chancellor said Mr Hale was …`), nor the person
 * reporting the clause it stands in (`Mr Hale said the man claimed …`): the sentences around are about that other
 * person, so the description stands for nobody they name.
 */
describe('a description is not a person its clause names or who reports it', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Tom Hale asked Mr Brown whether the Treasury had changed the figures. But the chancellor said Mr Hale was "impugning the integrity" of the office.',
      [null],
    ],
    ['Mr Tom Hale said the man, who later fled, claimed he was "doing it for the cause".', [null]],
    ['Mr Tom Hale was hit by a bucket of slurry. He said the man shouted: "You deserve this."', [null]],
    // … but the person a sentence before is about, when the description opens its own clause, still is
    ['Mr Tom Hale opened the bridge on Monday. The mayor said: "It is a great day."', ['Tom Hale']],
    [
      'Mr Tom Hale opened the bridge on Monday. "It is a great day," the mayor said, before adding that Mr Hale would "walk it every day".',
      ['Tom Hale', 'Tom Hale'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

/**
 * `the government said`: the country's government, not a body that spoke or a sentence's subject before (`MPs`, a
 * capitalised adjective, `Shadow home secretary`); and `the airline said` is not a capitalised word modifying a
 * noun (`Ground staff`): the body a sentence before is about is one standing before its verb.
 */
describe('a description of a body resolves only to a name that can be that body', () => {
  it.each<[string, Array<string | null>]>([
    ['MPs criticised the plan. But the government said the move would "build safe communities".', [null]],
    [
      'Shadow home secretary Jo Lee said the ruling mattered. The government said it was "studying the judgment".',
      [null],
    ],
    ['She said a Conservative government would act. The government says families cannot be "divided up".', [null]],
    [
      'Kestrel Air said on Monday it had cancelled 65 flights. Ground staff walked out on Thursday. The airline said it was "embarrassed".',
      ['Kestrel Air'],
    ],
    ['MPs criticised the plan on Monday. "It is a mess," the committee said.', [null]],
    ['Major airlines cut fares on Monday. The group said the cuts were "unsustainable".', [null]],
    // … a body's name holding the noun still is what it stands for
    [
      'The Ruritanian Government banned the march. The government said it was "a threat to order".',
      ['Ruritanian Government'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});
