/**
 * An appositive holding a title in doubled apostrophes (`''…''`, a house style for quotation marks) may hold an
 * apostrophe of its own (`''Harbour's Long Summer''`): the title still ends at the doubled mark, and the name before
 * the appositive speaks.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const speakers = (body: string): Array<string | null> =>
  extractQuotes(underHeadline(body)).map((q) => q.attribution.name);

describe("a ''title'' with an inner apostrophe in the speaker's appositive", () => {
  it.each<[string]>([
    [
      "The vote is close.\n\nAs Jo Lee, a historian at Harbour College and author of ''Harbour's Long Summer,'' put it, ''The town has never been this divided, and the council should know it.''",
    ],
    [
      "The vote is close.\n\nAs Jo Lee, a historian at Harbour College and author of ''The Long Summer,'' put it, ''The town has never been this divided, and the council should know it.''",
    ],
  ])('%s', (body) => {
    expect(speakers(body)).toEqual(['Jo Lee']);
  });
});

describe('a capitalised word after a preposition before `said` (a comma left out) is no one who speaks', () => {
  it('`shops turn to Kestrel said Jo Lee`: a later `he` is not Kestrel', () => {
    const body =
      'There are also other pressures making shops turn to Kestrel said Jo Lee, head of the research firm Harbour Data.\n\nTom Vale, spokesman for the payments firm Acme, said the move was not without risks. The risk grows, said Mr Vale, because when shops start using Kestrel tills they also change their networks. "This could mean that tills get caught up in the viruses that are going around," he said.';
    expect(speakers(body)).toEqual(['Tom Vale']);
  });
});
