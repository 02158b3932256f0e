import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { readByOwnerlessDocument } from '../../src/extract/continuation.js';
import { underHeadline as article } from './article.js';

const speakers = (body: string) => extractQuotes(article(body)).map((q) => q.attribution.name);

/**
 * `"…," a Harbour FC statement read`, `"…," read the Acme notice`: a document named after the quotation with its
 * owner speaks for the owner; `"…," read the warning`, with no owner named, for no one (not the previous speaker).
 */
describe('a document reading a quotation after it: its owner, or no one', () => {
  it.each<[string, Array<string | null>]>([
    [
      'Coach Sam Reed said the club was sad. "We tried," Reed said.\n\n"We have ended the deal," a Harbour FC statement read.',
      ['Sam Reed', 'Harbour FC'],
    ],
    [
      'Coach Sam Reed said the club was sad. "We tried," Reed said.\n\n"We have ended the deal," the Kestrel Rail press release reads.',
      ['Sam Reed', 'Kestrel Rail'],
    ],
    [
      'Coach Sam Reed said the club was sad. "We tried," Reed said.\n\n"Do not travel tonight," read the warning.',
      ['Sam Reed', null],
    ],
    [
      'Coach Sam Reed said the club was sad. "We tried," Reed said.\n\n"Do not travel tonight," the official notice read.',
      ['Sam Reed', null],
    ],
    // a person the quotation's own sentence names still speaks
    [
      'Coach Sam Reed said the club was sad. "We tried," Reed said.\n\n"Do not travel tonight," Ann Cole said.',
      ['Sam Reed', 'Ann Cole'],
    ],
  ])('%s', (body, names) => {
    expect(speakers(body)).toEqual(names);
  });
});

describe('readByOwnerlessDocument', () => {
  it.each<[string, boolean]>([
    ['"Stay home," read the warning.', true],
    ['"Stay home", the notice reads.', true],
    ['"Stay home," a council statement read.', true],
    ['"Stay home," a Harbour Council statement read.', false],
    ['"Stay home," she read aloud.', false],
    ['"Stay home," Jo Lee said.', false],
  ])('%s', (text, expected) => {
    expect(readByOwnerlessDocument(text, 0)).toBe(expected);
  });
});
