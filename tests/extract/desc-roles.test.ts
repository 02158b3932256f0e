import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

/** The speaker of the quotation that opens with `opening`. */
function speakerOf(body: string, opening: string): string | null {
  const q = extractQuotes(article(body)).find((x) => x.text.startsWith(opening));
  if (q === undefined) throw new Error(`no quotation opening ${JSON.stringify(opening)}`);
  return q.attribution.name;
}

// Issue #11, twenty-second session: a description resolves only to an antecedent whose role or type agrees.
describe('a regulator’s noun stands only for a body the article gives as a regulator', () => {
  it.each<[string, string, string | null]>([
    [
      'Harbourland market regulator Quaymark has filed complaints against Acme. Acme has said it believes there is "no legal basis" for them. The watchdog is said to believe the pair had "privileged information" on the sale.',
      'privileged information',
      'Quaymark',
    ],
    [
      'Acme, the paint maker, has been fined. Acme has said it believes there is "no legal basis" for the fine. The watchdog is said to believe the pair had "privileged information" on the sale.',
      'privileged information',
      null,
    ],
    // control: the regulator named after its noun in an appositive
    [
      'Quaymark, the markets regulator, has fined Acme. Acme said the fine was "unfair". The regulator said the rules were "clear".',
      'clear',
      'Quaymark',
    ],
  ])('%s', (body, opening, name) => {
    expect(speakerOf(body, opening)).toBe(name);
  });
});

describe('a party’s leader is no one the article gives a minister’s office', () => {
  it.each<[string, string, string | null]>([
    [
      'New Home Secretary Tom Vance has vowed to press on with the plans despite a call to pause from Ann Kettle.\n\nThe Harbour Party leader said the change was a "good opportunity" to think again.',
      'good opportunity',
      null,
    ],
    // control: a former minister may lead a party now
    [
      'Former Home Secretary Tom Vance has attacked the plans on Monday.\n\nThe Harbour Party leader said the change was a "good opportunity" to think again.',
      'good opportunity',
      'Tom Vance',
    ],
  ])('%s', (body, opening, name) => {
    expect(speakerOf(body, opening)).toBe(name);
  });
});

describe('a government office’s description is no private person nor a holder of another office', () => {
  it.each<[string, string, string | null]>([
    [
      'Tom Vance claimed in a newspaper that officers had mistreated him. Mr Vance, 32, from Harbourtown, said he was held for months. The home secretary said he would not open an inquiry and that the reports were not "well informed".',
      'well informed',
      null,
    ],
    [
      'Tom Vance has made an appeal for unity after reports of a rift with Ann Kettle.\n\nThe chancellor would not comment on the reports. Ms Kettle said the claims were old news. There was talk of a rift between the pair. But the prime minister said the claims were a "load of nonsense".',
      'load of nonsense',
      'Ann Kettle',
    ],
    // control: no other office is given, so the person the text is about holds it
    [
      'Tom Vance has made an appeal for unity on Monday.\n\nThere was talk of a rift in the party. But the prime minister said the claims were a "load of nonsense".',
      'load of nonsense',
      'Tom Vance',
    ],
  ])('%s', (body, opening, name) => {
    expect(speakerOf(body, opening)).toBe(name);
  });
});

describe('a body’s description in a sentence that opens by naming its statement’s source', () => {
  it.each<[string, string, string | null]>([
    [
      'Monitoring firm Netwatch found that the campaign was working. In a statement from Quayco Europe announcing the end of the scheme, the company denied that this was its fault. "There is nothing to suggest it," it said.',
      'There is nothing',
      'Quayco Europe',
    ],
    // control: a person's name is no company's
    [
      'Monitoring firm Netwatch found that the campaign was working. In a statement from Jo Lee announcing the end of the scheme, the company denied that this was its fault. "There is nothing to suggest it," it said.',
      'There is nothing',
      null,
    ],
  ])('%s', (body, opening, name) => {
    expect(speakerOf(body, opening)).toBe(name);
  });
});

describe('a house’s committee named with its remit is the committee, not the house', () => {
  it.each<[string, string, string | null]>([
    [
      'A report by the Harbourland Assembly work and pensions committee called for the agency to be wound up. The report urged the agency to draw up "contingency plans" now.',
      'contingency plans',
      'Harbourland Assembly work and pensions committee',
    ],
    [
      'The influential Harbourland Assembly home affairs committee was responding to new guidelines. The committee said the plans had not reflected the "public disquiet" felt.',
      'public disquiet',
      'Harbourland Assembly home affairs committee',
    ],
  ])('%s', (body, opening, name) => {
    expect(speakerOf(body, opening)).toBe(name);
  });
});
