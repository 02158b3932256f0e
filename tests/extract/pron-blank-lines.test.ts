import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

describe('the blank line between paragraphs does not use up the pronoun window', () => {
  it('a chain of `she` across paragraph breaks reaches the speaker, not a rival named as an object', () => {
    const body =
      'Jo Lee has issued a call to supporters, warning the "stakes are high" this year.\n\n' +
      'The mayor said the vote would be a "clear" choice. To a packed hall at the Acme Centre, Ms Lee accused ' +
      'rival councillor Ann Roe of plotting cuts that were the equivalent of sacking every nurse. Laying into the ' +
      'record she said: "We will never go back to the old ways."\n\n' +
      '"This will be the line at the election," she said. Turning to housing, the mayor promised to build more homes.\n\n' +
      'She also pledged to fight poverty. And she promised help for young couples. "My message to couples is simple," ' +
      'she said. "We will build."';
    expect(speakers(body).at(-1)).toBe('Jo Lee');
  });

  it('a person named near (the fallback) is not passed over for a subject farther back than before', () => {
    const body =
      'Sam Birch, who came on late in the game, added the conversion to reach 1,000 points. He joins Ned Fox and ' +
      'Bob Carr in reaching that mark. Acme piled on the pressure in an attempt to grab a fourth try. Director of ' +
      'rugby Tom Hale revealed that harsh words at half-time inspired his side.\n\n' +
      '"They got a roasting and it was a good second-half performance," he said.';
    expect(speakers(body).at(-1)).toBe('Tom Hale');
  });
});
