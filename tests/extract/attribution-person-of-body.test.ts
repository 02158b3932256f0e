import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/index.js';
import { underHeadline } from './article.js';

const speakers = (text: string) => extractQuotes(underHeadline(text)).map((q) => q.attribution.name);

describe('`said Jo Lee of ticket tracker Harbour Data`: the person speaks, not the body they are of', () => {
  it.each<[string, Array<string | null>]>([
    // a lower-case description of the body between `of` and its name
    ['"Sales were weak this spring," said Ida Marr of ticket tracker Harbour Analytics.', ['Ida Marr']],
    // a two-word description, and `from`
    ['"Rates will rise," said Tom Quill from think tank Harbour Policy Unit.', ['Tom Quill']],
    // a surname after an honorific
    ['"Sales were weak this spring," said Mr Marr of ticket tracker Harbour Analytics.', ['Marr']],
    // the person before a quote's cue
    ['"Sales were weak this spring," Ida Marr of ticket tracker Harbour Analytics told reporters.', ['Ida Marr']],
    // a description of the person before the name, and of the body after it
    ['"Rates will rise," said analyst Tom Quill of broker Harbour Securities.', ['Tom Quill']],
    // no description of the body (unchanged)
    ['"Sales were weak this spring," said Ida Marr of Harbour Analytics.', ['Ida Marr']],
    // a title `of` a place before the name is no person: the titled name speaks (unchanged)
    ['"Tax must fall," said Secretary of State Jo Lee.', ['Jo Lee']],
    // a title `of` a body before the name (unchanged)
    ['"Tax must fall," said Chief Executive of Harbour Bank Jo Lee.', ['Jo Lee']],
    // the person and a possessive title of the body after it (unchanged)
    [
      'Quayco Bank lost money.\n\n"We took too many risks," said Jo Lee, the firm\'s then-chief risk officer.',
      ['Jo Lee'],
    ],
    // a body whose description lists members speaks, not a member (unchanged)
    [
      'The Harbour Alliance, which includes Age Network and Help the Sailors, said: "Pensions must rise."',
      ['Harbour Alliance'],
    ],
  ])('%s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});
