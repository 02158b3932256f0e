import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

/**
 * Issue #11 (nineteenth session): `he`/`she` given to the first person of a sentence when a newer one was brought in
 * after it, to a person only mentioned (a possessor, an object) past the paraphrase of the one speaking, and a
 * person's name read as a body's. Each case: the article body, then the speakers of its quotations in order.
 */
describe('a person brought in later in the sentence, in a clause of their own, as the subject of saying', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Mayor Tom Harlan said the closures were "a terrible blow" to the town, while Transport Minister Jon Pelkey wrote he had ordered a review of every bridge. He tweeted, "I want every family to feel safe."',
      ['Tom Harlan', 'Jon Pelkey'],
    ],
    [
      'Mayor Tom Harlan said the closures were "a terrible blow"; Councillor Jon Pelkey told reporters the bridges were sound. He added: "Nobody is at risk."',
      ['Tom Harlan', 'Jon Pelkey'],
    ],
    // (controls: a later name that does not open a clause of saying, or one of the other gender, is not it)
    [
      'Mayor Tom Harlan said the closures were "a terrible blow" to the town, while Jon Pelkey was abroad. He tweeted, "I want every family to feel safe."',
      ['Tom Harlan', 'Tom Harlan'],
    ],
    [
      'Mayor Tom Harlan said the closures were "a terrible blow" to the town, while Councillor Ann Pelkey wrote she had ordered a review. He tweeted, "I want every family to feel safe."',
      ['Tom Harlan', 'Tom Harlan'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('past the window, the latest person named who is not only mentioned there', () => {
  it.each<[string, Array<string | null>]>([
    // (past one only mentioned, a name the article does not show is a person's is no better: the mention stands)
    [
      'The Harbour Caucus opened on Monday. Voters met Ann Lee at the hall. The queues were long. The doors shut at nine. The count ran late. The results came at dawn. "It was a long night," she said.',
      ['Ann Lee'],
    ],
    [
      'Tom Harlan, a manager at Kestrel, said the fraud was growing. Mr Harlan said criminals were more interested in recruiting Home PCs to their "zombie networks".\n\nIn March Kestrel released figures which showed that attacks had doubled. Thanks to these networks, spam remained a problem. Banks report that, in many cases, mail has shrunk. Part of the reason that these "zombie networks" have spread, he said, was a change in how viruses were written.',
      ['Tom Harlan', 'Tom Harlan'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe("a possessor before a sentence's pronoun does not lead the chain", () => {
  it.each<[string, Array<string | null>]>([
    [
      '"The biggest factor is pride," Tom Jensen told Radio Five. Jensen was involved in a spat with Britain\'s Dan Corbell earlier this year. The American had cast doubt on Corbell\'s claims he had been injured.\n\nAnd the American remains critical of sprinting here. "The only time you see sprinters upset is when there is a debate," he claimed.',
      ['Tom Jensen', 'Tom Jensen'],
    ],
    // (control: the person named as the subject of saying still leads it)
    [
      '"The biggest factor is pride," Tom Jensen told Radio Five. Dan Corbell said he had been injured.\n\n"The only time you see sprinters upset is when there is a debate," he claimed.',
      ['Tom Jensen', 'Dan Corbell'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe("a man's given name after role words, taken up by `He`, is a person's name, not a body's", () => {
  it.each<[string, Array<string | null>]>([
    [
      'Harbour Radio DJ Pete Mallory said: "This year has seen an amazing array of talent." He added: "The Sisters are one of the most original bands."',
      ['Pete Mallory', 'Pete Mallory'],
    ],
    // (control: no `He` after it, the phrase stays as it was read)
    [
      'Harbour Radio DJ Pete Mallory said: "This year has seen an amazing array of talent." The station added: "The Sisters are one of the most original bands."',
      ['Harbour Radio DJ Pete Mallory', 'Harbour Radio DJ Pete Mallory'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('the object of a past-tense verb, an appositive after it, is no subject', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Harbour manager Dan Moylan will not discipline striker Jim Bettany after all for his foul on Kestrel defender Will Garris. The Scot initially defended Bettany, whose dismissal cost Harbour the game, saying Garris overreacted. But he has had a rethink after watching the video again. He said: "I believe the player was wrong."',
      ['Dan Moylan'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('past the window, what is no mere mention: a title with `of`, a name after a noun in `-ing`', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Coach Tom Birch said the ban was fair. Harbour\'s minister of sport Jaime Lisardo backed the decision. The fans were angry. The club issued no comment. The players trained on Monday. The game is on Sunday. Tickets have sold out. "Everyone who has a public role has to consider their words," he said.',
      ['Jaime Lisardo'],
    ],
    [
      'Tom Birch said the party was fun. It was loud, something Jim Scally could understand. The band played late. The guests danced. The food ran out. The bar closed at two. "It was the best night of the year," he said.',
      ['Jim Scally'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe("the nearest sentence's fallback passes over a name after a preposition the article shows no person's", () => {
  it.each<[string, Array<string | null>]>([
    [
      'Billions spent on war should have gone to the poor, Cardinal Tom Murray has said.\n\nThe head of the Catholic Church in Harbour made the comments on Radio Kestrel and will repeat his stance in his Christmas Midnight Mass. The cardinal used a Christmas message to denounce the war in Iraq as a "terrible" waste of money. He and the Archbishop of Harbour have both spoken out about the war.\n\nSpeaking on Radio Kestrel\'s morning slot, he criticised the fact that "billions" had been spent on war.',
      ['Tom Murray'],
    ],
    // (controls: a person brought in after a preposition, and a possessor, are often the one quoted next)
    [
      'The mayor knows the hazards well.\n\nHe must remember his confrontation with Ann Storey, the Harbour woman who harangued him over the state of her local hospital. "All you do is walk around and make yourself known," she told the mayor.',
      ['Ann Storey'],
    ],
    [
      'Tom Vance and Jim Allard launched the site in May. It starts with Mr. Vance\'s provocative claim that "writers are killing writing." They are doing this, he says, by "clinging to the old ways."',
      ['Tom Vance', 'Tom Vance'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});
