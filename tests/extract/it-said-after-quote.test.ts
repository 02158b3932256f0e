import { describe, expect, it } from 'vitest';
import { readSubjectLeft } from '../../src/extract/cues.js';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

/** The quotations of `body` with their speaker, speaker phrase, cue and rule. */
const given = (body: string) =>
  extractQuotes(underHeadline(body)).map((q) => ({
    text: q.text,
    name: q.attribution.name,
    mention: q.attribution.mention?.text ?? null,
    cue: q.attribution.cue?.text ?? null,
    reason: q.attribution.reason,
  }));

describe('`"…," it said`: the cue after a quotation whose subject is `it` (issue #11)', () => {
  it.each<[string, string, string | null]>([
    ['"We won," it said.', 'said', 'it'],
    ['"We won" — it added.', 'added', 'it'],
    ['"We won," it has said.', 'said', 'it'],
    // not after a quotation's closing mark: no `it` is read
    ['The plan, it said.', 'said', null],
    ['We won, and it said.', 'said', null],
    // a passive's impersonal `it` names no one
    ['"We won," it was claimed.', 'claimed', null],
    ['"We won," it is said.', 'said', null],
    ['"We won," it has been reported.', 'reported', null],
  ])('readSubjectLeft %s', (text, cue, want) => {
    const at = text.lastIndexOf(' it ') + 1;
    const np = readSubjectLeft(text, at, text.lastIndexOf(cue));
    if (want === null) expect(np?.text ?? null).not.toBe('it');
    else expect({ text: np?.text, kind: np?.kind }).toEqual({ text: want, kind: 'pronoun' });
  });

  it.each<[string, string, string]>([
    // a body in focus in the sentence before: the quotation's own cue names it
    [
      'The Harbour Trust closed the port on Monday. "We regret the decision, but the costs are too high," it added.',
      'Harbour Trust',
      'added',
    ],
    [
      'The Harbour Trust closed the port on Monday. "We regret the decision deeply," it said in a statement.',
      'Harbour Trust',
      'said in',
    ],
    // the cue between the pieces of a split quotation
    [
      'The Harbour Trust said on Monday that the port would close. "We regret it," it said, "but the costs are too high."',
      'Harbour Trust',
      'said',
    ],
  ])('%s → %s', (body, name, cue) => {
    const q = given(body).at(-1);
    expect(q).toMatchObject({ name, mention: 'it', cue });
  });

  it('a chain of `it` cues stays with the body', () => {
    const quotes = given(
      'The Harbour Trust said on Monday that the port would close. "We regret it," it said. ' +
        '"The costs are simply too high for us," it added.',
    );
    expect(quotes.map((q) => [q.name, q.mention])).toEqual([
      ['Harbour Trust', 'it'],
      ['Harbour Trust', 'it'],
    ]);
  });

  it.each<[string, string, string]>([
    // no body the entity layer types an organisation for `it`: the speaker the other rules give stays
    ['Kestrel said on Monday it would cut 200 jobs. "We regret the decision deeply," it said.', 'Kestrel', 'cue-in'],
    // a thing leads the sentence before (`Its report`): the previous speaker's continuation stays
    [
      'Harbour Mills cut 200 jobs. "We regret this," said Harbour Mills. Its report was published on Monday. ' +
        '"The costs are too high," it said.',
      'Harbour Mills',
      'continuation',
    ],
  ])('an `it` that stands for no body gives way: %s', (body, name, reason) => {
    const q = given(body).at(-1);
    expect(q?.name).toBe(name);
    expect(q?.reason.startsWith(reason)).toBe(true);
  });

  it.each([
    // the person of the sentence before (another rule's speaker)
    'Jo Lee told reporters the depot would close. "We regret the decision deeply," it said.',
    // the person who spoke before (the continuation)
    '"We will close the depot," Jo Lee said. "We regret the decision, but the costs are too high," it added.',
  ])('`it` is never a person: %s', (body) => {
    const q = given(body).find((x) => x.text.startsWith('We regret'));
    expect(q).toBeDefined();
    expect(q?.name ?? null).toBeNull();
  });

  it.each<[string, string]>([
    // a person's own cue after the quotation (unchanged)
    ['Jo Lee told reporters the depot would close. "We regret the decision deeply," she said.', 'Jo Lee'],
    ['"We will close the depot," Jo Lee said. "We regret the decision deeply," Lee added.', 'Jo Lee'],
  ])('%s → %s', (body, name) => {
    expect(given(body).at(-1)?.name).toBe(name);
  });
});
