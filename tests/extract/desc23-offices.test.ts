import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline as article } from './article.js';

/** The speaker of the quotation that opens with `opening`. */
function speakerOf(body: string, opening: string): string | null {
  const q = extractQuotes(article(body)).find((x) => x.text.startsWith(opening));
  if (q === undefined) throw new Error(`no quotation opening ${JSON.stringify(opening)}`);
  return q.attribution.name;
}

// Issue #11, twenty-third session: a person called only by another office's description (`The home secretary said`,
// right after `plans unveiled by Tom Vance`, which the reading leaves unresolved) is not `the prime minister`
// (before: the person the sentences before are about).
describe('`the prime minister` is no one the article called by another office right after naming', () => {
  it.each<[string, string, string | null]>([
    [
      'Local people could be given the phone number of their officer under plans unveiled by Tom Vance.\n\nThe home secretary said targets would be put in place.\n\nMr Vance said a new number would be created for calls to police. Tory spokesman Ann Kettle said the plans were "a PR exercise".\n\nBefore delivering a statement to MPs, Mr Vance was joined by Jim Bash at a school in Harbourtown. Mr Vance said he wanted "to go back to a time when I was young". The prime minister said the citizen should be in charge and "not the minority who want to cause trouble".',
      'not the minority',
      null,
    ],
    [
      'Plans for the police were unveiled by Tom Vance on Monday.\n\nThe plans include a team for each area. The home secretary said targets would be put in place.\n\nMr Vance said a new number would be created. The prime minister said the plans were "long overdue".',
      'long overdue',
      null,
    ],
    // control: no other office given to the person
    [
      'Plans for the police were unveiled by Tom Vance on Monday.\n\nThe plans include a team for each area. Mr Vance said a new number would be created. The prime minister said the plans were "long overdue".',
      'long overdue',
      'Tom Vance',
    ],
  ])('%s', (body, opening, name) => {
    expect(speakerOf(body, opening)).toBe(name);
  });
});

// The pronoun a description's own verb of saying reports with (`the former secretary of state said she …`) is the
// description's: a person of the other gender is not what it stands for (before: the man who spoke last).
describe('a description reported as `she` never stands for a man, nor `he` for a woman', () => {
  it.each<[string, string, string | null]>([
    [
      '"This is not what we are about," Tom Vance said.\n\nIt was a stark contrast to Ann Lee. The former secretary of state said she would continue the "progress we had under President Bash" and her plans.',
      'progress we had',
      null,
    ],
    [
      '"This is not what we are about," Ann Lee said.\n\nIt was a stark contrast to Tom Vance. The former secretary of state said he would continue the "progress we had under President Bash".',
      'progress we had',
      null,
    ],
    // control: the pronoun agrees
    [
      '"This is not what we are about," Ann Lee said.\n\nThe former secretary of state said she would continue the "progress we had under President Bash".',
      'progress we had',
      'Ann Lee',
    ],
  ])('%s', (body, opening, name) => {
    expect(speakerOf(body, opening)).toBe(name);
  });
});
