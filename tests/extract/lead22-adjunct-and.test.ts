/**
 * `The two clubs met the Harbour FA on Monday and Lee added: "…"`: a determiner's phrase ending in a name, with an
 * adjunct (`on Monday`, `in Paris`) before an `and`, holds two clauses' words; the name after the `and` speaks, not
 * `Harbour FA on Monday and Lee`. A body's own `of` and `and` (`the Department of Trade and Industry said`) stay one
 * name.
 */
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const speakers = (body: string): Array<string | null> =>
  extractQuotes(underHeadline(body)).map((q) => q.attribution.name);

const OPENING = 'Club president Jo Lee said: "We will play the rest of the match."\n\n';

describe('an adjunct and an `and` inside a phrase before a cue: the name after the `and` speaks', () => {
  it.each<[string, string]>([
    [
      'The two clubs met the Harbour FA on Monday and Lee added: "We decided there was no precedent for that."',
      'Jo Lee',
    ],
    [
      'The clubs met the Harbour league in Kestrel and Lee added: "We decided there was no precedent for that."',
      'Jo Lee',
    ],
  ])('%s', (body, speaker) => {
    expect(speakers(OPENING + body)).toEqual(['Jo Lee', speaker]);
  });
});

describe("a body's own `of` and `and` stay one name", () => {
  it('the Department of Trade and Industry said', () => {
    const body =
      'The rules changed last year.\n\n"We will review the scheme in the spring," the Department of Trade and Industry said.';
    expect(speakers(body)).toEqual(['Department of Trade and Industry']);
  });
});
