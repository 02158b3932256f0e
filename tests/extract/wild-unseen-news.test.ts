import { describe, expect, it } from 'vitest';
import { typeByName } from '../../src/extract/entities.js';
import type { EntityType } from '../../src/extract/entities.js';
import { extractQuotes } from '../../src/extract/index.js';
import { article } from './article.js';

// Error classes found by reading attributions on news the rules were never tuned on (twelfth session):
// a report credited in the sentence after a quotation that closes its own sentence; an outlet before an
// unnamed spokesman's clause; countries, regions and seats of government read as people; a person with a
// county's office typed as a body; `the victim`, `the protester` as no person's description.

const quotesOf = (text: string): Array<[string, string | null]> =>
  extractQuotes(article(`Harbour plan\n\n${text}`)).map((q) => [q.text, q.attribution.name]);

describe('a report or source credited in the next sentence belongs to that sentence', () => {
  it.each<[string, string, string | null]>([
    [
      'Director Ann Roe said the report was "not part of some wider campaign." According to The Harbour Ledger, officials warned the council last year.',
      'not part of some wider campaign.',
      'Ann Roe',
    ],
    [
      'At noon his daughter told the police he "left home four hours ago." His phone was last active in the north of the city, The Harbour Ledger reported.',
      'left home four hours ago.',
      null,
    ],
    // the report closing the quotation's own sentence still credits it
    ['"We will stay," Jo Lee said, according to the Harbour Ledger.', 'We will stay', 'Harbour Ledger'],
    ['The plan is "dead in the water," according to Jo Lee.', 'dead in the water', 'Jo Lee'],
    ['"We will stay." Jo Lee said, the Harbour Ledger reported.', 'We will stay.', 'Harbour Ledger'],
  ])('%s', (text, quote, speaker) => {
    expect(quotesOf(text)).toContainEqual([quote, speaker]);
  });
});

describe('`According to OUTLET,` before a clause of an unnamed speaker of its own', () => {
  it.each<[string, string, string | null]>([
    // an unnamed spokeswoman for a body speaks (nobody by name, issue #11), not the outlet that reported it
    [
      'According to the Harbour Ledger, a spokeswoman for Kestrel Council said: "We will appeal."',
      'We will appeal.',
      null,
    ],
    ['According to the Harbour Ledger, an official said the council would "appeal at once".', 'appeal at once', null],
    // the source alone, or a named subject reported by the outlet, keeps the outlet
    ['According to Jo Lee, "nothing has changed".', 'nothing has changed', 'Jo Lee'],
    ['According to Jo Lee, the plan is "dead".', 'dead', 'Jo Lee'],
    [
      'According to the Harbour Ledger, Ann Roe praised her "wonderful donors" at the dinner.',
      'wonderful donors',
      'Harbour Ledger',
    ],
  ])('%s', (text, quote, speaker) => {
    expect(quotesOf(text)).toContainEqual([quote, speaker]);
  });
});

describe('places and offices read as names', () => {
  it.each<[string, EntityType | null]>([
    // countries, provinces and regions
    ['Israel', 'place'],
    ['British Columbia', 'place'],
    ['Saskatchewan', 'place'],
    ['North East', 'place'],
    ['West Midlands', 'place'],
    // seats of government, standing for a parliament or the civil service
    ['Holyrood', 'place'],
    ['Stormont', 'place'],
    // a county's or a city's office before a given name and a surname: a person
    ['Harbour County Sheriff Jo Lee', 'person'],
    ['Kestrel City Mayor Ann Roe', 'person'],
    // a body's name stays a body
    ['Harbour County Council', 'organisation'],
  ])('%s → %s', (name, type) => {
    expect(typeByName(name)).toBe(type);
  });
});

describe('people named by what befell them or what they did', () => {
  it.each<[string, string, string]>([
    ['Jo Lee was hurt in the attack on Monday. The victim said: "I was scared."', 'I was scared.', 'Jo Lee'],
    ['Sam Roe joined the march on Monday. The protester said: "We want change."', 'We want change.', 'Sam Roe'],
  ])('%s', (text, quote, speaker) => {
    expect(quotesOf(text)).toContainEqual([quote, speaker]);
  });
});

describe('a cue raised to `to be` or `to have` is hearsay about its subject', () => {
  it('The head of the "failing" Harbour Support Agency widely reported to have resigned …', () => {
    const text =
      'The head of the "failing" Harbour Support Agency widely reported to have resigned is still at the helm.';
    expect(quotesOf(text).map(([, s]) => s)).not.toContain('Harbour Support Agency');
  });

  it.each<[string, string, string]>([
    // a verb of promise before `to be` is the subject's own word
    ['Jo Lee vowed to be "more careful" with her words.', 'more careful', 'Jo Lee'],
    ['Jo Lee pledged to be "neutral" during the talks.', 'neutral', 'Jo Lee'],
  ])('%s', (text, quote, speaker) => {
    expect(quotesOf(text)).toContainEqual([quote, speaker]);
  });
});

describe('an adjective of time opening a sentence is no part of a name', () => {
  it('Past ARX outbreaks killed many. "…," he told the press', () => {
    const text =
      'Past ARX outbreaks killed many. "Now that most patients come out cured," he told the press, "they will trust us."';
    expect(quotesOf(text).map(([, s]) => s)).not.toContain('Past ARX');
  });
});

describe('a passive cue names its speaker after `by`, after the quotation too', () => {
  it.each<[string, string, string]>([
    ['Jo Lee was branded a "traitor" by Ann Roe.', 'traitor', 'Ann Roe'],
    [
      'The harbour plan has been branded "deeply irresponsible" by the Kestrel Party.',
      'deeply irresponsible',
      'Kestrel Party',
    ],
    [
      'Jo Lee was described as a "consummate professional" by his friend and fellow broadcaster Ann Roe.',
      'consummate professional',
      'Ann Roe',
    ],
  ])('%s', (text, quote, speaker) => {
    expect(quotesOf(text)).toContainEqual([quote, speaker]);
  });
});

describe('grounds are no speakers', () => {
  it.each<[string, EntityType | null]>([
    ['Stade de Harbour', 'other'],
    ['Harbour Stadium', 'other'],
  ])('%s → %s', (name, type) => {
    expect(typeByName(name)).toBe(type);
  });
});
