import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { nameAsModifier } from '../../src/extract/coref/pronouns.js';
import { underHeadline as article } from './article.js';

const lastSpeaker = (body: string) => extractQuotes(article(body)).at(-1)?.attribution.name ?? null;

describe('he/she through a chain of sentences, past names that are no antecedent', () => {
  it.each([
    [
      'sentences led by the same pronoun do not use up the window (a name only mentioned there is passed over)',
      'Ed Bruck, a state delegate, opposes the plan. Bruck said he is ready to challenge any move by state leaders ' +
        'to back Dan Moss at the convention. But states vote in turn, he noted, so it may be clear whether Moss will ' +
        'win by the time it is his turn. He said the big states would settle it first.\n\n' +
        '"If we cannot find another nominee, we might abstain," he said.',
      'Ed Bruck',
    ],
    [
      'two people joined by `and` are neither of them the focus: the speaker before them is',
      'Federal rules are a burden, said Ted Vance, an Orlando Republican.\n\n' +
        '"There is more paperwork than teaching," he said.\n\n' +
        'Vance and Carl Boyd, a Sarasota Republican, argued that the department is not needed. States can do that, ' +
        'they said.\n\n' +
        'To believe otherwise, "you have to take a cynical view of the states," he said.',
      'Ted Vance',
    ],
    [
      'rivals listed as a pair after the subject are passed over',
      'Florida Sen. Tom Vale says he feels he did "great" in the last debate and hopes he will do well in the ' +
        'primary on Tuesday.\n\n' +
        'Speaking to a morning show on Monday, Vale refrained from attacking his rivals, particularly Govs. Ray Dunn ' +
        'and Sam Pike, who say the young senator lacks the experience to be president.\n\n' +
        'He dismissed criticism of his showing at the debate, saying that it was his campaign\'s "best night for ' +
        'fundraising."',
      'Tom Vale',
    ],
  ])('%s', (_what, body, speaker) => {
    expect(lastSpeaker(body)).toBe(speaker);
  });
});

describe('a name modifying a noun names no one a pronoun stands for', () => {
  const at = (text: string, name: string) => {
    const start = text.indexOf(name);
    return nameAsModifier(text, { start, end: start + name.length } as Parameters<typeof nameAsModifier>[1]);
  };
  it.each([
    ['She volunteers at the Lee phone bank.', 'Lee', true],
    ['A Roe supporter waved a flag.', 'Roe', true],
    ['The Lee campaign said so.', 'Lee', true],
    ['Yet the Lee of lore has yet to appear.', 'Lee', false],
    ['The Lee who won in 1992 is gone.', 'Lee', false],
    ['She met Jo Lee at the bank.', 'Jo Lee', false],
    ['The aide told Lee, who said no.', 'Lee', false],
  ])('%s (%s): %s', (text, name, modifier) => {
    expect(at(text, name)).toBe(modifier);
  });
});
