import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

/**
 * Issue #11 (eighteenth session): `he`/`she` given to a person only mentioned in the sentence before (an object, a
 * body modifying a role, a name inside the reported words) instead of the one the sentence is about. Each case: the
 * article body, then the speakers of its quotations in order.
 */
describe('the possessor of a subject that is a thing, with an honorific before the name, is the focus', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Chairman Tom Holme argued that leaders should not have a veto. "The broadcasters should decide," he said.\n\nMr Holme\'s proposal for a televised debate comes four months after viewers watched President Jim Bash debate his challenger Al Kerrow. He said it was "democratically dubious".',
      ['Tom Holme', 'Tom Holme'],
    ],
    [
      'Chairman Tom Holme argued that leaders should not have a veto.\n\nLord Holme\'s plan comes after viewers watched Jim Bash debate Al Kerrow. He said it was "democratically dubious".',
      ['Tom Holme'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('a name modifying the role of the next name is no antecedent; the role holder is the subject', () => {
  it.each<[string, Array<string | null>]>([
    [
      'The two clubs met on Monday and Jose Astor added: "We thought about calling the game over." Harbour Rovers director of sport Emil Castano praised the spectators. "I\'d like to highlight the behaviour of the fans," he said.',
      ['Jose Astor', 'Emil Castano'],
    ],
    [
      'The fans left after the game. Harbour Rovers director of football Emil Castano praised the spectators. "I\'d like to highlight the behaviour of the fans," he said.',
      ['Emil Castano'],
    ],
    // (a role with no second name after it: the first name stays a candidate)
    [
      'The fans left after the game. Emil Castano praised the spectators as the director of football. "I\'d like to highlight the fans," he said.',
      ['Emil Castano'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('a relative clause of saying right before the pronoun names who says it', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Last April, Mara Holt spoke about her fight to stay fit.\n\n"Will I have as much desire?" Holt asked in January. Sprint legend Tam Jonsen retired after his 34th birthday, as did decathlete Dalby Thorne. The demands of training will only get harder for Holt, who has already admitted she "doesn\'t like the training anymore."',
      ['Mara Holt', 'Mara Holt'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe("the subject of the words a pronoun's own reporting clause closes is talked about, not speaking", () => {
  it.each<[string, Array<string | null>]>([
    // `Mr Blare was "bossy," he added`: Blare is in the reported words; the speaker is found before
    [
      'Tom Blare has failed, Mike Howland has said. "Britain is heading in the wrong direction," Mr Howland said. Mr Blare was "bossy and interfering," he added.',
      ['Mike Howland', 'Mike Howland'],
    ],
    [
      'Tom Blare has failed, Mike Howland has said. "Britain is heading in the wrong direction", the Conservative leader said. Mr Blare\'s government was a "bossy, interfering government," he added.',
      ['Mike Howland', 'Mike Howland'],
    ],
    // (a comma closes the reported words with no quotation mark)
    [
      'Party leader Charles Kenning welcomed the quick result.\n\nMr Bash\'s first task was to "rebuild a sense of purpose" at home, he said.',
      ['Charles Kenning'],
    ],
    // (not before a colon: the clause before it frames the quotation)
    [
      'His lawyer, Tom Coyne, argued that his client was joking. Judge Mike Mossman saw the words differently: "I don\'t take that as a joke," he said.',
      ['Mike Mossman'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });

  // (nor before a quotation that ends a sentence and another that opens: the words after the break are new; only the
  // last quotation is the pronoun's)
  it.each<[string, string]>([
    [
      '"We are up for this election," said Richie Portman. Mr Telwood agreed, but added it was hard to answer when people asked "What has the party done for the North?" "I have had doors slammed in my face," he said.',
      'Telwood',
    ],
  ])('%s', (body, name) => {
    expect(speakers(body).at(-1)).toBe(name);
  });
});

describe('the subject of a clause joined with `and` comes before the possessor of the first subject', () => {
  it.each<[string, Array<string | null>]>([
    [
      'City manager Kevin Kerrigan praised his striker. "He can get better if we supply him better," added Kerrigan. Robbie Fowlds\'s double strike helped City come back from two goals down and Kerrigan sympathised with Harbour boss Nigel Worthy afterwards. "I feel a bit for Nigel," he said.',
      ['Kevin Kerrigan', 'Kevin Kerrigan'],
    ],
    // (with no second clause the possessor is still the focus)
    [
      'City manager Kevin Kerrigan praised his striker. "He can get better if we supply him better," added Kerrigan. Robbie Fowlds\'s double strike helped City come back from two goals down. "I feel a bit for Nigel," he said.',
      ['Kevin Kerrigan', 'Robbie Fowlds'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('the object of a past-tense verb is not what a sentence without a subject is about', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Carlos Tevan hit top form in August as he led the charge. But the months since have not been easy for Tevan. Boca re-signed Martin Palermo, forcing Tevan to vacate his favoured role. And off the pitch he gave the press plenty to write about. "I am happy here," he said.',
      ['Carlos Tevan'],
    ],
    // (with no one else in view the object is still taken)
    [
      'Boca have had a poor run. The club re-signed Martin Palermo on Monday. "I am happy here," he said.',
      ['Martin Palermo'],
    ],
    // (a name after a verb of saying is its inverted subject: `…, added Jo Lee`)
    [
      'The club had a poor run. The fans were unhappy, added Jo Leeming, the manager. "I am happy here," he said.',
      ['Jo Leeming'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});
