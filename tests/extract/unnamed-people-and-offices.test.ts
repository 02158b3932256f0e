/**
 * Unnamed people and offices (issue #11): a market or trade word (`one dealer`, `a farmer`) is a person the
 * quotes after it stay with; an office and `of` before a body and a name (`Speaker of the parliament Jo Lee`) is
 * the name's role, not the body; a document said to be from a body or a person (`said a statement from Acme`)
 * speaks for it.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const attributions = (body: string) => extractQuotes(underHeadline(body)).map((q) => q.attribution);

describe('an unnamed person of a trade keeps the quotes after it', () => {
  it.each<[string, string]>([
    [
      'Ivo Roe, an analyst at Brook Bank, said prices would rise "sharply". One dealer told Reuters: "Selling was heavy today." "It is a rout," he said.',
      'dealer',
    ],
    [
      'Ivo Roe, an economist at Brook Bank, said the fall was "overdone". A broker told reporters: "Nobody is buying." "It will pass," he said.',
      'broker',
    ],
    [
      'Ann Roe, the farm minister, said the plan was "sound". A farmer told the BBC: "The rain ruined the crop." "We have nothing left," she said.',
      'farmer',
    ],
  ])('%s', (body, role) => {
    const last = attributions(body).at(-1)!;
    expect(last.name).toBeNull();
    expect(last.role).toBe(role);
  });
});

describe("an office and `of` before a body and a name is the name's role", () => {
  it.each<[string, string]>([
    [
      'Talks stalled. Speaker of the parliament Ivo Roe said: "We will not accept these terms."',
      'Speaker of the parliament',
    ],
    [
      'Talks stalled. Chairman of the committee Ann Roe said: "We will not accept these terms."',
      'Chairman of the committee',
    ],
    [
      'Talks stalled. Eastland speaker of the assembly Ivo Roe said: "We will not accept these terms."',
      'speaker of the assembly',
    ],
    ['Talks stalled. "We will not accept these terms," said Speaker of Parliament Tom Baker.', 'Speaker of Parliament'],
  ])('%s', (body, role) => {
    const [a] = attributions(body);
    expect(a!.name).toMatch(/^(?:Ivo Roe|Ann Roe|Tom Baker)$/u);
    expect(a!.role).toBe(role);
  });
});

describe('a document said to be from someone speaks for them', () => {
  it.each<[string, string, string]>([
    ['"The talks have failed," said a statement from the Harbour Alliance.', 'Harbour Alliance', 'organization'],
    ['"The plan is unlawful," said a report by the Eastbrook Institute.', 'Eastbrook Institute', 'organization'],
    ['Ivo Roe leads the union. "We will strike," said a statement from Ivo Roe.', 'Ivo Roe', 'named'],
  ])('%s', (body, name, kind) => {
    const [a] = attributions(body);
    expect(a!.name).toBe(name);
    expect(a!.kind).toBe(kind);
  });

  it('a video of a person is not their statement', () => {
    const [a] = attributions('Ivo Roe spoke at noon. "We will strike," said a video of Ivo Roe.');
    expect(a!.name).not.toBe('Ivo Roe');
  });
});
